package dev.stacksets.cfn.model;

import dev.stacksets.core.internal.OpenEnums;
import java.util.Collections;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * The field a {@link StackInstanceFilter} filters on.
 *
 * <p>Open: a value this SDK does not know parses as {@link #UNKNOWN_TO_SDK_VERSION} and the raw string stays
 * readable through the model's {@code ...AsString()} getter. {@link #toString()} returns the wire value.
 *
 * <pre>{@code
 * StackInstanceFilter f = StackInstanceFilter.builder()
 *     .name(StackInstanceFilterName.DRIFT_STATUS).values("DRIFTED").build();
 * }</pre>
 */
public enum StackInstanceFilterName {
  /** {@code DETAILED_STATUS}: the detailed status of the stack instance */
  DETAILED_STATUS("DETAILED_STATUS"),
  /** {@code LAST_OPERATION_ID}: the id of the last operation on the instance */
  LAST_OPERATION_ID("LAST_OPERATION_ID"),
  /** {@code DRIFT_STATUS}: the drift status of the instance */
  DRIFT_STATUS("DRIFT_STATUS"),

  /** A value the service sent that this version of the SDK does not know; read the raw string instead. */
  UNKNOWN_TO_SDK_VERSION(null);

  private static final Map<String, StackInstanceFilterName> BY_VALUE = OpenEnums.byValue(values(), v -> v.value);

  private final String value;

  StackInstanceFilterName(String value) {
    this.value = value;
  }

  /**
   * The constant for a wire value.
   *
   * @param value the value as the service sends it
   * @return the constant, {@link #UNKNOWN_TO_SDK_VERSION} for an unknown value, or null for null
   */
  public static @Nullable StackInstanceFilterName fromValue(@Nullable String value) {
    return OpenEnums.fromValue(BY_VALUE, value, UNKNOWN_TO_SDK_VERSION);
  }

  /** Every value this SDK knows (without {@link #UNKNOWN_TO_SDK_VERSION}); unmodifiable. */
  public static Set<StackInstanceFilterName> knownValues() {
    return Collections.unmodifiableSet(OpenEnums.known(StackInstanceFilterName.class, UNKNOWN_TO_SDK_VERSION));
  }

  /** The wire value ({@code UNKNOWN_TO_SDK_VERSION} for the unknown constant). */
  @Override
  public String toString() {
    return value != null ? value : name();
  }
}
