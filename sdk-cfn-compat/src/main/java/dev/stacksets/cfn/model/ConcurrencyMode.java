package dev.stacksets.cfn.model;

import dev.stacksets.core.internal.OpenEnums;
import java.util.Collections;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * How the failure tolerance interacts with the maximum concurrency of an operation.
 *
 * <p>Open: a value this SDK does not know parses as {@link #UNKNOWN_TO_SDK_VERSION} and the raw string stays
 * readable through the model's {@code ...AsString()} getter. {@link #toString()} returns the wire value.
 *
 * <pre>{@code
 * ConcurrencyMode m = operation.operationPreferences().concurrencyMode();
 * }</pre>
 */
public enum ConcurrencyMode {
  /** {@code STRICT_FAILURE_TOLERANCE}: concurrency is lowered as failures approach the tolerance */
  STRICT_FAILURE_TOLERANCE("STRICT_FAILURE_TOLERANCE"),
  /** {@code SOFT_FAILURE_TOLERANCE}: concurrency stays at the configured value regardless of failures */
  SOFT_FAILURE_TOLERANCE("SOFT_FAILURE_TOLERANCE"),

  /** A value the service sent that this version of the SDK does not know; read the raw string instead. */
  UNKNOWN_TO_SDK_VERSION(null);

  private static final Map<String, ConcurrencyMode> BY_VALUE = OpenEnums.byValue(values(), v -> v.value);

  private final String value;

  ConcurrencyMode(String value) {
    this.value = value;
  }

  /**
   * The constant for a wire value.
   *
   * @param value the value as the service sends it
   * @return the constant, {@link #UNKNOWN_TO_SDK_VERSION} for an unknown value, or null for null
   */
  public static @Nullable ConcurrencyMode fromValue(@Nullable String value) {
    return OpenEnums.fromValue(BY_VALUE, value, UNKNOWN_TO_SDK_VERSION);
  }

  /** Every value this SDK knows (without {@link #UNKNOWN_TO_SDK_VERSION}); unmodifiable. */
  public static Set<ConcurrencyMode> knownValues() {
    return Collections.unmodifiableSet(OpenEnums.known(ConcurrencyMode.class, UNKNOWN_TO_SDK_VERSION));
  }

  /** The wire value ({@code UNKNOWN_TO_SDK_VERSION} for the unknown constant). */
  @Override
  public String toString() {
    return value != null ? value : name();
  }
}
