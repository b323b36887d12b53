package dev.stacksets.rfs;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.stacksets.core.ResponseMetadata;
import dev.stacksets.rfs.model.Action;
import dev.stacksets.rfs.model.CallIdentity;
import dev.stacksets.rfs.model.DeploymentTargets;
import dev.stacksets.rfs.model.ListStackSetOperationsRequest;
import dev.stacksets.rfs.model.ListStackSetOperationsResponse;
import dev.stacksets.rfs.model.OperationFilter;
import dev.stacksets.rfs.model.OperationStatus;
import dev.stacksets.rfs.model.SortDirection;
import dev.stacksets.rfs.model.StackSet;
import dev.stacksets.rfs.model.StackSetOperation;
import dev.stacksets.rfs.model.VarOverrides;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Models and requests are immutable values: builders, copies, equality, safe toString. */
class ModelsTest {
  @Test
  void collectionsAreCopiedInAndUnmodifiableOut() {
    List<String> regions = new ArrayList<>(List.of("cn-north-4"));
    DeploymentTargets t = DeploymentTargets.builder().regions(regions).build();
    regions.add("cn-east-3");
    assertThat(t.regions()).containsExactly("cn-north-4");
    assertThatThrownBy(() -> t.regions().add("x")).isInstanceOf(UnsupportedOperationException.class);
    assertThatThrownBy(() -> t.additionalFields().put("a", "b")).isInstanceOf(UnsupportedOperationException.class);
    assertThatThrownBy(() -> DeploymentTargets.builder().addRegion(null))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("regions");
  }

  @Test
  void toBuilderRoundTripsAndEqualityCoversEveryField() {
    StackSetOperation op = StackSetOperation.builder().operationId("op").stackSetName("s")
        .status(OperationStatus.OPERATION_COMPLETE).action(Action.DEPLOY_STACK_SET)
        .createTime(Instant.parse("2023-05-15T17:39:25.210Z"))
        .deploymentTargets(DeploymentTargets.builder().regions("r").build())
        .putAdditionalField("x", "1").build();
    assertThat(op.toBuilder().build()).isEqualTo(op).hasSameHashCodeAs(op);
    assertThat(op.toBuilder().status("STOP_COMPLETE").build()).isNotEqualTo(op);
    assertThat(op.toBuilder().additionalFields(null).build()).isNotEqualTo(op);
    assertThat(op.toString()).contains("operationId=op").contains("status=OPERATION_COMPLETE")
        .contains("additionalFields=[x]");
  }

  @Test
  void unknownConstantsCannotBeSetButRawStringsCan() {
    assertThatThrownBy(() -> StackSetOperation.builder().status(OperationStatus.UNKNOWN_TO_SDK_VERSION))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("status");
    StackSetOperation op = StackSetOperation.builder().status("NEW").build();
    assertThat(op.status()).isEqualTo(OperationStatus.UNKNOWN_TO_SDK_VERSION);
    assertThat(op.statusAsString()).isEqualTo("NEW");
  }

  @Test
  void enumsMapWireValues() {
    assertThat(OperationStatus.fromValue("QUEUE_IN_PROGRESS")).isEqualTo(OperationStatus.QUEUE_IN_PROGRESS);
    assertThat(OperationStatus.fromValue("queue_in_progress")).isEqualTo(OperationStatus.UNKNOWN_TO_SDK_VERSION);
    assertThat(OperationStatus.fromValue(null)).isNull();
    assertThat(OperationStatus.knownValues()).hasSize(7).doesNotContain(OperationStatus.UNKNOWN_TO_SDK_VERSION);
    assertThat(Action.knownValues()).hasSize(5);
    assertThat(CallIdentity.DELEGATED_ADMIN.value()).isEqualTo("DELEGATED_ADMIN");
    assertThat(SortDirection.ASC.value()).isEqualTo("asc");
  }

  @Test
  void secretsNeverAppearInToString() {
    StackSet s = StackSet.builder().stackSetName("s").varsBody("password = \"p4ss\"").varsUriContent("key: k3y")
        .build();
    assertThat(s.toString()).doesNotContain("p4ss").doesNotContain("k3y").contains("varsBody=*** (17 chars)");
    VarOverrides v = VarOverrides.builder().varsBody("token=t0k").build();
    assertThat(v.toString()).doesNotContain("t0k");
  }

  @Test
  void requestsAreValuesToo() {
    ListStackSetOperationsRequest r = ListStackSetOperationsRequest.builder().stackSetName("s")
        .filter(OperationFilter.action(Action.DEPLOY_STACK_SET)).sortByCreateTime(SortDirection.ASC).limit(20)
        .build();
    assertThat(r.toBuilder().build()).isEqualTo(r).hasSameHashCodeAs(r);
    assertThat(r.toBuilder().marker("m").build()).isNotEqualTo(r);
    assertThat(r.toString()).contains("stackSetName=s").contains("filter=action==DEPLOY_STACK_SET")
        .contains("sorts=[create_time asc]").contains("limit=20");
    assertThatThrownBy(() -> r.sorts().clear()).isInstanceOf(UnsupportedOperationException.class);
  }

  @Test
  void responsesCanBeBuiltForTestDoubles() {
    ListStackSetOperationsResponse r = ListStackSetOperationsResponse.builder()
        .addStackSetOperation(StackSetOperation.builder().operationId("op").build())
        .responseMetadata(ResponseMetadata.none()).build();
    assertThat(r.stackSetOperations()).extracting(StackSetOperation::operationId).containsExactly("op");
    assertThat(r.toBuilder().build()).isEqualTo(r);
  }

  @Test
  void writeRequestsNeverShowTemplatesOrVariablesAndAreValues() {
    dev.stacksets.rfs.model.CreateStackSetRequest c = dev.stacksets.rfs.model.CreateStackSetRequest.builder()
        .stackSetName("s").templateBody("{\"secret_default\":\"t3mpl\"}").varsBody("password = \"p4ss\"")
        .clientRequestId("c1").build();
    assertThat(c.toString()).doesNotContain("t3mpl").doesNotContain("p4ss")
        .contains("templateBody=<26 chars>").contains("varsBody=*** (17 chars)").contains("clientRequestId=c1");
    assertThat(c.toBuilder().build()).isEqualTo(c).hasSameHashCodeAs(c);
    assertThat(c.toBuilder().clientRequestId("c2").build()).isNotEqualTo(c);

    dev.stacksets.rfs.model.DeployStackSetRequest d = dev.stacksets.rfs.model.DeployStackSetRequest.builder()
        .stackSetName("s").deploymentTargets(t -> t.regions("r1")).templateBody("x=1").varsBody("token=t0k").build();
    assertThat(d.toString()).doesNotContain("t0k").contains("templateBody=<3 chars>")
        .contains("deploymentTargets=DeploymentTargets{regions=[r1]}");

    dev.stacksets.rfs.model.UpdateStackInstancesRequest u = dev.stacksets.rfs.model.UpdateStackInstancesRequest
        .builder().stackSetName("s").varOverrides(v -> v.varsBody("k=v4l")).build();
    assertThat(u.toString()).doesNotContain("v4l");
  }
}
