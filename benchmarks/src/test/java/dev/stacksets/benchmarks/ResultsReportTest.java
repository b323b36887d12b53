package dev.stacksets.benchmarks;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ResultsReportTest {
  private static final List<String> INTERLEAVED = List.of(
      "rounds 22 30 0.632 4.171",
      "call rawOkHttpCfnPage 128.773 116.215 140.267",
      "call sdkCfnListStackSetOperationResults 196.018 175.205 227.320",
      "ratio sdkCfnListStackSetOperationResults rawOkHttpCfnPage 1.461 1.292 1.818",
      "a line of something else");

  @Test
  void readsTheRoundsTimesAndRatiosOfInterleavedCalls() {
    ResultsReport.Interleaved in = ResultsReport.interleaved(INTERLEAVED);

    assertThat(in.kept()).isEqualTo(22);
    assertThat(in.rounds()).isEqualTo(30);
    assertThat(in.probeMin()).isEqualTo(0.632);
    assertThat(in.probeMax()).isEqualTo(4.171);
    assertThat(in.calls()).containsExactly(
        Map.entry("rawOkHttpCfnPage", new ResultsReport.Spread(128.773, 116.215, 140.267)),
        Map.entry("sdkCfnListStackSetOperationResults", new ResultsReport.Spread(196.018, 175.205, 227.320)));
    assertThat(in.ratios()).containsExactly(Map.entry("sdkCfnListStackSetOperationResults/rawOkHttpCfnPage",
        new ResultsReport.Spread(1.461, 1.292, 1.818)));
  }

  @Test
  void outputWithoutARoundsLineIsRefused() {
    assertThatThrownBy(() -> ResultsReport.interleaved(List.of("call a 1 1 1")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("no 'rounds' line: not the output of InterleavedCalls, or cut short");
  }

  @Test
  void aTimeGoalShowsTheInterleavedMedianWithItsSpreadAndTheJmhRatio() {
    Map<String, ResultsReport.Score> jmh = Map.of(
        "rawOkHttpCfnPage", new ResultsReport.Score(142.7, 3.0, 120_000),
        "sdkCfnListStackSetOperationResults", new ResultsReport.Score(215.0, 9.0, 190_000));

    String md = ResultsReport.report(jmh, ResultsReport.interleaved(INTERLEAVED), Map.of(), "", Map.of());

    assertThat(md).contains("| CloudFormation page: ours / raw OkHttp | 1.46x (1.29-1.82; 196.0 / 128.8 us); "
        + "JMH 1.51x (215.0 / 142.7 us) | <= 1.5 |");
    assertThat(md).contains("| RFS page: ours / raw OkHttp | not measured | <= 1.25 |");
    assertThat(md).contains("0.63 to 4.17 ms; 22 of 30 rounds within 25% of the fastest");
    assertThat(md).contains("| sdkCfnListStackSetOperationResults | 196.0 | 175.2-227.3 |");
  }
}
