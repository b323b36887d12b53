package dev.stacksets.core.internal;

import dev.stacksets.core.internal.util.SharedScheduler;

/**
 * Test access to the {@link SharedScheduler}'s thread count for other modules' tests (through sdk-core's test-jar),
 * so they count the asynchronous driver's threads the way {@code AsyncDriverTest} does.
 */
public final class SharedSchedulerThreads {
  /** The most threads the shared scheduler ever starts. */
  public static final int LIMIT = SharedScheduler.THREADS;

  private SharedSchedulerThreads() {}

  /** How many threads the shared scheduler has started in this JVM so far. */
  public static int created() {
    return SharedScheduler.threadsCreated();
  }
}
