package dev.stacksets.core.internal.util;

import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The one scheduler of the SDK, shared by every client in the JVM: it runs the backoff timers, the call-timeout
 * timers and the attempts that follow them, and the waits of the asynchronous waiter, watch and wait-their-turn (including their signing, so a credentials provider that
 * blocks never blocks an OkHttp dispatcher thread). Two daemon threads named {@code stacksets-scheduler-N}, created on
 * first use and never shut down (they hold no resources and do not keep the JVM alive); cancelled timers are removed
 * at once. No thread is started per call: 1,000 calls in flight wait as 1,000 timer entries or OkHttp calls.
 *
 * <p>Its threads must only run short tasks; a credentials provider that blocks for long (a slow refresh) delays the
 * retries of other calls meanwhile, so providers should cache (the SDK's do).
 */
public final class SharedScheduler {
  /** How many threads it has at most. */
  public static final int THREADS = 2;
  private static final AtomicInteger CREATED = new AtomicInteger();

  private SharedScheduler() {}

  private static final class Holder {
    static final ScheduledExecutorService INSTANCE = create();
  }

  /** The shared scheduler, created on first use. */
  public static ScheduledExecutorService get() {
    return Holder.INSTANCE;
  }

  /** How many threads the scheduler has started so far (for tests: bounded by {@link #THREADS}). */
  public static int threadsCreated() {
    return CREATED.get();
  }

  private static ScheduledExecutorService create() {
    ThreadFactory factory = r -> {
      Thread t = new Thread(r, "stacksets-scheduler-" + CREATED.incrementAndGet());
      t.setDaemon(true);
      return t;
    };
    ScheduledThreadPoolExecutor executor = new ScheduledThreadPoolExecutor(THREADS, factory);
    executor.setRemoveOnCancelPolicy(true);
    return executor;
  }
}
