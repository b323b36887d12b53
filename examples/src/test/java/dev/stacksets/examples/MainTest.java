package dev.stacksets.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** The CLI: the tour, subcommands against the emulator, and one-line errors for mistakes. */
class MainTest {
  private final ByteArrayOutputStream out = new ByteArrayOutputStream();
  private final ByteArrayOutputStream err = new ByteArrayOutputStream();

  private int run(String... args) {
    return Main.run(args, new PrintStream(out, true, StandardCharsets.UTF_8),
        new PrintStream(err, true, StandardCharsets.UTF_8));
  }

  private String out() {
    return out.toString(StandardCharsets.UTF_8);
  }

  private String err() {
    return err.toString(StandardCharsets.UTF_8);
  }

  @Test
  void tourRunsEverySection() {
    assertThat(run()).isEqualTo(0);
    assertThat(out()).contains("== Stack sets on both clouds", "== RFS operations of",
        "== Metadata of RFS operation", "== Every result of CloudFormation operation",
        "== Config conformance pack", "== Both clouds in one view", "== Waiting for a new RFS operation", "Done.");
    assertThat(out()).contains("total      1000 in 10 pages");
    assertThat(err()).contains("ListStackSetOperationResults: 10 pages, 1000 items");
  }

  @Test
  void stackSetsOfEachProviderAgainstTheEmulator() {
    assertThat(run("stack-sets", "--provider", "cfn")).isEqualTo(0);
    assertThat(out()).contains("NAME", "my-stack-set", "big-rollout");
    out.reset();
    assertThat(run("stack-sets")).isEqualTo(0);
    assertThat(out()).contains("my_hello_world_stack_set", "日志审计_stack_set");
  }

  @Test
  void operationsNewestFirstWithLimit() {
    assertThat(run("operations", "my-stack-set", "--provider=cfn", "--limit", "3")).isEqualTo(0);
    String[] lines = out().split("\n");
    assertThat(lines).hasSize(5); // header, rule, 3 rows
    assertThat(lines[2].substring(0, 24).compareTo(lines[3].substring(0, 24))).isGreaterThan(0);
  }

  @Test
  void helpPrintsUsage() {
    assertThat(run("--help")).isEqualTo(0);
    assertThat(out()).contains("usage: stacksets-examples", "--provider rfs|cfn");
  }

  @Test
  void usageMistakesAreOneLineWithAHint() {
    assertThat(run("operations")).isEqualTo(2);
    assertThat(err()).isEqualTo("error: expected STACK_SET, got 0 argument(s)\nrun with --help for usage\n");
    err.reset();
    assertThat(run("stack-sets", "--provider", "gcp")).isEqualTo(2);
    assertThat(err()).startsWith("error: --provider must be rfs or cfn, not 'gcp'");
    err.reset();
    assertThat(run("frobnicate")).isEqualTo(2);
    assertThat(err()).startsWith("error: unknown command 'frobnicate'");
    err.reset();
    assertThat(run("stack-sets", "--colour")).isEqualTo(2);
    assertThat(err()).startsWith("error: unknown option --colour");
    err.reset();
    assertThat(run("wait", "a", "b", "--timeout", "soon")).isEqualTo(2);
    assertThat(err()).startsWith("error: --timeout must look like 90s, 30m or 2h, not 'soon'");
  }

  @Test
  void serviceErrorsAreOneLineWithoutStackTrace() {
    assertThat(run("operations", "no_such_stack_set")).isEqualTo(1);
    assertThat(err()).startsWith("error: RFS 404").doesNotContain("\tat ").hasLineCount(1);
    err.reset();
    assertThat(run("operations", "bad name!")).isEqualTo(1);
    assertThat(err()).startsWith("error: ").contains("stackSetName").hasLineCount(1);
  }

  @Test
  void unreachableCloudIsOneLine() {
    // a closed loopback port: either the credentials chain finds nothing or the connection is refused
    assertThat(run("stack-sets", "--provider", "cfn", "--region", "us-east-1", "--endpoint",
        "http://127.0.0.1:1")).isEqualTo(1);
    assertThat(err()).startsWith("error: ").hasLineCount(1);
  }
}
