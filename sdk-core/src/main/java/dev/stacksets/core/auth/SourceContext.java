package dev.stacksets.core.auth;

import dev.stacksets.core.internal.config.SystemSettings;
import java.time.Clock;
import java.util.Objects;

/**
 * What every credential source reads its settings from and judges expiry by: the machine's settings (tests pass
 * their own) and a clock (tests move it). Immutable.
 *
 * @param settings environment variables, system properties and the home directory
 * @param clock    signing time of token-service calls and the expiry clock of cached credentials
 */
record SourceContext(SystemSettings settings, Clock clock) {
  SourceContext {
    Objects.requireNonNull(settings, "settings");
    Objects.requireNonNull(clock, "clock");
  }

  /** The machine's settings and the UTC system clock. */
  static SourceContext real() {
    return new SourceContext(SystemSettings.real(), Clock.systemUTC());
  }
}
