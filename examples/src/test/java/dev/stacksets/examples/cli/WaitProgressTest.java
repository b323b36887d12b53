package dev.stacksets.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.stacksets.core.operation.OperationEvent;
import dev.stacksets.core.operation.OperationStatus;
import dev.stacksets.core.operation.OperationTargetResult;
import dev.stacksets.core.operation.Provider;
import dev.stacksets.core.operation.StackSetOperation;
import dev.stacksets.core.operation.TargetStatus;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** Live progress from watch events: counts when the status changes or a target moves on, each failure as it happens. */
class WaitProgressTest {
  private static final String OP = "0b8c6b4e-6d0e-4a59-9b1e-3f2a1c4d5e6f";
  private static final String A = "0a2b3c4d5e6f47a8b9c0d1e2f3a4b5c6";
  private static final String B = "1b3c4d5e6f7a48b9c0d1e2f3a4b5c6d7";

  private static OperationEvent status(OperationStatus status, String nativeStatus, OperationStatus previous) {
    return new OperationEvent.StatusChanged(StackSetOperation.builder().provider(Provider.RFS)
        .stackSetName("my_stack_set").operationId(OP).status(status).nativeStatus(nativeStatus).build(), previous);
  }

  private static OperationEvent target(String account, String region, TargetStatus status, String reason,
      TargetStatus previous) {
    return new OperationEvent.TargetChanged(OP, OperationTargetResult.builder().provider(Provider.RFS)
        .account(account).region(region).status(status).reason(reason).build(), previous);
  }

  @Test
  void printsTheCountsWhenTheStatusChangesOrATargetFinishesAndEachFailureOnce() {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    WaitProgress progress = new WaitProgress(new PrintStream(bytes, true, StandardCharsets.UTF_8));

    progress.accept(status(OperationStatus.QUEUED, "QUEUE_IN_PROGRESS", null));
    progress.accept(target(A, "cn-north-4", TargetStatus.RUNNING, null, null));
    progress.accept(target(B, "cn-north-4", TargetStatus.PENDING, null, null));
    progress.accept(status(OperationStatus.RUNNING, "OPERATION_IN_PROGRESS", OperationStatus.QUEUED));
    progress.accept(target(A, "cn-north-4", TargetStatus.SUCCEEDED, null, TargetStatus.RUNNING));
    progress.accept(target(B, "cn-north-4", TargetStatus.FAILED, "the agency rfs_admin_agency\ndoes not exist",
        TargetStatus.PENDING));
    progress.accept(status(OperationStatus.FAILED, "OPERATION_FAILED", OperationStatus.RUNNING));

    assertThat(bytes.toString(StandardCharsets.UTF_8)).isEqualTo(""
        + "  QUEUED (QUEUE_IN_PROGRESS), no target results yet\n"
        + "  RUNNING (OPERATION_IN_PROGRESS), 2 targets: 1 PENDING, 1 RUNNING\n"
        + "  RUNNING (OPERATION_IN_PROGRESS), 2 targets: 1 PENDING, 1 SUCCEEDED\n"
        + "  failed " + B + "/cn-north-4: the agency rfs_admin_agency does not exist\n"
        + "  RUNNING (OPERATION_IN_PROGRESS), 2 targets: 1 SUCCEEDED, 1 FAILED\n"
        + "  FAILED (OPERATION_FAILED), 2 targets: 1 SUCCEEDED, 1 FAILED\n");
    assertThat(progress.operation().status()).isEqualTo(OperationStatus.FAILED);
  }
}
