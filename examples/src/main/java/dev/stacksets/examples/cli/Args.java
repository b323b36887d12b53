package dev.stacksets.examples.cli;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Parsed command-line arguments: {@code --name value}, {@code --name=value}, boolean {@code --flag}s and positional
 * words. Unknown options are an error with a one-line message.
 *
 * <p>Immutable after parsing; not meant for sharing across threads.
 *
 * <pre>{@code
 * Args a = Args.parse(new String[] {"--provider", "rfs", "my_set"}, Set.of("provider"), Set.of("help"));
 * String provider = a.option("provider", "rfs");
 * }</pre>
 */
public final class Args {
  private final Map<String, String> options;
  private final Set<String> flags;
  private final List<String> positionals;

  private Args(Map<String, String> options, Set<String> flags, List<String> positionals) {
    this.options = options;
    this.flags = flags;
    this.positionals = positionals;
  }

  /**
   * Parses {@code argv}.
   *
   * @param valued   option names that take a value
   * @param booleans option names that are flags
   * @throws UsageException for an unknown option or a missing value
   */
  public static Args parse(String[] argv, Set<String> valued, Set<String> booleans) {
    Map<String, String> options = new LinkedHashMap<>();
    Set<String> flags = new java.util.HashSet<>();
    List<String> positionals = new ArrayList<>();
    for (int i = 0; i < argv.length; i++) {
      String a = argv[i];
      if (a.equals("-h")) {
        a = "--help";
      }
      if (!a.startsWith("--")) {
        positionals.add(a);
        continue;
      }
      String name = a.substring(2);
      String value = null;
      int eq = name.indexOf('=');
      if (eq >= 0) {
        value = name.substring(eq + 1);
        name = name.substring(0, eq);
      }
      if (booleans.contains(name) && value == null) {
        flags.add(name);
      } else if (valued.contains(name)) {
        if (value == null) {
          if (i + 1 >= argv.length) {
            throw new UsageException("option --" + name + " needs a value");
          }
          value = argv[++i];
        }
        options.put(name, value);
      } else {
        throw new UsageException("unknown option --" + name);
      }
    }
    return new Args(options, flags, positionals);
  }

  /** The option's value, or {@code fallback}. */
  public String option(String name, String fallback) {
    return options.getOrDefault(name, fallback);
  }

  /** True when the flag was given. */
  public boolean flag(String name) {
    return flags.contains(name);
  }

  /** Positional words in order. */
  public List<String> positionals() {
    return positionals;
  }

  /** A mistake in the command line, reported as one line plus a hint to use {@code --help}. */
  public static final class UsageException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    /** With the message to print. */
    public UsageException(String message) {
      super(message);
    }
  }
}
