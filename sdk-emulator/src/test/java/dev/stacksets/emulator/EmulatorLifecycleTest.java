package dev.stacksets.emulator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

class EmulatorLifecycleTest {
  @Test
  void startsOnLoopbackAndClosesIdempotently() {
    StackSetEmulator e = StackSetEmulator.start();
    assertThat(e.endpoint().toString()).isEqualTo("http://127.0.0.1:" + e.port());
    assertThat(e.rfsEndpoint()).isEqualTo(e.endpoint());
    assertThat(e.cloudFormationEndpoint()).isEqualTo(e.endpoint());
    assertThat(e.configEndpoint()).isEqualTo(e.endpoint());
    assertThat(e.region()).isEqualTo("us-east-1");
    assertThat(e.rfsRegion()).isEqualTo("cn-north-4");
    assertThat(e.toString()).contains("EMULATORACCESSKEY").doesNotContain(StackSetEmulator.DEFAULT_SECRET_ACCESS_KEY);
    assertThat(new Wire(e).rfs("/v1/stack-sets").status()).isEqualTo(200);
    e.close();
    e.close();
    assertThat(e.isRunning()).isFalse();
    assertThatThrownBy(() -> new Wire(e).rfs("/v1/stack-sets")).isInstanceOf(UncheckedIOException.class);
  }

  @Test
  void aGivenPortIsUsedAndABusyPortIsAClearError() throws Exception {
    int port;
    try (ServerSocket s = new ServerSocket(0)) {
      port = s.getLocalPort();
    }
    try (StackSetEmulator e = StackSetEmulator.builder().port(port).seedData(false).start()) {
      assertThat(e.port()).isEqualTo(port);
      assertThatThrownBy(() -> StackSetEmulator.builder().port(port).seedData(false).start())
          .isInstanceOf(UncheckedIOException.class).hasMessageContaining("127.0.0.1:" + port);
    }
  }

  @Test
  void timeRunsAtTheConfiguredSpeedFromTheConfiguredStart() {
    Instant start = Instant.parse("2024-05-01T00:00:00Z");
    MutableClock wall = new MutableClock(Instant.parse("2030-01-01T00:00:00Z"));
    try (StackSetEmulator e = StackSetEmulator.builder().clock(wall).clockSkewCheck(false).timeSpeed(60)
        .startTime(start).seedData(false).start()) {
      assertThat(e.now()).isEqualTo(start);
      wall.advance(Duration.ofSeconds(10));
      assertThat(e.now()).isEqualTo(start.plus(Duration.ofMinutes(10)));
      e.advanceTime(Duration.ofHours(1));
      assertThat(e.now()).isEqualTo(start.plus(Duration.ofMinutes(70)));
      assertThat(e.startTime()).isEqualTo(start);
    }
  }

  @Test
  void builderRejectsNonsense() {
    assertThatThrownBy(() -> StackSetEmulator.builder().port(70000)).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> StackSetEmulator.builder().timeSpeed(-1)).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> StackSetEmulator.builder().timeSpeed(Double.NaN))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> StackSetEmulator.builder().maxClockSkew(Duration.ZERO))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> StackSetEmulator.builder().threads(0)).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> StackSetEmulator.builder().region(" ")).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> StackSetEmulator.builder().maxRequestBodyBytes(10))
        .isInstanceOf(IllegalArgumentException.class);
  }

  static final class MutableClock extends Clock {
    private Instant now;

    MutableClock(Instant now) {
      this.now = now;
    }

    void advance(Duration d) {
      now = now.plus(d);
    }

    @Override
    public ZoneOffset getZone() {
      return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(java.time.ZoneId zone) {
      return this;
    }

    @Override
    public Instant instant() {
      return now;
    }
  }
}
