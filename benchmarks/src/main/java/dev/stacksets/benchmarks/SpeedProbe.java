package dev.stacksets.benchmarks;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;

/**
 * How fast the machine is right now: the time of a fixed piece of single-threaded CPU work (SHA-256 of 1 MiB, about
 * 2 ms here). On a shared virtual machine the CPU a guest gets changes for seconds at a time (this probe has read
 * +50% for three seconds in a quiet guest) without any process of the guest using it, so it does not show in
 * {@code /proc/stat}; a measurement taken in such a stretch says more about the neighbours than about the code.
 *
 * <p>Thread-safe: every call works on its own buffer.
 */
final class SpeedProbe {
  private static final int BYTES = 1 << 16;
  private static final int PASSES = 16;

  private SpeedProbe() {}

  /** Nanoseconds one probe took. */
  static long nanos() {
    MessageDigest sha;
    try {
      sha = MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("the JDK has no SHA-256", e);
    }
    byte[] data = new byte[BYTES];
    long start = System.nanoTime();
    for (int i = 0; i < PASSES; i++) {
      sha.update(data);
      data[i] = sha.digest()[0];
    }
    return System.nanoTime() - start;
  }

  /**
   * Which probes were taken at full speed: those within {@code tolerance} (e.g. 1.10) of the fastest of them.
   */
  static boolean[] steady(long[] probes, double tolerance) {
    long fastest = Long.MAX_VALUE;
    for (long p : probes) {
      fastest = Math.min(fastest, p);
    }
    boolean[] steady = new boolean[probes.length];
    for (int i = 0; i < probes.length; i++) {
      steady[i] = probes[i] <= fastest * tolerance;
    }
    return steady;
  }
}
