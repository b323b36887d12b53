package dev.stacksets.benchmarks;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import org.openjdk.jmh.annotations.Benchmark;

/**
 * The per-call ratios of {@link CallBenchmarks}, measured with every contender in one JVM, taking turns: after a
 * common warm-up, each round times a turn of about 100 ms of each contender, in an order shuffled every round and
 * each after a tenth of a turn untimed (so that no contender pays for the one before it: another connection, the
 * caches it left), and a ratio is the median over the rounds of the ratio within each round.
 *
 * <p>Why, beside JMH's own forks: this machine is a 2-core guest whose CPU speed changes for seconds at a time
 * with nothing in the guest using it: {@code CodecBenchmarks.rfsParsePage}, single-threaded, read 40 us per 1 s
 * iteration for 37 s and 57-62 us for 3 s in one JVM, and raw OkHttp's CloudFormation call read 140 us in one JMH
 * fork and 220-229 us in the next. A ratio of two JMH benchmarks, each in its own forks at its own moments, takes
 * such a stretch in as if it were the clients'. Contenders in turns share the JVM, the server and the moment, and
 * a {@link SpeedProbe} runs before and after each round, so that rounds in a slow stretch (the slower of the two
 * probes over 1.25 times the fastest probe of the run) are left out; a stretch shorter than a round can slip
 * through. A second raw OkHttp contender, the same method under another name, shows what is left: its ratio to the
 * first is the noise floor.
 *
 * <p>Every contender is a {@link CallBenchmarks} method on one set-up instance, so this measures the code JMH
 * measures, called through reflection and a volatile sink instead of JMH's stubs: the same added cost for every
 * contender. Sharing a JVM also shares OkHttp's compiled code between the raw client and ours.
 *
 * <pre>{@code
 * java -Xms1g -Xmx1g -cp benchmarks/target/benchmarks.jar dev.stacksets.benchmarks.InterleavedCalls \
 *     [WARMUP_S [ROUNDS [METHOD...]]]
 * }</pre>
 *
 * <p>Defaults: 60 s of warm-up, 40 rounds, the contenders of the goals ({@link #DEFAULT}); named methods are
 * compared with the first of them. Prints {@code rounds KEPT RUN PROBE_MIN_MS PROBE_MAX_MS}, then
 * {@code call NAME MEDIAN P10 P90} (microseconds per call) and {@code ratio A B MEDIAN P10 P90} lines over the kept
 * rounds; with {@code -Dinterleaved.debug=true} also each round's probe (ms) and times (us, in the order of the
 * contenders) on standard error. Not thread-safe; run it alone.
 */
public final class InterleavedCalls {
  private static final long TURN_NANOS = 100_000_000L;
  /** A round is kept when its probe took at most this many times the fastest probe's time. */
  static final double STEADY = 1.25;

  private InterleavedCalls() {}

  /** One contender: a name and one call. */
  record Contender(String name, Call call) {}

  /** One call of a contender; its result is kept so that nothing is optimized away. */
  @FunctionalInterface
  interface Call {
    Object run() throws Exception;
  }

  /** The ratios the goals name: numerator, denominator. */
  static final String[][] RATIOS = {
      {"rawOkHttpCfnPage2", "rawOkHttpCfnPage"},
      {"sdkCfnListStackSetOperationResults", "rawOkHttpCfnPage"},
      {"sdkRfsListStackSetOperations", "rawOkHttpRfsPage"},
      {"sdkCfnPipelineNoParse", "rawOkHttpCfnPage"},
      {"sdkRfsPipelineNoParse", "rawOkHttpRfsPage"},
      {"awsSdkCfnListStackSetOperationResults", "sdkCfnListStackSetOperationResults"},
  };

  /** The contenders of the goals, in the order of their first turn; the second raw one is the noise control. */
  static final List<String> DEFAULT = List.of("rawOkHttpCfnPage", "rawOkHttpCfnPage", "sdkCfnPipelineNoParse",
      "sdkCfnListStackSetOperationResults", "rawOkHttpRfsPage", "sdkRfsPipelineNoParse",
      "sdkRfsListStackSetOperations", "awsSdkCfnListStackSetOperationResults");

  private static volatile Object sink;

  public static void main(String[] args) throws Exception {
    int warmupSeconds = args.length > 0 ? count(args[0], "WARMUP_S", 1) : 60;
    int rounds = args.length > 1 ? count(args[1], "ROUNDS", 1) : 40;
    List<String> names = args.length > 2 ? List.of(args).subList(2, args.length) : DEFAULT;
    for (String name : names) {
      method(name); // a wrong name is refused before the server and the clients start
    }
    CallBenchmarks b = new CallBenchmarks();
    b.setUp();
    try {
      List<Contender> contenders = new ArrayList<>();
      for (String name : names) {
        contenders.add(contender(b, name, contenders));
      }
      String[][] ratios = names == DEFAULT ? RATIOS : firstAgainstOthers(contenders);
      for (String line : run(contenders, ratios, warmupSeconds * 1_000_000_000L, rounds)) {
        System.out.println(line);
      }
    } finally {
      b.tearDown();
    }
  }

  /** {@code arg} as a whole number of at least {@code least}; else a message naming {@code what}. */
  static int count(String arg, String what, int least) {
    try {
      int n = Integer.parseInt(arg);
      if (n >= least) {
        return n;
      }
    } catch (NumberFormatException e) {
      // reported below
    }
    throw new IllegalArgumentException(what + " must be a whole number of at least " + least + ", not '" + arg + "'");
  }

  /** The {@link CallBenchmarks} method {@code name}; a name already taken gets a number (the noise control). */
  static Contender contender(CallBenchmarks b, String name, List<Contender> taken) {
    return contender(unique(name, taken), method(name), b);
  }

  /** {@code name}, or if a contender in {@code taken} has it, {@code name} numbered from 2 on. */
  static String unique(String name, List<Contender> taken) {
    String unique = name;
    for (int i = 2; indexOf(taken, unique) >= 0; i++) {
      unique = name + i;
    }
    return unique;
  }

  /** A contender named {@code name} calling {@code method} on {@code target}; a failure names the contender. */
  static Contender contender(String name, Method method, Object target) {
    return new Contender(name, () -> {
      try {
        return method.invoke(target);
      } catch (InvocationTargetException e) {
        throw new IllegalStateException("contender " + name + " failed", e.getCause());
      }
    });
  }

  /** The benchmark method {@code name} of {@link CallBenchmarks}. */
  private static Method method(String name) {
    Method method;
    try {
      method = CallBenchmarks.class.getMethod(name);
    } catch (NoSuchMethodException e) {
      method = null;
    }
    if (method == null || method.getAnnotation(Benchmark.class) == null) {
      throw new IllegalArgumentException(name + " is not a CallBenchmarks benchmark method");
    }
    return method;
  }

  /** Each contender after the first against the first. */
  static String[][] firstAgainstOthers(List<Contender> contenders) {
    String[][] ratios = new String[contenders.size() - 1][];
    for (int i = 1; i < contenders.size(); i++) {
      ratios[i - 1] = new String[] {contenders.get(i).name(), contenders.get(0).name()};
    }
    return ratios;
  }

  /**
   * Warms all contenders up in turns for {@code warmupNanos}, sizing each one's turn to about 100 ms as it goes, then
   * times {@code rounds} rounds; the report lines. With no warm-up every turn is a single call.
   */
  static List<String> run(List<Contender> contenders, String[][] ratios, long warmupNanos, int rounds)
      throws Exception {
    if (rounds < 1) {
      throw new IllegalArgumentException("at least one round is needed, not " + rounds);
    }
    int n = contenders.size();
    int[] callsPerTurn = new int[n];
    Arrays.fill(callsPerTurn, 1);
    long warmupStart = System.nanoTime();
    while (System.nanoTime() - warmupStart < warmupNanos) {
      for (int p = 0; p < 20; p++) {
        SpeedProbe.nanos(); // compiled like the contenders before it is trusted
      }
      for (int i = 0; i < n; i++) {
        double nanosPerCall = turn(contenders.get(i).call(), callsPerTurn[i]);
        callsPerTurn[i] = (int) Math.max(1, Math.min(1_000_000, TURN_NANOS / nanosPerCall));
      }
    }
    double[][] micros = new double[n][rounds];
    List<Integer> order = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      order.add(i);
    }
    long[] probe = new long[rounds];
    Random random = new Random(17);
    for (int r = 0; r < rounds; r++) {
      Collections.shuffle(order, random);
      long before = SpeedProbe.nanos();
      for (int i : order) {
        Call call = contenders.get(i).call();
        turn(call, Math.max(1, callsPerTurn[i] / 10));
        micros[i][r] = turn(call, callsPerTurn[i]) / 1000;
      }
      probe[r] = Math.max(before, SpeedProbe.nanos());
      if (Boolean.getBoolean("interleaved.debug")) {
        long[] us = new long[n];
        for (int i = 0; i < n; i++) {
          us[i] = Math.round(micros[i][r]);
        }
        System.err.printf(Locale.ROOT, "round %d probe %.3f %s%n", r, probe[r] / 1e6, Arrays.toString(us));
      }
    }
    return report(contenders, ratios, micros, probe);
  }

  /** The report lines from each contender's microseconds per call and each round's probe, per round. */
  static List<String> report(List<Contender> contenders, String[][] ratios, double[][] micros, long[] probe) {
    int rounds = probe.length;
    boolean[] kept = SpeedProbe.steady(probe, STEADY);
    int keptRounds = 0;
    for (boolean k : kept) {
      keptRounds += k ? 1 : 0;
    }
    List<String> lines = new ArrayList<>();
    lines.add(String.format(Locale.ROOT, "rounds %d %d %.3f %.3f", keptRounds, rounds,
        Arrays.stream(probe).min().orElse(0) / 1e6, Arrays.stream(probe).max().orElse(0) / 1e6));
    for (int i = 0; i < contenders.size(); i++) {
      lines.add("call " + contenders.get(i).name() + " " + summary(select(micros[i], kept)));
    }
    for (String[] ratio : ratios) {
      double[] a = micros[index(contenders, ratio[0])];
      double[] c = micros[index(contenders, ratio[1])];
      double[] perRound = new double[rounds];
      for (int r = 0; r < rounds; r++) {
        perRound[r] = a[r] / c[r];
      }
      lines.add("ratio " + ratio[0] + " " + ratio[1] + " " + summary(select(perRound, kept)));
    }
    return lines;
  }

  private static double[] select(double[] values, boolean[] kept) {
    double[] out = new double[values.length];
    int j = 0;
    for (int r = 0; r < values.length; r++) {
      if (kept[r]) {
        out[j++] = values[r];
      }
    }
    return Arrays.copyOf(out, j);
  }

  /** Nanoseconds per call over {@code calls} calls. */
  private static double turn(Call call, int calls) throws Exception {
    long start = System.nanoTime();
    for (int i = 0; i < calls; i++) {
      sink = call.run();
    }
    return (double) (System.nanoTime() - start) / calls;
  }

  private static int indexOf(List<Contender> contenders, String name) {
    for (int i = 0; i < contenders.size(); i++) {
      if (contenders.get(i).name().equals(name)) {
        return i;
      }
    }
    return -1;
  }

  private static int index(List<Contender> contenders, String name) {
    int i = indexOf(contenders, name);
    if (i < 0) {
      throw new IllegalArgumentException("no contender " + name);
    }
    return i;
  }

  /** {@code MEDIAN P10 P90} of {@code values} (sorted in place). */
  private static String summary(double[] values) {
    Arrays.sort(values);
    return String.format(Locale.ROOT, "%.3f %.3f %.3f", quantile(values, 0.5), quantile(values, 0.1),
        quantile(values, 0.9));
  }

  private static double quantile(double[] sorted, double q) {
    double pos = q * (sorted.length - 1);
    int lo = (int) Math.floor(pos);
    int hi = Math.min(sorted.length - 1, lo + 1);
    return sorted[lo] + (sorted[hi] - sorted[lo]) * (pos - lo);
  }
}
