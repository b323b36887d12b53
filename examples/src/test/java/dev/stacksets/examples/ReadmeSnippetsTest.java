package dev.stacksets.examples;

import static org.assertj.core.api.Assertions.assertThat;

import dev.stacksets.cfn.CloudFormationClient;
import dev.stacksets.cfn.ConfigClient;
import dev.stacksets.core.operation.OperationStatus;
import dev.stacksets.core.operation.StackSetOperation;
import dev.stacksets.emulator.StackSetEmulator;
import dev.stacksets.core.auth.CredentialsProvider;
import dev.stacksets.core.testing.MutableClock;
import dev.stacksets.rfs.RfsClient;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Runs the README snippets against the emulator and checks the README still holds them word for word. */
class ReadmeSnippetsTest {
  private static Connection connection;
  private static StackSetEmulator emulator;

  private static PrintStream realOut;

  @BeforeAll
  static void start() {
    connection = Connection.emulator();
    emulator = connection.emulatorOrNull();
    // the snippets print what they find, as a reader would want; keep that out of the build log
    realOut = System.out;
    System.setOut(new PrintStream(OutputStream.nullOutputStream(), true, StandardCharsets.UTF_8));
  }

  @AfterAll
  static void stop() {
    System.setOut(realOut);
    connection.close();
  }

  @Test
  void rfsSnippetListsFailedOperationsOfTheStackSet() {
    String set = "my_hello_world_stack_set";
    List<String> failed = ReadmeSnippets.rfsTour(connection.rfs(), set);
    List<String> expected = new ArrayList<>();
    for (String id : emulator.rfs().operationIds(set)) {
      if (emulator.rfs().operationStatus(set, id).equals("OPERATION_FAILED")) {
        expected.add(id);
      }
    }
    assertThat(failed).hasSize(expected.size());
    assertThat(failed).allSatisfy(line -> assertThat(expected).contains(line.substring(0, line.indexOf(':'))));
  }

  @Test
  void cfnSnippetCountsTheFailedResultsOfAnOperation() {
    CloudFormationClient cfn = connection.cloudFormation();
    ConfigClient config = connection.config();
    String set = "my-stack-set";
    String op = emulator.cloudFormation().operationIds(set).get(0);
    long failures = ReadmeSnippets.cfnTour(cfn, config, set, op, emulator.config().conformancePackNames().get(0));
    long expected = cfn.operations().listTargetResults(set, op).stream()
        .filter(r -> "FAILED".equals(r.nativeStatus())).count();
    assertThat(failures).isEqualTo(expected);
  }

  @Test
  void neutralSnippetReturnsTheFinishedOperation() {
    String set = "my_hello_world_stack_set";
    String done = emulator.rfs().operationIds(set).stream()
        .filter(id -> emulator.rfs().operationStatus(set, id).equals("OPERATION_COMPLETE")).findFirst().orElseThrow();
    StackSetOperation op = ReadmeSnippets.neutralTour(connection.rfs(), connection.cloudFormation(),
        connection.config(), set, "my-stack-set", done, emulator.config().conformancePackNames().get(0));
    assertThat(op.operationId()).isEqualTo(done);
    assertThat(op.status()).isEqualTo(OperationStatus.SUCCEEDED);
  }

  @Test
  void errorsSnippetReportsAnUnknownOperation() {
    String answer = ReadmeSnippets.errors(connection.rfs(), "my_hello_world_stack_set",
        "00000000-0000-4000-8000-000000000000");
    assertThat(answer).startsWith("gone: ");
  }

  @Test
  void errorsSnippetReportsAnUnreachableEndpointWithoutThrowing() {
    // nothing listens on port 1 of loopback: every poll fails; simulated time, so no real waiting
    Instant start = Instant.parse("2026-01-01T00:00:00Z");
    MutableClock time = new MutableClock(start);
    try (RfsClient rfs = RfsClient.builder()
        .endpoint(URI.create("http://127.0.0.1:1"))
        .region("cn-north-4")
        .credentialsProvider(CredentialsProvider.of(emulator.credentials()))
        .clock(time)
        .sleeper(time.sleeper())
        .build()) {
      String answer = ReadmeSnippets.errors(rfs, "my_hello_world_stack_set", "00000000-0000-4000-8000-000000000000");

      assertThat(answer).startsWith("no reply: ");
      assertThat(time.instant()).isBefore(start.plus(Duration.ofMinutes(30)));
    }
  }


  @Test
  void writeSnippetsStartOperationsThatFinish() {
    // the clients' waits move emulator time instead of sleeping, so the test takes no real time
    try (RfsClient rfs = RfsClient.builder().endpoint(emulator.rfsEndpoint())
        .credentialsProvider(CredentialsProvider.of(emulator.credentials())).sleeper(emulator::advanceTime).build();
        CloudFormationClient cfn = CloudFormationClient.builder().region(emulator.region())
            .endpoint(emulator.cloudFormationEndpoint())
            .credentialsProvider(CredentialsProvider.of(emulator.credentials())).sleeper(emulator::advanceTime)
            .build()) {
      StackSetOperation done = ReadmeSnippets.rfsWrites(rfs, "empty_stack_set", "0123456789abcdef0123456789abcdef");
      assertThat(done.status()).isEqualTo(OperationStatus.SUCCEEDED);

      cfn.createStackSet(r -> r.stackSetName("readme-set").templateBody("Resources: {}"));
      String first = ReadmeSnippets.cfnWrites(cfn, "readme-set");
      String second = ReadmeSnippets.cfnWrites(cfn, "readme-set"); // refused while the first runs: waits its turn
      assertThat(second).isNotEqualTo(first);
      assertThat(cfn.operations().getOperation("readme-set", first).status()).isEqualTo(OperationStatus.SUCCEEDED);
    }
  }

  @Test
  void asyncSnippetWatchesAnOperationToItsEnd() {
    String set = "my_hello_world_stack_set";
    String done = emulator.rfs().operationIds(set).stream()
        .filter(id -> emulator.rfs().operationStatus(set, id).equals("OPERATION_COMPLETE")).findFirst().orElseThrow();
    List<dev.stacksets.core.operation.OperationEvent> events = ReadmeSnippets.async(connection.rfs(), set, done);
    assertThat(events.get(events.size() - 1)).isInstanceOfSatisfying(
        dev.stacksets.core.operation.OperationEvent.StatusChanged.class,
        s -> assertThat(s.operation().status()).isEqualTo(OperationStatus.SUCCEEDED));
  }

  @Test
  void clientSnippetsBuildWithoutNetwork() {
    // building a client sends nothing; the default credentials chain is only asked when a call is made
    ReadmeSnippets.rfsForRegion().close();
    ReadmeSnippets.cfnForRegion().close();
    ReadmeSnippets.credentials().close();
  }

  @Test
  void readmeHoldsEverySnippetWordForWord() throws IOException {
    Path root = Path.of("..").toAbsolutePath().normalize();
    String readme = Files.readString(root.resolve("README.md"), StandardCharsets.UTF_8);
    String source = Files.readString(
        Path.of("src/main/java/dev/stacksets/examples/ReadmeSnippets.java"), StandardCharsets.UTF_8)
        + Files.readString(Path.of("src/test/java/dev/stacksets/examples/UsersOwnTest.java"), StandardCharsets.UTF_8);
    Matcher m = Pattern.compile("// README: ([a-z-]+)\\n(.*?)\\n\\s*// README: end", Pattern.DOTALL).matcher(source);
    List<String> snippets = new ArrayList<>();
    while (m.find()) {
      String snippet = dedent(m.group(2));
      assertThat(readme).as("README snippet '%s'", m.group(1)).contains(snippet);
      snippets.add(snippet);
    }
    assertThat(snippets).hasSize(11);
    // and the other way round: every ```java block of the README is one of the compiled snippets (or several)
    Matcher block = Pattern.compile("```java\n(.*?)\n```", Pattern.DOTALL).matcher(readme);
    int blocks = 0;
    while (block.find()) {
      blocks++;
      String text = block.group(1);
      for (String snippet : snippets) {
        text = text.replace(snippet, "");
      }
      assertThat(text.strip()).as("README java block %d is compiled somewhere", blocks).isEmpty();
    }
    assertThat(blocks).isPositive();
  }

  static String dedent(String block) {
    String[] lines = block.split("\n", -1);
    int indent = Integer.MAX_VALUE;
    for (String l : lines) {
      if (!l.isBlank()) {
        indent = Math.min(indent, l.length() - l.stripLeading().length());
      }
    }
    StringBuilder sb = new StringBuilder();
    for (String l : lines) {
      sb.append(l.isBlank() ? "" : l.substring(indent)).append('\n');
    }
    return sb.toString().stripTrailing();
  }
}
