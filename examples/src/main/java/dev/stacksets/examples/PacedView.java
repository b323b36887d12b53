package dev.stacksets.examples;

import dev.stacksets.core.operation.OperationTargetResult;
import dev.stacksets.core.operation.OperationWaiter;
import dev.stacksets.core.operation.Provider;
import dev.stacksets.core.operation.StackSetOperation;
import dev.stacksets.core.operation.StackSetOperationView;
import dev.stacksets.core.paginate.AsyncPaginator;
import dev.stacksets.core.paginate.Paginator;
import java.util.concurrent.CompletableFuture;

/**
 * A client's view with another waiter (so polls keep pace with the embedded emulator's faster clock); every call,
 * synchronous or asynchronous, is the wrapped view's, so {@code watch} still holds no thread.
 *
 * <p>Thread-safe when the wrapped view is.
 */
final class PacedView implements StackSetOperationView {
  private final StackSetOperationView delegate;
  private final OperationWaiter waiter;

  PacedView(StackSetOperationView delegate, OperationWaiter waiter) {
    this.delegate = delegate;
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
  public AsyncPaginator<StackSetOperation> listOperationsAsync(String stackSetName) {
    return delegate.listOperationsAsync(stackSetName);
  }

  @Override
  public StackSetOperation getOperation(String stackSetName, String operationId) {
    return delegate.getOperation(stackSetName, operationId);
  }

  @Override
  public CompletableFuture<StackSetOperation> getOperationAsync(String stackSetName, String operationId) {
    return delegate.getOperationAsync(stackSetName, operationId);
  }

  @Override
  public Paginator<OperationTargetResult> listTargetResults(String stackSetName, String operationId) {
    return delegate.listTargetResults(stackSetName, operationId);
  }

  @Override
  public AsyncPaginator<OperationTargetResult> listTargetResultsAsync(String stackSetName, String operationId) {
    return delegate.listTargetResultsAsync(stackSetName, operationId);
  }

  @Override
  public OperationWaiter waiter() {
    return waiter;
  }
}
