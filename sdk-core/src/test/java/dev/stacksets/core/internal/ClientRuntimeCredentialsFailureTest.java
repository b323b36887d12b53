package dev.stacksets.core.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import dev.stacksets.core.auth.Credentials;
import dev.stacksets.core.auth.CredentialsException;
import dev.stacksets.core.auth.CredentialsProvider;
import dev.stacksets.core.exception.ClientSideException;
import dev.stacksets.core.exception.ServerErrorException;
import dev.stacksets.core.retry.RetryPolicy;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;

/** A credentials provider failing mid-call ends the call with the call's context, not a bare exception. */
class ClientRuntimeCredentialsFailureTest extends PipelineTestSupport {
  private static final RetryPolicy THREE_FAST = RetryPolicy.builder().maxAttempts(3).baseDelay(Duration.ZERO)
      .throttlingBaseDelay(Duration.ZERO).maxDelay(Duration.ZERO).build();

  /** Answers with keys for the first {@code good} calls, then runs {@code failure}. */
  private static CredentialsProvider failingAfter(int good, Supplier<RuntimeException> failure) {
    AtomicInteger calls = new AtomicInteger();
    return () -> {
      if (calls.incrementAndGet() > good) {
        throw failure.get();
      }
      return Credentials.of("AK", "SK-0123456789");
    };
  }

  private Throwable call(CredentialsProvider provider) {
    ClientRuntime runtime = runtime(builder().credentialsProvider(provider).retryPolicy(THREE_FAST));
    return catchThrowable(() -> runtime.execute("Op", get("/x"), TEXT));
  }

  @Test
  void aCredentialsExceptionOnAttemptThreeKeepsItsTypeAndCarriesTheCallsContext() throws Exception {
    server.enqueue(status(503));
    server.enqueue(status(503));

    Throwable thrown = call(failingAfter(2, () -> new CredentialsException("token service down")));

    assertThat(thrown).isExactlyInstanceOf(CredentialsException.class);
    CredentialsException e = (CredentialsException) thrown;
    String sentId = server.takeRequest(1, TimeUnit.SECONDS).getHeaders().get(CLIENT_REQUEST_ID);
    assertThat(e.attempts()).isEqualTo(2);
    assertThat(e.clientRequestId()).isEqualTo(sentId).isNotNull();
    assertThat(e.getMessage()).startsWith("token service down")
        .contains("client request id: " + sentId).contains("attempts: 2");
    assertThat(e.isRetryable()).isFalse();
    assertThat(e.getCause()).isInstanceOf(CredentialsException.class).hasMessage("token service down");
    assertThat(e.getSuppressed()).singleElement().isInstanceOf(ServerErrorException.class)
        .satisfies(s -> assertThat(((ServerErrorException) s).attempts()).isEqualTo(2));
    assertThat(server.getRequestCount()).isEqualTo(2);
  }

  @Test
  void aPlainRuntimeExceptionFromTheProviderBecomesANonRetryableClientSideException() throws Exception {
    server.enqueue(status(500));

    IllegalStateException boom = new IllegalStateException("vault sealed");
    Throwable thrown = call(failingAfter(1, () -> boom));

    assertThat(thrown).isExactlyInstanceOf(ClientSideException.class);
    ClientSideException e = (ClientSideException) thrown;
    assertThat(e.getCause()).isSameAs(boom);
    assertThat(e.isRetryable()).isFalse();
    assertThat(e.attempts()).isEqualTo(1);
    assertThat(e.clientRequestId()).isEqualTo(server.takeRequest(1, TimeUnit.SECONDS).getHeaders()
        .get(CLIENT_REQUEST_ID));
    assertThat(e.getMessage()).contains("Test Op: the credentials provider failed: IllegalStateException: "
        + "vault sealed").contains("attempts: 1");
    assertThat(e.getSuppressed()).singleElement().isInstanceOf(ServerErrorException.class);
  }

  @Test
  void aFailureBeforeTheFirstAttemptHasNoSuppressedAndZeroAttempts() {
    Throwable thrown = call(failingAfter(0, () -> new CredentialsException("no credentials anywhere")));

    assertThat(thrown).isExactlyInstanceOf(CredentialsException.class);
    CredentialsException e = (CredentialsException) thrown;
    assertThat(e.attempts()).isZero();
    assertThat(e.clientRequestId()).isNotNull();
    assertThat(e.getSuppressed()).isEmpty();
    assertThat(server.getRequestCount()).isZero();
  }
}
