package dev.stacksets.emulator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.stacksets.cfn.CloudFormationClient;
import dev.stacksets.core.auth.CredentialsProvider;
import dev.stacksets.core.exception.OperationNotFoundException;
import dev.stacksets.core.operation.OperationStatus;
import dev.stacksets.core.operation.OperationTargetResult;
import dev.stacksets.core.operation.StackSetOperation;
import dev.stacksets.core.operation.StackSetOperationView;
import dev.stacksets.core.operation.TargetStatus;
import dev.stacksets.rfs.RfsClient;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The provider-neutral operation view over the emulator. The clients' sleeper advances emulator time, so a waiter
 * sees an operation run to its end in simulated minutes without waiting for them.
 */
@StackSetEmulatorTest(timeSpeed = 0)
class NeutralViewTest {
  @Test
  void waitingForAnRfsOperationFollowsItToItsEnd(StackSetEmulator e) {
    try (RfsClient rfs = RfsClient.builder().endpoint(e.rfsEndpoint()).region(e.rfsRegion())
        .credentialsProvider(CredentialsProvider.of(e.credentials())).sleeper(e::advanceTime).build()) {
      StackSetOperationView ops = rfs.operations();
      String id = e.rfs().startOperation("iam-audit-roles", OperationSpec.builder().action("DEPLOY_STACK_SET")
          .failingTargets(1).failureToleranceCount(1).maxConcurrentCount(5).build());
      assertThat(ops.getOperation("iam-audit-roles", id).status()).isEqualTo(OperationStatus.QUEUED);
      StackSetOperation done = ops.waitUntilComplete("iam-audit-roles", id, Duration.ofHours(1));
      assertThat(done.status()).isEqualTo(OperationStatus.SUCCEEDED);
      assertThat(done.nativeStatus()).isEqualTo("OPERATION_COMPLETE");
      assertThat(done.operationId()).isEqualTo(id);
      List<OperationTargetResult> results = ops.listTargetResults("iam-audit-roles", id).stream().toList();
      assertThat(results).hasSize(125);
      assertThat(results).filteredOn(r -> r.status() == TargetStatus.FAILED).hasSize(1)
          .allSatisfy(r -> assertThat(r.reason()).isNotBlank());
      assertThat(ops.listOperations("iam-audit-roles").stream().findFirst()).get()
          .extracting(StackSetOperation::operationId).isEqualTo(id);
    }
  }

  @Test
  void waitingForACloudFormationOperationFollowsItToItsEnd(StackSetEmulator e) {
    try (CloudFormationClient cfn = CloudFormationClient.builder().endpoint(e.cloudFormationEndpoint())
        .region(e.region()).credentialsProvider(CredentialsProvider.of(e.credentials())).sleeper(e::advanceTime)
        .build()) {
      StackSetOperationView ops = cfn.operations();
      String id = e.cloudFormation().startOperation("my-stack-set", OperationSpec.builder().action("UPDATE")
          .failingTargets(2).build());
      StackSetOperation done = ops.waitUntilComplete("my-stack-set", id, Duration.ofHours(1));
      assertThat(done.status()).isEqualTo(OperationStatus.FAILED);
      assertThat(done.endedAt()).isNotNull();
      List<OperationTargetResult> results = ops.listTargetResults("my-stack-set", id).stream().toList();
      assertThat(results).extracting(OperationTargetResult::status).contains(TargetStatus.FAILED,
          TargetStatus.CANCELLED).doesNotContain(TargetStatus.PENDING, TargetStatus.RUNNING);
      assertThat(results).hasSize(e.cloudFormation().operationTargets("my-stack-set", id).size());
    }
  }

  @Test
  void targetResultsOfAnUnknownOperationAreOperationNotFoundOnBothClouds(StackSetEmulator e) {
    String unknown = "00000000-0000-4000-8000-000000000000";
    try (RfsClient rfs = RfsClient.builder().endpoint(e.rfsEndpoint()).region(e.rfsRegion())
        .credentialsProvider(CredentialsProvider.of(e.credentials())).build();
        CloudFormationClient cfn = CloudFormationClient.builder().endpoint(e.cloudFormationEndpoint())
            .region(e.region()).credentialsProvider(CredentialsProvider.of(e.credentials())).build()) {
      assertThatThrownBy(() -> rfs.operations().listTargetResults("iam-audit-roles", unknown).stream().toList())
          .isExactlyInstanceOf(OperationNotFoundException.class);
      assertThatThrownBy(() -> cfn.operations().listTargetResults("my-stack-set", unknown).stream().toList())
          .isExactlyInstanceOf(OperationNotFoundException.class);
      // a known operation still lists its targets
      String known = e.rfs().operationIds("iam-audit-roles").get(0);
      rfs.operations().listTargetResults("iam-audit-roles", known).stream().toList();
    }
  }
}
