package dev.stacksets.core.operation;

import dev.stacksets.core.internal.util.Require;
import dev.stacksets.core.paginate.AsyncPaginator;
import dev.stacksets.core.paginate.Paginator;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Flow;

/**
 * One provider-neutral view of stack-set operations: list, inspect and wait for them without caring whether RFS or
 * CloudFormation runs them. Get one from {@code RfsClient.operations()} or {@code CloudFormationClient.operations()}.
 *
 * <p>Implementations are thread-safe.
 *
 * <pre>{@code
 * StackSetOperationView ops = rfs.operations();
 * for (StackSetOperation op : ops.listOperations("my_stack_set")) { ... }           // newest first, lazy
 * StackSetOperation done = ops.waitUntilComplete("my_stack_set", opId, Duration.ofMinutes(30));
 *
 * // both clouds, newest first, merged page by page
 * for (StackSetOperation op : StackSetOperationView.merge(
 *     rfs.operations().listOperations("my_stack_set"), cfn.operations().listOperations("my-set"))) { ... }
 * }</pre>
 */
public interface StackSetOperationView {

  /** The provider behind this view. */
  Provider provider();

  /**
   * The operations of a stack set, fetched lazily page by page, newest first as the service lists them: RFS is asked
   * for {@code create_time} descending; CloudFormation's API promises no order (AWS lists newest first; moto, for
   * one, lists oldest first) and is passed through as it comes, since sorting it would mean reading every page first.
   * {@link #merge} checks the order and fails clearly on a source that is not newest first.
   *
   * @throws IllegalArgumentException for a blank or malformed stack-set name
   */
  Paginator<StackSetOperation> listOperations(String stackSetName);

  /**
   * One operation with its full details (deployment targets included).
   *
   * @throws dev.stacksets.core.exception.NotFoundException when the stack set or operation does not exist
   * @throws IllegalArgumentException for a blank name or id
   */
  StackSetOperation getOperation(String stackSetName, String operationId);

  /**
   * The per-target results of an operation, lazily. The same on both clouds: an operation that does not exist is an
   * {@link dev.stacksets.core.exception.OperationNotFoundException} thrown while iterating, never an empty listing
   * (an empty listing means the operation exists and has no visible targets). On CloudFormation the first page's
   * call says so; RFS has no per-operation result call, so its view, when the listing ends without a single target
   * of the operation, makes one ShowStackSetOperationMetadata call to tell the two apart.
   *
   * @throws IllegalArgumentException for a blank name or id
   */
  Paginator<OperationTargetResult> listTargetResults(String stackSetName, String operationId);

  /**
   * {@link #listOperations(String)} as a {@link Flow.Publisher} with back-pressure, newest first. The clients' views
   * fetch each page asynchronously; this default, meant for test doubles, reads the synchronous listing page by page
   * on the thread that asks for it.
   *
   * @throws IllegalArgumentException for a blank or malformed stack-set name
   */
  default AsyncPaginator<StackSetOperation> listOperationsAsync(String stackSetName) {
    return AsyncPaginator.fromBlocking(listOperations(stackSetName));
  }

  /**
   * {@link #getOperation(String, String)} without blocking. The clients' views make an asynchronous call (no thread
   * waits for it); this default, meant for test doubles, calls {@code getOperation} on the calling thread.
   *
   * @throws IllegalArgumentException for a blank name or id (the clients' views: through the future)
   */
  default CompletableFuture<StackSetOperation> getOperationAsync(String stackSetName, String operationId) {
    try {
      return CompletableFuture.completedFuture(getOperation(stackSetName, operationId));
    } catch (RuntimeException e) {
      return CompletableFuture.failedFuture(e);
    }
  }

  /**
   * {@link #listTargetResults(String, String)} as a {@link Flow.Publisher} with back-pressure. The clients' views
   * fetch each page asynchronously; this default, meant for test doubles, reads the synchronous listing page by page
   * on the thread that asks for it.
   */
  default AsyncPaginator<OperationTargetResult> listTargetResultsAsync(String stackSetName, String operationId) {
    return AsyncPaginator.fromBlocking(listTargetResults(stackSetName, operationId));
  }

  /**
   * A live stream of an operation's progress (a {@link Flow.Publisher}): its status changes and each target's transitions (pending, running,
   * succeeded, failed, cancelled, with the reason), as polling observes them, in order and each once (within one
   * poll, the targets' changes come before the operation's status change, so a status event sees them all); it completes
   * after the operation reaches a terminal state (with the final state of every target). Polls back off like the
   * waiter's (1 s to 30 s) and hold no thread; nothing is polled while the subscriber has no demand, and cancelling
   * the subscription cancels the poll in flight or the pending timer. Each subscription watches from the start.
   * Failures follow the waiter's rule: a non-retryable one ends the stream with {@code onError}; retryable ones are
   * polled through, except {@value OperationWaiter#FAILED_POLLS_BEFORE_GIVING_UP} in a row before any success.
   *
   * <pre>{@code
   * cfn.operations().watch("my-set", opId).forEach(System.out::println).join();
   * // or with back-pressure of your own: watch(...).subscribe(new Flow.Subscriber<OperationEvent>() { ... });
   * }</pre>
   *
   * @throws IllegalArgumentException for a blank name or id
   */
  default AsyncPaginator<OperationEvent> watch(String stackSetName, String operationId) {
    OperationWaiter.requireText(stackSetName, "stackSetName");
    OperationWaiter.requireText(operationId, "operationId");
    return AsyncPaginator.eachFrom(() -> new OperationWatch(this, stackSetName, operationId));
  }

  /** The waiter this view uses: the client's clock and sleeper, 1 s to 30 s backoff. */
  OperationWaiter waiter();

  /**
   * Polls until the operation reaches a terminal state.
   *
   * @see OperationWaiter#waitUntilComplete(StackSetOperationView, String, String, Duration)
   */
  default StackSetOperation waitUntilComplete(String stackSetName, String operationId, Duration timeout) {
    return waiter().waitUntilComplete(this, stackSetName, operationId, timeout);
  }

  /**
   * Polls without a thread of its own (asynchronous reads, timers between them); {@code cancel(...)} on the future
   * stops it.
   *
   * @see OperationWaiter#waitUntilCompleteAsync(StackSetOperationView, String, String, Duration)
   */
  default CompletableFuture<StackSetOperation> waitUntilCompleteAsync(String stackSetName, String operationId,
      Duration timeout) {
    return waiter().waitUntilCompleteAsync(this, stackSetName, operationId, timeout);
  }

  /**
   * Merges several newest-first listings (of any stack sets and providers) into one newest-first sequence. The merge
   * is lazy and k-way: it holds one page per source and fetches a source's next page only when its items are next in
   * line. A source found listing an operation newer than the one before it ends the iteration with a
   * {@link dev.stacksets.core.exception.ClientSideException} naming the source and the two operations, never a
   * silently misordered sequence (see {@link MergedOperations}).
   */
  @SafeVarargs
  @SuppressWarnings("varargs") // the array is only read, as a list
  static MergedOperations merge(Iterable<StackSetOperation>... listings) {
    return merge(Arrays.asList(Require.nonNull(listings, "listings")));
  }

  /** Like {@link #merge(Iterable[])} for a list of listings. */
  static MergedOperations merge(List<? extends Iterable<StackSetOperation>> listings) {
    return new MergedOperations(listings);
  }
}
