package dev.stacksets.examples;

import static org.assertj.core.api.Assertions.assertThat;

import dev.stacksets.core.operation.OperationStatus;
import dev.stacksets.core.operation.OperationTargetResult;
import dev.stacksets.core.operation.OperationWaiter;
import dev.stacksets.core.operation.Provider;
import dev.stacksets.core.operation.StackSetOperation;
import dev.stacksets.core.operation.StackSetOperationView;
import dev.stacksets.core.operation.TargetStatus;
import dev.stacksets.core.paginate.Page;
import dev.stacksets.core.paginate.Paginator;
import dev.stacksets.examples.cli.WaitProgress;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Waiting with progress: each of the waiter's polls prints what changed, and only that. */
class ReportingViewTest {
  private static final String SET = "my_stack_set";
  private static final String OP = "0b8c6b4e-6d0e-4a59-9b1e-3f2a1c4d5e6f";
  private static final String A = "0a2b3c4d5e6f47a8b9c0d1e2f3a4b5c6";
  private static final String B = "1b3c4d5e6f7a48b9c0d1e2f3a4b5c6d7";

  /** Answers each getOperation with the next scripted state, and listTargetResults with that state's targets. */
  private static final class ScriptedView implements StackSetOperationView {
    private final List<StackSetOperation> states = new ArrayList<>();
    private final List<List<OperationTargetResult>> targets = new ArrayList<>();
    private int poll = -1;

    ScriptedView then(OperationStatus status, String nativeStatus, OperationTargetResult... results) {
      states.add(StackSetOperation.builder().provider(Provider.RFS).stackSetName(SET).operationId(OP)
          .status(status).nativeStatus(nativeStatus).build());
      targets.add(List.of(results));
      return this;
    }

    @Override
    public Provider provider() {
      return Provider.RFS;
    }

    @Override
    public Paginator<StackSetOperation> listOperations(String stackSetName) {
      throw new UnsupportedOperationException();
    }

    @Override
    public StackSetOperation getOperation(String stackSetName, String operationId) {
      poll++;
      return states.get(poll);
    }

    @Override
    public Paginator<OperationTargetResult> listTargetResults(String stackSetName, String operationId) {
      List<OperationTargetResult> all = targets.get(poll);
      int half = all.size() / 2;
      return Paginator.of(marker -> marker == null
          ? Page.of(all.subList(0, half), "2")
          : Page.of(all.subList(half, all.size()), null));
    }

    @Override
    public OperationWaiter waiter() {
      throw new UnsupportedOperationException("the reporting view brings its own waiter");
    }
  }

  private static OperationTargetResult target(String account, String region, TargetStatus status, String reason) {
    return OperationTargetResult.builder().provider(Provider.RFS).account(account).region(region).status(status)
        .reason(reason).build();
  }

  @Test
  void eachPollPrintsTheChangedStatusAndCountsAndEachNewFailureOnce() {
    ScriptedView view = new ScriptedView()
        .then(OperationStatus.QUEUED, "QUEUE_IN_PROGRESS")
        .then(OperationStatus.RUNNING, "OPERATION_IN_PROGRESS",
            target(A, "cn-north-4", TargetStatus.RUNNING, null),
            target(B, "cn-north-4", TargetStatus.PENDING, null),
            target(A, "cn-south-1", TargetStatus.PENDING, null))
        .then(OperationStatus.RUNNING, "OPERATION_IN_PROGRESS",
            target(A, "cn-north-4", TargetStatus.RUNNING, null),
            target(B, "cn-north-4", TargetStatus.PENDING, null),
            target(A, "cn-south-1", TargetStatus.PENDING, null))
        .then(OperationStatus.RUNNING, "OPERATION_IN_PROGRESS",
            target(A, "cn-north-4", TargetStatus.SUCCEEDED, null),
            target(B, "cn-north-4", TargetStatus.FAILED, "the agency rfs_admin_agency\ndoes not exist"),
            target(A, "cn-south-1", TargetStatus.RUNNING, null))
        .then(OperationStatus.FAILED, "OPERATION_FAILED",
            target(A, "cn-north-4", TargetStatus.SUCCEEDED, null),
            target(B, "cn-north-4", TargetStatus.FAILED, "the agency rfs_admin_agency\ndoes not exist"),
            target(A, "cn-south-1", TargetStatus.FAILED, null));
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    List<Duration> sleeps = new ArrayList<>();
    OperationWaiter waiter = OperationWaiter.of(Clock.fixed(Instant.parse("2026-12-04T06:00:00Z"), ZoneOffset.UTC),
        sleeps::add);
    ReportingView reporting = new ReportingView(view,
        new WaitProgress(new PrintStream(bytes, true, StandardCharsets.UTF_8)), waiter);

    StackSetOperation done = reporting.waitUntilComplete(SET, OP, Duration.ofHours(1));

    assertThat(done.status()).isEqualTo(OperationStatus.FAILED);
    assertThat(sleeps).hasSize(4);
    assertThat(bytes.toString(StandardCharsets.UTF_8)).isEqualTo(""
        + "  QUEUED (QUEUE_IN_PROGRESS), no target results yet\n"
        + "  RUNNING (OPERATION_IN_PROGRESS), 3 targets: 2 PENDING, 1 RUNNING\n"
        + "  RUNNING (OPERATION_IN_PROGRESS), 3 targets: 1 RUNNING, 1 SUCCEEDED, 1 FAILED\n"
        + "  failed " + B + "/cn-north-4: the agency rfs_admin_agency does not exist\n"
        + "  FAILED (OPERATION_FAILED), 3 targets: 1 SUCCEEDED, 2 FAILED\n"
        + "  failed " + A + "/cn-south-1: no reason given\n");
  }
}
