package dev.stacksets.emulator.internal;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/** Wire time formats. */
public final class Times {
  private static final DateTimeFormatter MILLIS_UTC =
      DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss.SSS'Z'", Locale.ROOT).withZone(ZoneOffset.UTC);

  private Times() {}

  /** {@code 2023-05-15T17:39:25.210Z}: RFS times and CloudFormation XML timestamps. */
  public static String iso(Instant t) {
    return MILLIS_UTC.format(t);
  }

  /** Epoch seconds with millisecond fraction, e.g. {@code 1684172365.210}: AWS JSON 1.1 timestamps. */
  public static BigDecimal epochSeconds(Instant t) {
    return BigDecimal.valueOf(t.toEpochMilli(), 3);
  }
}
