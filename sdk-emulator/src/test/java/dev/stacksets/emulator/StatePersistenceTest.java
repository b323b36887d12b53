package dev.stacksets.emulator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import software.amazon.awssdk.services.cloudformation.CloudFormationClient;
import software.amazon.awssdk.services.cloudformation.model.StackSetOperationResultSummary;
import software.amazon.awssdk.services.config.ConfigClient;

/** With a state file, an emulator saves its model on close and a new one carries on from it. */
class StatePersistenceTest {
  private static final String TEMPLATE = "Resources: {}\n";

  private static StackSetEmulator start(Path file) {
    return StackSetEmulator.builder().timeSpeed(0).seedData(false).stateFile(file).start();
  }

  private static Map<String, String> results(CloudFormationClient cfn, String set, String op) {
    return cfn.listStackSetOperationResultsPaginator(b -> b.stackSetName(set).operationId(op)).summaries().stream()
        .collect(Collectors.toMap(r -> r.region() + "/" + r.account(), StackSetOperationResultSummary::statusAsString,
            (a, b) -> a, TreeMap::new));
  }

  @Test
  void aRestartedEmulatorHasTheSameStackSetsOperationsAndPacks(@TempDir Path dir) throws IOException {
    Path file = dir.resolve("state.json");
    String setId;
    String done;
    String stopped;
    Map<String, String> stoppedResults;
    Instant savedAt;
    try (StackSetEmulator first = start(file)) {
      assertThat(first.stateFile()).isEqualTo(file);
      CloudFormationClient cfn = AwsSdk.cloudFormation(first);
      setId = cfn.createStackSet(b -> b.stackSetName("kept").templateBody(TEMPLATE).description("kept set"))
          .stackSetId();
      done = cfn.createStackInstances(b -> b.stackSetName("kept").accounts("111111111111", "222222222222")
          .regions("us-east-1").operationId("create-op")).operationId();
      first.advanceTime(Duration.ofHours(1));
      first.cloudFormation().failTarget("us-east-1", "222222222222");
      stopped = cfn.updateStackInstances(b -> b.stackSetName("kept").accounts("111111111111", "222222222222")
          .regions("us-east-1")).operationId();
      first.advanceTime(Duration.ofSeconds(3));
      cfn.stopStackSetOperation(b -> b.stackSetName("kept").operationId(stopped));
      first.advanceTime(Duration.ofHours(1));
      stoppedResults = results(cfn, "kept", stopped);
      new Wire(first).rfsWrite("POST", "/v1/stack-sets", "{\"stack_set_name\":\"rfs_kept\","
          + "\"administration_agency_name\":\"a\",\"managed_agency_name\":\"m\"}", "c-1");
      ConfigClient config = AwsSdk.config(first);
      config.putOrganizationConformancePack(b -> b.organizationConformancePackName("kept-pack")
          .templateBody(TEMPLATE).excludedAccounts("456789012345"));
      first.advanceTime(Duration.ofMinutes(10));
      savedAt = first.now();
    }
    String saved = Files.readString(file, StandardCharsets.UTF_8);
    assertThat(saved).contains("\"format\" : \"stacksets-emulator-state/1\"", "\"kept\"", "\"rfs_kept\"",
        "\"kept-pack\"", "create-op");
    assertThat(saved).doesNotContain(StackSetEmulator.DEFAULT_SECRET_ACCESS_KEY);

    try (StackSetEmulator second = start(file)) {
      assertThat(second.now()).isEqualTo(savedAt);
      CloudFormationClient cfn = AwsSdk.cloudFormation(second);
      assertThat(cfn.describeStackSet(b -> b.stackSetName("kept")).stackSet().stackSetId()).isEqualTo(setId);
      assertThat(cfn.describeStackSetOperation(b -> b.stackSetName("kept").operationId(done)).stackSetOperation()
          .statusAsString()).isEqualTo("SUCCEEDED");
      assertThat(cfn.describeStackSetOperation(b -> b.stackSetName("kept").operationId(stopped)).stackSetOperation()
          .statusAsString()).isEqualTo("STOPPED");
      assertThat(results(cfn, "kept", stopped)).isEqualTo(stoppedResults);
      assertThat(cfn.listStackInstances(b -> b.stackSetName("kept")).summaries()).hasSize(2);
      // an operation id survives: the same request replays it
      assertThat(cfn.createStackInstances(b -> b.stackSetName("kept").accounts("111111111111", "222222222222")
          .regions("us-east-1").operationId("create-op")).operationId()).isEqualTo("create-op");
      assertThat(second.cloudFormation().operationIds("kept")).hasSize(2);
      assertThat(second.rfs().stackSetNames()).containsExactly("rfs_kept");
      assertThat(second.config().accountStatuses("kept-pack")).containsOnlyKeys("123456789012", "210987654321",
          "345678901234").containsValues("CREATE_SUCCESSFUL");
      // what tests told the model is not saved; new ids do not repeat old ones
      assertThat(second.cloudFormation().targetRules()).isEmpty();
      String again = cfn.createStackSet(b -> b.stackSetName("new-one").templateBody(TEMPLATE)).stackSetId();
      assertThat(again.substring(again.indexOf(':'))).isNotEqualTo(setId.substring(setId.indexOf(':')));
      // time goes on from where it was saved
      second.advanceTime(Duration.ofMinutes(1));
      assertThat(second.now()).isEqualTo(savedAt.plus(Duration.ofMinutes(1)));
    }
    assertThat(Files.readString(file, StandardCharsets.UTF_8)).contains("\"new-one\"");
  }

  @Test
  void aDamagedOrForeignStateFileIsAClearError(@TempDir Path dir) throws IOException {
    Path foreign = dir.resolve("foreign.json");
    Files.writeString(foreign, "{\"hello\":1}", StandardCharsets.UTF_8);
    assertThatThrownBy(() -> start(foreign)).isInstanceOf(UncheckedIOException.class)
        .hasMessageContaining("not an emulator state file").hasMessageContaining(foreign.toString());
    Path broken = dir.resolve("broken.json");
    Files.writeString(broken, "{\"format\":\"stacksets-emulator-state/1\",\"now\":", StandardCharsets.UTF_8);
    assertThatThrownBy(() -> start(broken)).isInstanceOf(UncheckedIOException.class)
        .hasMessageContaining("cannot read the state file");
    Path damaged = dir.resolve("damaged.json");
    Files.writeString(damaged, "{\"format\":\"stacksets-emulator-state/1\",\"now\":\"2024-01-01T00:00:00Z\","
        + "\"idSeed\":1,\"stackSets\":[{\"provider\":\"NOPE\"}],\"packs\":[]}", StandardCharsets.UTF_8);
    assertThatThrownBy(() -> start(damaged)).isInstanceOf(UncheckedIOException.class)
        .hasMessageContaining("damaged");
    assertThat(List.of(foreign, broken, damaged)).allSatisfy(p -> assertThat(p).exists());
  }

  @Test
  void withoutAStateFileNothingIsWritten(@TempDir Path dir) throws IOException {
    try (StackSetEmulator e = StackSetEmulator.builder().seedData(false).start()) {
      assertThat(e.stateFile()).isNull();
    }
    try (var files = Files.list(dir)) {
      assertThat(files).isEmpty();
    }
  }
}
