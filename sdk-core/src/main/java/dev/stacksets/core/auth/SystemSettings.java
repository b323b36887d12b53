package dev.stacksets.core.auth;

import java.nio.file.Path;
import java.util.Objects;
import java.util.function.Function;

/**
 * Where credential sources read the machine's settings: environment variables, system properties and the home
 * directory. The real one reads {@link System}; tests pass maps and a temporary directory, so no test depends on
 * the machine it runs on. Values are trimmed; blank values count as unset. Immutable and thread-safe.
 */
final class SystemSettings {
  private static final SystemSettings REAL = new SystemSettings(System::getenv, System::getProperty, null);

  private final Function<String, String> env;
  private final Function<String, String> properties;
  private final Path home;

  /**
   * @param env        environment variable lookup
   * @param properties system property lookup
   * @param home       the home directory, or null for the {@code user.home} property at the time of use
   */
  SystemSettings(Function<String, String> env, Function<String, String> properties, Path home) {
    this.env = Objects.requireNonNull(env, "env");
    this.properties = Objects.requireNonNull(properties, "properties");
    this.home = home;
  }

  static SystemSettings real() {
    return REAL;
  }

  /** The trimmed environment variable, or null when unset or blank. */
  String env(String name) {
    return clean(env.apply(name));
  }

  /** The trimmed system property, or null when unset or blank. */
  String property(String name) {
    return clean(properties.apply(name));
  }

  /** The home directory, or null when it is unknown. */
  Path home() {
    if (home != null) {
      return home;
    }
    String h = property("user.home");
    return h == null ? null : Path.of(h);
  }

  /** A configured file path: a leading {@code ~/} (or a lone {@code ~}) means the home directory. */
  Path expand(String path) {
    Path h = home();
    if (h != null && (path.equals("~") || path.startsWith("~/") || path.startsWith("~\\"))) {
      return path.length() == 1 ? h : h.resolve(path.substring(2));
    }
    return Path.of(path);
  }

  private static String clean(String v) {
    if (v == null) {
      return null;
    }
    String t = v.trim();
    return t.isEmpty() ? null : t;
  }
}
