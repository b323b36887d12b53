package dev.stacksets.cfn.model;

import dev.stacksets.core.internal.OpenEnums;
import java.util.Collections;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * The detailed status of a stack instance.
 *
 * <p>Open: a value this SDK does not know parses as {@link #UNKNOWN_TO_SDK_VERSION} and the raw string stays
 * readable through the model's {@code ...AsString()} getter. {@link #toString()} returns the wire value.
 *
 * <pre>{@code
 * StackInstanceDetailedStatus d = instance.stackInstanceStatus().detailedStatus();
 * }</pre>
 */
public enum StackInstanceDetailedStatus {
  /** {@code PENDING}: an operation will run on it */
  PENDING("PENDING"),
  /** {@code RUNNING}: an operation is running on it */
  RUNNING("RUNNING"),
  /** {@code SUCCEEDED}: the last operation succeeded */
  SUCCEEDED("SUCCEEDED"),
  /** {@code FAILED}: the last operation failed */
  FAILED("FAILED"),
  /** {@code CANCELLED}: the last operation was cancelled */
  CANCELLED("CANCELLED"),
  /** {@code INOPERABLE}: a delete left it unusable */
  INOPERABLE("INOPERABLE"),
  /** {@code SKIPPED_SUSPENDED_ACCOUNT}: skipped because the account is suspended */
  SKIPPED_SUSPENDED_ACCOUNT("SKIPPED_SUSPENDED_ACCOUNT"),
  /** {@code FAILED_IMPORT}: importing the stack failed */
  FAILED_IMPORT("FAILED_IMPORT"),

  /** A value the service sent that this version of the SDK does not know; read the raw string instead. */
  UNKNOWN_TO_SDK_VERSION(null);

  private static final Map<String, StackInstanceDetailedStatus> BY_VALUE = OpenEnums.byValue(values(), v -> v.value);

  private final String value;

  StackInstanceDetailedStatus(String value) {
    this.value = value;
  }

  /**
   * The constant for a wire value.
   *
   * @param value the value as the service sends it
   * @return the constant, {@link #UNKNOWN_TO_SDK_VERSION} for an unknown value, or null for null
   */
  public static @Nullable StackInstanceDetailedStatus fromValue(@Nullable String value) {
    return OpenEnums.fromValue(BY_VALUE, value, UNKNOWN_TO_SDK_VERSION);
  }

  /** Every value this SDK knows (without {@link #UNKNOWN_TO_SDK_VERSION}); unmodifiable. */
  public static Set<StackInstanceDetailedStatus> knownValues() {
    return Collections.unmodifiableSet(OpenEnums.known(StackInstanceDetailedStatus.class, UNKNOWN_TO_SDK_VERSION));
  }

  /** The wire value ({@code UNKNOWN_TO_SDK_VERSION} for the unknown constant). */
  @Override
  public String toString() {
    return value != null ? value : name();
  }
}
