package dev.stacksets.benchmarks;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;

/**
 * A prototype, for the optimisation report only (not used by the SDK): parses the one shape RFS sends,
 * {@code yyyy-MM-ddTHH:mm:ss[.f{1,9}]Z}, without {@code DateTimeFormatter}, and returns null for anything else so the
 * caller can fall back to {@link Instant#parse}. {@link IngredientBenchmarks} compares it with {@code Instant.parse}
 * (which in JDK 17 builds a new formatter and a {@code Parsed} map on every call).
 *
 * <p>Stateless and thread-safe.
 */
public final class FastInstant {
  private FastInstant() {}

  /** The instant, or null when {@code s} is not exactly {@code yyyy-MM-ddTHH:mm:ss[.fraction]Z} (UTC). */
  public static Instant parseOrNull(String s) {
    int n = s.length();
    if (n < 20 || s.charAt(4) != '-' || s.charAt(7) != '-' || (s.charAt(10) != 'T' && s.charAt(10) != 't')
        || s.charAt(13) != ':' || s.charAt(16) != ':' || s.charAt(n - 1) != 'Z') {
      return null;
    }
    int year = digits(s, 0, 4);
    int month = digits(s, 5, 2);
    int day = digits(s, 8, 2);
    int hour = digits(s, 11, 2);
    int minute = digits(s, 14, 2);
    int second = digits(s, 17, 2);
    if ((year | month | day | hour | minute | second) < 0 || hour > 23 || minute > 59 || second > 59) {
      return null;
    }
    int nanos = 0;
    if (n > 20) {
      int fractionDigits = n - 21;
      if (s.charAt(19) != '.' || fractionDigits < 1 || fractionDigits > 9) {
        return null;
      }
      int f = digits(s, 20, fractionDigits);
      if (f < 0) {
        return null;
      }
      for (int i = fractionDigits; i < 9; i++) {
        f *= 10;
      }
      nanos = f;
    }
    long epochDay;
    try {
      epochDay = LocalDate.of(year, month, day).toEpochDay();
    } catch (DateTimeException e) {
      return null;
    }
    return Instant.ofEpochSecond(epochDay * 86_400L + hour * 3_600L + minute * 60L + second, nanos);
  }

  private static int digits(String s, int from, int count) {
    int v = 0;
    for (int i = from; i < from + count; i++) {
      char c = s.charAt(i);
      if (c < '0' || c > '9') {
        return -1;
      }
      v = v * 10 + (c - '0');
    }
    return v;
  }
}
