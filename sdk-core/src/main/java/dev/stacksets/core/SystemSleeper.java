package dev.stacksets.core;

import dev.stacksets.core.internal.util.SharedScheduler;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;

/** Real waiting: {@link Thread#sleep(long, int)}, or a timer on the shared scheduler. Stateless; thread-safe. */
final class SystemSleeper implements Sleeper {
  static final SystemSleeper INSTANCE = new SystemSleeper();

  private SystemSleeper() {}

  /** Sleeps; a duration beyond {@code Long.MAX_VALUE} milliseconds sleeps that long. */
  @Override
  public void sleep(Duration d) throws InterruptedException {
    if (!d.isNegative() && !d.isZero()) {
      long millis;
      try {
        millis = d.toMillis();
      } catch (ArithmeticException beyondLong) {
        millis = Long.MAX_VALUE;
      }
      Thread.sleep(millis, d.getNano() % 1_000_000);
    }
  }

  /** A timer on the shared scheduler; cancelling the future removes the timer. */
  @Override
  public CompletableFuture<Void> sleepAsync(Duration d) {
    if (d.isNegative() || d.isZero()) {
      return CompletableFuture.completedFuture(null);
    }
    long nanos;
    try {
      nanos = d.toNanos();
    } catch (ArithmeticException beyondLong) {
      nanos = Long.MAX_VALUE;
    }
    TimerFuture future = new TimerFuture();
    future.timer = SharedScheduler.get().schedule(() -> {
      future.complete(null);
    }, nanos, TimeUnit.NANOSECONDS);
    if (future.isCancelled()) {
      future.timer.cancel(false); // cancelled before the timer was recorded
    }
    return future;
  }

  @Override
  public String toString() {
    return "Sleeper.system()";
  }

  private static final class TimerFuture extends CompletableFuture<Void> {
    volatile ScheduledFuture<?> timer;

    @Override
    public boolean cancel(boolean mayInterruptIfRunning) {
      boolean cancelled = super.cancel(mayInterruptIfRunning);
      ScheduledFuture<?> t = timer;
      if (t != null) {
        t.cancel(false);
      }
      return cancelled;
    }
  }
}
