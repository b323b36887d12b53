package dev.stacksets.core.internal;

import dev.stacksets.core.Sleeper;
import dev.stacksets.core.WaitForTurn;
import dev.stacksets.core.exception.ClientSideException;
import dev.stacksets.core.exception.NotFoundException;
import dev.stacksets.core.exception.ServiceException;
import dev.stacksets.core.exception.StackSetsException;
import dev.stacksets.core.internal.util.Futures;
import dev.stacksets.core.internal.util.Require;
import dev.stacksets.core.operation.StackSetOperation;
import dev.stacksets.core.operation.StackSetOperationView;
import dev.stacksets.core.operation.WaitForTurnTimeoutException;
import dev.stacksets.core.operation.WaiterTimeoutException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.function.Supplier;

/**
 * The one wait-their-turn loop of both clouds, for synchronous and asynchronous writes alike: sends a write; when the
 * service refuses it because another operation runs on the stack set, waits for the running operations through the
 * neutral view's waiter, then sends the same write again, within {@link WaitForTurn#maxWait()}. The write supplier
 * must send the same request object each time (same {@code OperationId} / {@code Client-Request-Id}), so a resend
 * cannot start a second operation. The waiting holds no thread: listings and polls are the view's asynchronous calls
 * and pauses are the sleeper's timers. {@link #send} and {@link #sendAsync} share it ({@code Turn.clearance}); the
 * synchronous form sends every attempt on the caller's thread and blocks only while it waits.
 *
 * <p>Which refusal means "busy" is the service's {@link ConflictRule}: CloudFormation's
 * {@code OperationInProgressException} and the RFS 409 are {@link Busy#YES}; an RFS 403 is
 * {@link Busy#IF_OPERATION_RUNNING} (the API documents 403 both for a state that forbids the write and for a denied
 * permission, so it counts as busy only when an operation is found running). When a refusal says busy but no
 * operation is running (it just ended, or a synchronous change holds the stack set), the loop pauses
 * ({@value #FIRST_PAUSE_SECONDS} s, doubling up to {@value #MAX_PAUSE_SECONDS} s) before sending again.
 *
 * <p>Immutable and thread-safe.
 */
public final class TurnTaking {
  static final int FIRST_PAUSE_SECONDS = 1;
  static final int MAX_PAUSE_SECONDS = 20;
  /** How many of the stack set's newest operations are read to find the running ones. */
  static final int OPERATIONS_SCANNED = 100;

  /** What a refusal says about the stack set. */
  public enum Busy {
    /** Not a "busy" refusal: thrown as it is. */
    NO,
    /** Another operation (or change) holds the stack set. */
    YES,
    /** Busy only if an operation of the stack set is found running; otherwise thrown as it is. */
    IF_OPERATION_RUNNING
  }

  /** A service's reading of a refusal. */
  @FunctionalInterface
  public interface ConflictRule {
    /** What {@code refusal} says about the stack set; never null. */
    Busy classify(ServiceException refusal);
  }

  private final StackSetOperationView view;
  private final Clock clock;
  private final Sleeper sleeper;

  /**
   * @param view    the client's neutral view (lists operations and waits for them)
   * @param clock   the client's clock (the bound)
   * @param sleeper the client's sleeper (the pause when nothing runs)
   */
  public TurnTaking(StackSetOperationView view, Clock clock, Sleeper sleeper) {
    this.view = Require.nonNull(view, "view");
    this.clock = Require.nonNull(clock, "clock");
    this.sleeper = Require.nonNull(sleeper, "sleeper");
  }

  /**
   * Sends {@code write}, waiting its turn as {@code policy} allows, and returns its result.
   *
   * @throws WaitForTurnTimeoutException the bound ran out while the stack set was still busy
   * @throws ServiceException            a refusal the rule does not call busy (or any refusal with
   *     {@link WaitForTurn#never()}), thrown as it is
   * @throws ClientSideException         interrupted while waiting
   */
  public <O> O send(WaitForTurn policy, String stackSetName, Supplier<O> write, ConflictRule rule) {
    Require.nonNull(policy, "waitForTurn");
    if (!policy.enabled()) {
      return write.get();
    }
    Turn turn = new Turn(policy, stackSetName, rule);
    while (true) {
      try {
        return write.get(); // every send on the caller's thread; only the waiting in between is asynchronous
      } catch (RuntimeException refusal) {
        await(turn.clearance(refusal), stackSetName);
      }
    }
  }

  /**
   * The asynchronous form of {@link #send}: the future completes with the write's result or fails with what
   * {@code send} would throw; cancelling it cancels the call, listing, poll or pause in flight.
   */
  public <O> CompletableFuture<O> sendAsync(WaitForTurn policy, String stackSetName,
      Supplier<CompletableFuture<O>> write, ConflictRule rule) {
    Require.nonNull(policy, "waitForTurn");
    if (!policy.enabled()) {
      return Futures.start(write);
    }
    return attempt(new Turn(policy, stackSetName, rule), write);
  }

  private <O> CompletableFuture<O> attempt(Turn turn, Supplier<CompletableFuture<O>> write) {
    return Futures.then(Futures.start(write), (result, error) -> error == null
        ? CompletableFuture.completedFuture(result)
        : Futures.then(turn.clearance(error), (cleared, stop) -> stop != null ? CompletableFuture.failedFuture(stop)
            : attempt(turn, write)));
  }

  /** Waits for {@code clearance}; what it failed with is thrown as it is (a refusal stays the same object). */
  private static void await(CompletableFuture<Void> clearance, String stackSetName) {
    try {
      clearance.get();
    } catch (InterruptedException e) {
      clearance.cancel(true);
      Thread.currentThread().interrupt();
      throw new ClientSideException("interrupted while waiting for its turn on stack set " + stackSetName, e, null,
          0, false);
    } catch (ExecutionException e) {
      Throwable cause = Futures.unwrap(e);
      if (cause instanceof RuntimeException r) {
        throw r;
      }
      if (cause instanceof Error err) {
        throw err;
      }
      throw new ClientSideException("waiting for its turn failed: " + cause, cause, null, 0, false);
    }
  }

  /** One write's turn-taking state (the bound, the pause); its steps never overlap. */
  private final class Turn {
    private final WaitForTurn policy;
    private final String stackSetName;
    private final ConflictRule rule;
    private final Instant deadline;
    private Duration pause = Duration.ofSeconds(FIRST_PAUSE_SECONDS);

    Turn(WaitForTurn policy, String stackSetName, ConflictRule rule) {
      this.policy = policy;
      this.stackSetName = stackSetName;
      this.rule = rule;
      this.deadline = plusSaturated(clock.instant(), policy.maxWait());
    }

    /**
     * After a failed send: completes when the write may be sent again (the running operations ended, or a pause
     * passed), or fails with what the caller gets: {@code error} itself when it is not a "busy" refusal, the
     * refusal when nothing runs for a maybe-busy one, a {@link WaitForTurnTimeoutException} when the bound ran out.
     */
    CompletableFuture<Void> clearance(Throwable error) {
      Busy busy = error instanceof ServiceException e ? rule.classify(e) : Busy.NO;
      if (busy == null || busy == Busy.NO) {
        return CompletableFuture.failedFuture(error);
      }
      ServiceException refusal = (ServiceException) error;
      CompletableFuture<List<StackSetOperation>> newest =
          Futures.start(() -> view.listOperationsAsync(stackSetName).first(OPERATIONS_SCANNED));
      return Futures.then(newest, (operations, listingError) -> {
        if (listingError != null) {
          listingError.addSuppressed(refusal);
          return CompletableFuture.failedFuture(listingError);
        }
        List<String> running = new ArrayList<>();
        for (StackSetOperation op : operations) {
          if (!op.status().isTerminal()) {
            running.add(op.operationId());
          }
        }
        if (running.isEmpty() && busy == Busy.IF_OPERATION_RUNNING) {
          return CompletableFuture.failedFuture(refusal);
        }
        return running.isEmpty() ? pause(refusal) : waitFor(running, 0, refusal);
      });
    }

    private CompletableFuture<Void> pause(ServiceException refusal) {
      Duration remaining = remaining();
      if (remaining == null) {
        return timeout(refusal, List.of(), null);
      }
      Duration wait = pause.compareTo(remaining) <= 0 ? pause : remaining;
      pause = pause.multipliedBy(2).compareTo(Duration.ofSeconds(MAX_PAUSE_SECONDS)) <= 0 ? pause.multipliedBy(2)
          : Duration.ofSeconds(MAX_PAUSE_SECONDS);
      return Futures.then(sleeper.sleepAsync(wait), (v, interrupted) -> interrupted == null
          ? CompletableFuture.<Void>completedFuture(null)
          : CompletableFuture.failedFuture(new ClientSideException("interrupted while waiting for its turn on "
              + "stack set " + stackSetName, interrupted, refusal.clientRequestId(), refusal.attempts(), false)));
    }

    /** Waits for {@code running[index...]} one after the other. */
    private CompletableFuture<Void> waitFor(List<String> running, int index, ServiceException refusal) {
      if (index == running.size()) {
        return CompletableFuture.completedFuture(null);
      }
      Duration remaining = remaining();
      if (remaining == null) {
        return timeout(refusal, running, null);
      }
      String operationId = running.get(index);
      return Futures.then(Futures.start(() -> view.waitUntilCompleteAsync(stackSetName, operationId, remaining)),
          (done, error) -> {
            if (error instanceof WaiterTimeoutException w) {
              return timeout(refusal, running, w);
            }
            if (error != null && !(error instanceof NotFoundException)) {
              return CompletableFuture.failedFuture(error);
            }
            return waitFor(running, index + 1, refusal); // done, or no longer there: nothing to wait for
          });
    }

    /** What is left of the bound, or null when it ran out. */
    private Duration remaining() {
      Duration remaining = Duration.between(clock.instant(), deadline);
      return remaining.isNegative() || remaining.isZero() ? null : remaining;
    }

    private CompletableFuture<Void> timeout(ServiceException refusal, List<String> running,
        StackSetsException cause) {
      return CompletableFuture.failedFuture(
          new WaitForTurnTimeoutException(refusal, stackSetName, policy.maxWait(), running, cause));
    }
  }

  private static Instant plusSaturated(Instant start, Duration d) {
    return Duration.between(start, Instant.MAX).compareTo(d) <= 0 ? Instant.MAX : start.plus(d);
  }
}
