package dev.stacksets.examples;

import dev.stacksets.core.exception.StackSetsException;
import dev.stacksets.examples.cli.Args;
import java.io.PrintStream;
import java.util.Arrays;
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
 * java -jar examples/target/stacksets-examples.jar wait my_stack_set 1f2e... --provider rfs --timeout 30m
 * java -jar examples/target/stacksets-examples.jar packs my-pack --region us-east-1
 * </pre>
 *
 * <p>Failures print one line on stderr (exit 1); command-line mistakes print one line and a hint (exit 2).
 */
public final class Main {
  static final String USAGE = String.join("\n",
      "usage: stacksets-examples [COMMAND] [ARGS] [OPTIONS]",
      "",
      "commands:",
      "  tour                                   guided demo against the embedded emulator (default)",
      "  stack-sets                             list stack sets",
      "  operations STACK_SET                   list a stack set's operations, newest first (neutral view)",
      "  results STACK_SET OPERATION_ID         per-target results of an operation, paged lazily",
      "  wait STACK_SET OPERATION_ID            wait until an operation finishes",
      "  packs CONFORMANCE_PACK                 per-account status of a Config organization conformance pack",
      "",
      "options:",
      "  --provider rfs|cfn   which cloud (default rfs; packs always uses AWS Config)",
      "  --region REGION      talk to the real cloud in REGION (credentials from the environment / profiles)",
      "  --endpoint URL       talk to this endpoint instead of the public one",
      "  --limit N            at most N rows (operations; default 20)",
      "  --timeout DURATION   wait: give up after DURATION (e.g. 90s, 30m, 2h; default 30m)",
      "  --help               this text",
      "",
      "Without --region or --endpoint every command runs against a fresh embedded emulator.");

  private Main() {}

  /** Runs a command and exits with its status. */
  public static void main(String[] args) {
    int status = run(args, System.out, System.err);
    if (status != 0) {
      System.exit(status);
    }
  }

  /** Runs a command; returns the exit status (0 ok, 1 failure, 2 usage). */
  public static int run(String[] argv, PrintStream out, PrintStream err) {
    try {
      Args args = Args.parse(argv, Set.of("provider", "region", "endpoint", "limit", "timeout"), Set.of("help"));
      String command = args.positionals().isEmpty() ? "tour" : args.positionals().get(0);
      if (args.flag("help")) {
        out.println(USAGE);
        return 0;
      }
      if (command.equals("tour")) {
        new Tour(out, err).run();
        return 0;
      }
      Commands commands = new Commands(args, out, err);
      String[] rest = args.positionals().subList(1, args.positionals().size()).toArray(new String[0]);
      switch (command) {
        case "stack-sets":
          commands.stackSets(rest);
          return 0;
        case "operations":
          commands.operations(rest);
          return 0;
        case "results":
          commands.results(rest);
          return 0;
        case "wait":
          commands.waitFor(rest);
          return 0;
        case "packs":
          commands.packs(rest);
          return 0;
        default:
          throw new Args.UsageException("unknown command '" + command + "'; commands: "
              + Arrays.asList("tour", "stack-sets", "operations", "results", "wait", "packs"));
      }
    } catch (Args.UsageException e) {
      err.println("error: " + e.getMessage());
      err.println("run with --help for usage");
      return 2;
    } catch (StackSetsException | IllegalArgumentException | IllegalStateException e) {
      err.println("error: " + oneLine(e.getMessage()));
      return 1;
    }
  }

  private static String oneLine(String message) {
    return message == null ? "unknown failure" : message.replace('\n', ' ');
  }
}
