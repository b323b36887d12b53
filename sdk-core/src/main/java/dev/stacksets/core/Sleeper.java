package dev.stacksets.core;

import java.time.Duration;

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
    return d -> {
      if (!d.isNegative() && !d.isZero()) {
        long millis;
        try {
          millis = d.toMillis();
        } catch (ArithmeticException beyondLong) {
          millis = Long.MAX_VALUE;
        }
        Thread.sleep(millis, d.getNano() % 1_000_000);
      }
    };
  }
}
