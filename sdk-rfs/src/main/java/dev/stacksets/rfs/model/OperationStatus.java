package dev.stacksets.rfs.model;

import dev.stacksets.core.internal.OpenEnums;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * The status of a stack-set operation (server-owned, open).
 *
 * <p>Immutable and thread-safe.
 *
 * <pre>{@code
 * if (operation.status() == OperationStatus.OPERATION_FAILED) { ... }
 * }</pre>
 */
public enum OperationStatus {
  /** The operation is queued. */
  QUEUE_IN_PROGRESS("QUEUE_IN_PROGRESS"),
  /** The operation is running. */
  OPERATION_IN_PROGRESS("OPERATION_IN_PROGRESS"),
  /** The operation completed. */
  OPERATION_COMPLETE("OPERATION_COMPLETE"),
  /** The operation failed. */
  OPERATION_FAILED("OPERATION_FAILED"),
  /** The operation is being stopped. */
  STOP_IN_PROGRESS("STOP_IN_PROGRESS"),
  /** The operation was stopped. */
  STOP_COMPLETE("STOP_COMPLETE"),
  /** Stopping the operation failed. */
  STOP_FAILED("STOP_FAILED"),
  /** A value this SDK version does not know; the model keeps the raw string. */
  UNKNOWN_TO_SDK_VERSION(null);

  private static final Map<String, OperationStatus> BY_VALUE = OpenEnums.byValue(values(), v -> v.value);

  private final String value;

  OperationStatus(String value) {
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
  public static @Nullable OperationStatus fromValue(@Nullable String value) {
    return OpenEnums.fromValue(BY_VALUE, value, UNKNOWN_TO_SDK_VERSION);
  }

  /** Every constant except {@link #UNKNOWN_TO_SDK_VERSION}. */
  public static Set<OperationStatus> knownValues() {
    return OpenEnums.known(OperationStatus.class, UNKNOWN_TO_SDK_VERSION);
  }

  @Override
  public String toString() {
    return value == null ? name() : value;
  }
}
