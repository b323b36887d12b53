package dev.stacksets.examples;

import dev.stacksets.core.exception.StackSetsException;
import dev.stacksets.examples.cli.Args;
import java.io.Console;
import java.io.PrintStream;
import java.util.List;
import java.util.Set;

/**
 * The examples program: {@code tour} (the default) runs the guided demo against the embedded emulator; the other
 * subcommands work against the emulator or, given {@code --region} or {@code --endpoint}, a real cloud with
 * credentials from the standard environment variables and profile files.
 *
 * <pre>
 * java -jar examples/target/stacksets-examples.jar                    # the tour
 * java -jar examples/target/stacksets-examples.jar stack-sets --provider cfn --region us-east-1
 * java -jar examples/target/stacksets-examples.jar operations my_stack_set --provider rfs --region cn-north-4
 * java -jar examples/target/stacksets-examples.jar results my-set 1f2e... --provider cfn --region us-east-1
 * java -jar examples/target/stacksets-examples.jar wait my_stack_set 1f2e... --region cn-north-4 --timeout 30m
 * java -jar examples/target/stacksets-examples.jar packs my-pack --region us-east-1 --limit 20
 * java -jar examples/target/stacksets-examples.jar serve --port 4566 --time-speed 60
 * </pre>
 *
 * <p>Each command takes only the options its usage line lists (see {@code --help}); any other option, a value of the
 * wrong kind and a wrong number of arguments are refused with one line and a hint (exit 2) before anything runs.
 * Failures print one line on stderr (exit 1).
 */
public final class Main {
  static final String USAGE = Command.usage();

  private Main() {}

  /** Runs a command and exits with its status; progress is redrawn in place only when run from a terminal. */
  public static void main(String[] args) {
    int status = run(args, System.out, System.err, interactive());
    if (status != 0) {
      System.exit(status);
    }
  }

  /**
   * Runs a command with {@code err} taken as not a terminal (progress as plain lines); returns the exit status
   * (0 ok, 1 failure, 2 usage).
   */
  public static int run(String[] argv, PrintStream out, PrintStream err) {
    return run(argv, out, err, false);
  }

  /**
   * Runs a command; returns the exit status (0 ok, 1 failure, 2 usage).
   *
   * @param errIsTerminal whether {@code err} is an interactive terminal: progress is then redrawn in place with a
   *     carriage return, otherwise written as plain lines
   */
  public static int run(String[] argv, PrintStream out, PrintStream err, boolean errIsTerminal) {
    try {
      Args args = Args.parse(argv, Command.Option.names(), Set.of("help"));
      if (args.flag("help")) {
        out.println(USAGE);
        return 0;
      }
      List<String> words = args.positionals();
      Command command = Command.named(words.isEmpty() ? "tour" : words.get(0));
      command.check(args);
      if (command == Command.TOUR) {
        new Tour(out, err, errIsTerminal).run();
        return 0;
      }
      if (command == Command.SERVE) {
        new Serve(args, out).run();
        return 0;
      }
      Commands commands = new Commands(args, out, err, errIsTerminal);
      switch (command) {
        case STACK_SETS:
          commands.stackSets();
          break;
        case OPERATIONS:
          commands.operations(words.get(1));
          break;
        case RESULTS:
          commands.results(words.get(1), words.get(2));
          break;
        case WAIT:
          commands.waitFor(words.get(1), words.get(2));
          break;
        case PACKS:
          commands.packs(words.get(1));
          break;
        default:
          throw new IllegalStateException("no runner for " + command);
      }
      return 0;
    } catch (Args.UsageException e) {
      err.println("error: " + e.getMessage());
      err.println("run with --help for usage");
      return 2;
    } catch (StackSetsException | IllegalArgumentException | IllegalStateException e) {
      err.println("error: " + oneLine(e.getMessage()));
      return 1;
    }
  }

  /**
   * Whether the program talks to an interactive terminal: {@link System#console()} is null when it does not; on
   * Java 22 and later, which may return a console for redirected streams too, {@code Console.isTerminal()} decides.
   */
  static boolean interactive() {
    Console console = System.console();
    if (console == null) {
      return false;
    }
    try {
      return (Boolean) Console.class.getMethod("isTerminal").invoke(console);
    } catch (NoSuchMethodException e) {
      return true; // Java 17 to 21: a console exists only for a terminal
    } catch (ReflectiveOperationException | RuntimeException e) {
      return false;
    }
  }

  private static String oneLine(String message) {
    return message == null ? "unknown failure" : message.replace('\n', ' ');
  }
}
