package dev.stacksets.core.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.stacksets.core.exception.ClientSideException;
import dev.stacksets.core.exception.ServerErrorException;
import dev.stacksets.core.exception.StackSetsException;
import dev.stacksets.core.retry.RetryPolicy;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import mockwebserver3.MockResponse;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

@Timeout(value = 30, unit = TimeUnit.SECONDS)
class ClientRuntimeTimeoutTest extends PipelineTestSupport {

  private static MockResponse slowBody() {
    // headers at once, then one byte of body every 10 seconds
    return new MockResponse.Builder().code(200).body("0123456789").throttleBody(1, 10, TimeUnit.SECONDS).build();
  }

  @Test
  void totalCallTimeoutGivesClientSideException() {
    server.enqueue(slowBody());

    ClientSideException e = catchThrowableOfType(ClientSideException.class,
        () -> runtime(builder().callTimeout(Duration.ofMillis(300)).readTimeout(Duration.ofSeconds(60)))
            .execute("Op", get("/x"), TEXT));

    assertThat(e.getMessage()).contains("timed out");
    assertThat(e.isRetryable()).isFalse();
    assertThat(e.attempts()).isEqualTo(1);
    assertThat(e.clientRequestId()).isNotNull();
  }

  @Test
  void readTimeoutGivesRetryableClientSideException() {
    server.enqueue(slowBody());

    ClientSideException e = catchThrowableOfType(ClientSideException.class,
        () -> runtime(builder().readTimeout(Duration.ofMillis(200)).retryPolicy(RetryPolicy.none()))
            .execute("Op", get("/x"), TEXT));

    assertThat(e.isRetryable()).isTrue();
    assertThat(e.attempts()).isEqualTo(1);
    assertThat(e.getCause()).isInstanceOf(java.net.SocketTimeoutException.class);
  }

  @Test
  void readTimeoutIsRetriedLikeAnyIoFailure() {
    server.enqueue(slowBody());
    server.enqueue(ok("second"));

    Result r = runtime(builder().readTimeout(Duration.ofMillis(200))).execute("Op", get("/x"), TEXT);

    assertThat(r.body()).isEqualTo("second");
    assertThat(r.metadata().attempts()).isEqualTo(2);
  }

  @Test
  void backoffThatWouldOverrunTheCallTimeoutEndsTheCallWithTheRealFailure() {
    server.enqueue(new MockResponse.Builder().code(503).addHeader("Retry-After", "10").build());
    server.enqueue(ok("never"));

    StackSetsException e = catchThrowableOfType(ServerErrorException.class,
        () -> runtime(builder().callTimeout(Duration.ofSeconds(5))).execute("Op", get("/x"), TEXT));

    assertThat(e.attempts()).isEqualTo(1);
    assertThat(sleeper.sleeps()).isEmpty();
    assertThat(server.getRequestCount()).isEqualTo(1);
  }
}
