package dev.stacksets.core.operation;

import dev.stacksets.core.Sleeper;
import dev.stacksets.core.exception.ClientSideException;
import dev.stacksets.core.exception.NotFoundException;
import dev.stacksets.core.exception.StackSetsException;
import dev.stacksets.core.internal.util.Futures;
import dev.stacksets.core.internal.util.Require;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ThreadLocalRandom;

/**
 * Polls a stack-set operation until it reaches a terminal state (SUCCEEDED, FAILED, STOPPED, STOP_FAILED).
 *
 * <p>Polling backs off from 1 s to at most 30 s, doubling, each wait drawn uniformly from its upper half ("equal
 * jitter") so many waiters do not poll in step. Time arithmetic saturates: a timeout beyond the clock's range
 * waits without a deadline, and a huge backoff is capped instead of overflowing. Time is the client's
 * {@link Clock} and waiting goes through its {@link Sleeper}, so tests run in simulated time. A thread interrupt ends
 * the wait with a {@link ClientSideException} and the interrupt flag kept. The async wait holds no thread: its polls
 * are asynchronous calls and its pauses timers; {@code future.cancel(...)} stops it where it is.
 *
 * <p>Failed polls. Every poll is an ordinary client call, so transient failures are first retried by the client's
 * retry policy. What still gets through is handled by one rule, the same for the blocking and the async wait:
 * <ul>
 *   <li>a {@link NotFoundException} or any other non-retryable failure ends the wait at once, with that failure;</li>
 *   <li>a retryable failure (I/O, timeout, throttling, 5xx) before any poll has succeeded counts; after
 *       {@value #FAILED_POLLS_BEFORE_GIVING_UP} such failures in a row the wait gives up early and throws the last
 *       one itself (its own type, so a {@code catch} for a single call's failure also catches it): an endpoint that
 *       never answers is not mistaken for a slow operation;</li>
 *   <li>once a poll has succeeded, retryable failures are polled through until the timeout; a
 *       {@link WaiterTimeoutException} then has the final poll's failure as its cause (none when the final poll got
 *       an answer).</li>
 * </ul>
 *
 * <p>Immutable and thread-safe.
 *
 * <pre>{@code
 * StackSetOperation done = rfs.operations().waitUntilComplete("my_stack_set", opId, Duration.ofMinutes(30));
 * }</pre>
 */
public final class OperationWaiter {
  /** How many retryable failures in a row, with no poll succeeded yet, end the wait early. */
  public static final int FAILED_POLLS_BEFORE_GIVING_UP = 3;

  private final Clock clock;
  private final Sleeper sleeper;
  private final Duration initialDelay;
  private final Duration maxDelay;

  private OperationWaiter(Clock clock, Sleeper sleeper, Duration initialDelay, Duration maxDelay) {
    this.clock = Require.nonNull(clock, "clock");
    this.sleeper = Require.nonNull(sleeper, "sleeper");
    this.initialDelay = initialDelay;
    this.maxDelay = maxDelay;
  }

  /** A waiter on the given clock and sleeper with the default backoff (1 s start, 30 s cap). */
  public static OperationWaiter of(Clock clock, Sleeper sleeper) {
    return new OperationWaiter(clock, sleeper, Duration.ofSeconds(1), Duration.ofSeconds(30));
  }

  /** A copy with another backoff. */
  public OperationWaiter withBackoff(Duration initialDelay, Duration maxDelay) {
    Require.nonNull(initialDelay, "initialDelay");
    Require.nonNull(maxDelay, "maxDelay");
    if (initialDelay.isNegative() || initialDelay.isZero() || maxDelay.compareTo(initialDelay) < 0) {
      throw new IllegalArgumentException("need 0 < initialDelay <= maxDelay: " + initialDelay + ", " + maxDelay);
    }
    return new OperationWaiter(clock, sleeper, initialDelay, maxDelay);
  }

  /**
   * Polls until the operation is terminal and returns its final state.
   *
   * @throws WaiterTimeoutException  the timeout ran out first (names the stack set and operation, carries the last
   *     state seen and, when the final poll failed, that failure as its cause)
   * @throws NotFoundException       the stack set or operation does not exist
   * @throws StackSetsException      a non-retryable failure, or the last of
   *     {@value #FAILED_POLLS_BEFORE_GIVING_UP} retryable failures in a row before any poll succeeded (for example a
   *     {@link ClientSideException} when the endpoint is unreachable)
   * @throws ClientSideException     interrupted
   * @throws IllegalArgumentException a null view, a blank name or id, or a null or negative timeout (any positive
   *     timeout is fine: one beyond the clock's range, such as {@code ChronoUnit.FOREVER.getDuration()}, waits
   *     without a deadline)
   */
  public StackSetOperation waitUntilComplete(StackSetOperationView view, String stackSetName, String operationId,
      Duration timeout) {
    checkArguments(view, stackSetName, operationId, timeout);
    Instant deadline = plusSaturated(clock.instant(), timeout);
    StackSetOperation last = null;
    StackSetsException lastFailure = null;
    int failuresBeforeAnySuccess = 0;
    Duration delay = initialDelay;
    int polls = 0;
    while (true) {
      if (Thread.currentThread().isInterrupted()) {
        throw interrupted(stackSetName, operationId, null);
      }
      try {
        polls++;
        last = view.getOperation(stackSetName, operationId);
        lastFailure = null;
        if (last.status().isTerminal()) {
          return last;
        }
      } catch (NotFoundException e) {
        throw e;
      } catch (StackSetsException e) {
        if (!e.isRetryable() || Thread.currentThread().isInterrupted()) {
          throw e;
        }
        lastFailure = e;
        if (last == null && ++failuresBeforeAnySuccess >= FAILED_POLLS_BEFORE_GIVING_UP) {
          throw e;
        }
      }
      Duration remaining = Duration.between(clock.instant(), deadline);
      if (remaining.isNegative() || remaining.isZero()) {
        throw new WaiterTimeoutException(stackSetName, operationId, last, timeout, polls, lastFailure);
      }
      Duration wait = jittered(delay);
      try {
        sleeper.sleep(wait.compareTo(remaining) < 0 ? wait : remaining);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw interrupted(stackSetName, operationId, e);
      }
      delay = nextDelay(delay);
    }
  }

  /**
   * Waits without a thread of its own, by the same rules as
   * {@link #waitUntilComplete(StackSetOperationView, String, String, Duration)}: each poll is the view's
   * {@link StackSetOperationView#getOperationAsync(String, String) asynchronous read} and each pause a timer of the
   * sleeper's {@link Sleeper#sleepAsync(Duration)} (the shared scheduler for the system sleeper), so a thousand waits
   * hold no thread. The future completes with the final state, or exceptionally with what that method would throw.
   * {@code cancel(...)} on the returned future, with either argument, cancels the poll in flight or the pending timer
   * and ends the wait; the future then completes as cancelled.
   *
   * @throws IllegalArgumentException at once, before any call: a null view, a blank name or id, or a null or
   *     negative timeout
   */
  public CompletableFuture<StackSetOperation> waitUntilCompleteAsync(StackSetOperationView view,
      String stackSetName, String operationId, Duration timeout) {
    checkArguments(view, stackSetName, operationId, timeout);
    return new AsyncWait(view, stackSetName, operationId, timeout).poll();
  }

  /** One asynchronous wait: the state the synchronous loop keeps in its locals. Its steps never overlap. */
  private final class AsyncWait {
    private final StackSetOperationView view;
    private final String stackSetName;
    private final String operationId;
    private final Duration timeout;
    private final Instant deadline;
    private Duration delay = initialDelay;
    private StackSetOperation last;
    private StackSetsException lastFailure;
    private int failuresBeforeAnySuccess;
    private int polls;

    AsyncWait(StackSetOperationView view, String stackSetName, String operationId, Duration timeout) {
      this.view = view;
      this.stackSetName = stackSetName;
      this.operationId = operationId;
      this.timeout = timeout;
      this.deadline = plusSaturated(clock.instant(), timeout);
    }

    CompletableFuture<StackSetOperation> poll() {
      polls++;
      return Futures.then(Futures.start(() -> view.getOperationAsync(stackSetName, operationId)), this::afterPoll);
    }

    private CompletableFuture<StackSetOperation> afterPoll(StackSetOperation op, Throwable error) {
      if (error instanceof NotFoundException || (error != null && !(error instanceof StackSetsException))) {
        return CompletableFuture.failedFuture(error);
      }
      if (error != null) {
        StackSetsException e = (StackSetsException) error;
        if (!e.isRetryable() || (last == null && ++failuresBeforeAnySuccess >= FAILED_POLLS_BEFORE_GIVING_UP)) {
          return CompletableFuture.failedFuture(e);
        }
        lastFailure = e;
      } else {
        last = op;
        lastFailure = null;
        if (op.status().isTerminal()) {
          return CompletableFuture.completedFuture(op);
        }
      }
      Duration remaining = Duration.between(clock.instant(), deadline);
      if (remaining.isNegative() || remaining.isZero()) {
        return CompletableFuture.failedFuture(
            new WaiterTimeoutException(stackSetName, operationId, last, timeout, polls, lastFailure));
      }
      Duration wait = jittered(delay);
      delay = nextDelay(delay);
      return Futures.then(sleeper.sleepAsync(wait.compareTo(remaining) < 0 ? wait : remaining), (v, interrupted) ->
          interrupted == null ? poll()
              : CompletableFuture.failedFuture(interrupted(stackSetName, operationId, interrupted)));
    }
  }

  /** The first pause between polls. */
  Duration initialDelay() {
    return initialDelay;
  }

  /** The pause after {@code delay}: doubled, at most the maximum. */
  Duration nextDelay(Duration delay) {
    return delay.compareTo(maxDelay.dividedBy(2)) > 0 ? maxDelay : delay.multipliedBy(2);
  }

  /** How this waiter waits. */
  Sleeper sleeper() {
    return sleeper;
  }

  /** A wait drawn uniformly from {@code [d/2, d]}; a {@code d} beyond {@code long} nanoseconds counts as that. */
  static Duration jittered(Duration d) {
    long nanos;
    try {
      nanos = d.toNanos();
    } catch (ArithmeticException beyondLong) {
      nanos = Long.MAX_VALUE; // some 292 years
    }
    long half = nanos / 2;
    return Duration.ofNanos(half + ThreadLocalRandom.current().nextLong(half + 1));
  }

  /** {@code start + d}, or {@link Instant#MAX} when that lies beyond it. */
  static Instant plusSaturated(Instant start, Duration d) {
    return Duration.between(start, Instant.MAX).compareTo(d) <= 0 ? Instant.MAX : start.plus(d);
  }

  private static void checkArguments(StackSetOperationView view, String stackSetName, String operationId,
      Duration timeout) {
    Require.nonNull(view, "view");
    requireText(stackSetName, "stackSetName");
    requireText(operationId, "operationId");
    if (timeout == null || timeout.isNegative()) {
      throw new IllegalArgumentException("timeout must be zero or positive: " + timeout);
    }
  }

  static ClientSideException interrupted(String stackSetName, String operationId, Throwable cause) {
    return new ClientSideException("interrupted while waiting for operation " + operationId + " of stack set "
        + stackSetName, cause, null, 0, false);
  }

  static void requireText(String value, String name) {
    if (value == null || value.isBlank()) {
      throw new IllegalArgumentException(name + " must not be blank");
    }
  }
}
