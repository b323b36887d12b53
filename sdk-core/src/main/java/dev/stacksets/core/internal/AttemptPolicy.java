package dev.stacksets.core.internal;

import dev.stacksets.core.retry.RetryPolicy;
import java.time.Duration;
import org.jspecify.annotations.Nullable;

/**
 * The attempt policy: after a failed attempt, decides whether the call fails, retries after a delay, or is signed
 * again at once with the corrected clock. Pure: it reads only its inputs (no clock, no I/O, no sleeping; the one
 * source of chance is the jitter of {@link RetryPolicy#delayBeforeNextAttempt}), so both drivers share it and it is
 * tested without a server.
 *
 * <p>The rules, in order:
 *
 * <ol>
 *   <li>a clock-skew rejection, when no correction was used in this call yet: {@link Resign} ("clock skew"), on top
 *       of the policy's attempt count and whatever the operation's retry safety (the service rejected the timestamp,
 *       so nothing ran);</li>
 *   <li>a failure that is not retryable (any 4xx other than 429 and the service's throttling or transient codes, an
 *       unreadable reply, an interruption, a timed-out call): {@link Fail} ("not retryable");</li>
 *   <li>the attempt was the last one ({@code maxAttempts}, plus one when a skew correction was used): {@link Fail}
 *       ("attempts exhausted");</li>
 *   <li>an {@link RetrySafety#UNSAFE} operation, unless the request provably never left (connection refused, unknown
 *       host, connect timeout): {@link Fail} ("unsafe to repeat"); {@link RetrySafety#SAFE} and
 *       {@link RetrySafety#IDEMPOTENCY_KEY} go on;</li>
 *   <li>the delay ({@code Retry-After} capped, or full-jitter backoff with the throttling base after throttling)
 *       would reach the call timeout: {@link Fail} ("call timeout"; the call ends with the real failure);</li>
 *   <li>otherwise {@link Retry} after that delay ("throttled", "I/O failure" or "retryable reply").</li>
 * </ol>
 *
 * <p>Immutable and thread-safe.
 */
final class AttemptPolicy {
  private final RetryPolicy retryPolicy;
  private final long callTimeoutNanos;

  AttemptPolicy(RetryPolicy retryPolicy, long callTimeoutNanos) {
    this.retryPolicy = retryPolicy;
    this.callTimeoutNanos = callTimeoutNanos;
  }

  /** The most attempts a call may make: the policy's, plus one once a skew correction was used. */
  int attemptLimit(boolean skewCorrectionUsed) {
    return retryPolicy.maxAttempts() + (skewCorrectionUsed ? 1 : 0);
  }

  /** Decides what follows a failed attempt. */
  Decision decide(Outcome o) {
    if (o.skewRejected() && !o.skewCorrectionUsed()) {
      return new Resign("clock skew");
    }
    if (!o.retryable()) {
      return new Fail("not retryable");
    }
    if (o.attempt() >= attemptLimit(o.skewCorrectionUsed())) {
      return new Fail("attempts exhausted");
    }
    if (o.safety() == RetrySafety.UNSAFE && !o.neverLeft()) {
      return new Fail("unsafe to repeat");
    }
    Duration delay = retryPolicy.delayBeforeNextAttempt(o.attempt(), o.throttling(), o.retryAfter());
    if (saturatedNanos(delay) >= callTimeoutNanos - o.elapsedNanos()) {
      return new Fail("call timeout");
    }
    String reason = o.throttling() ? "throttled" : o.statusCode() == 0 ? "I/O failure" : "retryable reply";
    return new Retry(delay, reason);
  }

  static long saturatedNanos(Duration d) {
    try {
      return d.toNanos();
    } catch (ArithmeticException tooLong) {
      return d.isNegative() ? Long.MIN_VALUE : Long.MAX_VALUE;
    }
  }

  /**
   * What a failed attempt came to, as the policy needs it.
   *
   * @param attempt            1-based number of the attempt that failed
   * @param statusCode         the reply's HTTP status, or 0 for an I/O failure (no reply)
   * @param retryable          whether the failure is of a retryable kind (status, code, I/O)
   * @param throttling         whether the service throttled the attempt
   * @param retryAfter         the reply's {@code Retry-After}, or null
   * @param neverLeft          for an I/O failure: the request provably never left (no connection was made)
   * @param skewRejected       the reply rejected the timestamp and showed the correct time
   * @param skewCorrectionUsed a re-sign after a skew rejection already happened in this call
   * @param safety             the operation's retry safety
   * @param elapsedNanos       time since the call started
   */
  record Outcome(int attempt, int statusCode, boolean retryable, boolean throttling, @Nullable Duration retryAfter,
      boolean neverLeft, boolean skewRejected, boolean skewCorrectionUsed, RetrySafety safety, long elapsedNanos) {}

  /** What follows a failed attempt. */
  sealed interface Decision permits Fail, Retry, Resign {
    /** Why, in a few fixed words. */
    String reason();
  }

  /** The call fails with the attempt's failure. */
  record Fail(String reason) implements Decision {}

  /** Another attempt after {@code delay}. */
  record Retry(Duration delay, String reason) implements Decision {}

  /** Another attempt at once, signed with the corrected clock. */
  record Resign(String reason) implements Decision {}
}
