package dev.stacksets.core.internal;

import java.time.Duration;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;

/**
 * Reads a {@code Retry-After} header: delta-seconds or an HTTP date. A wait too long for any clock (delta-seconds
 * beyond a {@code long}) reads as {@link #LONGEST}, like a far-future date, so the retry policy caps it the same way.
 */
final class RetryAfter {
  /** The longest wait a {@link Duration} holds; what a delta too large to read stands for. */
  static final Duration LONGEST = Duration.ofSeconds(Long.MAX_VALUE, 999_999_999);

  private RetryAfter() {}

  /** The wait the header asks for, or null when absent or unreadable; never negative. */
  static Duration parse(String value, Instant now) {
    if (value == null || value.isBlank()) {
      return null;
    }
    String v = value.trim();
    if (v.chars().allMatch(c -> c >= '0' && c <= '9')) {
      try {
        return Duration.ofSeconds(Long.parseLong(v));
      } catch (NumberFormatException tooLarge) {
        return LONGEST; // only digits, so only too large to parse: as long as can be, which the policy caps
      }
    }
    try {
      Instant at = ZonedDateTime.parse(v, DateTimeFormatter.RFC_1123_DATE_TIME).toInstant();
      Duration d = Duration.between(now, at);
      return d.isNegative() ? Duration.ZERO : d;
    } catch (DateTimeParseException e) {
      return null;
    }
  }
}
