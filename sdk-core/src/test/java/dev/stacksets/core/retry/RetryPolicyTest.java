package dev.stacksets.core.retry;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class RetryPolicyTest {

  @Test
  void defaults() {
    RetryPolicy p = RetryPolicy.defaults();
    assertThat(p.maxAttempts()).isEqualTo(3);
    assertThat(p.baseDelay()).isEqualTo(Duration.ofMillis(100));
    assertThat(p.throttlingBaseDelay()).isGreaterThan(p.baseDelay());
    assertThat(p.maxDelay()).isEqualTo(Duration.ofSeconds(20));
    assertThat(RetryPolicy.builder().build()).isEqualTo(p).hasSameHashCodeAs(p);
  }

  @Test
  void noneMakesOneAttempt() {
    assertThat(RetryPolicy.none().maxAttempts()).isEqualTo(1);
  }

  @Test
  void fullJitterStaysWithinTheExponentialCeiling() {
    RetryPolicy p = RetryPolicy.builder().baseDelay(Duration.ofMillis(100)).maxDelay(Duration.ofSeconds(1)).build();
    long[] ceilingsMillis = {100, 200, 400, 800, 1000, 1000, 1000};
    for (int attempt = 1; attempt <= ceilingsMillis.length; attempt++) {
      Duration ceiling = Duration.ofMillis(ceilingsMillis[attempt - 1]);
      Duration max = Duration.ZERO;
      for (int i = 0; i < 2000; i++) {
        Duration d = p.delayBeforeNextAttempt(attempt, false, null);
        assertThat(d).isBetween(Duration.ZERO, ceiling);
        max = d.compareTo(max) > 0 ? d : max;
      }
      // it is jitter over the whole range, not a fixed value
      assertThat(max).isGreaterThan(ceiling.dividedBy(2));
    }
  }

  @Test
  void throttlingUsesTheThrottlingBase() {
    RetryPolicy p = RetryPolicy.builder().baseDelay(Duration.ofMillis(10))
        .throttlingBaseDelay(Duration.ofSeconds(2)).maxDelay(Duration.ofSeconds(20)).build();
    Duration max = Duration.ZERO;
    for (int i = 0; i < 2000; i++) {
      Duration d = p.delayBeforeNextAttempt(2, true, null);
      assertThat(d).isBetween(Duration.ZERO, Duration.ofSeconds(4));
      max = d.compareTo(max) > 0 ? d : max;
    }
    assertThat(max).isGreaterThan(Duration.ofMillis(20));
  }

  @Test
  void hugeAttemptNumbersDoNotOverflow() {
    RetryPolicy p = RetryPolicy.defaults();
    for (int attempt : new int[] {31, 64, 1000, Integer.MAX_VALUE}) {
      assertThat(p.delayBeforeNextAttempt(attempt, true, null)).isBetween(Duration.ZERO, p.maxDelay());
    }
    RetryPolicy huge = RetryPolicy.builder().baseDelay(Duration.ofDays(365 * 100)).maxDelay(Duration.ofDays(365 * 200))
        .build();
    assertThat(huge.delayBeforeNextAttempt(40, false, null)).isBetween(Duration.ZERO, huge.maxDelay());
  }

  @Test
  void retryAfterIsUsedAsIsUpToTheCap() {
    RetryPolicy p = RetryPolicy.builder().maxDelay(Duration.ofSeconds(10)).build();
    assertThat(p.delayBeforeNextAttempt(1, true, Duration.ofSeconds(3))).isEqualTo(Duration.ofSeconds(3));
    assertThat(p.delayBeforeNextAttempt(1, true, Duration.ofHours(1))).isEqualTo(Duration.ofSeconds(10));
    assertThat(p.delayBeforeNextAttempt(1, false, Duration.ofSeconds(-1))).isZero();
    assertThat(p.delayBeforeNextAttempt(1, false, Duration.ZERO)).isZero();
  }

  @Test
  void zeroDelaysAreAllowed() {
    RetryPolicy p = RetryPolicy.builder().baseDelay(Duration.ZERO).throttlingBaseDelay(Duration.ZERO).build();
    assertThat(p.delayBeforeNextAttempt(3, false, null)).isZero();
    assertThat(p.delayBeforeNextAttempt(3, true, null)).isZero();
  }

  @Test
  void builderValidates() {
    assertThatThrownBy(() -> RetryPolicy.builder().maxAttempts(0)).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("maxAttempts");
    assertThatThrownBy(() -> RetryPolicy.builder().baseDelay(Duration.ofMillis(-1)))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("baseDelay");
    assertThatThrownBy(() -> RetryPolicy.builder().maxDelay(null)).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("maxDelay");
  }

  @Test
  void toBuilderRoundTrips() {
    RetryPolicy p = RetryPolicy.builder().maxAttempts(7).baseDelay(Duration.ofMillis(5))
        .throttlingBaseDelay(Duration.ofMillis(50)).maxDelay(Duration.ofSeconds(3)).build();
    assertThat(p.toBuilder().build()).isEqualTo(p);
    assertThat(p.toString()).contains("maxAttempts=7");
  }
}
