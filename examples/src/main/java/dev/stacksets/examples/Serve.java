package dev.stacksets.examples;

import dev.stacksets.emulator.StandaloneEmulator;
import dev.stacksets.examples.cli.Args;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

/**
 * The {@code serve} command: the emulator's standalone server ({@link StandaloneEmulator}) inside this JVM, for any
 * client of the three protocols (the AWS CLI, boto3, a test suite in another language). It prints the endpoints and
 * the environment to export, then serves until the JVM stops (Ctrl-C or SIGTERM) or the thread is interrupted.
 * Every option's value is checked when this is made, before anything runs.
 *
 * <p>Not thread-safe; one per run.
 */
final class Serve {
  private final List<String> serverArgs = new ArrayList<>();
  private final PrintStream out;

  /**
   * Reads and checks the options.
   *
   * @throws Args.UsageException for a bad option value
   */
  Serve(Args args, PrintStream out) {
    this.out = out;
    serverArgs.add("--port");
    serverArgs.add(String.valueOf(args.intOption("port", StandaloneEmulator.DEFAULT_PORT, 0, 65535)));
    String seed = args.option("seed", null);
    if (seed != null) {
      try {
        Long.parseLong(seed.trim());
      } catch (NumberFormatException e) {
        throw new Args.UsageException("--seed must be a whole number, not '" + seed + "'");
      }
      serverArgs.add("--seed");
      serverArgs.add(seed.trim());
    }
    String speed = args.option("time-speed", null);
    if (speed != null) {
      double d;
      try {
        d = Double.parseDouble(speed.trim());
      } catch (NumberFormatException e) {
        d = -1;
      }
      if (!(d >= 0) || Double.isInfinite(d)) {
        throw new Args.UsageException("--time-speed must be a number >= 0, not '" + speed + "'");
      }
      serverArgs.add("--time-speed");
      serverArgs.add(speed.trim());
    }
    String state = args.option("state", null);
    if (state != null) {
      if (state.isBlank()) {
        throw new Args.UsageException("--state must name a file");
      }
      serverArgs.add("--state");
      serverArgs.add(state);
    }
  }

  /**
   * Starts the server, prints its banner and serves until the JVM stops or this thread is interrupted.
   *
   * @throws IllegalStateException when the server cannot start (a busy port, an unreadable state file)
   */
  void run() {
    StandaloneEmulator server;
    try {
      server = StandaloneEmulator.start(serverArgs.toArray(String[]::new));
    } catch (UncheckedIOException e) {
      throw new IllegalStateException(e.getMessage(), e);
    }
    Thread hook = new Thread(server::close, "stacksets-serve-shutdown");
    Runtime.getRuntime().addShutdownHook(hook);
    out.println(server.banner());
    out.flush();
    try {
      server.awaitClose();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    } finally {
      try {
        Runtime.getRuntime().removeShutdownHook(hook);
      } catch (IllegalStateException shuttingDown) {
        // the hook is running: it closes the server
      }
      server.close();
      out.println("stacksets emulator stopped" + (server.emulator().stateFile() == null ? ""
          : "; state saved to " + server.emulator().stateFile()));
      out.flush();
    }
  }
}
