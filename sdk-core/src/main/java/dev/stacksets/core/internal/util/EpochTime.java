package dev.stacksets.core.internal.util;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;

/**
 * Turns a server's numeric epoch time (any size, any scale, possibly negative or fractional) into an exact
 * {@link Instant}, or an {@link IllegalArgumentException} naming the field when the value is outside what an
 * {@code Instant} holds. The bound is checked before any arithmetic: the exponent is the server's, and scaling
 * {@code 1e99999999} would compute a 100-million-digit number. Stateless and thread-safe.
 */
public final class EpochTime {
  private static final BigDecimal NANOS_PER_SECOND = BigDecimal.valueOf(1_000_000_000L);
  /** Digits before the point of the largest epoch second an {@link Instant} holds ({@code 31556889864403199}). */
  private static final int MAX_INTEGER_DIGITS = 17;
  /** Digits after the point read at most: nanoseconds need 9; a server sending hundreds is not sending a time. */
  private static final int MAX_FRACTION_DIGITS = 64;

  private EpochTime() {}

  /**
   * Epoch seconds as an instant, truncated to nanoseconds (towards the past).
   *
   * @param seconds the value, not null
   * @param field   the wire name of the field, for the message
   * @throws IllegalArgumentException {@code "<field> is out of range for a timestamp (<value>)"}
   */
  public static Instant ofSeconds(BigDecimal seconds, String field) {
    if (seconds.signum() == 0) {
      return Instant.EPOCH; // whatever its scale: 0E-99999999 is zero too
    }
    long integerDigits = (long) seconds.precision() - seconds.scale();
    if (integerDigits > MAX_INTEGER_DIGITS || seconds.scale() > MAX_FRACTION_DIGITS) {
      throw outOfRange(seconds, field);
    }
    BigDecimal whole = seconds.setScale(0, RoundingMode.FLOOR);
    long epochSecond = whole.longValueExact(); // at most 17 digits: fits
    if (epochSecond < Instant.MIN.getEpochSecond() || epochSecond > Instant.MAX.getEpochSecond()) {
      throw outOfRange(seconds, field);
    }
    int nanos = seconds.subtract(whole).multiply(NANOS_PER_SECOND).setScale(0, RoundingMode.DOWN).intValueExact();
    return Instant.ofEpochSecond(epochSecond, nanos);
  }

  /**
   * Epoch milliseconds as an instant; the same rules as {@link #ofSeconds(BigDecimal, String)}.
   *
   * @throws IllegalArgumentException {@code "<field> is out of range for a timestamp (<value>)"}
   */
  public static Instant ofMillis(BigDecimal millis, String field) {
    return ofSeconds(millis.movePointLeft(3), field);
  }

  private static IllegalArgumentException outOfRange(BigDecimal value, String field) {
    return new IllegalArgumentException(field + " is out of range for a timestamp (" + abbreviate(value) + ")");
  }

  /** A bounded rendering of a number for a message: never the expansion of a huge exponent. */
  private static String abbreviate(BigDecimal value) {
    String unscaled = value.unscaledValue().toString();
    return (unscaled.length() > 20 ? unscaled.substring(0, 20) + "..." : unscaled) + "E" + (-(long) value.scale());
  }
}
