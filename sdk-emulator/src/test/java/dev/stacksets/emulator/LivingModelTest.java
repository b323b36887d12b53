package dev.stacksets.emulator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Operations, instances and stack-set status move with emulator time, as seen over the RFS API. */
@StackSetEmulatorTest(timeSpeed = 0, seedData = false)
class LivingModelTest {
  private final StackSetEmulator e;
  private final Wire wire;

  LivingModelTest(StackSetEmulator e) {
    this.e = e;
    this.wire = new Wire(e);
  }

  private JsonNode get(String path, String... query) {
    Wire.Reply r = wire.rfs(path, query);
    assertThat(r.status()).as(r.body()).isEqualTo(200);
    return Json.parse(r.body());
  }

  private List<String> instanceStatuses(String set) {
    List<String> out = new ArrayList<>();
    get("/v1/stack-sets/" + set + "/stack-instances", "sort_key", "create_time", "sort_dir", "asc", "limit", "1000")
        .get("stack_instances").forEach(n -> out.add(n.get("status").asText()));
    return out;
  }

  private String stackSetStatus(String set) {
    for (JsonNode n : get("/v1/stack-sets").get("stack_sets")) {
      if (n.get("stack_set_name").asText().equals(set)) {
        return n.get("status").asText();
      }
    }
    throw new AssertionError("no stack set " + set);
  }

  @Test
  void anOperationGoesFromQueuedToCompleteAndItsInstancesFollow() {
    List<String> domains = List.of("0123456789abcdef0123456789abcdef", "fedcba9876543210fedcba9876543210");
    e.rfs().createStackSet("living_set", List.of("cn-north-4", "cn-east-3"), domains);
    String createId = e.rfs().operationIds("living_set").get(0);
    String meta = "/v1/stack-sets/living_set/operations/" + createId + "/metadata";
    assertThat(get(meta).get("status").asText()).isEqualTo("QUEUE_IN_PROGRESS");
    assertThat(stackSetStatus("living_set")).isEqualTo("OPERATION_IN_PROGRESS");
    assertThat(instanceStatuses("living_set")).containsOnly("WAIT_IN_PROGRESS").hasSize(4);

    e.advanceTime(Duration.ofSeconds(6));
    assertThat(get(meta).get("status").asText()).isEqualTo("OPERATION_IN_PROGRESS");
    assertThat(instanceStatuses("living_set")).contains("OPERATION_IN_PROGRESS", "WAIT_IN_PROGRESS");

    e.advanceTime(Duration.ofMinutes(10));
    JsonNode done = get(meta);
    assertThat(done.get("status").asText()).isEqualTo("OPERATION_COMPLETE");
    assertThat(done.get("update_time").asText()).isGreaterThan(done.get("create_time").asText());
    assertThat(instanceStatuses("living_set")).containsOnly("OPERATION_COMPLETE");
    assertThat(stackSetStatus("living_set")).isEqualTo("IDLE");

    // a deployment where two targets fail and none is tolerated: the rest are cancelled, the operation fails
    String deployId = e.rfs().startOperation("living_set", OperationSpec.builder().action("DEPLOY_STACK_SET")
        .failingTargets(1).build());
    e.advanceTime(Duration.ofHours(1));
    JsonNode failed = get("/v1/stack-sets/living_set/operations/" + deployId + "/metadata");
    assertThat(failed.get("status").asText()).isEqualTo("OPERATION_FAILED");
    assertThat(failed.get("status_message").asText()).contains("failure tolerance");
    assertThat(e.rfs().operationStatus("living_set", deployId)).isEqualTo("OPERATION_FAILED");
    List<String> after = instanceStatuses("living_set");
    assertThat(after).contains("OPERATION_FAILED", "CANCEL_COMPLETE");
    JsonNode instances = get("/v1/stack-sets/living_set/stack-instances", "limit", "10");
    for (JsonNode i : instances.get("stack_instances")) {
      assertThat(i.get("latest_stack_set_operation_id").asText()).isEqualTo(deployId);
      if (!i.get("status").asText().equals("OPERATION_COMPLETE")) {
        assertThat(i.get("status_message").asText()).isNotBlank();
      }
    }

    // deleting one region's instances removes them once the deletion succeeds
    e.rfs().startOperation("living_set", OperationSpec.builder().action("DELETE_STACK_INSTANCES")
        .regions("cn-east-3").build());
    assertThat(e.rfs().stackInstances("living_set")).hasSize(4);
    e.advanceTime(Duration.ofHours(1));
    assertThat(e.rfs().stackInstances("living_set")).allMatch(s -> s.startsWith("cn-north-4/")).hasSize(2);
    assertThat(get("/v1/stack-sets/living_set/stack-instances").get("stack_instances")).hasSize(2);
  }

  @Test
  void aStoppedOperationEndsStopComplete() {
    e.rfs().createStackSet("stopping_set", List.of("cn-north-4"), List.of("11111111111111111111111111111111",
        "22222222222222222222222222222222", "33333333333333333333333333333333"));
    e.advanceTime(Duration.ofHours(1));
    String id = e.rfs().startOperation("stopping_set", OperationSpec.builder().action("UPDATE_STACK_INSTANCES")
        .stopAfter(Duration.ofSeconds(10)).targetTime(Duration.ofSeconds(60)).build());
    e.advanceTime(Duration.ofSeconds(20)); // stopped at 15 s while the first target runs until 35..65 s
    assertThat(e.rfs().operationStatus("stopping_set", id)).isEqualTo("STOP_IN_PROGRESS");
    e.advanceTime(Duration.ofHours(1));
    assertThat(e.rfs().operationStatus("stopping_set", id)).isEqualTo("STOP_COMPLETE");
    assertThat(instanceStatuses("stopping_set")).contains("CANCEL_COMPLETE");
  }

  @Test
  void theControlApiRefusesNonsense() {
    assertThatThrownBy(() -> e.rfs().startOperation("no_such", "DEPLOY_STACK_SET"))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("no_such");
    e.rfs().createStackSet("control_set", List.of(), List.of());
    assertThatThrownBy(() -> e.rfs().startOperation("control_set", "UPDATE"))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("DEPLOY_STACK_SET");
    assertThatThrownBy(() -> e.rfs().startOperation("control_set", "DEPLOY_STACK_SET"))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("no stack instances");
    assertThatThrownBy(() -> e.rfs().createStackSet("control_set", List.of(), List.of()))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("already exists");
    assertThatThrownBy(() -> e.cloudFormation().createStackSet("bad_name", List.of(), List.of()))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> e.advanceTime(Duration.ofSeconds(-1))).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> OperationSpec.builder().build()).isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("action");
  }
}
