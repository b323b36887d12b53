package dev.stacksets.core.internal;

import dev.stacksets.core.exception.ServiceException;
import dev.stacksets.core.http.SdkHttpResponse;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Predicate;

/**
 * The client's learned offset from server time. When a service rejects a request for its timestamp and its
 * {@code Date} header is more than a minute from the time that request was signed at, the difference between the
 * server's time and the local clock becomes the new offset and every later signature of this client uses it.
 * Thread-safe.
 */
final class ClockSkew {
  private static final Duration THRESHOLD = Duration.ofMinutes(1);

  private final Clock clock;
  private final Predicate<ServiceException> isSkewError;
  private final AtomicLong offsetMillis = new AtomicLong();

  ClockSkew(Clock clock, Predicate<ServiceException> isSkewError) {
    this.clock = clock;
    this.isSkewError = isSkewError;
  }

  /** Now, as the server sees it. */
  Instant now() {
    return clock.instant().plusMillis(offsetMillis.get());
  }

  /** The current offset (server minus local). */
  Duration offset() {
    return Duration.ofMillis(offsetMillis.get());
  }

  /**
   * Learns the offset from a skew error's {@code Date} header. True when the rejected attempt was signed more than the
   * threshold away from the server's time, so that signing again with the (now) corrected clock may help; this holds
   * even when another call corrected the offset while this one was in flight.
   *
   * @param error    the mapped error of the attempt
   * @param response its response (for the {@code Date} header)
   * @param signedAt the signing time that attempt used
   */
  boolean learn(ServiceException error, SdkHttpResponse response, Instant signedAt) {
    if (!isSkewError.test(error)) {
      return false;
    }
    Instant serverTime = parseDate(response.header("Date"));
    if (serverTime == null || Duration.between(signedAt, serverTime).abs().compareTo(THRESHOLD) < 0) {
      return false;
    }
    offsetMillis.set(Duration.between(clock.instant(), serverTime).toMillis());
    return true;
  }

  private static Instant parseDate(String value) {
    if (value == null) {
      return null;
    }
    try {
      return ZonedDateTime.parse(value.trim(), DateTimeFormatter.RFC_1123_DATE_TIME).toInstant();
    } catch (DateTimeParseException e) {
      return null;
    }
  }
}
