package dev.stacksets.cfn.model;

import dev.stacksets.core.internal.OpenEnums;
import java.util.Collections;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * The status of a whole stack-set operation.
 *
 * <p>Open: a value this SDK does not know parses as {@link #UNKNOWN_TO_SDK_VERSION} and the raw string stays
 * readable through the model's {@code ...AsString()} getter. {@link #toString()} returns the wire value.
 *
 * <pre>{@code
 * StackSetOperationStatus s = cfn.describeStackSetOperation(r -> r.stackSetName("my-set").operationId(id))
 *     .stackSetOperation().status();
 * }</pre>
 */
public enum StackSetOperationStatus {
  /** {@code RUNNING}: in progress */
  RUNNING("RUNNING"),
  /** {@code SUCCEEDED}: completed without exceeding the failure tolerance */
  SUCCEEDED("SUCCEEDED"),
  /** {@code FAILED}: the failure tolerance was exceeded in a Region and the operation as a whole failed */
  FAILED("FAILED"),
  /** {@code STOPPING}: a stop was requested and is in progress */
  STOPPING("STOPPING"),
  /** {@code STOPPED}: a user stopped the operation */
  STOPPED("STOPPED"),
  /** {@code QUEUED}: queued (service-managed automatic deployments) */
  QUEUED("QUEUED"),

  /** A value the service sent that this version of the SDK does not know; read the raw string instead. */
  UNKNOWN_TO_SDK_VERSION(null);

  private static final Map<String, StackSetOperationStatus> BY_VALUE = OpenEnums.byValue(values(), v -> v.value);

  private final String value;

  StackSetOperationStatus(String value) {
    this.value = value;
  }

  /**
   * The constant for a wire value.
   *
   * @param value the value as the service sends it
   * @return the constant, {@link #UNKNOWN_TO_SDK_VERSION} for an unknown value, or null for null
   */
  public static @Nullable StackSetOperationStatus fromValue(@Nullable String value) {
    return OpenEnums.fromValue(BY_VALUE, value, UNKNOWN_TO_SDK_VERSION);
  }

  /** Every value this SDK knows (without {@link #UNKNOWN_TO_SDK_VERSION}); unmodifiable. */
  public static Set<StackSetOperationStatus> knownValues() {
    return Collections.unmodifiableSet(OpenEnums.known(StackSetOperationStatus.class, UNKNOWN_TO_SDK_VERSION));
  }

  /** The wire value ({@code UNKNOWN_TO_SDK_VERSION} for the unknown constant). */
  @Override
  public String toString() {
    return value != null ? value : name();
  }
}
