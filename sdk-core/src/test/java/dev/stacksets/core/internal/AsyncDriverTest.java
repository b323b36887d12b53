package dev.stacksets.core.internal;

import dev.stacksets.core.internal.util.SharedScheduler;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import dev.stacksets.core.exception.ClientSideException;
import dev.stacksets.core.exception.OperationNotFoundException;
import dev.stacksets.core.exception.ServiceException;
import dev.stacksets.core.pipeline.AttemptEvent;
import dev.stacksets.core.pipeline.AttemptEvent.Decision;
import dev.stacksets.core.retry.RetryPolicy;
import dev.stacksets.core.testing.CountingDispatcher;
import java.io.IOException;
import java.net.ConnectException;
import java.net.ServerSocket;
import java.net.URI;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import mockwebserver3.MockResponse;
import okhttp3.Call;
import okhttp3.Dispatcher;
import okhttp3.EventListener;
import okhttp3.OkHttpClient;
import org.junit.jupiter.api.Test;

/** The asynchronous driver against a MockWebServer: same exceptions as the blocking path, retries, cancellation. */
class AsyncDriverTest extends PipelineTestSupport {
  private static final RetryPolicy FAST = RetryPolicy.builder().baseDelay(Duration.ofMillis(1)).build();

  private static Throwable failureOf(CompletableFuture<?> f) {
    Throwable t = catchThrowable(() -> f.get(10, TimeUnit.SECONDS));
    assertThat(t).isExactlyInstanceOf(ExecutionException.class);
    return t.getCause();
  }

  @Test
  void a404CompletesWithTheSameTypedExceptionAsTheBlockingCall() {
    server.enqueue(status(404));
    server.enqueue(status(404));
    ClientRuntime rt = runtime();
    OperationDescriptorTest.GetWidget in = new OperationDescriptorTest.GetWidget("gone");

    Throwable async = failureOf(rt.executeAsync(OperationDescriptorTest.GET_WIDGET, in));
    Throwable sync = catchThrowable(() -> rt.execute(OperationDescriptorTest.GET_WIDGET, in));

    assertThat(async).isExactlyInstanceOf(OperationNotFoundException.class);
    assertThat(sync).isExactlyInstanceOf(OperationNotFoundException.class);
    ServiceException a = (ServiceException) async;
    ServiceException s = (ServiceException) sync;
    assertThat(a.statusCode()).isEqualTo(404);
    assertThat(a.errorCode()).isEqualTo(s.errorCode()).isEqualTo("E404");
    assertThat(a.errorMessage()).isEqualTo(s.errorMessage()).isEqualTo("status 404");
    assertThat(a.attempts()).isEqualTo(s.attempts()).isEqualTo(1);
    assertThat(a.clientRequestId()).isNotNull();
  }

  @Test
  void throttledThenOkIsRetriedOnTheScheduler() throws Exception {
    server.enqueue(new MockResponse.Builder().code(429).addHeader("Retry-After", "0").build());
    server.enqueue(ok("after throttling"));
    List<AttemptEvent> events = new java.util.concurrent.CopyOnWriteArrayList<>();

    OperationDescriptorTest.Widget w = runtime(builder().addAttemptListener(events::add))
        .executeAsync(OperationDescriptorTest.GET_WIDGET, new OperationDescriptorTest.GetWidget("w"))
        .get(10, TimeUnit.SECONDS);

    assertThat(w).isEqualTo(new OperationDescriptorTest.Widget("after throttling", 2));
    assertThat(events).extracting(AttemptEvent::decision).containsExactly(Decision.RETRY, Decision.SUCCEEDED);
    assertThat(events.get(0).reason()).isEqualTo("throttled");
    assertThat(sleeper.sleeps()).as("the async driver waits on the scheduler, not the Sleeper").isEmpty();
  }

  @Test
  void anIoFailureCompletesWithTheClientSideException() throws IOException {
    int closedPort;
    try (ServerSocket s = new ServerSocket(0)) {
      closedPort = s.getLocalPort();
    }
    ClientRuntime rt = runtime(builder().endpoint(URI.create("http://127.0.0.1:" + closedPort)).retryPolicy(FAST));

    Throwable t = failureOf(rt.executeAsync(OperationDescriptorTest.GET_WIDGET,
        new OperationDescriptorTest.GetWidget("w")));

    assertThat(t).isExactlyInstanceOf(ClientSideException.class);
    ClientSideException e = (ClientSideException) t;
    assertThat(e.attempts()).isEqualTo(3);
    assertThat(e.isRetryable()).isTrue();
    assertThat(e.getCause()).isInstanceOf(ConnectException.class);
    assertThat(e.getMessage()).startsWith("Test GetWidget failed: ConnectException");
  }

  @Test
  void cancelWhileTheServerHoldsTheReplyCancelsTheOkHttpCall() throws Exception {
    server.enqueue(new MockResponse.Builder().headersDelay(30, TimeUnit.SECONDS).body("late").build());
    CountDownLatch started = new CountDownLatch(1);
    CountDownLatch canceled = new CountDownLatch(1);
    OkHttpClient client = new OkHttpClient.Builder().eventListener(new EventListener() {
      @Override
      public void requestHeadersEnd(Call call, okhttp3.Request request) {
        started.countDown();
      }

      @Override
      public void canceled(Call call) {
        canceled.countDown();
      }
    }).build();
    ClientRuntime rt = runtime(builder().httpClient(client).readTimeout(Duration.ofSeconds(60)));

    CompletableFuture<OperationDescriptorTest.Widget> f = rt.executeAsync(OperationDescriptorTest.GET_WIDGET,
        new OperationDescriptorTest.GetWidget("w"));
    assertThat(started.await(10, TimeUnit.SECONDS)).isTrue();
    assertThat(server.takeRequest(10, TimeUnit.SECONDS)).as("the server holds the request").isNotNull();
    assertThat(f.cancel(true)).isTrue();

    assertThat(canceled.await(10, TimeUnit.SECONDS)).as("the OkHttp call was cancelled").isTrue();
    assertThat(f.isCancelled()).isTrue();
    assertThat(server.getRequestCount()).isEqualTo(1);
  }

  @Test
  void cancelDuringTheBackoffSendsNothingMore() throws Exception {
    server.enqueue(new MockResponse.Builder().code(503).addHeader("Retry-After", "1").build());
    server.enqueue(ok("must not be asked for"));
    CountDownLatch retrying = new CountDownLatch(1);
    ClientRuntime rt = runtime(builder().addAttemptListener(e -> {
      if (e.decision() == Decision.RETRY) {
        retrying.countDown();
      }
    }));

    CompletableFuture<OperationDescriptorTest.Widget> f = rt.executeAsync(OperationDescriptorTest.GET_WIDGET,
        new OperationDescriptorTest.GetWidget("w"));
    assertThat(retrying.await(10, TimeUnit.SECONDS)).isTrue();
    assertThat(f.cancel(true)).isTrue();

    assertThat(server.takeRequest(5, TimeUnit.SECONDS)).isNotNull();
    // the retry was due after 1 s; waiting 3 s for a second request shows none comes
    assertThat(server.takeRequest(3, TimeUnit.SECONDS)).isNull();
    assertThat(server.getRequestCount()).isEqualTo(1);
  }

  /**
   * 1,000 calls in flight at once: the SDK creates no thread per call. The OkHttp dispatcher gets an executor whose
   * thread factory counts; the shared scheduler counts its own. Prints the figures to the test's output.
   */
  @Test
  void aThousandCallsInFlightUseAFewThreads() throws Exception {
    int calls = 1000;
    for (int i = 0; i < calls; i++) {
      server.enqueue(ok("w" + i));
    }
    CountingDispatcher counting = new CountingDispatcher();
    Dispatcher dispatcher = counting.dispatcher();
    ClientRuntime rt = runtime(builder().httpClient(counting.client()));
    int liveBefore = Thread.activeCount();
    int schedulerBefore = SharedScheduler.threadsCreated();

    List<CompletableFuture<OperationDescriptorTest.Widget>> futures = new ArrayList<>();
    for (int i = 0; i < calls; i++) {
      futures.add(rt.executeAsync(OperationDescriptorTest.GET_WIDGET, new OperationDescriptorTest.GetWidget("w")));
    }
    int inFlight = (int) futures.stream().filter(f -> !f.isDone()).count();
    int liveDuring = Thread.activeCount();
    CompletableFuture.allOf(futures.toArray(CompletableFuture[]::new)).get(60, TimeUnit.SECONDS);

    assertThat(futures).allSatisfy(f -> assertThat(f.join().body()).startsWith("w"));
    int sdkThreads = counting.threadsCreated() + SharedScheduler.threadsCreated();
    System.out.printf("1000 async calls: %d still in flight after submitting; OkHttp dispatcher threads created: %d "
        + "(maxRequestsPerHost %d, maxRequests %d); SDK scheduler threads created in the JVM: %d (during this test: "
        + "%d); live threads before %d, right after submitting %d%n", inFlight, counting.threadsCreated(),
        dispatcher.getMaxRequestsPerHost(), dispatcher.getMaxRequests(), SharedScheduler.threadsCreated(),
        SharedScheduler.threadsCreated() - schedulerBefore, liveBefore, liveDuring);
    assertThat(SharedScheduler.threadsCreated()).isLessThanOrEqualTo(SharedScheduler.THREADS);
    assertThat(counting.threadsCreated()).isLessThanOrEqualTo(dispatcher.getMaxRequests());
    assertThat(sdkThreads).isLessThan(calls / 10);
    counting.shutdown();
  }
}
