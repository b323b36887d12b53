package dev.stacksets.benchmarks;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class FastInstantTest {
  @ParameterizedTest
  @ValueSource(strings = {"2023-05-15T17:39:25.210Z", "2023-05-15T17:39:25Z", "2024-02-29T00:00:00.1Z",
      "1970-01-01T00:00:00Z", "2023-12-31T23:59:59.123456789Z", "1969-07-20T20:17:40.5Z"})
  void agreesWithInstantParse(String text) {
    assertThat(FastInstant.parseOrNull(text)).isEqualTo(Instant.parse(text));
  }

  @ParameterizedTest
  @ValueSource(strings = {"2023-05-15T17:39:25.210+08:00", "2023-05-15 17:39:25Z", "2023-02-29T00:00:00Z",
      "2023-05-15T24:00:00Z", "2023-05-15T17:39:25.Z", "2023-05-15T17:39:25.1234567890Z", "x023-05-15T17:39:25Z",
      "2023-05-15T17:39:25"})
  void returnsNullForOtherShapes(String text) {
    assertThat(FastInstant.parseOrNull(text)).isNull();
  }

  @Test
  void lowerCaseT() {
    assertThat(FastInstant.parseOrNull("2023-05-15t17:39:25Z")).isEqualTo(Instant.parse("2023-05-15T17:39:25Z"));
  }
}
