package dev.stacksets.rfs.model;

import dev.stacksets.core.internal.OpenEnums;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * The status of a stack instance (server-owned, open).
 *
 * <p>Immutable and thread-safe.
 *
 * <pre>{@code
 * if (instance.status() == StackInstanceStatus.OPERATION_FAILED) { ... }
 * }</pre>
 */
public enum StackInstanceStatus {
  /** Waiting to be operated on. */
  WAIT_IN_PROGRESS("WAIT_IN_PROGRESS"),
  /** The operation on the instance was cancelled. */
  CANCEL_COMPLETE("CANCEL_COMPLETE"),
  /** Being operated on. */
  OPERATION_IN_PROGRESS("OPERATION_IN_PROGRESS"),
  /** The last operation on the instance failed. */
  OPERATION_FAILED("OPERATION_FAILED"),
  /** The instance cannot be operated on. */
  INOPERABLE("INOPERABLE"),
  /** The last operation on the instance completed. */
  OPERATION_COMPLETE("OPERATION_COMPLETE"),
  /** A value this SDK version does not know; the model keeps the raw string. */
  UNKNOWN_TO_SDK_VERSION(null);

  private static final Map<String, StackInstanceStatus> BY_VALUE = OpenEnums.byValue(values(), v -> v.value);

  private final String value;

  StackInstanceStatus(String value) {
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
  public static @Nullable StackInstanceStatus fromValue(@Nullable String value) {
    return OpenEnums.fromValue(BY_VALUE, value, UNKNOWN_TO_SDK_VERSION);
  }

  /** Every constant except {@link #UNKNOWN_TO_SDK_VERSION}. */
  public static Set<StackInstanceStatus> knownValues() {
    return OpenEnums.known(StackInstanceStatus.class, UNKNOWN_TO_SDK_VERSION);
  }

  @Override
  public String toString() {
    return value == null ? name() : value;
  }
}
