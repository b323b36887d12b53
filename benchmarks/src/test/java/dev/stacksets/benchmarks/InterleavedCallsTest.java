package dev.stacksets.benchmarks;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.locks.LockSupport;
import org.junit.jupiter.api.Test;

class InterleavedCallsTest {
  @Test
  void everyContenderTakesALeadInAndATimedTurnEachRoundAndEveryRatioIsReported() throws Exception {
    AtomicInteger a = new AtomicInteger();
    AtomicInteger b = new AtomicInteger();
    List<InterleavedCalls.Contender> contenders = List.of(
        new InterleavedCalls.Contender("a", () -> work(a)),
        new InterleavedCalls.Contender("b", () -> work(b)));

    List<String> lines = InterleavedCalls.run(contenders, new String[][] {{"b", "a"}}, 0, 3);

    // no warm-up: one call per turn, so per round one untimed lead-in call and one timed call
    assertThat(a.get()).isEqualTo(6);
    assertThat(b.get()).isEqualTo(6);
    ResultsReport.Interleaved read = ResultsReport.interleaved(lines);
    assertThat(read.rounds()).isEqualTo(3);
    assertThat(read.calls()).containsOnlyKeys("a", "b");
    assertThat(read.ratios()).containsOnlyKeys("b/a");
    assertThat(read.ratios().get("b/a").median()).isPositive().isFinite();
  }

  /** A call that takes measurable time, so that no turn reads zero nanoseconds. */
  private static Object work(AtomicInteger calls) {
    LockSupport.parkNanos(20_000);
    return calls.incrementAndGet();
  }

  @Test
  void roundsAtLessThanFullSpeedAreLeftOutOfEveryMedianAndSpread() {
    List<InterleavedCalls.Contender> contenders = List.of(
        new InterleavedCalls.Contender("a", () -> null), new InterleavedCalls.Contender("b", () -> null));
    double[][] micros = {{10, 10, 10, 10}, {20, 21, 19, 1000}};
    long[] probe = {1_000_000, 1_000_000, 1_100_000, 2_000_000}; // the last round ran at half speed

    List<String> lines = InterleavedCalls.report(contenders, new String[][] {{"b", "a"}}, micros, probe);

    assertThat(lines).containsExactly(
        "rounds 3 4 1.000 2.000",
        "call a 10.000 10.000 10.000",
        "call b 20.000 19.200 20.800",
        "ratio b a 2.000 1.920 2.080");
  }

  @Test
  void aFailingContenderIsNamedWithItsCause() {
    List<InterleavedCalls.Contender> taken = new ArrayList<>();
    InterleavedCalls.Contender unset = InterleavedCalls.contender(new CallBenchmarks(), "rawOkHttpCfnPage", taken);

    // never set up: the benchmark's OkHttp client is null
    assertThatThrownBy(() -> unset.call().run())
        .isInstanceOf(IllegalStateException.class)
        .hasMessage("contender rawOkHttpCfnPage failed")
        .hasCauseInstanceOf(NullPointerException.class);
  }

  @Test
  void contendersAreCallBenchmarksMethodsAndARepeatedOneIsNumbered() {
    List<InterleavedCalls.Contender> taken = new ArrayList<>();
    taken.add(InterleavedCalls.contender(new CallBenchmarks(), "rawOkHttpCfnPage", taken));
    taken.add(InterleavedCalls.contender(new CallBenchmarks(), "rawOkHttpCfnPage", taken));

    assertThat(taken).extracting(InterleavedCalls.Contender::name)
        .containsExactly("rawOkHttpCfnPage", "rawOkHttpCfnPage2");
    assertThatThrownBy(() -> InterleavedCalls.contender(new CallBenchmarks(), "setUp", taken))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("setUp is not a CallBenchmarks benchmark method");
    assertThatThrownBy(() -> InterleavedCalls.contender(new CallBenchmarks(), "noSuchCall", taken))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("noSuchCall is not a CallBenchmarks benchmark method");
  }

  @Test
  void theDefaultRatiosNameDefaultContenders() {
    for (String[] ratio : InterleavedCalls.RATIOS) {
      List<InterleavedCalls.Contender> taken = new ArrayList<>();
      for (String name : InterleavedCalls.DEFAULT) {
        taken.add(InterleavedCalls.contender(new CallBenchmarks(), name, taken));
      }
      assertThat(taken).extracting(InterleavedCalls.Contender::name).contains(ratio[0], ratio[1]);
    }
  }

  @Test
  void noRoundsIsRefusedBeforeAnyCall() {
    AtomicInteger a = new AtomicInteger();
    assertThatThrownBy(() -> InterleavedCalls.run(List.of(new InterleavedCalls.Contender("a", a::incrementAndGet)),
        new String[0][], 0, 0))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("at least one round is needed, not 0");
    assertThat(a.get()).isZero();
  }

  @Test
  void steadyProbesAreThoseWithinTheToleranceOfTheFastest() {
    assertThat(SpeedProbe.steady(new long[] {105, 100, 110, 111, 250}, 1.10))
        .containsExactly(true, true, true, false, false);
  }
}
