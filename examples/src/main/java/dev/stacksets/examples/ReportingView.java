package dev.stacksets.examples;

import dev.stacksets.core.operation.OperationTargetResult;
import dev.stacksets.core.operation.OperationWaiter;
import dev.stacksets.core.operation.Provider;
import dev.stacksets.core.operation.StackSetOperation;
import dev.stacksets.core.operation.StackSetOperationView;
import dev.stacksets.core.paginate.Paginator;
import dev.stacksets.examples.cli.WaitProgress;
import java.util.List;
import java.util.stream.Collectors;

/**
 * A view that shows every successful {@link #getOperation} to a {@link WaitProgress}, together with the operation's
 * target results listed right after it. Its {@link #waitUntilComplete} runs the SDK's waiter (backoff, timeout,
 * failure rules) over it, so each of the waiter's polls becomes a progress report and the CLI has no polling loop of
 * its own. Everything else is the wrapped view's.
 *
 * <p>Not thread-safe (the progress is not).
 */
final class ReportingView implements StackSetOperationView {
  private final StackSetOperationView delegate;
  private final WaitProgress progress;
  private final OperationWaiter waiter;

  /** Reports {@code delegate}'s polls to {@code progress}; waits with {@code waiter}. */
  ReportingView(StackSetOperationView delegate, WaitProgress progress, OperationWaiter waiter) {
    this.delegate = delegate;
    this.progress = progress;
    this.waiter = waiter;
  }

  @Override
  public Provider provider() {
    return delegate.provider();
  }

  @Override
  public Paginator<StackSetOperation> listOperations(String stackSetName) {
    return delegate.listOperations(stackSetName);
  }

  @Override
  public StackSetOperation getOperation(String stackSetName, String operationId) {
    StackSetOperation operation = delegate.getOperation(stackSetName, operationId);
    List<OperationTargetResult> targets = delegate.listTargetResults(stackSetName, operationId).stream()
        .collect(Collectors.toList());
    progress.update(operation, targets);
    return operation;
  }

  @Override
  public Paginator<OperationTargetResult> listTargetResults(String stackSetName, String operationId) {
    return delegate.listTargetResults(stackSetName, operationId);
  }

  @Override
  public OperationWaiter waiter() {
    return waiter;
  }
}
