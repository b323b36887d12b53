package dev.stacksets.core.internal.config;

import java.nio.file.Path;
import java.util.Locale;
import java.util.Objects;
import java.util.function.Function;

/**
 * Where the SDK reads the machine's settings: environment variables, system properties and the home directory. The
 * real one reads {@link System}; tests pass maps and a temporary directory, so no test depends on the machine it runs
 * on. Values are trimmed; blank values count as unset. Immutable and thread-safe.
 */
public final class SystemSettings {
  private static final SystemSettings REAL = new SystemSettings(System::getenv, System::getProperty, null);

  private final Function<String, String> env;
  private final Function<String, String> properties;
  private final Path home;
  private final boolean isolated;

  /**
   * Settings read through the given lookups.
   *
   * @param env        environment variable lookup
   * @param properties system property lookup
   * @param home       the home directory, or null for the {@code user.home} property at the time of use
   */
  public SystemSettings(Function<String, String> env, Function<String, String> properties, Path home) {
    this(env, properties, home, false);
  }

  private SystemSettings(Function<String, String> env, Function<String, String> properties, Path home,
      boolean isolated) {
    this.env = Objects.requireNonNull(env, "env");
    this.properties = Objects.requireNonNull(properties, "properties");
    this.home = home;
    this.isolated = isolated;
  }

  /** The machine's own settings. */
  public static SystemSettings real() {
    return REAL;
  }

  /**
   * Settings holding only the given environment variables: no system property, no home directory (so no shared
   * file), and no metadata service is asked ({@link #isolated()}). The client builders' test hook.
   */
  public static SystemSettings isolated(Function<String, String> env) {
    return new SystemSettings(env, name -> null, null, true);
  }

  /** True for {@link #isolated(Function)} settings: nothing beyond the given variables may be consulted. */
  public boolean isolated() {
    return isolated;
  }

  /** The trimmed environment variable, or null when unset or blank. */
  public String env(String name) {
    return clean(env.apply(name));
  }

  /** The trimmed system property, or null when unset or blank. */
  public String property(String name) {
    return clean(properties.apply(name));
  }

  /** The system property if set, else the environment variable; null when neither is. */
  public String propertyOrEnv(String property, String envName) {
    String p = property(property);
    return p != null ? p : env(envName);
  }

  /** The home directory, or null when it is unknown (always null for isolated settings). */
  public Path home() {
    if (home != null || isolated) {
      return home;
    }
    String h = property("user.home");
    return h == null ? null : Path.of(h);
  }

  /** A configured file path: a leading {@code ~/} (or a lone {@code ~}) means the home directory. */
  public Path expand(String path) {
    Path h = home();
    if (h != null && (path.equals("~") || path.startsWith("~/") || path.startsWith("~\\"))) {
      return path.length() == 1 ? h : h.resolve(path.substring(2));
    }
    return Path.of(path);
  }

  /**
   * Reads a boolean setting value: {@code true} or {@code false} in any case; null when {@code value} is null.
   *
   * @param name what holds the value, for the message
   * @throws IllegalStateException naming {@code name} when the value is neither
   */
  public static Boolean bool(String value, String name) {
    if (value == null) {
      return null;
    }
    String v = value.trim().toLowerCase(Locale.ROOT);
    if (v.equals("true")) {
      return Boolean.TRUE;
    }
    if (v.equals("false")) {
      return Boolean.FALSE;
    }
    throw new IllegalStateException(name + " must be true or false: '" + value + "'");
  }

  private static String clean(String v) {
    if (v == null) {
      return null;
    }
    String t = v.trim();
    return t.isEmpty() ? null : t;
  }
}
