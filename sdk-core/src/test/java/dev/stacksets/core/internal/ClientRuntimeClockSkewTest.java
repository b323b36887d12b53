package dev.stacksets.core.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.stacksets.core.exception.AuthenticationException;
import dev.stacksets.core.exception.ServerErrorException;
import dev.stacksets.core.exception.ServiceException;
import dev.stacksets.core.retry.RetryPolicy;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.function.Predicate;
import mockwebserver3.MockResponse;
import org.junit.jupiter.api.Test;

class ClientRuntimeClockSkewTest extends PipelineTestSupport {
  private static final Instant LOCAL = Instant.parse("2024-05-01T10:00:00Z");
  private static final Instant SERVER = LOCAL.plus(Duration.ofMinutes(15));
  private static final Predicate<ServiceException> SKEW = e -> "Skewed".equals(e.errorCode());

  private static MockResponse skewed() {
    return new MockResponse.Builder().code(401)
        .addHeader("Date", DateTimeFormatter.RFC_1123_DATE_TIME.format(SERVER.atOffset(ZoneOffset.UTC)))
        .body("{\"code\":\"Skewed\",\"message\":\"signature expired\"}").build();
  }

  private ClientRuntime skewRuntime(RetryPolicy policy) {
    return runtime(builder().clock(Clock.fixed(LOCAL, ZoneOffset.UTC)).retryPolicy(policy).build(),
        profile(CLIENT_REQUEST_ID, SKEW));
  }

  @Test
  void skewErrorIsRetriedAtOnceWithTheServerClockAndCountedAsAnAttempt() {
    server.enqueue(skewed());
    server.enqueue(ok("ok"));
    ClientRuntime runtime = skewRuntime(RetryPolicy.defaults());

    Result r = runtime.execute("Op", get("/x"), TEXT);

    assertThat(r.metadata().attempts()).isEqualTo(2);
    assertThat(signingTimes).containsExactly(LOCAL, SERVER);
    assertThat(sleeper.sleeps()).isEmpty();
    assertThat(runtime.clockOffset()).isEqualTo(Duration.ofMinutes(15));

    // later calls sign with the corrected clock from the first attempt
    server.enqueue(ok("ok"));
    runtime.execute("Op", get("/x"), TEXT);
    assertThat(signingTimes).last().isEqualTo(SERVER);
  }

  @Test
  void skewIsCorrectedOnlyOncePerCall() {
    server.enqueue(skewed());
    server.enqueue(skewed());
    server.enqueue(ok("never"));

    AuthenticationException e = catchThrowableOfType(AuthenticationException.class,
        () -> skewRuntime(RetryPolicy.defaults()).execute("Op", get("/x"), TEXT));

    assertThat(e.attempts()).isEqualTo(2);
    assertThat(server.getRequestCount()).isEqualTo(2);
  }

  @Test
  void skewRetryComesOnTopOfThePolicyEvenWithNone() {
    server.enqueue(skewed());
    server.enqueue(ok("ok"));

    Result r = skewRuntime(RetryPolicy.none()).execute("Op", get("/x"), TEXT);

    assertThat(r.metadata().attempts()).isEqualTo(2);
    assertThat(server.getRequestCount()).isEqualTo(2);
  }

  @Test
  void skewRetryIsCountedInTheAttemptsOfALaterFailure() {
    server.enqueue(skewed());
    for (int i = 0; i < 3; i++) {
      server.enqueue(status(503));
    }
    server.enqueue(ok("never"));

    ServerErrorException e = catchThrowableOfType(ServerErrorException.class,
        () -> skewRuntime(RetryPolicy.defaults()).execute("Op", get("/x"), TEXT));

    // one skew correction plus the policy's three attempts, every one of them counted
    assertThat(e.attempts()).isEqualTo(4);
    assertThat(server.getRequestCount()).isEqualTo(4);
    assertThat(sleeper.sleeps()).hasSize(2);
  }

  @Test
  void skewErrorWithoutADistantDateIsAnOrdinaryError() {
    server.enqueue(new MockResponse.Builder().code(401)
        .addHeader("Date", DateTimeFormatter.RFC_1123_DATE_TIME.format(LOCAL.plusSeconds(5).atOffset(ZoneOffset.UTC)))
        .body("{\"code\":\"Skewed\"}").build());
    server.enqueue(ok("never"));

    AuthenticationException e = catchThrowableOfType(AuthenticationException.class,
        () -> skewRuntime(RetryPolicy.defaults()).execute("Op", get("/x"), TEXT));

    assertThat(e.attempts()).isEqualTo(1);
  }
}
