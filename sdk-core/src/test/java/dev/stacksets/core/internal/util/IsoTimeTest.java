package dev.stacksets.core.internal.util;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.LongRange;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class IsoTimeTest {
  /** Seconds always written ({@code OffsetDateTime.toString()} leaves out zero seconds, a shape not sent). */
  private static final DateTimeFormatter JDK_BASIC =
      DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'", java.util.Locale.ROOT).withZone(ZoneOffset.UTC);
  private static final DateTimeFormatter WITH_SECONDS = DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ss.SSSXXX");

  @Property(tries = 2000)
  void everyInstantAsJavaWritesItIsReadBackExactly(
      @ForAll @LongRange(min = -62_167_219_200L, max = 253_402_300_799L) long epochSecond,
      @ForAll @IntRange(min = 0, max = 999_999_999) int nanos) {
    Instant t = Instant.ofEpochSecond(epochSecond, nanos);
    assertThat(IsoTime.parseOrNull(t.toString())).isEqualTo(t);
  }

  @Property(tries = 2000)
  void withAnOffsetItAgreesWithTheJdk(
      @ForAll @LongRange(min = 0, max = 253_402_214_400L) long epochSecond,
      @ForAll @IntRange(min = -17 * 3600, max = 17 * 3600) int offsetSeconds,
      @ForAll @IntRange(min = 0, max = 999) int millis) {
    ZoneOffset offset = ZoneOffset.ofTotalSeconds(offsetSeconds / 60 * 60);
    String text = OffsetDateTime.ofInstant(Instant.ofEpochSecond(epochSecond, millis * 1_000_000L), offset)
        .format(WITH_SECONDS);
    assertThat(IsoTime.parseOrNull(text)).isEqualTo(OffsetDateTime.parse(text).toInstant());
  }

  /** Whatever it reads, it reads as the JDK does; whatever the JDK refuses, it does not read. */
  @Property(tries = 5000)
  void nearMissesAreEitherTheJdksAnswerOrLeftToTheJdk(@ForAll("nearMisses") String text) {
    Instant fast = IsoTime.parseOrNull(text);
    Instant jdk;
    try {
      jdk = OffsetDateTime.parse(text).toInstant();
    } catch (DateTimeParseException e) {
      jdk = null;
    }
    if (fast != null) {
      assertThat(fast).as(text).isEqualTo(jdk);
    }
  }

  @Provide
  Arbitrary<String> nearMisses() {
    Arbitrary<String> two = Arbitraries.strings().withChars("0123456789x").ofLength(2);
    Arbitrary<String> year = Arbitraries.strings().withChars("0123456789").ofLength(4);
    Arbitrary<String> fraction = Arbitraries.strings().withChars("0123456789").ofMinLength(0).ofMaxLength(11)
        .map(f -> f.isEmpty() ? "" : "." + f);
    Arbitrary<String> zone = Arbitraries.of("Z", "z", "+01:00", "-05:30", "+18:00", "-18:00", "+19:00", "+01",
        "+0100", "", "Z ", "+01:60", "-00:00");
    return Combinators.combine(year, two, two, two, two, two, fraction, zone)
        .as((y, mo, d, h, mi, s, f, z) -> y + "-" + mo + "-" + d + "T" + h + ":" + mi + ":" + s + f + z);
  }

  @ParameterizedTest
  @ValueSource(strings = {"2023-02-29T00:00:00Z", "2023-04-31T00:00:00Z", "2023-13-01T00:00:00Z",
      "2023-00-01T00:00:00Z", "2023-01-00T00:00:00Z", "2023-01-01T24:00:00Z", "2023-01-01T23:60:00Z",
      "2016-12-31T23:59:60Z", "2023-01-01T00:00:00.Z", "2023-01-01T00:00:00.1234567890Z", "2023-01-01T00:00:00",
      "2023-01-01 00:00:00Z", "+12023-01-01T00:00:00Z", "2023-01-01T00:00:00+01", "2023-01-01T00:00:00+18:00",
      "2023-01-01t00:00:00Z", "2023-01-01T00:00:00z", "２０２３-01-01T00:00:00Z", "", "x023-01-01T00:00:00Z",
      "2x23-01-01T00:00:00Z", "20x3-01-01T00:00:00Z", "202x-01-01T00:00:00Z", "/023-01-01T00:00:00Z"})
  void leavesEveryOtherShapeToTheJdk(String text) {
    assertThat(IsoTime.parseOrNull(text)).isNull();
  }

  @ParameterizedTest
  @ValueSource(strings = {"2024-02-29T12:00:00Z", "2000-02-29T00:00:00Z", "1900-02-28T23:59:59.999999999Z",
      "0000-01-01T00:00:00Z", "9999-12-31T23:59:59Z", "1970-01-01T00:00:00.1Z", "2023-05-15T17:39:25.123+05:30",
      "2023-05-15T17:39:25-00:00"})
  void readsTheEdgesOfTheCalendarAsTheJdkDoes(String text) {
    assertThat(IsoTime.parseOrNull(text)).isEqualTo(OffsetDateTime.parse(text).toInstant());
  }

  /** The byte-range reader (a reply's bytes) answers as the String reader, whatever surrounds the range. */
  @Property(tries = 3000)
  void aRangeOfBytesReadsAsItsText(@ForAll("nearMisses") String text, @ForAll("fill") String before,
      @ForAll("fill") String after) {
    byte[] body = (before + text + after).getBytes(StandardCharsets.ISO_8859_1);
    assertThat(IsoTime.parseOrNull(body, before.length(), text.length())).as(text)
        .isEqualTo(IsoTime.parseOrNull(text));
  }

  @Provide
  Arbitrary<String> fill() {
    return Arbitraries.strings().withChars("0123456789:-.TZ+\" ,").ofMaxLength(8);
  }

  @Test
  void aRangeOutsideTheArrayIsRefusedByName() {
    byte[] b = "2023-05-15T17:39:25Z".getBytes(StandardCharsets.ISO_8859_1);
    assertThatThrownBy(() -> IsoTime.parseOrNull(b, 1, 20)).isInstanceOf(IndexOutOfBoundsException.class)
        .hasMessageContaining("Range [1, 1 + 20) out of bounds for length 20");
    assertThatThrownBy(() -> IsoTime.parseOrNull(b, -1, 20)).isInstanceOf(IndexOutOfBoundsException.class);
  }

  @Test
  void aRangeIsReadAloneAndSoIsAValidTimeInsideIt() {
    byte[] body = "{\"t\":\"2023-05-15T17:39:25.210Z\",\"u\":\"2023-05-15T17:39:25Z9\"}"
        .getBytes(StandardCharsets.ISO_8859_1);
    assertThat(IsoTime.parseOrNull(body, 6, 24)).isEqualTo(Instant.parse("2023-05-15T17:39:25.210Z"));
    assertThat(IsoTime.parseOrNull(body, 6, 23)).isNull(); // "...25.210" without its zone
    assertThat(IsoTime.parseOrNull(body, 37, 20)).isEqualTo(Instant.parse("2023-05-15T17:39:25Z"));
    assertThat(IsoTime.parseOrNull(body, 37, 21)).isNull(); // "...Z9"
  }

  @ParameterizedTest
  @ValueSource(strings = {"2023-01-01T00:00:00Z\uD83D\uDE00", "\uD83D\uDE002023-01-01T00:00:00Z",
      "2023-01-01T00:00:00.1\uD83D\uDE00Z", "2023-01-01T00:00:00\u0100Z", "2023-01-01T00:00:00+01:0\u00B9",
      // chars whose low byte is a digit or separator: '2' (0x32), '-' (0x2D), 'Z' (0x5A), ':' (0x3A)
      "\u0132023-01-01T00:00:00Z", "2023\u012D01-01T00:00:00Z", "2023-01-01T00:00:00\u015A",
      "2023-01-01T00\u013A00:00Z"})
  void charsBeyondAsciiAreNeverDigitsOrSeparators(String text) {
    assertThat(IsoTime.parseOrNull(text)).isNull();
  }

  @Property(tries = 1000)
  void epochDayIsTheJdks(@ForAll @IntRange(min = 0, max = 9999) int year, @ForAll @IntRange(min = 1, max = 12)
      int month, @ForAll @IntRange(min = 1, max = 28) int day) {
    assertThat(IsoTime.epochDay(year, month, day)).isEqualTo(LocalDate.of(year, month, day).toEpochDay());
  }

  @Property(tries = 3000)
  void theBasicFormIsTheJdksPattern(@ForAll @LongRange(min = -62_167_219_200L, max = 253_402_300_799L)
      long epochSecond, @ForAll @IntRange(min = 0, max = 999_999_999) int nanos) {
    Instant t = Instant.ofEpochSecond(epochSecond, nanos);
    assertThat(IsoTime.basicUtc(t)).isEqualTo(JDK_BASIC.format(t));
  }

  @ParameterizedTest
  @ValueSource(strings = {"1970-01-01T00:00:00Z", "2024-02-29T23:59:59.999Z", "2000-03-01T00:00:00Z",
      "1969-12-31T23:59:59Z", "0000-01-01T00:00:00Z", "9999-12-31T23:59:59Z", "-0001-12-31T23:59:59Z",
      "+10000-01-01T00:00:00Z"})
  void theBasicFormAtTheEdgesIsTheJdks(String text) {
    Instant t = Instant.parse(text);
    assertThat(IsoTime.basicUtc(t)).isEqualTo(JDK_BASIC.format(t));
  }
}
