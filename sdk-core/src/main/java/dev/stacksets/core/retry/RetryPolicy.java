package dev.stacksets.core.retry;

import java.time.Duration;
import java.util.Objects;
import java.util.concurrent.ThreadLocalRandom;
import org.jspecify.annotations.Nullable;

/**
 * How a client retries one logical call: how many attempts at most, and how long to wait between them (exponential
 * backoff with full jitter, a longer base after throttling, {@code Retry-After} honoured up to a cap). What is
 * retried is fixed: I/O failures, HTTP 429, 500, 502, 503, 504 and the throttling or transient error codes the
 * service declares; never any other 4xx.
 *
 * <p>Immutable and thread-safe.
 *
 * <pre>{@code
 * RetryPolicy p = RetryPolicy.builder().maxAttempts(5).baseDelay(Duration.ofMillis(200)).build();
 * RetryPolicy off = RetryPolicy.none();
 * }</pre>
 */
public final class RetryPolicy {
  private static final RetryPolicy DEFAULTS = builder().build();
  private static final RetryPolicy NONE = builder().maxAttempts(1).build();

  private final int maxAttempts;
  private final Duration baseDelay;
  private final Duration throttlingBaseDelay;
  private final Duration maxDelay;

  private RetryPolicy(Builder b) {
    this.maxAttempts = b.maxAttempts;
    this.baseDelay = b.baseDelay;
    this.throttlingBaseDelay = b.throttlingBaseDelay;
    this.maxDelay = b.maxDelay;
  }

  /** 3 attempts; 100 ms base, 1 s base after throttling, 20 s cap. */
  public static RetryPolicy defaults() {
    return DEFAULTS;
  }

  /** One attempt, no retries. */
  public static RetryPolicy none() {
    return NONE;
  }

  /** Returns a builder starting from the defaults. */
  public static Builder builder() {
    return new Builder();
  }

  /** Returns a builder holding this policy's values. */
  public Builder toBuilder() {
    return builder().maxAttempts(maxAttempts).baseDelay(baseDelay).throttlingBaseDelay(throttlingBaseDelay)
        .maxDelay(maxDelay);
  }

  /** Most attempts per logical call, the first one included. */
  public int maxAttempts() {
    return maxAttempts;
  }

  /** Backoff base after an ordinary retryable failure. */
  public Duration baseDelay() {
    return baseDelay;
  }

  /** Backoff base after throttling. */
  public Duration throttlingBaseDelay() {
    return throttlingBaseDelay;
  }

  /** Upper bound of any single wait, a server's {@code Retry-After} included. */
  public Duration maxDelay() {
    return maxDelay;
  }

  /**
   * How long to wait after the given failed attempt.
   *
   * @param failedAttempt the 1-based number of the attempt that just failed
   * @param throttled     whether that attempt was throttled
   * @param retryAfter    the server's {@code Retry-After}, or null
   * @return a delay in {@code [0, maxDelay]}: the capped {@code Retry-After} when given, otherwise a uniformly random
   *     delay up to {@code min(maxDelay, base * 2^(failedAttempt-1))}
   */
  public Duration delayBeforeNextAttempt(int failedAttempt, boolean throttled, @Nullable Duration retryAfter) {
    if (retryAfter != null) {
      return retryAfter.isNegative() ? Duration.ZERO : min(retryAfter, maxDelay);
    }
    Duration base = throttled ? throttlingBaseDelay : baseDelay;
    int shift = Math.min(Math.max(failedAttempt - 1, 0), 30);
    long ceilingNanos = Math.min(saturatedNanos(maxDelay), saturatedShift(saturatedNanos(base), shift));
    if (ceilingNanos <= 0) {
      return Duration.ZERO;
    }
    return Duration.ofNanos(ThreadLocalRandom.current().nextLong(ceilingNanos + 1));
  }

  private static long saturatedNanos(Duration d) {
    try {
      return d.toNanos();
    } catch (ArithmeticException tooLong) {
      return Long.MAX_VALUE;
    }
  }

  private static long saturatedShift(long value, int shift) {
    return value > (Long.MAX_VALUE >> shift) ? Long.MAX_VALUE : value << shift;
  }

  private static Duration min(Duration a, Duration b) {
    return a.compareTo(b) <= 0 ? a : b;
  }

  @Override
  public boolean equals(Object o) {
    if (this == o) {
      return true;
    }
    if (!(o instanceof RetryPolicy)) {
      return false;
    }
    RetryPolicy p = (RetryPolicy) o;
    return maxAttempts == p.maxAttempts && baseDelay.equals(p.baseDelay)
        && throttlingBaseDelay.equals(p.throttlingBaseDelay) && maxDelay.equals(p.maxDelay);
  }

  @Override
  public int hashCode() {
    return Objects.hash(maxAttempts, baseDelay, throttlingBaseDelay, maxDelay);
  }

  @Override
  public String toString() {
    return "RetryPolicy{maxAttempts=" + maxAttempts + ", baseDelay=" + baseDelay + ", throttlingBaseDelay="
        + throttlingBaseDelay + ", maxDelay=" + maxDelay + "}";
  }

  /** Mutable builder; not thread-safe. */
  public static final class Builder {
    private int maxAttempts = 3;
    private Duration baseDelay = Duration.ofMillis(100);
    private Duration throttlingBaseDelay = Duration.ofSeconds(1);
    private Duration maxDelay = Duration.ofSeconds(20);

    private Builder() {}

    /** Most attempts per call, at least 1. */
    public Builder maxAttempts(int maxAttempts) {
      if (maxAttempts < 1) {
        throw new IllegalArgumentException("maxAttempts must be >= 1: " + maxAttempts);
      }
      this.maxAttempts = maxAttempts;
      return this;
    }

    /** Backoff base for ordinary failures; not negative. */
    public Builder baseDelay(Duration baseDelay) {
      this.baseDelay = nonNegative(baseDelay, "baseDelay");
      return this;
    }

    /** Backoff base after throttling; not negative. */
    public Builder throttlingBaseDelay(Duration throttlingBaseDelay) {
      this.throttlingBaseDelay = nonNegative(throttlingBaseDelay, "throttlingBaseDelay");
      return this;
    }

    /** Cap on any single wait; not negative. */
    public Builder maxDelay(Duration maxDelay) {
      this.maxDelay = nonNegative(maxDelay, "maxDelay");
      return this;
    }

    private static Duration nonNegative(Duration d, String name) {
      if (d == null) {
        throw new IllegalArgumentException(name + " must not be null");
      }
      if (d.isNegative()) {
        throw new IllegalArgumentException(name + " must not be negative: " + d);
      }
      return d;
    }

    /** Builds the policy. */
    public RetryPolicy build() {
      return new RetryPolicy(this);
    }
  }
}
