package dev.stacksets.core.operation;

import dev.stacksets.core.exception.NotFoundException;
import dev.stacksets.core.exception.StackSetsException;
import dev.stacksets.core.internal.util.Futures;
import dev.stacksets.core.paginate.AsyncPageFetcher;
import dev.stacksets.core.paginate.Page;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;

/**
 * One subscription's watch of an operation, as the pages of an {@link dev.stacksets.core.paginate.AsyncPaginator}:
 * each page is one poll round's events (its targets' changes, then the operation's status change, compared with
 * what was reported before; so a status event comes after the targets of the same poll), fetched after the waiter's backoff; the page of the round that sees a terminal state ends the
 * listing. A round whose reads fail retryably reports nothing and is polled again (the waiter's rule decides when to
 * give up), so every change is reported once. Used from one paginator signal at a time; not thread-safe.
 */
final class OperationWatch implements AsyncPageFetcher<OperationEvent> {
  private final StackSetOperationView view;
  private final OperationWaiter waiter;
  private final String stackSetName;
  private final String operationId;
  private final Map<String, TargetStatus> reported = new HashMap<>();
  private OperationStatus reportedStatus;
  private Duration delay;
  private int round;
  private int failuresBeforeAnySuccess;
  private boolean anySuccess;

  OperationWatch(StackSetOperationView view, String stackSetName, String operationId) {
    this.view = view;
    this.waiter = view.waiter();
    this.stackSetName = stackSetName;
    this.operationId = operationId;
    this.delay = waiter.initialDelay();
  }

  /** A target's identity within its operation: {@code account/region}, with the OU when there is one. */
  static String key(OperationTargetResult t) {
    return (t.account() == null ? "-" : t.account()) + "/" + (t.region() == null ? "-" : t.region())
        + (t.organizationalUnit() == null ? "" : "/" + t.organizationalUnit());
  }

  @Override
  public CompletableFuture<Page<OperationEvent>> fetch(String token) {
    CompletableFuture<Void> pause = round == 0 ? CompletableFuture.completedFuture(null)
        : waiter.sleeper().sleepAsync(OperationWaiter.jittered(delay));
    if (round > 0) {
      delay = waiter.nextDelay(delay);
    }
    round++;
    return Futures.then(pause, (v, interrupted) -> interrupted != null
        ? CompletableFuture.failedFuture(OperationWaiter.interrupted(stackSetName, operationId, interrupted))
        : pollRound());
  }

  private CompletableFuture<Page<OperationEvent>> pollRound() {
    return Futures.then(Futures.start(() -> view.getOperationAsync(stackSetName, operationId)), (op, error) -> {
      if (error != null) {
        return failedRound(error);
      }
      List<OperationTargetResult> targets = new ArrayList<>();
      return Futures.then(
          Futures.start(() -> view.listTargetResultsAsync(stackSetName, operationId).forEach(targets::add)),
          (v, listingError) -> listingError != null ? failedRound(listingError) : report(op, targets));
    });
  }

  /** Nothing to report this round; poll again, unless the failure ends the watch by the waiter's rule. */
  private CompletableFuture<Page<OperationEvent>> failedRound(Throwable error) {
    if (error instanceof NotFoundException || !(error instanceof StackSetsException e) || !e.isRetryable()
        || (!anySuccess && ++failuresBeforeAnySuccess >= OperationWaiter.FAILED_POLLS_BEFORE_GIVING_UP)) {
      return CompletableFuture.failedFuture(error);
    }
    return CompletableFuture.completedFuture(Page.of(List.of(), nextToken()));
  }

  private CompletableFuture<Page<OperationEvent>> report(StackSetOperation op, List<OperationTargetResult> targets) {
    anySuccess = true;
    List<OperationEvent> events = new ArrayList<>();
    boolean terminal = op.status().isTerminal();
    for (OperationTargetResult t : targets) {
      TargetStatus before = reported.put(key(t), t.status());
      if (before != t.status()) {
        events.add(new OperationEvent.TargetChanged(operationId, t, before));
      }
    }
    if (op.status() != reportedStatus) {
      events.add(new OperationEvent.StatusChanged(op, reportedStatus));
      reportedStatus = op.status();
    }
    return CompletableFuture.completedFuture(Page.of(events, terminal ? null : nextToken()));
  }

  private String nextToken() {
    return "round-" + round;
  }
}
