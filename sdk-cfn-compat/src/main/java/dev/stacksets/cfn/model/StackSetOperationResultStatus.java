package dev.stacksets.cfn.model;

import dev.stacksets.core.internal.OpenEnums;
import java.util.Collections;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * The result of a stack-set operation in one account and Region.
 *
 * <p>Open: a value this SDK does not know parses as {@link #UNKNOWN_TO_SDK_VERSION} and the raw string stays
 * readable through the model's {@code ...AsString()} getter. {@link #toString()} returns the wire value.
 *
 * <pre>{@code
 * if (summary.status() == StackSetOperationResultStatus.FAILED) {
 *   System.err.println(summary.account() + " " + summary.statusReason());
 * }
 * }</pre>
 */
public enum StackSetOperationResultStatus {
  /** {@code PENDING}: not started yet in this account and Region */
  PENDING("PENDING"),
  /** {@code RUNNING}: in progress */
  RUNNING("RUNNING"),
  /** {@code SUCCEEDED}: completed successfully */
  SUCCEEDED("SUCCEEDED"),
  /** {@code FAILED}: failed; enough failures in a Region can exceed the operation's failure tolerance */
  FAILED("FAILED"),
  /**
   * {@code CANCELLED}: cancelled because a user stopped the operation or its failure tolerance was exceeded
   */
  CANCELLED("CANCELLED"),

  /** A value the service sent that this version of the SDK does not know; read the raw string instead. */
  UNKNOWN_TO_SDK_VERSION(null);

  private static final Map<String, StackSetOperationResultStatus> BY_VALUE = OpenEnums.byValue(values(), v -> v.value);

  private final String value;

  StackSetOperationResultStatus(String value) {
    this.value = value;
  }

  /**
   * The constant for a wire value.
   *
   * @param value the value as the service sends it
   * @return the constant, {@link #UNKNOWN_TO_SDK_VERSION} for an unknown value, or null for null
   */
  public static @Nullable StackSetOperationResultStatus fromValue(@Nullable String value) {
    return OpenEnums.fromValue(BY_VALUE, value, UNKNOWN_TO_SDK_VERSION);
  }

  /** Every value this SDK knows (without {@link #UNKNOWN_TO_SDK_VERSION}); unmodifiable. */
  public static Set<StackSetOperationResultStatus> knownValues() {
    return Collections.unmodifiableSet(OpenEnums.known(StackSetOperationResultStatus.class, UNKNOWN_TO_SDK_VERSION));
  }

  /** The wire value ({@code UNKNOWN_TO_SDK_VERSION} for the unknown constant). */
  @Override
  public String toString() {
    return value != null ? value : name();
  }
}
