package dev.stacksets.core.auth;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.stacksets.core.testing.MutableClock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class CachingCredentialsProviderTest {
  private static final Instant T0 = Instant.parse("2026-01-01T00:00:00Z");

  /** Hands out queued answers (credentials or exceptions) and counts calls. */
  static final class Scripted implements CredentialsProvider {
    final Deque<Object> answers = new ArrayDeque<>();
    final AtomicInteger calls = new AtomicInteger();

    Scripted then(Object answer) {
      answers.add(answer);
      return this;
    }

    @Override
    public Credentials resolveCredentials() {
      calls.incrementAndGet();
      Object a = answers.size() > 1 ? answers.poll() : answers.peek();
      if (a instanceof RuntimeException) {
        throw (RuntimeException) a;
      }
      return (Credentials) a;
    }
  }

  private static Credentials expiring(String ak, Instant expiration) {
    return Credentials.builder().accessKeyId(ak).secretAccessKey("sk").sessionToken("tok").expiration(expiration)
        .build();
  }

  @Test
  void expiringCredentialsAreReusedUntilTheRefreshWindow() {
    MutableClock clock = new MutableClock(T0);
    Scripted source = new Scripted().then(expiring("A1", T0.plus(Duration.ofHours(1))))
        .then(expiring("A2", T0.plus(Duration.ofHours(2))));
    CachingCredentialsProvider p = CachingCredentialsProvider.builder(source).clock(clock).build();
    assertThat(p.resolveCredentials().accessKeyId()).isEqualTo("A1");
    clock.advance(Duration.ofMinutes(54));
    assertThat(p.resolveCredentials().accessKeyId()).isEqualTo("A1");
    assertThat(source.calls).hasValue(1);
    clock.advance(Duration.ofMinutes(2)); // 4 minutes before expiry: inside the default 5-minute window
    assertThat(p.resolveCredentials().accessKeyId()).isEqualTo("A2");
    assertThat(p.resolveCredentials().accessKeyId()).isEqualTo("A2");
    assertThat(source.calls).hasValue(2);
  }

  @Test
  void failedRefreshInTheWindowKeepsTheCachedCredentialsUntilTheyGoStale() {
    MutableClock clock = new MutableClock(T0);
    Scripted source = new Scripted().then(expiring("A1", T0.plus(Duration.ofMinutes(30))))
        .then(new CredentialsException("token service down"));
    CachingCredentialsProvider p = CachingCredentialsProvider.builder(source).clock(clock)
        .refreshBefore(Duration.ofMinutes(10)).build();
    p.resolveCredentials();
    clock.advance(Duration.ofMinutes(21)); // refresh window, not stale yet
    assertThat(p.resolveCredentials().accessKeyId()).isEqualTo("A1");
    assertThat(source.calls).hasValue(2);
    assertThat(p.resolveCredentials().accessKeyId()).isEqualTo("A1"); // no new try within 10 s
    assertThat(source.calls).hasValue(2);
    clock.advance(Duration.ofSeconds(11));
    assertThat(p.resolveCredentials().accessKeyId()).isEqualTo("A1");
    assertThat(source.calls).hasValue(3);
    clock.advance(Duration.ofMinutes(8)); // within the last minute: stale, the failure surfaces
    assertThatThrownBy(p::resolveCredentials).isInstanceOf(CredentialsException.class)
        .hasMessage("token service down");
  }

  @Test
  void nonExpiringCredentialsAreAskedForAgainAfterMaxAge() {
    MutableClock clock = new MutableClock(T0);
    Scripted source = new Scripted().then(Credentials.of("K1", "s")).then(Credentials.of("K2", "s"));
    CachingCredentialsProvider p = CachingCredentialsProvider.builder(source).clock(clock)
        .maxAge(Duration.ofMinutes(1)).build();
    assertThat(p.resolveCredentials().accessKeyId()).isEqualTo("K1");
    clock.advance(Duration.ofSeconds(59));
    assertThat(p.resolveCredentials().accessKeyId()).isEqualTo("K1");
    clock.advance(Duration.ofSeconds(1));
    assertThat(p.resolveCredentials().accessKeyId()).isEqualTo("K2");
  }

  @Test
  void credentialsAlreadyNearExpiryAreUsedButNotCached() {
    MutableClock clock = new MutableClock(T0);
    Scripted source = new Scripted().then(expiring("SHORT", T0.plus(Duration.ofSeconds(30))));
    CachingCredentialsProvider p = CachingCredentialsProvider.builder(source).clock(clock).build();
    assertThat(p.resolveCredentials().accessKeyId()).isEqualTo("SHORT");
    assertThat(p.resolveCredentials().accessKeyId()).isEqualTo("SHORT");
    assertThat(source.calls).hasValue(2);
  }

  @Test
  void firstFailureAndNullPropagate() {
    CachingCredentialsProvider failing = CachingCredentialsProvider.of(() -> {
      throw new CredentialsException("nothing");
    });
    assertThatThrownBy(failing::resolveCredentials).hasMessage("nothing");
    assertThatThrownBy(CachingCredentialsProvider.of(() -> null)::resolveCredentials)
        .isInstanceOf(CredentialsException.class).hasMessageContaining("returned null");
  }

  @Test
  void builderChecksItsDurations() {
    CredentialsProvider any = () -> Credentials.of("A", "B");
    assertThatThrownBy(() -> CachingCredentialsProvider.builder(any).refreshBefore(Duration.ofSeconds(5)))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> CachingCredentialsProvider.builder(any).maxAge(Duration.ZERO))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
