package dev.stacksets.core.internal;

import static org.assertj.core.api.Assertions.assertThat;

import dev.stacksets.core.exception.ServiceError;
import dev.stacksets.core.exception.ServiceException;
import dev.stacksets.core.http.SdkHttpResponse;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import okhttp3.Headers;
import org.junit.jupiter.api.Test;

class ClockSkewTest {
  private static final Instant LOCAL = Instant.parse("2024-05-01T10:00:00Z");
  private static final ServiceException SKEW_ERROR = new ServiceException(
      ServiceError.builder().statusCode(401).errorCode("Skewed").build());
  private static final ServiceException OTHER_ERROR = new ServiceException(
      ServiceError.builder().statusCode(401).errorCode("Other").build());

  private final ClockSkew skew = new ClockSkew(Clock.fixed(LOCAL, ZoneOffset.UTC),
      e -> "Skewed".equals(e.errorCode()));

  private static SdkHttpResponse dated(Instant serverTime) {
    return new SdkHttpResponse(401,
        Headers.of("Date", DateTimeFormatter.RFC_1123_DATE_TIME.format(serverTime.atOffset(ZoneOffset.UTC))), null);
  }

  @Test
  void startsWithoutOffset() {
    assertThat(skew.offset()).isZero();
    assertThat(skew.now()).isEqualTo(LOCAL);
  }

  @Test
  void learnsTheServerOffset() {
    assertThat(skew.learn(SKEW_ERROR, dated(LOCAL.minus(Duration.ofMinutes(20))), LOCAL)).isTrue();
    assertThat(skew.offset()).isEqualTo(Duration.ofMinutes(-20));
    assertThat(skew.now()).isEqualTo(LOCAL.minus(Duration.ofMinutes(20)));
  }

  @Test
  void ignoresOtherErrorsMissingOrBadDatesAndSmallDifferences() {
    assertThat(skew.learn(OTHER_ERROR, dated(LOCAL.plus(Duration.ofHours(1))), LOCAL)).isFalse();
    assertThat(skew.learn(SKEW_ERROR, new SdkHttpResponse(401, Headers.of(), null), LOCAL)).isFalse();
    assertThat(skew.learn(SKEW_ERROR, new SdkHttpResponse(401, Headers.of("Date", "yesterday"), null), LOCAL))
        .isFalse();
    assertThat(skew.learn(SKEW_ERROR, dated(LOCAL.plusSeconds(30)), LOCAL)).isFalse();
    assertThat(skew.offset()).isZero();
  }

  @Test
  void aRequestSignedBeforeAnotherThreadCorrectedTheClockIsStillRetried() {
    Instant server = LOCAL.plus(Duration.ofMinutes(10));
    assertThat(skew.learn(SKEW_ERROR, dated(server), LOCAL)).isTrue();
    // a second in-flight request signed with the old clock gets the same error: it must be retried too
    assertThat(skew.learn(SKEW_ERROR, dated(server), LOCAL)).isTrue();
    assertThat(skew.offset()).isEqualTo(Duration.ofMinutes(10));
    // a request signed with the corrected clock that still fails is not a skew problem
    assertThat(skew.learn(SKEW_ERROR, dated(server), server)).isFalse();
  }
}
