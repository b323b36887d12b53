package dev.stacksets.cfn.model;

import dev.stacksets.core.internal.OpenEnums;
import java.util.Collections;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * The status of a stack-set drift detection operation.
 *
 * <p>Open: a value this SDK does not know parses as {@link #UNKNOWN_TO_SDK_VERSION} and the raw string stays
 * readable through the model's {@code ...AsString()} getter. {@link #toString()} returns the wire value.
 *
 * <pre>{@code
 * StackSetDriftDetectionStatus s = details.driftDetectionStatus();
 * }</pre>
 */
public enum StackSetDriftDetectionStatus {
  /** {@code COMPLETED}: drift detection finished for every instance */
  COMPLETED("COMPLETED"),
  /** {@code FAILED}: the failure tolerance was exceeded */
  FAILED("FAILED"),
  /** {@code PARTIAL_SUCCESS}: finished, but some instances failed */
  PARTIAL_SUCCESS("PARTIAL_SUCCESS"),
  /** {@code IN_PROGRESS}: running */
  IN_PROGRESS("IN_PROGRESS"),
  /** {@code STOPPED}: stopped by a user */
  STOPPED("STOPPED"),

  /** A value the service sent that this version of the SDK does not know; read the raw string instead. */
  UNKNOWN_TO_SDK_VERSION(null);

  private static final Map<String, StackSetDriftDetectionStatus> BY_VALUE = OpenEnums.byValue(values(), v -> v.value);

  private final String value;

  StackSetDriftDetectionStatus(String value) {
    this.value = value;
  }

  /**
   * The constant for a wire value.
   *
   * @param value the value as the service sends it
   * @return the constant, {@link #UNKNOWN_TO_SDK_VERSION} for an unknown value, or null for null
   */
  public static @Nullable StackSetDriftDetectionStatus fromValue(@Nullable String value) {
    return OpenEnums.fromValue(BY_VALUE, value, UNKNOWN_TO_SDK_VERSION);
  }

  /** Every value this SDK knows (without {@link #UNKNOWN_TO_SDK_VERSION}); unmodifiable. */
  public static Set<StackSetDriftDetectionStatus> knownValues() {
    return Collections.unmodifiableSet(OpenEnums.known(StackSetDriftDetectionStatus.class, UNKNOWN_TO_SDK_VERSION));
  }

  /** The wire value ({@code UNKNOWN_TO_SDK_VERSION} for the unknown constant). */
  @Override
  public String toString() {
    return value != null ? value : name();
  }
}
