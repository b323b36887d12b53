package dev.stacksets.emulator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The standalone server's command line, banner and environment, in this JVM. */
class StandaloneEmulatorTest {
  private static final class Run {
    final ByteArrayOutputStream out = new ByteArrayOutputStream();
    final ByteArrayOutputStream err = new ByteArrayOutputStream();
    final int status;

    Run(String... args) {
      status = StandaloneEmulator.run(args, new PrintStream(out, true, StandardCharsets.UTF_8),
          new PrintStream(err, true, StandardCharsets.UTF_8));
    }

    String out() {
      return out.toString(StandardCharsets.UTF_8);
    }

    String err() {
      return err.toString(StandardCharsets.UTF_8);
    }
  }

  @Test
  void badArgumentsAreExitStatusTwoWithTheUsage() {
    for (List<String> args : List.of(List.of("--port", "70000"), List.of("--port"), List.of("--seed", "x"),
        List.of("--time-speed", "-1"), List.of("--time-speed", "NaN"), List.of("--state", ""),
        List.of("--bogus"), List.of("serve"))) {
      Run r = new Run(args.toArray(String[]::new));
      assertThat(r.status).as("%s", args).isEqualTo(2);
      assertThat(r.err()).as("%s", args).startsWith("error: ").contains("\nusage: java -jar stacksets-emulator.jar");
      assertThat(r.out()).isEmpty();
    }
    assertThat(new Run("--port", "70000").err()).startsWith("error: --port must be from 0 to 65535, was 70000\n");
    assertThat(new Run("--bogus").err()).startsWith("error: unknown argument '--bogus'\n");
    assertThat(new Run("--seed").err()).startsWith("error: --seed needs a value\n");
  }

  @Test
  void helpIsTheUsageAndStatusZero() {
    Run r = new Run("--help");
    assertThat(r.status).isZero();
    assertThat(r.out()).startsWith("usage: java -jar stacksets-emulator.jar [--port N]").contains("--time-speed X",
        "--state FILE", "/_emulator/health");
    assertThat(r.err()).isEmpty();
  }

  @Test
  void theBannerNamesTheEndpointsAndTheEnvironmentToExport() {
    try (StandaloneEmulator s = StandaloneEmulator.start("--port=0", "--no-seed-data", "--seed", "9",
        "--time-speed", "0")) {
      String e = s.emulator().endpoint().toString();
      assertThat(s.emulator().seed()).isEqualTo(9);
      assertThat(s.emulator().rfs().stackSetNames()).isEmpty();
      assertThat(s.environment()).containsExactly(
          java.util.Map.entry("AWS_ENDPOINT_URL", e),
          java.util.Map.entry("AWS_ACCESS_KEY_ID", StackSetEmulator.DEFAULT_ACCESS_KEY_ID),
          java.util.Map.entry("AWS_SECRET_ACCESS_KEY", StackSetEmulator.DEFAULT_SECRET_ACCESS_KEY),
          java.util.Map.entry("AWS_REGION", "us-east-1"),
          java.util.Map.entry("AWS_DEFAULT_REGION", "us-east-1"),
          java.util.Map.entry("HUAWEICLOUD_SDK_AK", StackSetEmulator.DEFAULT_ACCESS_KEY_ID),
          java.util.Map.entry("HUAWEICLOUD_SDK_SK", StackSetEmulator.DEFAULT_SECRET_ACCESS_KEY),
          java.util.Map.entry("HUAWEICLOUD_SDK_PROJECT_ID", StandaloneEmulator.PROJECT_ID),
          java.util.Map.entry("HUAWEICLOUD_SDK_REGION_RFS_CN_NORTH_4", e));
      assertThat(s.banner()).startsWith("stacksets emulator listening on " + e + " (seed 9, time speed 0.0x, no "
          + "state file)").contains("  RFS             " + e + "/v1/stack-sets", "  health          " + e
          + "/_emulator/health", "\nexport AWS_SECRET_ACCESS_KEY='" + StackSetEmulator.DEFAULT_SECRET_ACCESS_KEY
          + "'\n", "\nexport AWS_ENDPOINT_URL=" + e + "\n");
      assertThat(s.toString()).doesNotContain(StackSetEmulator.DEFAULT_SECRET_ACCESS_KEY);
      assertThat(new Wire(s.emulator()).rfs("/v1/stack-sets").status()).isEqualTo(200);
    }
    assertThatThrownBy(() -> StandaloneEmulator.start("--help")).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void aBusyPortIsExitStatusOne() {
    try (StackSetEmulator busy = StackSetEmulator.builder().seedData(false).start()) {
      Run r = new Run("--port", String.valueOf(busy.port()), "--no-seed-data");
      assertThat(r.status).isEqualTo(1);
      assertThat(r.err()).isEqualTo("error: cannot start the stack-set emulator on 127.0.0.1:" + busy.port()
          + "\n");
      assertThatThrownBy(() -> StandaloneEmulator.start("--port", String.valueOf(busy.port()), "--no-seed-data"))
          .isInstanceOf(UncheckedIOException.class);
    }
  }

  @Test
  void theControlEndpointsAnswerAndRefuseNonsense() throws Exception {
    try (StandaloneEmulator s = StandaloneEmulator.start("--port", "0", "--no-seed-data", "--time-speed", "0")) {
      String e = s.emulator().endpoint().toString();
      java.time.Instant before = s.emulator().now();
      assertThat(call("POST", e + "/_emulator/time/advance?seconds=90")).startsWith("200 {\"now\":\"");
      assertThat(s.emulator().now()).isEqualTo(before.plusSeconds(90));
      assertThat(call("POST", e + "/_emulator/time/advance?seconds=-1")).startsWith("400 ");
      assertThat(call("POST", e + "/_emulator/time/advance?seconds=99999999999999999")).startsWith("400 ");
      assertThat(call("POST", e + "/_emulator/time/advance")).startsWith("400 ");
      assertThat(call("GET", e + "/_emulator/time/advance?seconds=1")).startsWith("405 ");
      assertThat(s.emulator().now()).isEqualTo(before.plusSeconds(90));
      assertThat(call("HEAD", e + "/_emulator/health")).isEqualTo("200 ");
      assertThat(call("GET", e + "/_emulator/nothing")).startsWith("404 ");
      assertThat(call("GET", e + "/_emulator/rfs/templates/no-such-id")).startsWith("404 ");
      assertThat(s.emulator().servedRequests()).isEmpty();
    }
  }

  private static String call(String method, String url) throws Exception {
    java.net.http.HttpResponse<String> r = java.net.http.HttpClient.newHttpClient().send(
        java.net.http.HttpRequest.newBuilder(java.net.URI.create(url)).method(method,
            java.net.http.HttpRequest.BodyPublishers.noBody()).build(),
        java.net.http.HttpResponse.BodyHandlers.ofString());
    return r.statusCode() + " " + r.body();
  }
}
