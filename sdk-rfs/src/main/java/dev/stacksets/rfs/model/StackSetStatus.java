package dev.stacksets.rfs.model;

import dev.stacksets.core.internal.OpenEnums;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * The status of a stack set (server-owned, open: values this SDK does not know map to {@link #UNKNOWN_TO_SDK_VERSION} and the raw string stays readable on the model, e.g. {@code StackSet.statusAsString()}).
 *
 * <p>Immutable and thread-safe.
 *
 * <pre>{@code
 * StackSetStatus s = stackSet.status();
 * }</pre>
 */
public enum StackSetStatus {
  /** The stack set is idle. */
  IDLE("IDLE"),
  /** A stack set operation is in progress. */
  OPERATION_IN_PROGRESS("OPERATION_IN_PROGRESS"),
  /** The stack set is disabled. */
  DEACTIVATED("DEACTIVATED"),
  /** A value this SDK version does not know; the model keeps the raw string. */
  UNKNOWN_TO_SDK_VERSION(null);

  private static final Map<String, StackSetStatus> BY_VALUE = OpenEnums.byValue(values(), v -> v.value);

  private final String value;

  StackSetStatus(String value) {
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
  public static @Nullable StackSetStatus fromValue(@Nullable String value) {
    return OpenEnums.fromValue(BY_VALUE, value, UNKNOWN_TO_SDK_VERSION);
  }

  /** Every constant except {@link #UNKNOWN_TO_SDK_VERSION}. */
  public static Set<StackSetStatus> knownValues() {
    return OpenEnums.known(StackSetStatus.class, UNKNOWN_TO_SDK_VERSION);
  }

  @Override
  public String toString() {
    return value == null ? name() : value;
  }
}
