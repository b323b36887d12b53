package dev.stacksets.emulator.internal;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Objects;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The emulator's two notions of time.
 *
 * <ul>
 *   <li><b>wall time</b> ({@link #wallNow()}): the configured base clock as is; request signatures are checked against
 *       it, because clients sign with their own real clocks;</li>
 *   <li><b>model time</b> ({@link #now()}): {@code startTime + speed * (base elapsed since start) + advanced}; it drives
 *       operations from queued to done. A speed of 0 freezes it, so only {@link #advance(Duration)} moves it.</li>
 * </ul>
 *
 * <p>Thread-safe. Model time never goes backwards while the base clock does not.
 */
public final class EmulatorClock {
  private final Clock base;
  private final double speed;
  private final Instant baseAtStart;
  private final Instant modelAtStart;
  private final AtomicLong advancedMillis = new AtomicLong();

  /**
   * @param base      the base (wall) clock
   * @param speed     model seconds per wall second, &gt;= 0
   * @param startTime model time at construction, or null for the base clock's current instant
   */
  public EmulatorClock(Clock base, double speed, Instant startTime) {
    this.base = Objects.requireNonNull(base, "clock");
    if (!(speed >= 0) || Double.isInfinite(speed)) {
      throw new IllegalArgumentException("timeSpeed must be a finite number >= 0, was " + speed);
    }
    this.speed = speed;
    this.baseAtStart = base.instant();
    this.modelAtStart = (startTime == null ? baseAtStart : startTime).truncatedTo(ChronoUnit.MILLIS);
  }

  /** Current model time, millisecond precision. */
  public Instant now() {
    long elapsed = Math.max(0, base.millis() - baseAtStart.toEpochMilli());
    long scaled = speed == 1.0 ? elapsed : (long) (elapsed * speed);
    return modelAtStart.plusMillis(scaled + advancedMillis.get());
  }

  /** Current wall time (the base clock), used for signature time checks. */
  public Instant wallNow() {
    return base.instant();
  }

  /** Model time when the emulator started. */
  public Instant startTime() {
    return modelAtStart;
  }

  /** The model-time speed factor. */
  public double speed() {
    return speed;
  }

  /** Moves model time forward. */
  public void advance(Duration d) {
    Objects.requireNonNull(d, "duration");
    if (d.isNegative()) {
      throw new IllegalArgumentException("cannot move emulator time backwards: " + d);
    }
    advancedMillis.addAndGet(d.toMillis());
  }
}
