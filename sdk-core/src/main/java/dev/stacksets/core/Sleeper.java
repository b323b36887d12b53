package dev.stacksets.core;

import java.time.Duration;
import java.util.concurrent.CompletableFuture;

/**
 * Waits. The retry loop and the operation waiter sleep through a {@code Sleeper}, so tests and simulations can
 * replace real waiting (for example with one that advances a test {@link java.time.Clock}).
 *
 * <p>Implementations must be thread-safe.
 *
 * <pre>{@code
 * Sleeper s = Sleeper.system();
 * s.sleep(Duration.ofMillis(100));
 * }</pre>
 */
@FunctionalInterface
public interface Sleeper {

  /**
   * Waits for the given duration.
   *
   * @throws InterruptedException when the waiting thread is interrupted
   */
  void sleep(Duration duration) throws InterruptedException;

  /**
   * Real waiting with {@link Thread#sleep(long, int)}; a duration beyond {@code Long.MAX_VALUE} milliseconds waits
   * that long.
   */
  static Sleeper system() {
    return SystemSleeper.INSTANCE;
  }

  /**
   * Waits without holding a thread: the returned future completes after {@code duration}, and cancelling it ends
   * the wait. The {@link #system()} sleeper schedules a timer on the SDK's shared scheduler (two daemon threads for
   * the whole JVM). This default waits inline with {@link #sleep(Duration)} and returns a completed future, which is
   * right for test sleepers that only advance a clock; a custom sleeper that really blocks should override it.
   */
  default CompletableFuture<Void> sleepAsync(Duration duration) {
    try {
      sleep(duration);
      return CompletableFuture.completedFuture(null);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return CompletableFuture.failedFuture(e);
    }
  }
}
