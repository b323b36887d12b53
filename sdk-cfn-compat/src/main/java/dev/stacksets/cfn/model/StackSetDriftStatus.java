package dev.stacksets.cfn.model;

import dev.stacksets.core.internal.OpenEnums;
import java.util.Collections;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * The drift status of a stack set as a whole.
 *
 * <p>Open: a value this SDK does not know parses as {@link #UNKNOWN_TO_SDK_VERSION} and the raw string stays
 * readable through the model's {@code ...AsString()} getter. {@link #toString()} returns the wire value.
 *
 * <pre>{@code
 * StackSetDriftStatus s = operation.stackSetDriftDetectionDetails().driftStatus();
 * }</pre>
 */
public enum StackSetDriftStatus {
  /** {@code DRIFTED}: at least one stack instance has drifted */
  DRIFTED("DRIFTED"),
  /** {@code IN_SYNC}: no stack instance has drifted */
  IN_SYNC("IN_SYNC"),
  /** {@code NOT_CHECKED}: drift was never detected */
  NOT_CHECKED("NOT_CHECKED"),

  /** A value the service sent that this version of the SDK does not know; read the raw string instead. */
  UNKNOWN_TO_SDK_VERSION(null);

  private static final Map<String, StackSetDriftStatus> BY_VALUE = OpenEnums.byValue(values(), v -> v.value);

  private final String value;

  StackSetDriftStatus(String value) {
    this.value = value;
  }

  /**
   * The constant for a wire value.
   *
   * @param value the value as the service sends it
   * @return the constant, {@link #UNKNOWN_TO_SDK_VERSION} for an unknown value, or null for null
   */
  public static @Nullable StackSetDriftStatus fromValue(@Nullable String value) {
    return OpenEnums.fromValue(BY_VALUE, value, UNKNOWN_TO_SDK_VERSION);
  }

  /** Every value this SDK knows (without {@link #UNKNOWN_TO_SDK_VERSION}); unmodifiable. */
  public static Set<StackSetDriftStatus> knownValues() {
    return Collections.unmodifiableSet(OpenEnums.known(StackSetDriftStatus.class, UNKNOWN_TO_SDK_VERSION));
  }

  /** The wire value ({@code UNKNOWN_TO_SDK_VERSION} for the unknown constant). */
  @Override
  public String toString() {
    return value != null ? value : name();
  }
}
