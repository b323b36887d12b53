package dev.stacksets.emulator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import dev.stacksets.core.auth.Credentials;
import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import okhttp3.Request;
import okhttp3.RequestBody;
import okhttp3.Response;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.core.client.config.ClientOverrideConfiguration;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.cloudformation.CloudFormationClient;
import software.amazon.awssdk.services.cloudformation.model.NameAlreadyExistsException;
import software.amazon.awssdk.services.cloudformation.model.OperationIdAlreadyExistsException;
import software.amazon.awssdk.services.cloudformation.model.OperationInProgressException;
import software.amazon.awssdk.services.cloudformation.model.StackSetNotEmptyException;
import software.amazon.awssdk.services.cloudformation.model.StackSetNotFoundException;
import software.amazon.awssdk.services.cloudformation.model.StackSetOperationResultSummary;
import software.amazon.awssdk.services.config.ConfigClient;
import software.amazon.awssdk.services.config.model.NoSuchOrganizationConformancePackException;

/**
 * The standalone server started as a process ({@code java -cp <test class path> StandaloneEmulator}), driven by
 * clients that are not ours: the official AWS SDK for Java v2 (CloudFormation and Config) and signed RFS HTTP. Its
 * time is frozen ({@code --time-speed 0}) and moved with {@code POST /_emulator/time/advance}, so each wait is a poll
 * with a deadline and the conflicts (which need an operation still running) are certain. It is stopped with SIGTERM,
 * and a second process carries on from the state file the first saved.
 */
class StandaloneProcessTest {
  private static final String TEMPLATE = "Resources:\n  Topic:\n    Type: AWS::SNS::Topic\n";
  private static final Duration DEADLINE = Duration.ofSeconds(60);
  private static final String D1 = "0123456789abcdef0123456789abcdef";
  private static final String D2 = "fedcba9876543210fedcba9876543210";

  @TempDir
  Path dir;
  private final List<Process> started = new ArrayList<>();

  /** A server process and what it printed (its output goes to files: reading a pipe races with the exit). */
  private static final class Server {
    final Process process;
    final URI endpoint;
    final Path out;
    final Path err;

    Server(Process process, URI endpoint, Path out, Path err) {
      this.process = process;
      this.endpoint = endpoint;
      this.out = out;
      this.err = err;
    }

    String output() {
      return read(out);
    }

    String errors() {
      return read(err);
    }

    private static String read(Path p) {
      try {
        return Files.exists(p) ? Files.readString(p, StandardCharsets.UTF_8) : "";
      } catch (IOException e) {
        throw new AssertionError(e);
      }
    }
  }

  @AfterEach
  void stopLeftovers() {
    started.forEach(Process::destroyForcibly);
  }

  private static int freePort() throws IOException {
    try (ServerSocket s = new ServerSocket(0)) {
      return s.getLocalPort();
    }
  }

  private Process launch(Path out, Path err, String... args) throws IOException {
    List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java")
        .toString(), "-cp", System.getProperty("java.class.path"), StandaloneEmulator.class.getName()));
    command.addAll(List.of(args));
    Process p = new ProcessBuilder(command).redirectOutput(out.toFile()).redirectError(err.toFile()).start();
    started.add(p);
    return p;
  }

  private Server startServer(String... args) throws IOException {
    int port = freePort();
    List<String> all = new ArrayList<>(List.of("--port", String.valueOf(port)));
    all.addAll(List.of(args));
    Path out = dir.resolve("server-" + port + ".out");
    Path err = dir.resolve("server-" + port + ".err");
    Server s = new Server(launch(out, err, all.toArray(String[]::new)), URI.create("http://127.0.0.1:" + port), out,
        err);
    poll("the health endpoint answers 200", () -> {
      assertThat(s.process.isAlive()).as("server died: %s", s.errors()).isTrue();
      return get(s.endpoint + "/_emulator/health") == 200;
    });
    return s;
  }

  private static int get(String url) {
    try (Response r = Wire.HTTP.newCall(new Request.Builder().url(url).build()).execute()) {
      return r.code();
    } catch (IOException e) {
      return -1;
    }
  }

  private static JsonNode getJson(String url) throws IOException {
    try (Response r = Wire.HTTP.newCall(new Request.Builder().url(url).build()).execute()) {
      return Json.parse(new String(r.body().bytes(), StandardCharsets.UTF_8));
    }
  }

  /** Moves the server's (frozen) time forward. */
  private static void advance(Server s, long seconds) {
    Request r = new Request.Builder().url(s.endpoint + "/_emulator/time/advance?seconds=" + seconds)
        .post(RequestBody.create(new byte[0], null)).build();
    try (Response resp = Wire.HTTP.newCall(r).execute()) {
      assertThat(resp.code()).isEqualTo(200);
    } catch (IOException e) {
      throw new AssertionError(e);
    }
  }

  /** Polls until {@code done}, failing at the deadline. */
  private static void poll(String what, BooleanSupplier done) {
    Instant deadline = Instant.now().plus(DEADLINE);
    while (!done.getAsBoolean()) {
      if (Instant.now().isAfter(deadline)) {
        throw new AssertionError("timed out waiting until " + what);
      }
      try {
        Thread.sleep(50);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new AssertionError(e);
      }
    }
  }

  private static CloudFormationClient cloudFormation(Server s) {
    return CloudFormationClient.builder().endpointOverride(s.endpoint).region(Region.US_EAST_1)
        .credentialsProvider(credentials()).httpClient(UrlConnectionHttpClient.create())
        .overrideConfiguration(ClientOverrideConfiguration.builder().retryStrategy(AwsSdk.fastRetries()).build())
        .build();
  }

  private static ConfigClient config(Server s) {
    return ConfigClient.builder().endpointOverride(s.endpoint).region(Region.US_EAST_1)
        .credentialsProvider(credentials()).httpClient(UrlConnectionHttpClient.create())
        .overrideConfiguration(ClientOverrideConfiguration.builder().retryStrategy(AwsSdk.fastRetries()).build())
        .build();
  }

  private static StaticCredentialsProvider credentials() {
    return StaticCredentialsProvider.create(AwsBasicCredentials.create(StackSetEmulator.DEFAULT_ACCESS_KEY_ID,
        StackSetEmulator.DEFAULT_SECRET_ACCESS_KEY));
  }

  /** Polls DescribeStackSetOperation until the operation ends, moving time a minute per poll; returns its status. */
  private static String waitFor(Server s, CloudFormationClient cfn, String set, String op) {
    String[] status = new String[1];
    poll("operation " + op + " ends", () -> {
      status[0] = cfn.describeStackSetOperation(b -> b.stackSetName(set).operationId(op)).stackSetOperation()
          .statusAsString();
      if (List.of("SUCCEEDED", "FAILED", "STOPPED").contains(status[0])) {
        return true;
      }
      advance(s, 60);
      return false;
    });
    return status[0];
  }

  @Test
  void theAwsSdkAndSignedHttpDriveBothCloudsThroughTheServerProcessAndItsStateOutlivesIt() throws Exception {
    Path state = dir.resolve("emulator-state.json");
    Server s = startServer("--seed", "7", "--time-speed", "0", "--state", state.toString());
    assertThat(s.output()).contains("listening on " + s.endpoint, "export AWS_ENDPOINT_URL=" + s.endpoint,
        "export HUAWEICLOUD_SDK_REGION_RFS_CN_NORTH_4=" + s.endpoint, "export AWS_REGION=us-east-1");
    JsonNode health = getJson(s.endpoint + "/_emulator/health");
    assertThat(health.get("status").asText()).isEqualTo("ok");
    assertThat(health.get("seed").asLong()).isEqualTo(7);

    CloudFormationClient cfn = cloudFormation(s);
    assertThat(cfn.listStackSets(b -> { }).summaries()).extracting(x -> x.stackSetName()).contains("my-stack-set");

    // ---- CloudFormation: a whole life cycle, and the rules firing
    String setId = cfn.createStackSet(b -> b.stackSetName("proc-set").templateBody(TEMPLATE)).stackSetId();
    assertThatThrownBy(() -> cfn.createStackSet(b -> b.stackSetName("proc-set").templateBody(TEMPLATE)))
        .isInstanceOf(NameAlreadyExistsException.class);
    String create = cfn.createStackInstances(b -> b.stackSetName("proc-set").accounts("111111111111",
        "222222222222").regions("us-east-1", "eu-west-1").operationId("proc-create-1")).operationId();
    assertThatThrownBy(() -> cfn.updateStackSet(b -> b.stackSetName("proc-set").usePreviousTemplate(true)))
        .isInstanceOf(OperationInProgressException.class);
    assertThatThrownBy(() -> cfn.createStackInstances(b -> b.stackSetName("proc-set").accounts("111111111111")
        .regions("us-east-1").operationId("proc-create-1"))).isInstanceOf(OperationIdAlreadyExistsException.class);
    assertThat(cfn.createStackInstances(b -> b.stackSetName("proc-set").accounts("111111111111", "222222222222")
        .regions("us-east-1", "eu-west-1").operationId("proc-create-1")).operationId()).isEqualTo(create);
    assertThat(waitFor(s, cfn, "proc-set", create)).isEqualTo("SUCCEEDED");
    assertThat(cfn.listStackSetOperationResultsPaginator(b -> b.stackSetName("proc-set").operationId(create))
        .summaries().stream().map(StackSetOperationResultSummary::statusAsString)).hasSize(4)
        .containsOnly("SUCCEEDED");
    assertThatThrownBy(() -> cfn.deleteStackSet(b -> b.stackSetName("proc-set")))
        .isInstanceOf(StackSetNotEmptyException.class);
    String update = cfn.updateStackSet(b -> b.stackSetName("proc-set").templateBody(TEMPLATE + "# v2\n"))
        .operationId();
    assertThat(waitFor(s, cfn, "proc-set", update)).isEqualTo("SUCCEEDED");
    String delete = cfn.deleteStackInstances(b -> b.stackSetName("proc-set").accounts("111111111111",
        "222222222222").regions("us-east-1", "eu-west-1").retainStacks(false)).operationId();
    assertThat(waitFor(s, cfn, "proc-set", delete)).isEqualTo("SUCCEEDED");
    assertThat(cfn.listStackInstances(b -> b.stackSetName("proc-set")).summaries()).isEmpty();
    cfn.deleteStackSet(b -> b.stackSetName("proc-set"));
    assertThatThrownBy(() -> cfn.describeStackSet(b -> b.stackSetName("proc-set")))
        .isInstanceOf(StackSetNotFoundException.class);
    assertThat(cfn.describeStackSet(b -> b.stackSetName(setId)).stackSet().statusAsString()).isEqualTo("DELETED");
    cfn.createStackSet(b -> b.stackSetName("proc-kept").templateBody(TEMPLATE));

    // ---- Config: a conformance pack's life
    ConfigClient config = config(s);
    config.putOrganizationConformancePack(b -> b.organizationConformancePackName("proc-pack").templateBody(TEMPLATE));
    assertThat(config.describeOrganizationConformancePackStatuses(b -> b.organizationConformancePackNames(
        "proc-pack")).organizationConformancePackStatuses().get(0).statusAsString()).isEqualTo("CREATE_IN_PROGRESS");
    poll("the pack is created", () -> {
      advance(s, 60);
      return config.describeOrganizationConformancePackStatuses(b -> b.organizationConformancePackNames("proc-pack"))
          .organizationConformancePackStatuses().get(0).statusAsString().equals("CREATE_SUCCESSFUL");
    });
    assertThat(config.getOrganizationConformancePackDetailedStatus(b -> b.organizationConformancePackName(
        "proc-pack")).organizationConformancePackDetailedStatuses()).hasSize(4);
    config.deleteOrganizationConformancePack(b -> b.organizationConformancePackName("proc-pack"));
    poll("the pack is gone", () -> {
      advance(s, 60);
      try {
        config.describeOrganizationConformancePacks(b -> b.organizationConformancePackNames("proc-pack"));
        return false;
      } catch (NoSuchOrganizationConformancePackException gone) {
        return true;
      }
    });

    // ---- RFS over signed HTTP
    Wire rfs = new Wire(s.endpoint, Credentials.of(StackSetEmulator.DEFAULT_ACCESS_KEY_ID,
        StackSetEmulator.DEFAULT_SECRET_ACCESS_KEY), "us-east-1");
    Wire.Reply created = rfs.rfsWrite("POST", "/v1/stack-sets", "{\"stack_set_name\":\"proc_rfs\","
        + "\"administration_agency_name\":\"rfs_admin_agency\",\"managed_agency_name\":\"rfs_managed_agency\","
        + "\"template_body\":\"resource \\\"x\\\" \\\"y\\\" {}\"}", UUID.randomUUID().toString());
    assertThat(created.status()).as(created.body()).isEqualTo(200);
    String targets = "{\"deployment_targets\":{\"regions\":[\"cn-north-4\",\"cn-east-3\"],\"domain_ids\":[\"" + D1
        + "\",\"" + D2 + "\"]}}";
    Wire.Reply op = rfs.rfsWrite("POST", "/v1/stack-sets/proc_rfs/stack-instances", targets, "proc-rfs-1");
    assertThat(op.status()).as(op.body()).isEqualTo(200);
    assertThat(rfs.rfsWrite("POST", "/v1/stack-sets/proc_rfs/stack-instances", targets, "proc-rfs-1").body())
        .isEqualTo(op.body());
    Wire.Reply busy = rfs.rfsWrite("POST", "/v1/stack-sets/proc_rfs/stack-instances/deletion", targets,
        UUID.randomUUID().toString());
    assertThat(busy.status()).isEqualTo(409);
    String opId = Json.parse(op.body()).get("stack_set_operation_id").asText();
    poll("the RFS operation completes", () -> {
      advance(s, 60);
      return Json.parse(rfs.rfs("/v1/stack-sets/proc_rfs/operations/" + opId + "/metadata").body()).get("status")
          .asText().equals("OPERATION_COMPLETE");
    });
    assertThat(rfs.rfsWrite("DELETE", "/v1/stack-sets/proc_rfs", null, UUID.randomUUID().toString()).status())
        .isEqualTo(403);
    Wire.Reply deleting = rfs.rfsWrite("POST", "/v1/stack-sets/proc_rfs/stack-instances/deletion", targets,
        UUID.randomUUID().toString());
    assertThat(deleting.status()).as(deleting.body()).isEqualTo(200);
    poll("the RFS instances are deleted", () -> {
      advance(s, 60);
      return Json.parse(rfs.rfs("/v1/stack-sets/proc_rfs/stack-instances").body()).get("stack_instances").isEmpty();
    });
    assertThat(rfs.rfsWrite("DELETE", "/v1/stack-sets/proc_rfs", null, UUID.randomUUID().toString()).status())
        .isEqualTo(204);
    assertThat(rfs.rfs("/v1/stack-sets/proc_rfs/metadata").status()).isEqualTo(404);

    // ---- SIGTERM: the shutdown hook stops the server and saves the state
    s.process.destroy();
    assertThat(s.process.waitFor(DEADLINE.toSeconds(), TimeUnit.SECONDS)).isTrue();
    assertThat(s.process.exitValue()).as("128 + SIGTERM, the status of a JVM stopped by SIGTERM").isEqualTo(143);
    assertThat(s.output()).as("stderr: %s", s.errors()).endsWith("stacksets emulator stopped; state saved to "
        + state + "\n");
    // (a JVM may print notes such as "Picked up JAVA_TOOL_OPTIONS" on stderr; the server itself prints nothing there)
    assertThat(s.errors()).doesNotContain("Exception", "error:", "WARN");
    String saved = Files.readString(state, StandardCharsets.UTF_8);
    assertThat(saved).contains("\"proc-kept\"", "proc-create-1").doesNotContain("\"proc_rfs\"");

    // ---- a new process carries on from the saved state
    Server again = startServer("--time-speed", "0", "--state", state.toString());
    CloudFormationClient cfn2 = cloudFormation(again);
    assertThat(cfn2.describeStackSet(b -> b.stackSetName("proc-kept")).stackSet().statusAsString())
        .isEqualTo("ACTIVE");
    assertThat(cfn2.describeStackSetOperation(b -> b.stackSetName(setId).operationId(create)).stackSetOperation()
        .statusAsString()).isEqualTo("SUCCEEDED");
    again.process.destroy();
    assertThat(again.process.waitFor(DEADLINE.toSeconds(), TimeUnit.SECONDS)).isTrue();
    assertThat(again.process.exitValue()).isEqualTo(143);
  }

  @Test
  void badArgumentsPrintTheUsageAndExitWithStatusTwo() throws Exception {
    Path out = dir.resolve("bad.out");
    Path err = dir.resolve("bad.err");
    Process p = launch(out, err, "--port", "not-a-port");
    assertThat(p.waitFor(DEADLINE.toSeconds(), TimeUnit.SECONDS)).isTrue();
    assertThat(p.exitValue()).isEqualTo(2);
    assertThat(Files.readString(err, StandardCharsets.UTF_8)).startsWith("error: --port must be a whole number, was "
        + "'not-a-port'\nusage: java -jar stacksets-emulator.jar");
    assertThat(Files.readString(out, StandardCharsets.UTF_8)).isEmpty();
  }
}
