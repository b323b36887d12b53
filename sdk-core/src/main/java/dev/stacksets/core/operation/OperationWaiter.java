package dev.stacksets.core.operation;

import dev.stacksets.core.Sleeper;
import dev.stacksets.core.exception.ClientSideException;
import dev.stacksets.core.exception.NotFoundException;
import dev.stacksets.core.exception.StackSetsException;
import dev.stacksets.core.exception.WaiterTimeoutException;
import dev.stacksets.core.internal.Require;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Polls a stack-set operation until it reaches a terminal state (SUCCEEDED, FAILED, STOPPED, STOP_FAILED).
 *
 * <p>Polling backs off from 1 s to at most 30 s, doubling, each wait drawn uniformly from its upper half ("equal
 * jitter") so many waiters do not poll in step. Time arithmetic saturates: a timeout beyond the clock's range
 * waits without a deadline, and a huge backoff is capped instead of overflowing. Time is the client's {@link Clock} and waiting goes through its
 * {@link Sleeper}, so tests run in simulated time. Every poll is an ordinary client call, so transient failures are
 * first retried by the client's retry policy; a retryable failure that still gets through is polled again, a
 * {@link NotFoundException} or any other non-retryable failure ends the wait at once. A thread interrupt ends the
 * wait with a {@link ClientSideException} and the interrupt flag kept; {@code future.cancel(true)} interrupts the
 * async wait's thread.
 *
 * <p>Immutable and thread-safe.
 *
 * <pre>{@code
 * StackSetOperation done = rfs.operations().waitUntilComplete("my_stack_set", opId, Duration.ofMinutes(30));
 * }</pre>
 */
public final class OperationWaiter {
  private static final AtomicInteger THREADS = new AtomicInteger();

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
   * @throws WaiterTimeoutException  the timeout ran out first (carries the last state seen)
   * @throws NotFoundException       the stack set or operation does not exist
   * @throws ClientSideException     interrupted, or no usable reply
   * @throws IllegalArgumentException a null view, a blank name or id, or a null or negative timeout (any positive
   *     timeout is fine: one beyond the clock's range, such as {@code ChronoUnit.FOREVER.getDuration()}, waits
   *     without a deadline)
   */
  public StackSetOperation waitUntilComplete(StackSetOperationView view, String stackSetName, String operationId,
      Duration timeout) {
    checkArguments(view, stackSetName, operationId, timeout);
    Instant deadline = plusSaturated(clock.instant(), timeout);
    StackSetOperation last = null;
    Duration delay = initialDelay;
    int polls = 0;
    while (true) {
      if (Thread.currentThread().isInterrupted()) {
        throw interrupted(operationId, null);
      }
      try {
        polls++;
        last = view.getOperation(stackSetName, operationId);
        if (last.status().isTerminal()) {
          return last;
        }
      } catch (NotFoundException e) {
        throw e;
      } catch (StackSetsException e) {
        if (!e.isRetryable() || Thread.currentThread().isInterrupted()) {
          throw e;
        }
      }
      Duration remaining = Duration.between(clock.instant(), deadline);
      if (remaining.isNegative() || remaining.isZero()) {
        throw new WaiterTimeoutException(last, timeout, polls);
      }
      Duration wait = jittered(delay);
      try {
        sleeper.sleep(wait.compareTo(remaining) < 0 ? wait : remaining);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw interrupted(operationId, e);
      }
      delay = delay.compareTo(maxDelay.dividedBy(2)) > 0 ? maxDelay : delay.multipliedBy(2);
    }
  }

  /**
   * Waits on a new daemon thread. {@code cancel(true)} on the returned future interrupts that thread and ends the
   * wait; the future then completes as cancelled.
   *
   * @throws IllegalArgumentException at once, before any thread starts: a null view, a blank name or id, or a null
   *     or negative timeout
   */
  public CompletableFuture<StackSetOperation> waitUntilCompleteAsync(StackSetOperationView view,
      String stackSetName, String operationId, Duration timeout) {
    checkArguments(view, stackSetName, operationId, timeout);
    InterruptingFuture future = new InterruptingFuture();
    Thread t = new Thread(() -> {
      try {
        future.complete(waitUntilComplete(view, stackSetName, operationId, timeout));
      } catch (Throwable e) {
        future.completeExceptionally(e);
      }
    }, "stacksets-waiter-" + THREADS.incrementAndGet());
    t.setDaemon(true);
    future.worker = t;
    t.start();
    return future;
  }

  /** A wait drawn uniformly from {@code [d/2, d]}; a {@code d} beyond {@code long} nanoseconds counts as that. */
  private static Duration jittered(Duration d) {
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

  private static ClientSideException interrupted(String operationId, Throwable cause) {
    return new ClientSideException("interrupted while waiting for operation " + operationId, cause, null, 0, false);
  }

  private static void requireText(String value, String name) {
    if (value == null || value.isBlank()) {
      throw new IllegalArgumentException(name + " must not be blank");
    }
  }

  private static final class InterruptingFuture extends CompletableFuture<StackSetOperation> {
    volatile Thread worker;

    @Override
    public boolean cancel(boolean mayInterruptIfRunning) {
      boolean cancelled = super.cancel(mayInterruptIfRunning);
      Thread w = worker;
      if (cancelled && w != null) {
        w.interrupt();
      }
      return cancelled;
    }
  }
}
