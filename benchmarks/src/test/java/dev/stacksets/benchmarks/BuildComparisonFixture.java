package dev.stacksets.benchmarks;

import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;

/**
 * A benchmark class for {@link BuildComparisonTest}, loaded once per build: it reports its set-up, calls and
 * tear-down in the system property {@link #EVENTS} (the one channel its copies share with the test), each with the
 * identity of the class loader it came from.
 */
@State(Scope.Benchmark)
public class BuildComparisonFixture {
  static final String EVENTS = "buildComparisonFixture.events";
  /** Set: the set-up of every copy but the first fails. */
  static final String FAIL_LATER_SET_UPS = "buildComparisonFixture.failLaterSetUps";
  /** Set: every tear-down fails (after recording itself). */
  static final String FAIL_TEAR_DOWNS = "buildComparisonFixture.failTearDowns";

  private boolean setUp;
  private int calls;

  @Setup
  public void setUp() {
    if (System.getProperty(FAIL_LATER_SET_UPS) != null && System.getProperty(EVENTS, "").contains("setUp")) {
      throw new IllegalStateException("set-up failed as asked");
    }
    setUp = true;
    record("setUp");
  }

  @Benchmark
  public int work() {
    if (!setUp) {
      throw new IllegalStateException("not set up");
    }
    return ++calls;
  }

  /** Not a benchmark. */
  public int notABenchmark() {
    return 0;
  }

  @TearDown
  public void tearDown() {
    record("tearDown after " + calls + " calls");
    if (System.getProperty(FAIL_TEAR_DOWNS) != null) {
      throw new IllegalStateException("tear-down failed as asked");
    }
  }

  private void record(String event) {
    String before = System.getProperty(EVENTS, "");
    System.setProperty(EVENTS, before + event + " in " + System.identityHashCode(getClass().getClassLoader()) + ";");
  }
}
