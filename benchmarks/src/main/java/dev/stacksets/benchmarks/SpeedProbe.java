package dev.stacksets.benchmarks;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/**
 * How fast the machine is right now: the time of a fixed piece of ordinary single-threaded Java work that none of
 * the goal contenders does (Jackson's {@code readTree} of the RFS fixture page, eight times: parsing, allocation, about
 * 0.5 ms at full speed). On a shared virtual machine the speed a guest gets changes for seconds at a time without
 * any process of the guest using the CPU, so it does not show in {@code /proc/stat}; a measurement taken in such a
 * stretch says more about the neighbours than about the code.
 *
 * <p>Thread-safe: Jackson's {@code ObjectMapper} is, and the page is never written.
 */
final class SpeedProbe {
  /** How many times one probe reads the page. */
  static final int PASSES = 8;
  private static final ObjectMapper MAPPER = new ObjectMapper();
  private static final byte[] PAGE = Fixtures.rfsOperationsPage().getBytes(StandardCharsets.UTF_8);
  private static volatile JsonNode sink;

  private SpeedProbe() {}

  /** Nanoseconds one probe took. */
  static long nanos() {
    long start = System.nanoTime();
    try {
      for (int i = 0; i < PASSES; i++) {
        sink = MAPPER.readTree(PAGE);
      }
    } catch (IOException e) {
      throw new UncheckedIOException("the fixture page is not JSON", e);
    }
    return System.nanoTime() - start;
  }

  /**
   * Which probes were taken at full speed: those within {@code tolerance} (e.g. 1.25) of the fastest of them.
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
