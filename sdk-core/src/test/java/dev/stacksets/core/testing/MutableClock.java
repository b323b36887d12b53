package dev.stacksets.core.testing;

import dev.stacksets.core.Sleeper;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/** A test clock that only moves when told to, plus a {@link Sleeper} that advances it and records each sleep. */
public final class MutableClock extends Clock {
  private volatile Instant now;
  private final List<Duration> sleeps = new CopyOnWriteArrayList<>();

  public MutableClock(Instant start) {
    this.now = start;
  }

  public void advance(Duration d) {
    now = now.plus(d);
  }

  /** Sleeping advances the clock and records the duration; no real time passes. */
  public Sleeper sleeper() {
    return d -> {
      if (Thread.currentThread().isInterrupted()) {
        throw new InterruptedException();
      }
      sleeps.add(d);
      advance(d);
    };
  }

  public List<Duration> sleeps() {
    return sleeps;
  }

  @Override
  public ZoneId getZone() {
    return ZoneOffset.UTC;
  }

  @Override
  public Clock withZone(ZoneId zone) {
    return this;
  }

  @Override
  public Instant instant() {
    return now;
  }
}
