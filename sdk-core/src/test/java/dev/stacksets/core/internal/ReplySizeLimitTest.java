package dev.stacksets.core.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.stacksets.core.ClientConfiguration;
import dev.stacksets.core.exception.ClientSideException;
import dev.stacksets.core.exception.ServiceException;
import dev.stacksets.core.http.SdkHttpResponse;
import java.time.Duration;
import mockwebserver3.MockResponse;
import okio.Buffer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Replies are read with bounds: a 2xx body beyond the limit fails the call, an error body is cut. */
class ReplySizeLimitTest extends PipelineTestSupport {
  private static final long FIVE_SECONDS = Duration.ofSeconds(5).toNanos();
  private ClientRuntime small;

  @AfterEach
  void closeSmall() {
    if (small != null) {
      small.close();
    }
  }

  /** A runtime whose transport reads at most 1024 bytes of a 2xx body and 100 of an error body. */
  private ClientRuntime small() {
    ClientConfiguration config = builder().build();
    small = new ClientRuntime(config, profile(CLIENT_REQUEST_ID), new HttpTransport(config, 1024, 100));
    return small;
  }

  private static MockResponse body(int code, int bytes, boolean chunked) {
    MockResponse.Builder b = new MockResponse.Builder().code(code);
    String text = "x".repeat(bytes);
    return chunked ? b.chunkedBody(text, 64).build() : b.body(text).build();
  }

  @Test
  void aSuccessBodyOverTheLimitIsANonRetryableClientSideErrorWithContext() {
    server.enqueue(body(200, 1025, false));
    server.enqueue(body(200, 10, false));

    ClientSideException e = catchThrowableOfType(ClientSideException.class,
        () -> small().execute("Op", get("/x"), TEXT));

    assertThat(e).isNotNull();
    assertThat(e.getMessage()).contains("Test Op failed").contains("1025 bytes").contains("larger than 1024 bytes");
    assertThat(e.getCause()).isInstanceOf(HttpTransport.ReplyTooLargeException.class);
    assertThat(e.isRetryable()).isFalse();
    assertThat(e.attempts()).isEqualTo(1);
    assertThat(e.clientRequestId()).isNotNull();
    assertThat(server.getRequestCount()).isEqualTo(1);
  }

  @Test
  void aChunkedSuccessBodyOverTheLimitFailsToo() {
    server.enqueue(body(200, 5000, true));

    ClientSideException e = catchThrowableOfType(ClientSideException.class,
        () -> small().execute("Op", get("/x"), TEXT));

    assertThat(e.getMessage()).contains("larger than 1024 bytes");
  }

  @Test
  void aSuccessBodyAtTheLimitIsReadWhole() {
    server.enqueue(body(200, 1024, true));

    assertThat(small().execute("Op", get("/x"), TEXT).body()).hasSize(1024);
  }

  @Test
  void anErrorBodyIsCutAtItsLimitAndStillMapped() throws Exception {
    server.enqueue(new MockResponse.Builder().code(404)
        .body("{\"code\":\"NotHere\",\"message\":\"gone\"}" + " ".repeat(5000)).build());

    ServiceException e = catchThrowableOfType(ServiceException.class,
        () -> runtime(builder().retryPolicy(dev.stacksets.core.retry.RetryPolicy.none()))
            .execute("Op", get("/x"), TEXT));
    server.enqueue(body(500, 5000, true));
    SdkHttpResponse cut = small().transport().send(sendable(), FIVE_SECONDS);

    assertThat(e.statusCode()).isEqualTo(404);
    assertThat(cut.statusCode()).isEqualTo(500);
    assertThat(cut.body()).hasSize(100);
  }

  @Test
  void theDefaultsReadLargePagesWholeAndCutErrorBodiesAt64KiB() throws Exception {
    server.enqueue(new MockResponse.Builder().code(200).body(new Buffer().write(new byte[300 * 1024])).build());
    server.enqueue(new MockResponse.Builder().code(503).body(new Buffer().write(new byte[200 * 1024])).build());
    HttpTransport transport = runtime().transport();

    SdkHttpResponse page = transport.send(sendable(), FIVE_SECONDS);
    SdkHttpResponse error = transport.send(sendable(), FIVE_SECONDS);

    assertThat(page.body()).hasSize(300 * 1024);
    assertThat(error.body()).hasSize(64 * 1024);
    assertThat(HttpTransport.MAX_SUCCESS_BODY_BYTES).isEqualTo(64L * 1024 * 1024);
  }

  /** A request the transport can send as is: absolute path on the mock server. */
  private static dev.stacksets.core.http.SdkHttpRequest sendable() {
    return get("/x");
  }
}
