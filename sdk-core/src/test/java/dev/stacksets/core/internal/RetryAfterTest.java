package dev.stacksets.core.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class RetryAfterTest {
  private static final Instant NOW = Instant.parse("2015-10-21T07:28:00Z");

  @Test
  void deltaSeconds() {
    assertThat(RetryAfter.parse("0", NOW)).isZero();
    assertThat(RetryAfter.parse(" 120 ", NOW)).isEqualTo(Duration.ofSeconds(120));
  }

  @Test
  void httpDate() {
    assertThat(RetryAfter.parse("Wed, 21 Oct 2015 07:28:30 GMT", NOW)).isEqualTo(Duration.ofSeconds(30));
  }

  @Test
  void dateInThePastMeansNow() {
    assertThat(RetryAfter.parse("Wed, 21 Oct 2015 07:00:00 GMT", NOW)).isZero();
  }

  @Test
  void deltaTooLargeForALongIsTheLongestWaitLikeAFarFutureDate() {
    assertThat(RetryAfter.parse("99999999999999999999999", NOW)).isEqualTo(RetryAfter.LONGEST);
    assertThat(RetryAfter.parse("9223372036854775808", NOW)).isEqualTo(RetryAfter.LONGEST);
    assertThat(RetryAfter.parse("9223372036854775807", NOW)).isEqualTo(Duration.ofSeconds(Long.MAX_VALUE));
    assertThat(RetryAfter.parse("Fri, 31 Dec 9999 23:59:59 GMT", NOW)).isGreaterThan(Duration.ofDays(365L * 7000));
  }

  @Test
  void absentOrUnreadableIsNull() {
    assertThat(RetryAfter.parse(null, NOW)).isNull();
    assertThat(RetryAfter.parse("", NOW)).isNull();
    assertThat(RetryAfter.parse("soon", NOW)).isNull();
    assertThat(RetryAfter.parse("-5", NOW)).isNull();
    assertThat(RetryAfter.parse("1.5", NOW)).isNull();
    assertThat(RetryAfter.parse("\u0664\u0662", NOW)).isNull(); // non-ASCII digits are not delta-seconds
  }
}
