package dev.stacksets.core.testing;

import dev.stacksets.core.Sleeper;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/** A {@link Sleeper} that records every requested wait and returns at once. Thread-safe. */
public final class RecordingSleeper implements Sleeper {
  private final List<Duration> sleeps = new ArrayList<>();

  @Override
  public synchronized void sleep(Duration duration) {
    sleeps.add(duration);
  }

  /** The waits requested so far, in order. */
  public synchronized List<Duration> sleeps() {
    return List.copyOf(sleeps);
  }
}
