package dev.stacksets.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
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
    assertThat(err()).startsWith("error: --timeout must look like 90s, 30m, 2h or PT1H30M, not 'soon'");
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

  private void reset() {
    out.reset();
    err.reset();
  }

  /** The id of a stack set's newest operation (the emulator is seeded alike on every run), via the CLI itself. */
  private String newestOperation(String stackSet) {
    assertThat(run("operations", stackSet, "--limit", "1")).isEqualTo(0);
    String[] lines = out().split("\n");
    assertThat(lines).hasSize(3);
    int at = lines[0].indexOf("OPERATION ID");
    String id = lines[2].substring(at).split(" +")[0];
    assertThat(id).matches("[0-9a-f-]{36}");
    reset();
    return id;
  }

  private List<String> dataRows() {
    String[] lines = out().split("\n");
    List<String> rows = new ArrayList<>();
    for (int i = 2; i < lines.length; i++) {
      rows.add(lines[i]);
    }
    return rows;
  }

  @Test
  void stackSetIdsAreNeverCut() {
    assertThat(run("stack-sets", "--provider", "cfn")).isEqualTo(0);
    assertThat(out()).doesNotContain("…");
    List<String> rows = dataRows();
    assertThat(rows).hasSize(6);
    for (String row : rows) {
      String[] cells = row.split(" {2,}");
      String name = cells[0];
      String id = cells[cells.length - 1];
      assertThat(id).matches(Pattern.quote(name) + ":[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}");
    }
    assertThat(rows).anySatisfy(r -> assertThat(r).startsWith("security-guardrails "));
  }

  @Test
  void progressOnANonTerminalIsPlainLines() {
    String op = newestOperation("my_hello_world_stack_set");
    assertThat(run("results", "my_hello_world_stack_set", op)).isEqualTo(0);
    assertThat(err()).doesNotContain("\r").matches("  results: 1 pages, 30 items, \\d+ items/s\n");
    assertThat(dataRows()).hasSize(30);
  }

  @Test
  void progressOnATerminalIsRedrawnInPlace() {
    String op = newestOperation("my_hello_world_stack_set");
    int status = Main.run(new String[] {"results", "my_hello_world_stack_set", op},
        new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8), true);
    assertThat(status).isEqualTo(0);
    assertThat(err()).matches("(\r  results: 1 pages, 30 items, \\d+ items/s   )+\n");
  }

  @Test
  void limitCutsEveryListing() {
    assertThat(run("packs", "operational-best-practices", "--limit", "3")).isEqualTo(0);
    assertThat(dataRows()).hasSize(3);
    reset();
    assertThat(run("stack-sets", "--limit", "2")).isEqualTo(0);
    assertThat(dataRows()).hasSize(2);
    reset();
    String op = newestOperation("my_hello_world_stack_set");
    assertThat(run("results", "my_hello_world_stack_set", op, "--limit=4")).isEqualTo(0);
    assertThat(dataRows()).hasSize(4);
  }

  @Test
  void optionsACommandDoesNotUseAreRefusedInOneLine() {
    assertThat(run("tour", "--endpoint", "http://127.0.0.1:1")).isEqualTo(2);
    assertThat(err()).isEqualTo("error: tour does not take --endpoint (it always runs against the embedded emulator)\n"
        + "run with --help for usage\n");
    assertThat(out()).isEmpty();
    reset();
    assertThat(run("--provider", "cfn")).isEqualTo(2);
    assertThat(err()).startsWith("error: tour does not take --provider");
    reset();
    assertThat(run("packs", "operational-best-practices", "--provider", "rfs")).isEqualTo(2);
    assertThat(err()).isEqualTo("error: packs does not take --provider (conformance packs are always AWS Config)\n"
        + "run with --help for usage\n");
    reset();
    assertThat(run("wait", "a", "b", "--limit", "3")).isEqualTo(2);
    assertThat(err()).isEqualTo("error: wait does not take --limit\nrun with --help for usage\n");
    reset();
    assertThat(run("stack-sets", "--timeout", "5m")).isEqualTo(2);
    assertThat(err()).isEqualTo("error: stack-sets does not take --timeout\nrun with --help for usage\n");
  }

  @Test
  void optionValuesAreCheckedBeforeAnythingRuns() {
    String[][] cases = {
        {"stack-sets --limit abc", "--limit must be a whole number from 1 to 2147483647, not 'abc'"},
        {"stack-sets --limit 0", "--limit must be a whole number from 1 to 2147483647, not '0'"},
        {"operations s --limit -3", "--limit must be a whole number from 1 to 2147483647, not '-3'"},
        {"packs p --limit 99999999999", "--limit must be a whole number from 1 to 2147483647, not '99999999999'"},
        {"wait s o --timeout 0s", "--timeout must be longer than zero, not '0s'"},
        {"wait s o --timeout 99999999999999999h", "--timeout must look like 90s, 30m, 2h or PT1H30M, not "
            + "'99999999999999999h'"},
        {"wait s o --timeout PT-5M", "--timeout must be longer than zero, not 'PT-5M'"},
        {"stack-sets --endpoint foo", "--endpoint must be an http or https URL with a host, not 'foo'"},
        {"stack-sets --endpoint ftp://h", "--endpoint must be an http or https URL with a host, not 'ftp://h'"},
        {"stack-sets --region US_EAST", "--region must look like cn-north-4 or us-east-1, not 'US_EAST'"},
        {"stack-sets --provider gcp", "--provider must be rfs or cfn, not 'gcp'"},
        {"stack-sets --limit 3 --limit 4", "option --limit given twice"},
        {"stack-sets --limit", "option --limit needs a value"},
        {"stack-sets --limit --provider cfn", "option --limit needs a value"},
        {"stack-sets --help=yes", "option --help takes no value"},
        {"stack-sets -l 3", "unknown option -l"},
        {"stack-sets extra", "expected no arguments, got 1 argument(s)"},
    };
    for (String[] c : cases) {
      reset();
      assertThat(run(c[0].split(" "))).as(c[0]).isEqualTo(2);
      assertThat(err()).as(c[0]).isEqualTo("error: " + c[1] + "\nrun with --help for usage\n");
      assertThat(out()).as(c[0]).isEmpty();
    }
  }

  @Test
  void helpListsExactlyTheOptionsEachCommandAccepts() {
    assertThat(run("--help")).isEqualTo(0);
    String help = out();
    String[][] options = {{"provider", "cfn"}, {"region", "us-east-1"}, {"endpoint", "http://127.0.0.1:1"},
        {"limit", "3"}, {"timeout", "90s"}};
    Set<String> commands = new TreeSet<>();
    Matcher synopsis = Pattern.compile("(?m)^  ([a-z-]+)((?: [A-Z_]+)*)((?: \\[--[a-z]+[^\\]]*\\])*)$").matcher(help);
    while (synopsis.find()) {
      String command = synopsis.group(1);
      commands.add(command);
      Set<String> listed = new TreeSet<>();
      Matcher m = Pattern.compile("\\[--([a-z]+)").matcher(synopsis.group(3));
      while (m.find()) {
        listed.add(m.group(1));
      }
      for (String[] o : options) {
        reset();
        // too many arguments: an accepted option gets past the option checks and stops at the argument count
        int status = run(command, "x", "y", "z", "w", "--" + o[0], o[1]);
        assertThat(status).as(command + " --" + o[0]).isEqualTo(2);
        if (listed.contains(o[0])) {
          assertThat(err()).as(command + " --" + o[0]).startsWith("error: expected ");
        } else {
          assertThat(err()).as(command + " --" + o[0]).startsWith("error: " + command + " does not take --" + o[0]);
        }
      }
    }
    assertThat(commands).containsExactlyInAnyOrder("tour", "stack-sets", "operations", "results", "wait", "packs",
        "serve");
  }

  @Test
  void waitAgainstTheEmbeddedEmulatorRunsFastAndShowsEachChange() {
    String op = newestOperation("my_hello_world_stack_set");
    // the seeded 30-target rollout, still running when the emulator starts, has minutes of emulator time left; the
    // emulator's time runs fast, so the wait ends in seconds (--timeout only spares a broken build the default 30m)
    assertThat(run("wait", "my_hello_world_stack_set", op, "--timeout", "60s")).as(err()).isEqualTo(0);
    List<String> lines = List.of(err().split("\n"));
    assertThat(err()).doesNotContain("\r");
    assertThat(lines.get(0)).isEqualTo("  embedded emulator: its time runs 100x faster than the wall clock");
    List<String> changes = lines.subList(1, lines.size());
    assertThat(changes).isNotEmpty();
    Pattern status = Pattern.compile("  (QUEUED \\(QUEUE_IN_PROGRESS\\)|RUNNING \\(OPERATION_IN_PROGRESS\\)"
        + "|SUCCEEDED \\(OPERATION_COMPLETE\\)), 30 targets: (\\d+ [A-Z]+(?:, \\d+ [A-Z]+)*)");
    for (int i = 0; i < changes.size(); i++) {
      Matcher m = status.matcher(changes.get(i));
      assertThat(m.matches()).as(changes.get(i)).isTrue();
      int sum = 0;
      for (String count : m.group(2).split(", ")) {
        sum += Integer.parseInt(count.split(" ")[0]);
      }
      assertThat(sum).as(changes.get(i)).isEqualTo(30);
      if (i > 0) {
        assertThat(changes.get(i)).as("a line only when something changed").isNotEqualTo(changes.get(i - 1));
      }
    }
    assertThat(changes.get(changes.size() - 1)).isEqualTo("  SUCCEEDED (OPERATION_COMPLETE), 30 targets: 30 SUCCEEDED");
    assertThat(dataRows()).hasSize(1);
    assertThat(dataRows().get(0)).isEqualTo(op + "  DEPLOY  SUCCEEDED  OPERATION_COMPLETE  -");
  }

  @Test
  void serveRunsTheStandaloneServerInThisJvmUntilInterrupted() throws Exception {
    int[] status = {-1};
    Thread serving = new Thread(() -> status[0] = run("serve", "--port", "0", "--time-speed", "0", "--seed", "3"));
    serving.start();
    Pattern listening = Pattern.compile("listening on (http://127\\.0\\.0\\.1:\\d+) \\(seed 3, time speed 0\\.0x");
    long deadline = System.nanoTime() + java.util.concurrent.TimeUnit.SECONDS.toNanos(60);
    Matcher m = listening.matcher(out());
    while (!m.find()) {
      assertThat(System.nanoTime()).as("the server did not start: %s", err()).isLessThan(deadline);
      Thread.sleep(20);
      m = listening.matcher(out());
    }
    String endpoint = m.group(1);
    assertThat(out()).contains("export AWS_ENDPOINT_URL=" + endpoint, "export HUAWEICLOUD_SDK_AK=EMULATORACCESSKEY");
    java.net.http.HttpResponse<String> health = java.net.http.HttpClient.newHttpClient().send(
        java.net.http.HttpRequest.newBuilder(java.net.URI.create(endpoint + "/_emulator/health")).build(),
        java.net.http.HttpResponse.BodyHandlers.ofString());
    assertThat(health.statusCode()).isEqualTo(200);
    assertThat(health.body()).contains("\"status\":\"ok\"", "\"seed\":3");
    serving.interrupt();
    serving.join(java.util.concurrent.TimeUnit.SECONDS.toMillis(30));
    assertThat(serving.isAlive()).isFalse();
    assertThat(status[0]).isZero();
    assertThat(out()).endsWith("stacksets emulator stopped\n");
    assertThat(err()).isEmpty();
  }

  @Test
  void serveChecksItsOptionsBeforeAnythingRuns() {
    String[][] cases = {
        {"serve --port 65536", "--port must be a whole number from 0 to 65535, not '65536'"},
        {"serve --seed abc", "--seed must be a whole number, not 'abc'"},
        {"serve --time-speed -2", "--time-speed must be a number >= 0, not '-2'"},
        {"serve --limit 3", "serve does not take --limit"},
        {"serve --endpoint http://127.0.0.1:1", "serve does not take --endpoint (it serves on 127.0.0.1)"},
        {"serve extra", "expected no arguments, got 1 argument(s)"},
    };
    for (String[] c : cases) {
      reset();
      assertThat(run(c[0].split(" "))).as(c[0]).isEqualTo(2);
      assertThat(err()).as(c[0]).isEqualTo("error: " + c[1] + "\nrun with --help for usage\n");
      assertThat(out()).as(c[0]).isEmpty();
    }
  }
}
