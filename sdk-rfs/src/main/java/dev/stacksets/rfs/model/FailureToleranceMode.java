package dev.stacksets.rfs.model;

import dev.stacksets.core.internal.OpenEnums;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * How the failure tolerance interacts with concurrency (server-owned, open).
 *
 * <p>Immutable and thread-safe.
 *
 * <pre>{@code
 * FailureToleranceMode m = preferences.failureToleranceMode();
 * }</pre>
 */
public enum FailureToleranceMode {
  /** Concurrency is lowered as instances fail (the default). */
  STRICT_FAILURE_TOLERANCE("STRICT_FAILURE_TOLERANCE"),
  /** Concurrency stays at the configured level. */
  SOFT_FAILURE_TOLERANCE("SOFT_FAILURE_TOLERANCE"),
  /** A value this SDK version does not know; the model keeps the raw string. */
  UNKNOWN_TO_SDK_VERSION(null);

  private static final Map<String, FailureToleranceMode> BY_VALUE = OpenEnums.byValue(values(), v -> v.value);

  private final String value;

  FailureToleranceMode(String value) {
    this.value = value;
  }

  /** The wire value, or null for {@link #UNKNOWN_TO_SDK_VERSION}. */
  public @Nullable String value() {
    return value;
  }

  /**
   * Maps a wire value (case-sensitive, as the service documents it) to a constant.
   *
   * @return null for null, {@link #UNKNOWN_TO_SDK_VERSION} for a value this SDK version does not know
   */
  public static @Nullable FailureToleranceMode fromValue(@Nullable String value) {
    return OpenEnums.fromValue(BY_VALUE, value, UNKNOWN_TO_SDK_VERSION);
  }

  /** Every constant except {@link #UNKNOWN_TO_SDK_VERSION}. */
  public static Set<FailureToleranceMode> knownValues() {
    return OpenEnums.known(FailureToleranceMode.class, UNKNOWN_TO_SDK_VERSION);
  }

  @Override
  public String toString() {
    return value == null ? name() : value;
  }
}
