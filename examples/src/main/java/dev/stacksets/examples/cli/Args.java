package dev.stacksets.examples.cli;

import java.net.URI;
import java.net.URISyntaxException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Parsed command-line arguments: {@code --name value}, {@code --name=value}, boolean {@code --flag}s and positional
 * words, with checks that turn every mistake into a {@link UsageException} of one line: an unknown option, an option
 * given twice or without its value, a value for a flag, an option the command does not take
 * ({@link #acceptOnly(String, Set, Map)}), and a value of the wrong kind or out of range (the typed getters).
 *
 * <p>Immutable after parsing; not meant for sharing across threads.
 *
 * <pre>{@code
 * Args a = Args.parse(new String[] {"operations", "my_set", "--limit", "5"}, Set.of("limit"), Set.of("help"));
 * a.acceptOnly("operations", Set.of("limit"), Map.of());
 * int limit = a.intOption("limit", 20, 1, Integer.MAX_VALUE);
 * }</pre>
 */
public final class Args {
  private final Map<String, String> options;
  private final Set<String> flags;
  private final List<String> positionals;

  private Args(Map<String, String> options, Set<String> flags, List<String> positionals) {
    this.options = Collections.unmodifiableMap(options);
    this.flags = Collections.unmodifiableSet(flags);
    this.positionals = Collections.unmodifiableList(positionals);
  }

  /**
   * Parses {@code argv}. {@code -h} means {@code --help}; any other word starting with {@code -} (other than as an
   * option's value) is an unknown option.
   *
   * @param valued   option names that take a value
   * @param booleans option names that are flags
   * @throws UsageException for an unknown option, an option given twice, a missing value or a value for a flag
   */
  public static Args parse(String[] argv, Set<String> valued, Set<String> booleans) {
    Map<String, String> options = new LinkedHashMap<>();
    Set<String> flags = new HashSet<>();
    List<String> positionals = new ArrayList<>();
    for (int i = 0; i < argv.length; i++) {
      String a = argv[i];
      if (a.equals("-h")) {
        a = "--help";
      }
      if (!a.startsWith("-") || a.equals("-")) {
        positionals.add(a);
        continue;
      }
      if (!a.startsWith("--")) {
        throw new UsageException("unknown option " + a);
      }
      String name = a.substring(2);
      String value = null;
      int eq = name.indexOf('=');
      if (eq >= 0) {
        value = name.substring(eq + 1);
        name = name.substring(0, eq);
      }
      if (booleans.contains(name)) {
        if (value != null) {
          throw new UsageException("option --" + name + " takes no value");
        }
        flags.add(name);
      } else if (valued.contains(name)) {
        if (value == null) {
          if (i + 1 >= argv.length || argv[i + 1].startsWith("--")) {
            throw new UsageException("option --" + name + " needs a value");
          }
          value = argv[++i];
        }
        if (options.containsKey(name)) {
          throw new UsageException("option --" + name + " given twice");
        }
        options.put(name, value);
      } else {
        throw new UsageException("unknown option --" + name);
      }
    }
    return new Args(options, flags, positionals);
  }

  /**
   * Refuses every valued option given that {@code command} does not take.
   *
   * @param whyNot by option name, why the command has no use for it (appended in parentheses when present)
   * @throws UsageException {@code COMMAND does not take --OPTION}
   */
  public void acceptOnly(String command, Set<String> accepted, Map<String, String> whyNot) {
    for (String name : options.keySet()) {
      if (!accepted.contains(name)) {
        String why = whyNot.get(name);
        throw new UsageException(command + " does not take --" + name + (why == null ? "" : " (" + why + ")"));
      }
    }
  }

  /** The option's value as given, or {@code fallback}. */
  public String option(String name, String fallback) {
    return options.getOrDefault(name, fallback);
  }

  /**
   * The option as a whole number in {@code [min, max]}, or {@code fallback} when not given.
   *
   * @throws UsageException for anything else, naming the option and the range
   */
  public int intOption(String name, int fallback, int min, int max) {
    String v = options.get(name);
    if (v == null) {
      return fallback;
    }
    try {
      int n = Integer.parseInt(v.trim());
      if (n >= min && n <= max) {
        return n;
      }
    } catch (NumberFormatException e) {
      // refused below
    }
    throw new UsageException("--" + name + " must be a whole number from " + min + " to " + max + ", not '" + v
        + "'");
  }

  /**
   * The option as a duration longer than zero: {@code 90s}, {@code 30m}, {@code 2h} or ISO-8601 such as
   * {@code PT1H30M}; {@code fallback} when not given.
   *
   * @throws UsageException for anything else, naming the option
   */
  public Duration durationOption(String name, Duration fallback) {
    String v = options.get(name);
    if (v == null) {
      return fallback;
    }
    Duration d;
    try {
      String s = v.trim().toLowerCase(Locale.ROOT);
      if (s.matches("\\d+[smh]")) {
        long n = Long.parseLong(s.substring(0, s.length() - 1));
        char unit = s.charAt(s.length() - 1);
        d = unit == 's' ? Duration.ofSeconds(n) : unit == 'm' ? Duration.ofMinutes(n) : Duration.ofHours(n);
      } else {
        d = Duration.parse(s.toUpperCase(Locale.ROOT));
      }
    } catch (RuntimeException e) { // NumberFormatException, DateTimeParseException, ArithmeticException
      throw new UsageException("--" + name + " must look like 90s, 30m, 2h or PT1H30M, not '" + v + "'");
    }
    if (d.isNegative() || d.isZero()) {
      throw new UsageException("--" + name + " must be longer than zero, not '" + v + "'");
    }
    return d;
  }

  /**
   * The option lower-cased, which must be one of {@code allowed}; {@code fallback} when not given.
   *
   * @throws UsageException for another value, naming the option and the choices
   */
  public String choiceOption(String name, String fallback, String... allowed) {
    String v = options.get(name);
    if (v == null) {
      return fallback;
    }
    String lower = v.toLowerCase(Locale.ROOT);
    if (!Arrays.asList(allowed).contains(lower)) {
      throw new UsageException("--" + name + " must be " + String.join(" or ", allowed) + ", not '" + v + "'");
    }
    return lower;
  }

  /**
   * The option as an absolute {@code http} or {@code https} URL with a host, or null when not given.
   *
   * @throws UsageException for anything else, naming the option
   */
  public URI urlOption(String name) {
    String v = options.get(name);
    if (v == null) {
      return null;
    }
    try {
      URI uri = new URI(v);
      String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
      if ((scheme.equals("http") || scheme.equals("https")) && uri.getHost() != null) {
        return uri;
      }
    } catch (URISyntaxException e) {
      // refused below
    }
    throw new UsageException("--" + name + " must be an http or https URL with a host, not '" + v + "'");
  }

  /**
   * The option as a region name (lower-case letters and digits in dash-separated words, such as {@code cn-north-4}),
   * or null when not given.
   *
   * @throws UsageException for anything else, naming the option
   */
  public String regionOption(String name) {
    String v = options.get(name);
    if (v == null) {
      return null;
    }
    if (!v.matches("[a-z0-9]+(-[a-z0-9]+)*")) {
      throw new UsageException("--" + name + " must look like cn-north-4 or us-east-1, not '" + v + "'");
    }
    return v;
  }

  /** True when the flag was given. */
  public boolean flag(String name) {
    return flags.contains(name);
  }

  /** Positional words in order (unmodifiable). */
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
