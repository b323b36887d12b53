package dev.stacksets.core.internal.util;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Objects;

/**
 * Reads the one timestamp shape both clouds send, {@code yyyy-MM-ddTHH:mm:ss[.f{1,9}]} followed by {@code Z} or an
 * offset {@code ±HH:MM}, without {@code java.time.format}: the JDK's parsers build a formatter context and a field
 * map for every value (in JDK 17 about 2 KB and a microsecond each), which made time parsing most of the cost of
 * reading a page of operations. Anything else (another shape, an impossible date, a leap second, a year past 9999)
 * returns null, and the caller falls back to the JDK's parser, so the result is always the JDK's.
 *
 * <p>Stateless and thread-safe.
 */
public final class IsoTime {
  private static final long SECONDS_PER_DAY = 86_400L;
  private static final int NOT_DIGITS = -100_000;

  private IsoTime() {}

  /**
   * The instant, or null when {@code s} is not exactly {@code yyyy-MM-ddTHH:mm:ss[.fraction](Z|±HH:MM)} with a
   * valid calendar date.
   */
  public static Instant parseOrNull(String s) {
    if (s.length() < 20) {
      return null;
    }
    // a char above 0xFF (a surrogate pair: one) becomes '?', which no position accepts
    byte[] b = s.getBytes(StandardCharsets.ISO_8859_1);
    return parseOrNull(b, 0, b.length);
  }

  /**
   * As {@link #parseOrNull(String)}, for the {@code length} Latin-1 (or ASCII) bytes from {@code from} in
   * {@code b}: a reply's bytes, read without making a {@code String} of them.
   *
   * @throws IndexOutOfBoundsException when the range is not inside {@code b}
   */
  public static Instant parseOrNull(byte[] b, int from, int length) {
    Objects.checkFromIndexSize(from, length, b.length);
    int n = from + length;
    int s = from;
    if (length < 20 || b[s + 4] != '-' || b[s + 7] != '-' || b[s + 10] != 'T' || b[s + 13] != ':'
        || b[s + 16] != ':') {
      return null;
    }
    int year = two(b, s) * 100 + two(b, s + 2);
    int month = two(b, s + 5);
    int day = two(b, s + 8);
    int hour = two(b, s + 11);
    int minute = two(b, s + 14);
    int second = two(b, s + 17);
    if ((year | month | day | hour | minute | second) < 0 || month < 1 || month > 12 || day < 1
        || day > daysInMonth(year, month) || hour > 23 || minute > 59 || second > 59) {
      return null;
    }
    int i = s + 19;
    int nanos = 0;
    if (b[i] == '.') {
      int start = ++i;
      while (i < n && isDigit(b[i])) {
        i++;
      }
      int count = i - start;
      if (count < 1 || count > 9) {
        return null;
      }
      nanos = digits(b, start, count);
      for (int k = count; k < 9; k++) {
        nanos *= 10;
      }
    }
    int offsetSeconds;
    if (i == n - 1 && b[i] == 'Z') {
      offsetSeconds = 0;
    } else if (i == n - 6 && (b[i] == '+' || b[i] == '-') && b[i + 3] == ':') {
      int oh = two(b, i + 1);
      int om = two(b, i + 4);
      if ((oh | om) < 0 || oh > 17 || om > 59) {
        return null;
      }
      offsetSeconds = (oh * 3_600 + om * 60) * (b[i] == '-' ? -1 : 1);
    } else {
      return null;
    }
    long epochSecond = epochDay(year, month, day) * SECONDS_PER_DAY + hour * 3_600L + minute * 60L + second
        - offsetSeconds;
    return Instant.ofEpochSecond(epochSecond, nanos);
  }

  /**
   * {@code yyyyMMdd'T'HHmmss'Z'} in UTC, the date both signing algorithms sign, written without
   * {@code java.time.format} (whose pattern compiler and printer are a per-call cost and several dozen classes to load
   * at start-up). Years outside 1 to 9999 are left to the JDK's formatter (its {@code yyyy} is the year of the
   * era).
   */
  public static String basicUtc(Instant time) {
    long epochSecond = time.getEpochSecond();
    long epochDay = Math.floorDiv(epochSecond, SECONDS_PER_DAY);
    int secondOfDay = (int) Math.floorMod(epochSecond, SECONDS_PER_DAY);
    // the inverse of epochDay(): a civil date from a day count, counting from 1 March
    long z = epochDay + 719_468L;
    long era = Math.floorDiv(z, 146_097L);
    int dayOfEra = (int) (z - era * 146_097L);
    int yearOfEra = (dayOfEra - dayOfEra / 1_460 + dayOfEra / 36_524 - dayOfEra / 146_096) / 365;
    int dayOfYear = dayOfEra - (365 * yearOfEra + yearOfEra / 4 - yearOfEra / 100);
    int shiftedMonth = (5 * dayOfYear + 2) / 153;
    int day = dayOfYear - (153 * shiftedMonth + 2) / 5 + 1;
    int month = shiftedMonth < 10 ? shiftedMonth + 3 : shiftedMonth - 9;
    long year = yearOfEra + era * 400 + (month <= 2 ? 1 : 0);
    if (year < 1 || year > 9999) {
      return java.time.format.DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'", java.util.Locale.ROOT)
          .withZone(java.time.ZoneOffset.UTC).format(time);
    }
    char[] out = new char[16];
    put(out, 0, (int) year, 4);
    put(out, 4, month, 2);
    put(out, 6, day, 2);
    out[8] = 'T';
    put(out, 9, secondOfDay / 3_600, 2);
    put(out, 11, secondOfDay / 60 % 60, 2);
    put(out, 13, secondOfDay % 60, 2);
    out[15] = 'Z';
    return new String(out);
  }

  private static void put(char[] out, int at, int value, int width) {
    for (int i = at + width - 1; i >= at; i--) {
      out[i] = (char) ('0' + value % 10);
      value /= 10;
    }
  }

  /** Days since 1970-01-01 of a proleptic Gregorian date (year 0 to 9999). */
  static long epochDay(int year, int month, int day) {
    // count from 1 March so that the leap day is the last day of the year
    int y = month <= 2 ? year - 1 : year;
    int era = Math.floorDiv(y, 400);
    int yearOfEra = y - era * 400;
    int shiftedMonth = month > 2 ? month - 3 : month + 9;
    int dayOfYear = (153 * shiftedMonth + 2) / 5 + day - 1;
    int dayOfEra = yearOfEra * 365 + yearOfEra / 4 - yearOfEra / 100 + dayOfYear;
    return era * 146_097L + dayOfEra - 719_468L;
  }

  private static int daysInMonth(int year, int month) {
    return switch (month) {
      case 2 -> (year % 4 == 0 && (year % 100 != 0 || year % 400 == 0)) ? 29 : 28;
      case 4, 6, 9, 11 -> 30;
      default -> 31;
    };
  }

  private static boolean isDigit(byte c) {
    return c >= '0' && c <= '9';
  }

  /**
   * The value of the two ASCII digits at {@code at}, or {@value #NOT_DIGITS} when one is not a digit: negative
   * also as either half of a year ({@code hi * 100 + lo} is below 0 when either is {@value #NOT_DIGITS}).
   */
  private static int two(byte[] b, int at) {
    int tens = b[at] - '0';
    int ones = b[at + 1] - '0';
    if (tens < 0 || tens > 9 || ones < 0 || ones > 9) {
      return NOT_DIGITS;
    }
    return tens * 10 + ones;
  }

  /** The decimal value of {@code count} ASCII digits from {@code from}, or -1 when one is not a digit. */
  private static int digits(byte[] b, int from, int count) {
    int v = 0;
    for (int i = from; i < from + count; i++) {
      byte c = b[i];
      if (!isDigit(c)) {
        return -1;
      }
      v = v * 10 + (c - '0');
    }
    return v;
  }
}
