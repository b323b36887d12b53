package dev.stacksets.examples;

import dev.stacksets.examples.cli.Args;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The CLI's commands: each one's name, arguments and the options it takes. {@link Main} refuses any other option
 * for the command, and the usage text is written from this table, so the two cannot disagree.
 */
enum Command {
  TOUR("tour", List.of(), EnumSet.noneOf(Option.class),
      "guided demo against the embedded emulator (the default command)",
      Map.of("provider", "it always runs against the embedded emulator",
          "region", "it always runs against the embedded emulator",
          "endpoint", "it always runs against the embedded emulator")),
  STACK_SETS("stack-sets", List.of(), EnumSet.of(Option.PROVIDER, Option.REGION, Option.ENDPOINT, Option.LIMIT),
      "list stack sets", Map.of()),
  OPERATIONS("operations", List.of("STACK_SET"),
      EnumSet.of(Option.PROVIDER, Option.REGION, Option.ENDPOINT, Option.LIMIT),
      "list a stack set's operations, newest first (neutral view; the 20 newest unless --limit says otherwise)",
      Map.of()),
  RESULTS("results", List.of("STACK_SET", "OPERATION_ID"),
      EnumSet.of(Option.PROVIDER, Option.REGION, Option.ENDPOINT, Option.LIMIT),
      "per-target results of an operation, paged lazily", Map.of()),
  WAIT("wait", List.of("STACK_SET", "OPERATION_ID"),
      EnumSet.of(Option.PROVIDER, Option.REGION, Option.ENDPOINT, Option.TIMEOUT),
      "wait until an operation ends; stderr gets a line per change of status, target counts or failures",
      Map.of()),
  PACKS("packs", List.of("CONFORMANCE_PACK"), EnumSet.of(Option.REGION, Option.ENDPOINT, Option.LIMIT),
      "per-account status of a Config organization conformance pack",
      Map.of("provider", "conformance packs are always AWS Config")),
  SERVE("serve", List.of(), EnumSet.of(Option.PORT, Option.SEED, Option.TIME_SPEED, Option.STATE),
      "the emulator as a server for any client, as java -jar stacksets-emulator.jar runs it; Ctrl-C stops it",
      Map.of("provider", "it serves both clouds", "region", "it serves on 127.0.0.1",
          "endpoint", "it serves on 127.0.0.1"));

  /** The valued options; {@code --help} ({@code -h}) is the only flag and every command takes it. */
  enum Option {
    PROVIDER("provider", "rfs|cfn", "which cloud (default rfs)"),
    REGION("region", "REGION", "talk to the real cloud in REGION (credentials from the environment / profiles)"),
    ENDPOINT("endpoint", "URL", "talk to this http(s) endpoint instead of the public one"),
    LIMIT("limit", "N", "at most N rows, 1 to " + Integer.MAX_VALUE + " (default: 20 for operations, all for the "
        + "others)"),
    TIMEOUT("timeout", "DURATION", "give up after DURATION of wall-clock time (90s, 30m, 2h or PT1H30M; default "
        + "30m)"),
    PORT("port", "N", "serve on this port of 127.0.0.1, 0 for any free one (default 4566)"),
    SEED("seed", "N", "seed of the emulator's generated data (default 42)"),
    TIME_SPEED("time-speed", "X", "emulator seconds per wall-clock second, 0 to freeze (default 1)"),
    STATE("state", "FILE", "load the emulator's model from FILE if it exists, save it there on exit");

    final String name;
    final String valueName;
    final String description;

    Option(String name, String valueName, String description) {
      this.name = name;
      this.valueName = valueName;
      this.description = description;
    }

    static Set<String> names() {
      return EnumSet.allOf(Option.class).stream().map(o -> o.name).collect(Collectors.toSet());
    }
  }

  final String word;
  final List<String> arguments;
  final Set<Option> options;
  final String summary;
  private final Map<String, String> whyNot;

  Command(String word, List<String> arguments, Set<Option> options, String summary, Map<String, String> whyNot) {
    this.word = word;
    this.arguments = arguments;
    this.options = options;
    this.summary = summary;
    this.whyNot = whyNot;
  }

  /** The command called {@code word}. */
  static Command named(String word) {
    for (Command c : values()) {
      if (c.word.equals(word)) {
        return c;
      }
    }
    List<String> words = new ArrayList<>();
    for (Command c : values()) {
      words.add(c.word);
    }
    throw new Args.UsageException("unknown command '" + word + "'; commands: " + words);
  }

  /** Refuses options this command does not take, then a wrong number of arguments. */
  void check(Args args) {
    args.acceptOnly(word, options.stream().map(o -> o.name).collect(Collectors.toSet()), whyNot);
    List<String> rest = args.positionals().subList(Math.min(1, args.positionals().size()),
        args.positionals().size());
    if (rest.size() != arguments.size()) {
      throw new Args.UsageException("expected " + (arguments.isEmpty() ? "no arguments" : String.join(" ", arguments))
          + ", got " + rest.size() + " argument(s)");
    }
  }

  /** The usage text: every command with exactly the options it takes, then what each option means. */
  static String usage() {
    StringBuilder sb = new StringBuilder();
    sb.append("usage: stacksets-examples [COMMAND] [ARGS] [OPTIONS]\n\ncommands:\n");
    for (Command c : values()) {
      StringBuilder synopsis = new StringBuilder("  ").append(c.word);
      c.arguments.forEach(a -> synopsis.append(' ').append(a));
      c.options.forEach(o -> synopsis.append(" [--").append(o.name).append(' ').append(o.valueName).append(']'));
      sb.append(synopsis).append('\n').append("      ").append(c.summary).append('\n');
    }
    sb.append("\noptions:\n");
    for (Option o : Option.values()) {
      sb.append(String.format("  --%-18s %s\n", o.name + " " + o.valueName, o.description));
    }
    sb.append(String.format("  %-20s %s\n", "--help, -h", "this text"));
    sb.append("\nWithout --region or --endpoint a command runs against a fresh embedded emulator, seeded alike on\n")
        .append("every run, whose time runs ").append((int) Commands.EMULATOR_TIME_SPEED)
        .append("x faster than the wall clock. Try `operations my_hello_world_stack_set\n")
        .append("--limit 1` for the id of its running operation, then `wait my_hello_world_stack_set ID`.");
    return sb.toString();
  }
}
