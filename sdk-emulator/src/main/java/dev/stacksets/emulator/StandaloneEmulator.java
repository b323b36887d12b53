package dev.stacksets.emulator;

import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import org.jspecify.annotations.Nullable;

/**
 * The emulator as a server process that any client can use: {@code java -jar stacksets-emulator.jar [--port 4566]
 * [--seed N] [--time-speed X] [--state FILE] [--no-seed-data]}. It prints its endpoints and the environment a user
 * exports for the AWS SDKs / CLI and the Huawei Cloud SDKs, serves until the JVM is stopped (SIGTERM or Ctrl-C run
 * its shutdown hook, which stops the server and, with {@code --state}, saves the model), and answers
 * {@code GET /_emulator/health} for scripts that wait for it. Bad arguments print the usage and exit with status 2;
 * a failure to start (a busy port, an unreadable state file) exits with status 1.
 *
 * <p>{@link #start(String...)} runs the same server inside a JVM (the examples CLI's {@code serve} command does).
 * Thread-safe.
 *
 * <pre>{@code
 * try (StandaloneEmulator server = StandaloneEmulator.start("--port", "0", "--time-speed", "60")) {
 *   System.out.println(server.banner());
 *   server.awaitClose();
 * }
 * }</pre>
 */
public final class StandaloneEmulator implements AutoCloseable {
  /** The port used unless {@code --port} says otherwise (the port LocalStack users already point their tools at). */
  public static final int DEFAULT_PORT = 4566;
  /** The project id the banner suggests for Huawei Cloud SDKs (the stack-set APIs do not use one). */
  public static final String PROJECT_ID = "0123456789abcdef0123456789abcdef";

  private final StackSetEmulator emulator;
  private final double timeSpeed;
  private final CountDownLatch closed = new CountDownLatch(1);

  private StandaloneEmulator(StackSetEmulator emulator, double timeSpeed) {
    this.emulator = emulator;
    this.timeSpeed = timeSpeed;
  }

  /**
   * Starts a server with these command-line arguments.
   *
   * @throws IllegalArgumentException for a bad argument (the message names it), or {@code --help}
   * @throws UncheckedIOException     when the port cannot be bound or the state file cannot be read
   */
  public static StandaloneEmulator start(String... args) {
    Options o = Options.parse(args);
    if (o.help) {
      throw new IllegalArgumentException("--help is not a server setting");
    }
    StackSetEmulator.Builder b = StackSetEmulator.builder().port(o.port).seed(o.seed).timeSpeed(o.timeSpeed)
        .seedData(o.seedData);
    if (o.state != null) {
      b.stateFile(o.state);
    }
    return new StandaloneEmulator(b.start(), o.timeSpeed);
  }

  /** Runs the server until the JVM is stopped; exits with 2 for bad arguments and 1 when it cannot start. */
  public static void main(String[] args) {
    quietLogging();
    int status = run(args, System.out, System.err);
    if (status != 0) {
      System.exit(status);
    }
  }

  /**
   * Parses, starts, prints the banner on {@code out}, installs the shutdown hook and waits until the server is
   * closed. Returns the exit status: 0 after a normal stop or {@code --help}, 1 when the server cannot start, 2 for
   * bad arguments (with the usage on {@code err}).
   */
  static int run(String[] args, PrintStream out, PrintStream err) {
    Options o;
    try {
      o = Options.parse(args);
    } catch (IllegalArgumentException e) {
      err.println("error: " + e.getMessage());
      err.println(usage());
      return 2;
    }
    if (o.help) {
      out.println(usage());
      return 0;
    }
    StandaloneEmulator server;
    try {
      server = start(args);
    } catch (UncheckedIOException | IllegalArgumentException e) {
      err.println("error: " + e.getMessage());
      return 1;
    }
    out.println(server.banner());
    out.flush();
    Runtime.getRuntime().addShutdownHook(new Thread(() -> {
      try {
        server.close();
        out.println("stacksets emulator stopped" + (server.emulator.stateFile() == null ? ""
            : "; state saved to " + server.emulator.stateFile()));
      } catch (RuntimeException e) {
        err.println("error: " + e.getMessage());
      }
      out.flush();
    }, "stacksets-emulator-shutdown"));
    try {
      server.awaitClose();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
    return 0;
  }

  /** The usage text. */
  public static String usage() {
    return String.join("\n",
        "usage: java -jar stacksets-emulator.jar [--port N] [--seed N] [--time-speed X] [--state FILE] "
            + "[--no-seed-data]",
        "",
        "Serves Huawei Cloud RFS, AWS CloudFormation and AWS Config stack sets on 127.0.0.1.",
        "",
        "  --port N          the port to listen on, 0 for any free one (default " + DEFAULT_PORT + ")",
        "  --seed N          seed of the generated data (default " + StackSetEmulator.DEFAULT_SEED + ")",
        "  --time-speed X    emulator seconds per wall-clock second, >= 0; 0 freezes time (move it with",
        "                    POST /_emulator/time/advance?seconds=N) (default 1)",
        "  --state FILE      load the model from FILE at start if it exists, save it there on exit",
        "  --no-seed-data    start with no stack sets and no conformance packs",
        "  --help            this text",
        "",
        "Stop it with SIGTERM or Ctrl-C. GET /_emulator/health answers 200 once it serves.");
  }

  /** The running emulator. */
  public StackSetEmulator emulator() {
    return emulator;
  }

  /**
   * What a user exports so that clients find the emulator: {@code AWS_ENDPOINT_URL}, {@code AWS_ACCESS_KEY_ID},
   * {@code AWS_SECRET_ACCESS_KEY}, {@code AWS_REGION} (and {@code AWS_DEFAULT_REGION}, which the AWS CLI v1 and boto3
   * read), {@code HUAWEICLOUD_SDK_AK}, {@code HUAWEICLOUD_SDK_SK},
   * {@code HUAWEICLOUD_SDK_PROJECT_ID} and {@code HUAWEICLOUD_SDK_REGION_RFS_<REGION>} (the endpoint override the
   * Huawei Cloud SDKs read). The keys are the emulator's fixed, public test credentials.
   */
  public Map<String, String> environment() {
    Map<String, String> env = new LinkedHashMap<>();
    String endpoint = emulator.endpoint().toString();
    env.put("AWS_ENDPOINT_URL", endpoint);
    env.put("AWS_ACCESS_KEY_ID", emulator.credentials().accessKeyId());
    env.put("AWS_SECRET_ACCESS_KEY", emulator.credentials().secretAccessKey());
    env.put("AWS_REGION", emulator.region());
    env.put("AWS_DEFAULT_REGION", emulator.region());
    env.put("HUAWEICLOUD_SDK_AK", emulator.credentials().accessKeyId());
    env.put("HUAWEICLOUD_SDK_SK", emulator.credentials().secretAccessKey());
    env.put("HUAWEICLOUD_SDK_PROJECT_ID", PROJECT_ID);
    env.put("HUAWEICLOUD_SDK_REGION_RFS_" + emulator.rfsRegion().toUpperCase(Locale.ROOT).replace('-', '_'),
        endpoint);
    return env;
  }

  /** What the server prints when it starts: its endpoints and the environment to export. */
  public String banner() {
    String e = emulator.endpoint().toString();
    List<String> lines = new ArrayList<>();
    lines.add("stacksets emulator listening on " + e + " (seed " + emulator.seed() + ", time speed " + timeSpeed
        + "x, " + (emulator.stateFile() == null ? "no state file" : "state file " + emulator.stateFile()) + ")");
    lines.add("  RFS             " + e + "/v1/stack-sets (region " + emulator.rfsRegion() + ")");
    lines.add("  CloudFormation  " + e + "/ (Query protocol, version 2010-05-15)");
    lines.add("  Config          " + e + "/ (X-Amz-Target: StarlingDoveService.*)");
    lines.add("  health          " + e + "/_emulator/health");
    lines.add("  advance time    curl -X POST '" + e + "/_emulator/time/advance?seconds=60'");
    lines.add("");
    lines.add("# export these for the AWS SDKs, the AWS CLI and boto3, and for the Huawei Cloud SDKs:");
    environment().forEach((k, v) -> lines.add("export " + k + "=" + shellQuote(v)));
    return String.join("\n", lines);
  }

  private static String shellQuote(String v) {
    return v.matches("[A-Za-z0-9_./:-]*") ? v : "'" + v.replace("'", "'\\''") + "'";
  }

  /** Blocks until {@link #close()}. */
  public void awaitClose() throws InterruptedException {
    closed.await();
  }

  /** Stops the server, saves the state (with {@code --state}) and releases {@link #awaitClose()}; idempotent. */
  @Override
  public void close() {
    try {
      emulator.close();
    } finally {
      closed.countDown();
    }
  }

  @Override
  public String toString() {
    return "StandaloneEmulator{" + emulator + "}";
  }

  /** Without a setting of its own, slf4j-simple (in the runnable jar) logs warnings only, on stderr. */
  private static void quietLogging() {
    if (System.getProperty("org.slf4j.simpleLogger.defaultLogLevel") == null) {
      System.setProperty("org.slf4j.simpleLogger.defaultLogLevel", "warn");
    }
  }

  /** The parsed command line. */
  private static final class Options {
    int port = DEFAULT_PORT;
    long seed = StackSetEmulator.DEFAULT_SEED;
    double timeSpeed = 1.0;
    @Nullable Path state;
    boolean seedData = true;
    boolean help;

    static Options parse(String... args) {
      Options o = new Options();
      for (int i = 0; i < args.length; i++) {
        String arg = args[i];
        String name = arg;
        String value = null;
        int eq = arg.indexOf('=');
        if (arg.startsWith("--") && eq > 0) {
          name = arg.substring(0, eq);
          value = arg.substring(eq + 1);
        }
        switch (name) {
          case "--help":
          case "-h":
            o.help = true;
            break;
          case "--no-seed-data":
            o.seedData = false;
            break;
          case "--port":
            value = value != null ? value : next(args, ++i, name);
            o.port = (int) number(value, name, 0, 65535);
            break;
          case "--seed":
            value = value != null ? value : next(args, ++i, name);
            o.seed = number(value, name, Long.MIN_VALUE, Long.MAX_VALUE);
            break;
          case "--time-speed":
            value = value != null ? value : next(args, ++i, name);
            o.timeSpeed = speed(value);
            break;
          case "--state":
            value = value != null ? value : next(args, ++i, name);
            if (value.isBlank()) {
              throw new IllegalArgumentException("--state needs a file name");
            }
            o.state = Path.of(value);
            break;
          default:
            throw new IllegalArgumentException("unknown argument '" + arg + "'");
        }
      }
      return o;
    }

    private static String next(String[] args, int i, String name) {
      if (i >= args.length || args[i].startsWith("--")) {
        throw new IllegalArgumentException(name + " needs a value");
      }
      return args[i];
    }

    private static long number(String value, String name, long min, long max) {
      long n;
      try {
        n = Long.parseLong(value.trim());
      } catch (NumberFormatException e) {
        throw new IllegalArgumentException(name + " must be a whole number, was '" + value + "'");
      }
      if (n < min || n > max) {
        throw new IllegalArgumentException(name + " must be from " + min + " to " + max + ", was " + n);
      }
      return n;
    }

    private static double speed(String value) {
      double d;
      try {
        d = Double.parseDouble(value.trim());
      } catch (NumberFormatException e) {
        throw new IllegalArgumentException("--time-speed must be a number, was '" + value + "'");
      }
      if (!(d >= 0) || Double.isInfinite(d)) {
        throw new IllegalArgumentException("--time-speed must be a finite number >= 0, was '" + value + "'");
      }
      return d;
    }
  }
}
