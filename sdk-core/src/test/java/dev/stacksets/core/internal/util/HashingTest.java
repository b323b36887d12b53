package dev.stacksets.core.internal.util;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** Hashing reuses one digest and one MAC per thread, and stays correct under concurrency. */
class HashingTest {
  // FIPS 180-2 "abc" and RFC 4231 test case 2
  private static final String ABC_SHA256 = "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad";
  private static final String RFC4231_2 = "5bdcc146bf60754e6a042426089575c75a003f089d2739839dec58b964ec3843";

  @Test
  void theDigestAndTheMacAreLookedUpOncePerThread() throws Exception {
    assertThat(Hashing.threadSha256()).isSameAs(Hashing.threadSha256());
    assertThat(Hashing.threadHmacSha256()).isSameAs(Hashing.threadHmacSha256());

    ExecutorService other = Executors.newSingleThreadExecutor();
    try {
      assertThat(other.submit(Hashing::threadSha256).get(10, TimeUnit.SECONDS)).isNotSameAs(Hashing.threadSha256());
      assertThat(other.submit(Hashing::threadHmacSha256).get(10, TimeUnit.SECONDS))
          .isNotSameAs(Hashing.threadHmacSha256());
    } finally {
      other.shutdown();
    }
  }

  @Test
  void reusedInstancesGiveTheKnownValuesAgainAndAgain() {
    for (int i = 0; i < 3; i++) {
      assertThat(Hashing.sha256Hex("abc")).isEqualTo(ABC_SHA256);
      assertThat(Hashing.hex(Hashing.hmacSha256("Jefe".getBytes(StandardCharsets.UTF_8),
          "what do ya want for nothing?"))).isEqualTo(RFC4231_2);
    }
    // a half-used digest on this thread does not leak into the next hash
    Hashing.threadSha256().update("garbage".getBytes(StandardCharsets.UTF_8));
    assertThat(Hashing.sha256Hex("abc")).isEqualTo(ABC_SHA256);
  }

  @Test
  void manyThreadsHashCorrectlyAtOnce() throws Exception {
    ExecutorService pool = Executors.newFixedThreadPool(4);
    try {
      List<Future<Boolean>> results = new ArrayList<>();
      for (int t = 0; t < 16; t++) {
        results.add(pool.submit(() -> {
          for (int i = 0; i < 200; i++) {
            if (!Hashing.sha256Hex("abc").equals(ABC_SHA256) || !Hashing.hex(Hashing.hmacSha256(
                "Jefe".getBytes(StandardCharsets.UTF_8), "what do ya want for nothing?")).equals(RFC4231_2)) {
              return false;
            }
          }
          return true;
        }));
      }
      for (Future<Boolean> r : results) {
        assertThat(r.get(30, TimeUnit.SECONDS)).isTrue();
      }
    } finally {
      pool.shutdown();
    }
  }
}
