package dev.stacksets.core.internal;

import static org.assertj.core.api.Assertions.assertThat;

import dev.stacksets.core.retry.RetryPolicy;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/** The attempt policy alone: inputs in, decision out; no server, no clock, no sleeping. */
class AttemptPolicyTest {
  private static final long MINUTE = Duration.ofMinutes(1).toNanos();
  private final AttemptPolicy policy = new AttemptPolicy(RetryPolicy.defaults(), 2 * MINUTE);

  /** A retryable 503 on attempt 1 of a read, early in the call. */
  private static AttemptPolicy.Outcome outcome(int attempt, int status, boolean retryable, boolean throttling,
      Duration retryAfter, boolean neverLeft, boolean skewRejected, boolean skewUsed, RetrySafety safety,
      long elapsed) {
    return new AttemptPolicy.Outcome(attempt, status, retryable, throttling, retryAfter, neverLeft, skewRejected,
        skewUsed, safety, elapsed);
  }

  private static AttemptPolicy.Outcome reply503(int attempt, RetrySafety safety) {
    return outcome(attempt, 503, true, false, null, false, false, false, safety, 0);
  }

  private static AttemptPolicy.Outcome ioFailure(boolean neverLeft, RetrySafety safety) {
    return outcome(1, 0, true, false, null, neverLeft, false, false, safety, 0);
  }

  @Test
  void retryableReplyOfAReadIsRetriedWithJitterUpToTheBase() {
    AttemptPolicy.Decision d = policy.decide(reply503(1, RetrySafety.SAFE));

    assertThat(d).isInstanceOf(AttemptPolicy.Retry.class);
    assertThat(((AttemptPolicy.Retry) d).delay()).isBetween(Duration.ZERO, Duration.ofMillis(100));
    assertThat(d.reason()).isEqualTo("retryable reply");
  }

  @Test
  void retryAfterIsTheDelayAndThrottlingIsTheReason() {
    assertThat(policy.decide(outcome(1, 429, true, true, Duration.ofSeconds(3), false, false, false,
        RetrySafety.SAFE, 0))).isEqualTo(new AttemptPolicy.Retry(Duration.ofSeconds(3), "throttled"));
    assertThat(policy.decide(outcome(1, 429, true, true, Duration.ofHours(1), false, false, false,
        RetrySafety.SAFE, 0))).isEqualTo(new AttemptPolicy.Retry(Duration.ofSeconds(20), "throttled"));
  }

  @Test
  void notRetryableFailsAtOnce() {
    assertThat(policy.decide(outcome(1, 400, false, false, null, false, false, false, RetrySafety.SAFE, 0)))
        .isEqualTo(new AttemptPolicy.Fail("not retryable"));
  }

  @Test
  void theLastAttemptFails() {
    assertThat(policy.decide(reply503(3, RetrySafety.SAFE))).isEqualTo(new AttemptPolicy.Fail("attempts exhausted"));
    assertThat(policy.decide(reply503(2, RetrySafety.SAFE))).isInstanceOf(AttemptPolicy.Retry.class);
  }

  @Test
  void aSkewRejectionIsResignedOnceWhateverTheSafetyAndAddsOneAttempt() {
    for (RetrySafety safety : RetrySafety.values()) {
      assertThat(policy.decide(outcome(3, 401, false, false, null, false, true, false, safety, 0)))
          .isEqualTo(new AttemptPolicy.Resign("clock skew"));
    }
    // a second skew rejection in the same call is an ordinary (here final) failure
    assertThat(policy.decide(outcome(2, 401, false, false, null, false, true, true, RetrySafety.SAFE, 0)))
        .isEqualTo(new AttemptPolicy.Fail("not retryable"));
    // after the correction the limit is maxAttempts + 1
    assertThat(policy.attemptLimit(true)).isEqualTo(4);
    assertThat(policy.decide(outcome(3, 503, true, false, null, false, false, true, RetrySafety.SAFE, 0)))
        .isInstanceOf(AttemptPolicy.Retry.class);
    assertThat(policy.decide(outcome(4, 503, true, false, null, false, false, true, RetrySafety.SAFE, 0)))
        .isEqualTo(new AttemptPolicy.Fail("attempts exhausted"));
  }

  @Test
  void anIdempotentWriteIsRetriedLikeARead() {
    assertThat(policy.decide(reply503(1, RetrySafety.IDEMPOTENT))).isInstanceOf(AttemptPolicy.Retry.class);
    assertThat(policy.decide(ioFailure(false, RetrySafety.IDEMPOTENT))).isInstanceOf(AttemptPolicy.Retry.class);
  }

  @Test
  void anUnsafeWriteIsRetriedOnlyWhenTheRequestNeverLeft() {
    assertThat(policy.decide(reply503(1, RetrySafety.UNSAFE))).isEqualTo(new AttemptPolicy.Fail("unsafe to repeat"));
    assertThat(policy.decide(outcome(1, 429, true, true, Duration.ZERO, false, false, false, RetrySafety.UNSAFE, 0)))
        .isEqualTo(new AttemptPolicy.Fail("unsafe to repeat"));
    assertThat(policy.decide(ioFailure(false, RetrySafety.UNSAFE)))
        .isEqualTo(new AttemptPolicy.Fail("unsafe to repeat"));
    AttemptPolicy.Decision neverLeft = policy.decide(ioFailure(true, RetrySafety.UNSAFE));
    assertThat(neverLeft).isInstanceOf(AttemptPolicy.Retry.class);
    assertThat(neverLeft.reason()).isEqualTo("I/O failure");
  }

  @Test
  void aWriteWithAnIdempotencyKeyIsRetriedLikeARead() {
    assertThat(policy.decide(reply503(1, RetrySafety.IDEMPOTENCY_KEY))).isInstanceOf(AttemptPolicy.Retry.class);
    assertThat(policy.decide(ioFailure(false, RetrySafety.IDEMPOTENCY_KEY))).isInstanceOf(AttemptPolicy.Retry.class);
    assertThat(policy.decide(reply503(3, RetrySafety.IDEMPOTENCY_KEY)))
        .isEqualTo(new AttemptPolicy.Fail("attempts exhausted"));
  }

  @Test
  void aDelayReachingTheCallTimeoutEndsTheCall() {
    Duration wait = Duration.ofSeconds(10);
    long timeout = 2 * MINUTE;
    assertThat(policy.decide(outcome(1, 503, true, false, wait, false, false, false, RetrySafety.SAFE,
        timeout - wait.toNanos()))).isEqualTo(new AttemptPolicy.Fail("call timeout"));
    assertThat(policy.decide(outcome(1, 503, true, false, wait, false, false, false, RetrySafety.SAFE,
        timeout - wait.toNanos() - 1))).isEqualTo(new AttemptPolicy.Retry(wait, "retryable reply"));
  }

  @Test
  void noRetriesUnderRetryPolicyNoneButStillOneResign() {
    AttemptPolicy none = new AttemptPolicy(RetryPolicy.none(), MINUTE);
    assertThat(none.decide(reply503(1, RetrySafety.SAFE))).isEqualTo(new AttemptPolicy.Fail("attempts exhausted"));
    assertThat(none.decide(outcome(1, 403, false, false, null, false, true, false, RetrySafety.SAFE, 0)))
        .isEqualTo(new AttemptPolicy.Resign("clock skew"));
  }

  @Test
  void neverLeftIsOnlyAFailureToConnect() {
    assertThat(CallFailures.neverLeft(new java.net.ConnectException("Connection refused"))).isTrue();
    assertThat(CallFailures.neverLeft(new java.net.UnknownHostException("nowhere.invalid"))).isTrue();
    assertThat(CallFailures.neverLeft(new java.net.SocketTimeoutException("Connect timed out"))).isTrue();
    assertThat(CallFailures.neverLeft(new java.io.IOException("wrapped", new java.net.ConnectException()))).isTrue();
    assertThat(CallFailures.neverLeft(new java.net.SocketTimeoutException("Read timed out"))).isFalse();
    assertThat(CallFailures.neverLeft(new java.net.SocketTimeoutException("timeout"))).isFalse();
    assertThat(CallFailures.neverLeft(new java.io.EOFException("\\n not found: limit=0"))).isFalse();
    assertThat(CallFailures.neverLeft(new java.net.SocketException("Connection reset"))).isFalse();
  }
}
