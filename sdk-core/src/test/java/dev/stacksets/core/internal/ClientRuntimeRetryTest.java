package dev.stacksets.core.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.stacksets.core.exception.BadRequestException;
import dev.stacksets.core.exception.ClientSideException;
import dev.stacksets.core.exception.ServerErrorException;
import dev.stacksets.core.exception.ThrottlingException;
import dev.stacksets.core.retry.RetryPolicy;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import mockwebserver3.MockResponse;
import mockwebserver3.SocketEffect;
import org.junit.jupiter.api.Test;

class ClientRuntimeRetryTest extends PipelineTestSupport {
  private static final Instant NOW = Instant.parse("2024-05-01T10:00:00Z");

  @Test
  void throttledWithRetryAfterSecondsWaitsExactlyThatLongThenSucceeds() {
    server.enqueue(new MockResponse.Builder().code(429).addHeader("Retry-After", "2").build());
    server.enqueue(ok("done"));

    Result r = runtime().execute("Op", get("/v1/things"), TEXT);

    assertThat(r.body()).isEqualTo("done");
    assertThat(r.metadata().attempts()).isEqualTo(2);
    assertThat(r.metadata().statusCode()).isEqualTo(200);
    assertThat(r.metadata().requestId()).isEqualTo("req-ok");
    assertThat(sleeper.sleeps()).containsExactly(Duration.ofSeconds(2));
    assertThat(server.getRequestCount()).isEqualTo(2);
  }

  @Test
  void retryAfterAsHttpDateIsHonoured() {
    String at = DateTimeFormatter.RFC_1123_DATE_TIME.format(NOW.plusSeconds(7).atOffset(ZoneOffset.UTC));
    server.enqueue(new MockResponse.Builder().code(503).addHeader("Retry-After", at).build());
    server.enqueue(ok("done"));

    Result r = runtime(builder().clock(Clock.fixed(NOW, ZoneOffset.UTC))).execute("Op", get("/x"), TEXT);

    assertThat(r.metadata().attempts()).isEqualTo(2);
    assertThat(sleeper.sleeps()).containsExactly(Duration.ofSeconds(7));
  }

  @Test
  void retryAfterIsCappedAtMaxDelay() {
    server.enqueue(new MockResponse.Builder().code(429).addHeader("Retry-After", "3600").build());
    server.enqueue(ok("done"));
    RetryPolicy policy = RetryPolicy.builder().maxDelay(Duration.ofSeconds(5)).build();

    runtime(builder().retryPolicy(policy)).execute("Op", get("/x"), TEXT);

    assertThat(sleeper.sleeps()).containsExactly(Duration.ofSeconds(5));
  }

  @Test
  void serverErrorsAreRetriedWithJitteredBackoff() {
    server.enqueue(status(503));
    server.enqueue(status(503));
    server.enqueue(ok("third time"));

    Result r = runtime().execute("Op", get("/x"), TEXT);

    assertThat(r.body()).isEqualTo("third time");
    assertThat(r.metadata().attempts()).isEqualTo(3);
    assertThat(sleeper.sleeps()).hasSize(2);
    assertThat(sleeper.sleeps().get(0)).isBetween(Duration.ZERO, Duration.ofMillis(100));
    assertThat(sleeper.sleeps().get(1)).isBetween(Duration.ZERO, Duration.ofMillis(200));
  }

  @Test
  void each5xxThatIsRetriedByDefault() {
    for (int code : new int[] {500, 502, 504}) {
      server.enqueue(status(code));
    }
    server.enqueue(ok("ok"));

    Result r = runtime(builder().retryPolicy(RetryPolicy.builder().maxAttempts(4).build()))
        .execute("Op", get("/x"), TEXT);

    assertThat(r.metadata().attempts()).isEqualTo(4);
  }

  @Test
  void connectionResetIsRetried() {
    server.enqueue(new MockResponse.Builder().onRequestStart(new SocketEffect.CloseSocket()).build());
    server.enqueue(ok("after reset"));

    Result r = runtime().execute("Op", get("/x"), TEXT);

    assertThat(r.body()).isEqualTo("after reset");
    assertThat(r.metadata().attempts()).isEqualTo(2);
    assertThat(sleeper.sleeps()).hasSize(1);
  }

  @Test
  void ioFailureGivesRetryableClientSideExceptionWhenAttemptsRunOut() {
    server.enqueue(new MockResponse.Builder().onRequestStart(new SocketEffect.CloseSocket()).build());
    server.enqueue(new MockResponse.Builder().onRequestStart(new SocketEffect.CloseSocket()).build());

    ClientSideException e = catchThrowableOfType(ClientSideException.class,
        () -> runtime(builder().retryPolicy(RetryPolicy.builder().maxAttempts(2).build()))
            .execute("Op", get("/x"), TEXT));

    assertThat(e.isRetryable()).isTrue();
    assertThat(e.attempts()).isEqualTo(2);
    assertThat(e.clientRequestId()).isNotNull();
    assertThat(e.getCause()).isInstanceOf(java.io.IOException.class);
    assertThat(e.getMessage()).contains("Test Op failed").contains("attempts: 2");
  }

  @Test
  void badRequestIsNotRetried() {
    server.enqueue(status(400));
    server.enqueue(ok("never"));

    BadRequestException e = catchThrowableOfType(BadRequestException.class,
        () -> runtime().execute("Op", get("/x"), TEXT));

    assertThat(e.attempts()).isEqualTo(1);
    assertThat(e.statusCode()).isEqualTo(400);
    assertThat(e.errorCode()).isEqualTo("E400");
    assertThat(e.isRetryable()).isFalse();
    assertThat(server.getRequestCount()).isEqualTo(1);
    assertThat(sleeper.sleeps()).isEmpty();
  }

  @Test
  void otherClientErrorsAreNotRetriedEither() {
    for (int code : new int[] {401, 403, 404, 409, 422}) {
      server.enqueue(status(code));
    }
    ClientRuntime runtime = runtime();
    for (int code : new int[] {401, 403, 404, 409, 422}) {
      assertThatThrownBy(() -> runtime.execute("Op", get("/x"), TEXT))
          .isInstanceOfSatisfying(dev.stacksets.core.exception.ServiceException.class, e -> {
            assertThat(e.statusCode()).isEqualTo(code);
            assertThat(e.attempts()).isEqualTo(1);
          });
    }
    assertThat(server.getRequestCount()).isEqualTo(5);
    assertThat(sleeper.sleeps()).isEmpty();
  }

  @Test
  void attemptsExhaustedThrowsTheLastErrorWithItsCount() {
    server.enqueue(status(503));
    server.enqueue(status(502));
    server.enqueue(new MockResponse.Builder().code(500).addHeader("X-Request-Id", "req-last")
        .body("{\"code\":\"Boom\",\"message\":\"last\"}").build());
    server.enqueue(ok("never"));

    ServerErrorException e = catchThrowableOfType(ServerErrorException.class,
        () -> runtime().execute("Op", get("/x"), TEXT));

    assertThat(e.attempts()).isEqualTo(3);
    assertThat(e.error().attempts()).isEqualTo(3);
    assertThat(e.statusCode()).isEqualTo(500);
    assertThat(e.errorCode()).isEqualTo("Boom");
    assertThat(e.requestId()).isEqualTo("req-last");
    assertThat(e.isRetryable()).isTrue();
    assertThat(server.getRequestCount()).isEqualTo(3);
    assertThat(sleeper.sleeps()).hasSize(2);
  }

  @Test
  void throttlingCodeIsRetriedWithTheThrottlingBase() {
    server.enqueue(new MockResponse.Builder().code(400).body("{\"code\":\"Throttled\",\"message\":\"slow\"}").build());
    server.enqueue(ok("ok"));
    RetryPolicy policy = RetryPolicy.builder().baseDelay(Duration.ZERO)
        .throttlingBaseDelay(Duration.ofMillis(50)).build();

    runtime(builder().retryPolicy(policy)).execute("Op", get("/x"), TEXT);

    assertThat(sleeper.sleeps()).hasSize(1);
    assertThat(sleeper.sleeps().get(0)).isBetween(Duration.ZERO, Duration.ofMillis(50));
  }

  @Test
  void throttlingExhaustedIsAThrottlingException() {
    for (int i = 0; i < 3; i++) {
      server.enqueue(new MockResponse.Builder().code(429).body("{\"code\":\"Throttled\"}").build());
    }

    ThrottlingException e = catchThrowableOfType(ThrottlingException.class,
        () -> runtime().execute("Op", get("/x"), TEXT));

    assertThat(e.isThrottling()).isTrue();
    assertThat(e.isRetryable()).isTrue();
    assertThat(e.attempts()).isEqualTo(3);
  }

  @Test
  void retryableErrorCodeDeclaredByTheServiceIsRetried() {
    server.enqueue(new MockResponse.Builder().code(400).body("{\"code\":\"Transient\"}").build());
    server.enqueue(ok("ok"));

    assertThat(runtime().execute("Op", get("/x"), TEXT).metadata().attempts()).isEqualTo(2);
  }

  @Test
  void retryPolicyNoneMakesExactlyOneAttempt() {
    server.enqueue(status(503));
    server.enqueue(ok("never"));

    ServerErrorException e = catchThrowableOfType(ServerErrorException.class,
        () -> runtime(builder().retryPolicy(RetryPolicy.none())).execute("Op", get("/x"), TEXT));

    assertThat(e.attempts()).isEqualTo(1);
    assertThat(server.getRequestCount()).isEqualTo(1);
    assertThat(sleeper.sleeps()).isEmpty();
  }

  @Test
  void okHttpDoesNotSilentlyRetryA503WithRetryAfterZero() {
    // OkHttp's follow-up logic repeats a 503 carrying "Retry-After: 0" on its own; the pipeline must be the only loop
    server.enqueue(new MockResponse.Builder().code(503).addHeader("Retry-After", "0").build());
    server.enqueue(ok("never"));

    ServerErrorException e = catchThrowableOfType(ServerErrorException.class,
        () -> runtime(builder().retryPolicy(RetryPolicy.none())).execute("Op", get("/x"), TEXT));

    assertThat(e.attempts()).isEqualTo(1);
    assertThat(server.getRequestCount()).isEqualTo(1);
  }

  @Test
  void hugeNumericRetryAfterOnA503IsCappedNotACrash() {
    // OkHttp's own follow-up logic would parse this as an int and fail with NumberFormatException
    server.enqueue(new MockResponse.Builder().code(503).addHeader("Retry-After", "99999999999").build());
    server.enqueue(ok("ok"));

    Result r = runtime().execute("Op", get("/x"), TEXT);

    assertThat(r.metadata().attempts()).isEqualTo(2);
    assertThat(sleeper.sleeps()).containsExactly(RetryPolicy.defaults().maxDelay());
  }

  @Test
  void retryAfterTooLargeForALongWaitsTheCapLikeAFarFutureDate() {
    String farDate = "Fri, 31 Dec 9999 23:59:59 GMT";
    server.enqueue(new MockResponse.Builder().code(503).addHeader("Retry-After", "99999999999999999999999").build());
    server.enqueue(new MockResponse.Builder().code(429).addHeader("Retry-After", farDate).build());
    server.enqueue(ok("ok"));

    Result r = runtime(builder().clock(Clock.fixed(NOW, ZoneOffset.UTC))).execute("Op", get("/x"), TEXT);

    assertThat(r.metadata().attempts()).isEqualTo(3);
    assertThat(sleeper.sleeps()).containsExactly(RetryPolicy.defaults().maxDelay(), RetryPolicy.defaults().maxDelay());
  }

  @Test
  void retryAfterOfA503ReachesTheErrorMapperUnchanged() {
    server.enqueue(new MockResponse.Builder().code(503).addHeader("Retry-After", "0").build());
    java.util.List<String> seen = new java.util.ArrayList<>();
    ServiceProfile profile = new ServiceProfile("Test", fakeSigner(), (response, error) -> {
      seen.add(response.header("Retry-After"));
      seen.add(String.valueOf(response.headers().names().stream().filter(n -> n.toLowerCase().contains("retry"))
          .count()));
      return ServiceExceptions.forStatus(error.build());
    }, java.util.List.of(), null, ClockSkewErrors.none());

    catchThrowableOfType(ServerErrorException.class,
        () -> runtime(builder().retryPolicy(RetryPolicy.none()).build(), profile).execute("Op", get("/x"), TEXT));

    assertThat(seen).containsExactly("0", "1");
  }

  @Test
  void okHttpDoesNotSilentlyRetryA408() {
    server.enqueue(new MockResponse.Builder().code(408).build());
    server.enqueue(ok("never"));

    catchThrowableOfType(dev.stacksets.core.exception.ServiceException.class,
        () -> runtime(builder().retryPolicy(RetryPolicy.none())).execute("Op", get("/x"), TEXT));

    assertThat(server.getRequestCount()).isEqualTo(1);
  }

  @Test
  void retryPolicyNoneMakesOneAttemptOnIoFailure() {
    server.enqueue(new MockResponse.Builder().onRequestStart(new SocketEffect.CloseSocket()).build());
    server.enqueue(ok("never"));

    ClientSideException e = catchThrowableOfType(ClientSideException.class,
        () -> runtime(builder().retryPolicy(RetryPolicy.none())).execute("Op", get("/x"), TEXT));

    assertThat(e.attempts()).isEqualTo(1);
    assertThat(e.isRetryable()).isTrue();
    assertThat(sleeper.sleeps()).isEmpty();
  }

  @Test
  void everyAttemptIsSignedAfresh() {
    server.enqueue(status(503));
    server.enqueue(ok("ok"));
    int[] calls = {0};
    ClientRuntime runtime = runtime(builder().credentialsProvider(() -> {
      calls[0]++;
      return dev.stacksets.core.auth.Credentials.of("AK" + calls[0], "SK" + calls[0]);
    }));

    runtime.execute("Op", get("/x"), TEXT);

    assertThat(calls[0]).isEqualTo(2);
    assertThat(takeHeader("Authorization")).contains("Credential=AK1");
    assertThat(takeHeader("Authorization")).contains("Credential=AK2");
    assertThat(signingTimes).hasSize(2);
  }

  @Test
  void interruptedWhileWaitingToRetryStopsAndKeepsTheInterruptFlag() {
    server.enqueue(status(503));
    server.enqueue(ok("never"));
    ClientRuntime runtime = runtime(builder().sleeper(d -> {
      throw new InterruptedException("stop");
    }));
    try {
      ClientSideException e = catchThrowableOfType(ClientSideException.class,
          () -> runtime.execute("Op", get("/x"), TEXT));
      assertThat(e.isRetryable()).isFalse();
      assertThat(e.attempts()).isEqualTo(1);
      assertThat(e.getMessage()).contains("interrupted");
      assertThat(Thread.currentThread().isInterrupted()).isTrue();
    } finally {
      Thread.interrupted();
    }
    assertThat(server.getRequestCount()).isEqualTo(1);
  }

  @Test
  void interruptedThreadDoesNotRetryAndKeepsTheInterruptFlag() {
    server.enqueue(ok("never"));
    server.enqueue(ok("never"));
    ClientRuntime runtime = runtime();
    Thread.currentThread().interrupt();
    try {
      ClientSideException e = catchThrowableOfType(ClientSideException.class,
          () -> runtime.execute("Op", get("/x"), TEXT));
      assertThat(e.isRetryable()).isFalse();
      assertThat(e.attempts()).isLessThanOrEqualTo(1);
      assertThat(e.getMessage()).contains("interrupted");
      assertThat(Thread.currentThread().isInterrupted()).isTrue();
    } finally {
      Thread.interrupted();
    }
    assertThat(sleeper.sleeps()).isEmpty();
  }

  private String takeHeader(String name) {
    try {
      return server.takeRequest().getHeaders().get(name);
    } catch (InterruptedException e) {
      throw new AssertionError(e);
    }
  }
}
