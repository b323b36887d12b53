package dev.stacksets.core.testing;

import java.util.concurrent.SynchronousQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import okhttp3.Dispatcher;
import okhttp3.OkHttpClient;

/**
 * An {@link OkHttpClient} whose dispatcher runs async calls on threads it counts, so a test can say how many threads
 * the SDK's async calls took. Shaped like OkHttp's default executor (unbounded, idle threads kept 60 s), with daemon
 * threads.
 *
 * <pre>{@code
 * CountingDispatcher counting = new CountingDispatcher();
 * RfsClient rfs = RfsClient.builder()...httpClient(counting.client()).build();
 * ... counting.threadsCreated() ...
 * }</pre>
 *
 * <p>Thread-safe.
 */
public final class CountingDispatcher {
  private final AtomicInteger threads = new AtomicInteger();
  private final ThreadPoolExecutor executor = new ThreadPoolExecutor(0, Integer.MAX_VALUE, 60, TimeUnit.SECONDS,
      new SynchronousQueue<>(), r -> {
        Thread t = new Thread(r, "test-okhttp-dispatcher-" + threads.incrementAndGet());
        t.setDaemon(true);
        return t;
      });
  private final Dispatcher dispatcher = new Dispatcher(executor);
  private final OkHttpClient client = new OkHttpClient.Builder().dispatcher(dispatcher).build();

  /** The client to hand to a builder's {@code httpClient(...)}. */
  public OkHttpClient client() {
    return client;
  }

  /** The dispatcher (for its limits, e.g. {@link Dispatcher#getMaxRequests()}). */
  public Dispatcher dispatcher() {
    return dispatcher;
  }

  /** Stops the dispatcher's threads once their calls are done. */
  public void shutdown() {
    executor.shutdown();
  }

  /** How many dispatcher threads were created so far. */
  public int threadsCreated() {
    return threads.get();
  }
}
