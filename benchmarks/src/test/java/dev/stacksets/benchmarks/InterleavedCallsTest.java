package dev.stacksets.benchmarks;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class InterleavedCallsTest {
  @Test
  void everyContenderTakesALeadInAndATimedTurnEachRoundAndEveryRatioIsReported() throws Exception {
    AtomicInteger a = new AtomicInteger();
    AtomicInteger b = new AtomicInteger();
    List<InterleavedCalls.Contender> contenders = List.of(
        new InterleavedCalls.Contender("a", a::incrementAndGet),
        new InterleavedCalls.Contender("b", b::incrementAndGet));

    List<String> lines = InterleavedCalls.run(contenders, new String[][] {{"b", "a"}}, 0, 3);

    // no warm-up: one call per turn, so per round one untimed lead-in call and one timed call
    assertThat(a.get()).isEqualTo(6);
    assertThat(b.get()).isEqualTo(6);
    ResultsReport.Interleaved read = ResultsReport.interleaved(lines);
    assertThat(read.rounds()).isEqualTo(3);
    assertThat(read.kept()).isBetween(1, 3); // the fastest probe's round is always kept
    assertThat(read.probeMin()).isPositive().isLessThanOrEqualTo(read.probeMax());
    assertThat(read.calls()).containsOnlyKeys("a", "b");
    assertThat(read.ratios()).containsOnlyKeys("b/a");
    assertThat(read.ratios().get("b/a").p10()).isLessThanOrEqualTo(read.ratios().get("b/a").median());
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
