package dev.stacksets.benchmarks;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Writes {@code benchmarks/RESULTS.md} from one run of {@code benchmarks/run-results.sh}: the JMH results of
 * {@link CallBenchmarks} (JSON), the output of {@link InterleavedCalls}, the medians of {@code run-startup.sh}, the
 * output of {@link PagingMemoryCheck}, the jar sizes and the machine's noise, set against the performance goals
 * (ratios within the run). The per-call time ratios are those of {@link InterleavedCalls} (contenders in one JVM, in
 * turns, rounds at full machine speed only), each beside the ratio of the JMH means, which come from separate JVMs.
 *
 * <pre>{@code
 * java -cp benchmarks.jar dev.stacksets.benchmarks.ResultsReport OUT JMH_JSON INTERLEAVED_TXT STARTUP_TXT PAGING_TXT
 *     FACTS_TXT
 * }</pre>
 *
 * <p>FACTS_TXT holds {@code key=value} lines (date, machine, jdk, load, cpu figures, jar sizes) written by the script.
 *
 * <p>Stateless; its methods are thread-safe.
 */
public final class ResultsReport {
  private static final String CALL = "dev.stacksets.benchmarks.CallBenchmarks.";

  private ResultsReport() {}

  /** One benchmark: mean time per call in microseconds, its error, and bytes allocated per call. */
  record Score(double micros, double error, double bytes) {}

  /** A median and the 10th and 90th percentiles over the kept rounds of {@link InterleavedCalls}. */
  record Spread(double median, double p10, double p90) {}

  /** What {@link InterleavedCalls} printed: rounds kept and run, the probe's range (ms), times and ratios. */
  record Interleaved(int kept, int rounds, double probeMin, double probeMax, Map<String, Spread> calls,
      Map<String, Spread> ratios) {}

  public static void main(String[] args) throws IOException {
    if (args.length != 6) {
      System.err.println("usage: ResultsReport OUT JMH_JSON INTERLEAVED_TXT STARTUP_TXT PAGING_TXT FACTS_TXT");
      System.exit(2);
    }
    Map<String, Score> calls = calls(Path.of(args[1]));
    Interleaved interleaved;
    try {
      interleaved = interleaved(Files.readAllLines(Path.of(args[2]), StandardCharsets.UTF_8));
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException(args[2] + ": " + e.getMessage(), e);
    }
    Map<String, Integer> startup = startup(Path.of(args[3]));
    String paging = Files.readString(Path.of(args[4]), StandardCharsets.UTF_8).strip();
    Map<String, String> facts = facts(Path.of(args[5]));
    Files.writeString(Path.of(args[0]), report(calls, interleaved, startup, paging, facts), StandardCharsets.UTF_8);
  }

  /**
   * Reads the {@code rounds}, {@code call} and {@code ratio} lines of {@link InterleavedCalls}; skips others.
   *
   * @throws IllegalArgumentException when there is no {@code rounds} line (not its output, or cut short)
   */
  static Interleaved interleaved(List<String> lines) {
    int kept = 0;
    int rounds = 0;
    double probeMin = Double.NaN;
    double probeMax = Double.NaN;
    Map<String, Spread> calls = new LinkedHashMap<>();
    Map<String, Spread> ratios = new LinkedHashMap<>();
    for (String line : lines) {
      String[] f = line.strip().split("\\s+");
      if (f[0].equals("rounds") && f.length == 5) {
        kept = Integer.parseInt(f[1]);
        rounds = Integer.parseInt(f[2]);
        probeMin = Double.parseDouble(f[3]);
        probeMax = Double.parseDouble(f[4]);
      } else if (f[0].equals("call") && f.length == 5) {
        calls.put(f[1], spread(f, 2));
      } else if (f[0].equals("ratio") && f.length == 6) {
        ratios.put(f[1] + "/" + f[2], spread(f, 3));
      }
    }
    if (rounds == 0) {
      throw new IllegalArgumentException("no 'rounds' line: not the output of InterleavedCalls, or cut short");
    }
    return new Interleaved(kept, rounds, probeMin, probeMax, calls, ratios);
  }

  private static Spread spread(String[] f, int from) {
    return new Spread(Double.parseDouble(f[from]), Double.parseDouble(f[from + 1]), Double.parseDouble(f[from + 2]));
  }

  static Map<String, Score> calls(Path json) throws IOException {
    Map<String, Score> scores = new LinkedHashMap<>();
    for (JsonNode b : new ObjectMapper().readTree(json.toFile())) {
      String name = b.get("benchmark").asText().replace(CALL, "");
      JsonNode primary = b.get("primaryMetric");
      double bytes = Double.NaN;
      for (Iterator<Map.Entry<String, JsonNode>> it = b.path("secondaryMetrics").fields(); it.hasNext(); ) {
        Map.Entry<String, JsonNode> m = it.next();
        if (m.getKey().endsWith("gc.alloc.rate.norm")) {
          bytes = m.getValue().get("score").asDouble();
        }
      }
      scores.put(name, new Score(primary.get("score").asDouble(), primary.get("scoreError").asDouble(), bytes));
    }
    return scores;
  }

  static Map<String, Integer> startup(Path text) throws IOException {
    Map<String, Integer> medians = new LinkedHashMap<>();
    Pattern row = Pattern.compile("^(\\S+)\\s+(\\d+)\\s+(\\d+)\\s*$");
    for (String line : Files.readAllLines(text, StandardCharsets.UTF_8)) {
      Matcher m = row.matcher(line);
      if (m.matches()) {
        medians.put(m.group(1), Integer.parseInt(m.group(2)));
      }
    }
    return medians;
  }

  static Map<String, String> facts(Path text) throws IOException {
    Map<String, String> facts = new LinkedHashMap<>();
    for (String line : Files.readAllLines(text, StandardCharsets.UTF_8)) {
      int eq = line.indexOf('=');
      if (eq > 0) {
        facts.put(line.substring(0, eq), line.substring(eq + 1));
      }
    }
    return facts;
  }

  static String report(Map<String, Score> c, Interleaved in, Map<String, Integer> startup, String paging,
      Map<String, String> f) {
    StringBuilder md = new StringBuilder();
    md.append("# Benchmark results\n\n")
        .append("Written by `bash benchmarks/run-results.sh` on ").append(f.getOrDefault("date", "?"))
        .append(". Do not edit by hand; run it again.\n\n")
        .append("- machine: ").append(f.getOrDefault("machine", "?")).append('\n')
        .append("- JDK: ").append(f.getOrDefault("jdk", "?")).append('\n')
        .append("- noise: ").append(f.getOrDefault("noise", "?")).append('\n')
        .append(String.format(Locale.ROOT, "- machine speed (`SpeedProbe`, Jackson `readTree` of the RFS page %d "
            + "times, before and after each round of `InterleavedCalls`): %.2f to %.2f ms; %d of %d rounds within "
            + "%.0f%% of the fastest, the rest left out\n", SpeedProbe.PASSES, in.probeMin(), in.probeMax(),
            in.kept(), in.rounds(), (InterleavedCalls.STEADY - 1) * 100))
        .append("- load average before / after: ").append(f.getOrDefault("load", "?")).append("\n\n")
        .append("Ratios are within this run (same machine, same loopback server, same replies). Per-call time "
            + "ratios: the median over the kept rounds of `InterleavedCalls` (all contenders in one JVM, in turns), "
            + "with the 10th-90th percentile of the rounds, then the ratio of the JMH means (separate JVMs). "
            + "`rawOkHttpCfnPage2 / rawOkHttpCfnPage` is raw OkHttp against itself: the noise floor.\n\n");
    List<String[]> goals = new ArrayList<>();
    ratio(goals, "CloudFormation page: ours / raw OkHttp", c, in, "sdkCfnListStackSetOperationResults",
        "rawOkHttpCfnPage", "<= 1.5");
    ratio(goals, "RFS page: ours / raw OkHttp", c, in, "sdkRfsListStackSetOperations", "rawOkHttpRfsPage",
        "<= 1.25");
    ratio(goals, "CloudFormation pipeline without parsing / raw", c, in, "sdkCfnPipelineNoParse",
        "rawOkHttpCfnPage", "<= 1.1");
    ratio(goals, "RFS pipeline without parsing / raw", c, in, "sdkRfsPipelineNoParse", "rawOkHttpRfsPage",
        "<= 1.1");
    ratio(goals, "AWS SDK v2 / ours (CloudFormation page)", c, in, "awsSdkCfnListStackSetOperationResults",
        "sdkCfnListStackSetOperationResults", ">= 3");
    ratio(goals, "noise floor: raw OkHttp / raw OkHttp", c, in, "rawOkHttpCfnPage2", "rawOkHttpCfnPage",
        "(about 1)");
    allocation(goals, "allocation per call, CloudFormation: ours / raw", c, "sdkCfnListStackSetOperationResults",
        "rawOkHttpCfnPage");
    allocation(goals, "allocation per call, RFS: ours / raw", c, "sdkRfsListStackSetOperations", "rawOkHttpRfsPage");
    startupRatio(goals, "cold start: ours (CFN) / raw OkHttp", startup, "sdk-cfn", "raw", "<= 1.1");
    startupRatio(goals, "cold start: ours (CFN) / AWS SDK v2", startup, "sdk-cfn", "aws-sdk", "<= 0.5");
    startupRatio(goals, "cold start: ours (RFS) / raw OkHttp", startup, "sdk-rfs", "raw", "<= 1.1");
    startupRatio(goals, "cold start: ours (CFN) on a caller's `new OkHttpClient()` (TLS set up, as for https) / raw",
        startup, "sdk-cfn-tls", "raw", "(for comparison)");
    startupRatio(goals, "cold start: ours (RFS) / raw OkHttp + Jackson readTree", startup, "sdk-rfs", "raw-parsed",
        "(for comparison)");
    goals.add(new String[] {"runtime jars beyond OkHttp + Jackson + slf4j (all three)", f.getOrDefault("jars", "?"),
        "<= 0.6 MB"});
    goals.add(new String[] {"runtime jars of an RFS application (core + rfs)", f.getOrDefault("jars_rfs", "?"),
        "<= 0.6 MB"});
    goals.add(new String[] {"runtime jars of a CloudFormation / Config application (core + cfn-compat)",
        f.getOrDefault("jars_cfn", "?"), "<= 0.6 MB"});
    md.append("| goal | measured | target |\n|---|---:|---|\n");
    for (String[] g : goals) {
      md.append("| ").append(g[0]).append(" | ").append(g[1]).append(" | ").append(g[2]).append(" |\n");
    }
    md.append("\n## Per call (JMH, average time, `-prof gc`)\n\n| benchmark | us/call | error | bytes/call |\n"
        + "|---|---:|---:|---:|\n");
    c.forEach((name, s) -> md.append(String.format(Locale.ROOT, "| %s | %.1f | %.1f | %,.0f |\n", name, s.micros(),
        s.error(), s.bytes())));
    md.append("\n## Per call, contenders in turns in one JVM (`InterleavedCalls`, kept rounds)\n\n"
        + "| contender | median us/call | 10th-90th percentile |\n|---|---:|---:|\n");
    in.calls().forEach((name, s) -> md.append(String.format(Locale.ROOT, "| %s | %.1f | %.1f-%.1f |\n", name,
        s.median(), s.p10(), s.p90())));
    md.append("\n## Cold start (median ms from JVM start to the first reply)\n\n| mode | ms |\n|---|---:|\n");
    startup.forEach((mode, ms) -> md.append("| ").append(mode).append(" | ").append(ms).append(" |\n"));
    md.append("\n## Paging memory (`PagingMemoryCheck`)\n\n```\n").append(paging).append("\n```\n");
    return md.toString();
  }

  private static void ratio(List<String[]> goals, String what, Map<String, Score> c, Interleaved in, String a,
      String b, String target) {
    Spread r = in.ratios().get(a + "/" + b);
    Spread ta = in.calls().get(a);
    Spread tb = in.calls().get(b);
    String interleaved = r == null || ta == null || tb == null ? "not measured"
        : String.format(Locale.ROOT, "%.2fx (%.2f-%.2f; %.1f / %.1f us)", r.median(), r.p10(), r.p90(),
            ta.median(), tb.median());
    Score x = c.get(a);
    Score y = c.get(b);
    String jmh = x == null || y == null ? "" : String.format(Locale.ROOT, "; JMH %.2fx (%.1f / %.1f us)",
        x.micros() / y.micros(), x.micros(), y.micros());
    goals.add(new String[] {what, interleaved + jmh, target});
  }

  private static void allocation(List<String[]> goals, String what, Map<String, Score> c, String a, String b) {
    Score x = c.get(a);
    Score y = c.get(b);
    goals.add(new String[] {what, x == null || y == null ? "not measured"
        : String.format(Locale.ROOT, "%.2fx (%,.0f / %,.0f B)", x.bytes() / y.bytes(), x.bytes(), y.bytes()),
        "<= 2"});
  }

  private static void startupRatio(List<String[]> goals, String what, Map<String, Integer> s, String a, String b,
      String target) {
    Integer x = s.get(a);
    Integer y = s.get(b);
    goals.add(new String[] {what, x == null || y == null ? "not measured"
        : String.format(Locale.ROOT, "%.2fx (%d / %d ms)", (double) x / y, x, y), target});
  }
}
