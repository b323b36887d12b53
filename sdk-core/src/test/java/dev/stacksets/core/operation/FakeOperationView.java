package dev.stacksets.core.operation;

import dev.stacksets.core.exception.ServiceError;
import dev.stacksets.core.exception.ThrottlingException;
import dev.stacksets.core.paginate.Page;
import dev.stacksets.core.paginate.Paginator;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.function.Supplier;

/** A scripted view: getOperation answers from a queue of states or failures. */
class FakeOperationView implements StackSetOperationView {
  final Deque<Supplier<StackSetOperation>> answers = new ArrayDeque<>();
  final List<String> calls = new ArrayList<>();
  private final OperationWaiter waiter;

  FakeOperationView(OperationWaiter waiter) {
    this.waiter = waiter;
  }

  FakeOperationView then(OperationStatus status, String nativeStatus) {
    answers.add(() -> op(status, nativeStatus));
    return this;
  }

  FakeOperationView thenThrottled() {
    answers.add(() -> {
      throw new ThrottlingException(ServiceError.builder().service("Fake").statusCode(429).build());
    });
    return this;
  }

  FakeOperationView thenFailing(RuntimeException failure) {
    answers.add(() -> {
      throw failure;
    });
    return this;
  }

  static StackSetOperation op(OperationStatus status, String nativeStatus) {
    return StackSetOperation.builder().provider(Provider.RFS).stackSetName("set").operationId("op-1")
        .status(status).nativeStatus(nativeStatus).build();
  }

  @Override
  public Provider provider() {
    return Provider.RFS;
  }

  @Override
  public Paginator<StackSetOperation> listOperations(String stackSetName) {
    return Paginator.of(t -> Page.of(List.of(), null));
  }

  @Override
  public StackSetOperation getOperation(String stackSetName, String operationId) {
    calls.add(stackSetName + "/" + operationId);
    Supplier<StackSetOperation> next = answers.size() > 1 ? answers.poll() : answers.peek();
    return next.get();
  }

  @Override
  public Paginator<OperationTargetResult> listTargetResults(String stackSetName, String operationId) {
    return Paginator.of(t -> Page.of(List.of(), null));
  }

  @Override
  public OperationWaiter waiter() {
    return waiter;
  }
}
