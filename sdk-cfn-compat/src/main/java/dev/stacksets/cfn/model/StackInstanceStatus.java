package dev.stacksets.cfn.model;

import dev.stacksets.core.internal.OpenEnums;
import java.util.Collections;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * Whether a stack instance is up to date with its stack set.
 *
 * <p>Open: a value this SDK does not know parses as {@link #UNKNOWN_TO_SDK_VERSION} and the raw string stays
 * readable through the model's {@code ...AsString()} getter. {@link #toString()} returns the wire value.
 *
 * <pre>{@code
 * StackInstanceStatus s = instance.status();
 * }</pre>
 */
public enum StackInstanceStatus {
  /** {@code CURRENT}: up to date */
  CURRENT("CURRENT"),
  /** {@code OUTDATED}: the last operation on it failed or it has not been updated yet */
  OUTDATED("OUTDATED"),
  /** {@code INOPERABLE}: a delete left the stack instance unusable */
  INOPERABLE("INOPERABLE"),

  /** A value the service sent that this version of the SDK does not know; read the raw string instead. */
  UNKNOWN_TO_SDK_VERSION(null);

  private static final Map<String, StackInstanceStatus> BY_VALUE = OpenEnums.byValue(values(), v -> v.value);

  private final String value;

  StackInstanceStatus(String value) {
    this.value = value;
  }

  /**
   * The constant for a wire value.
   *
   * @param value the value as the service sends it
   * @return the constant, {@link #UNKNOWN_TO_SDK_VERSION} for an unknown value, or null for null
   */
  public static @Nullable StackInstanceStatus fromValue(@Nullable String value) {
    return OpenEnums.fromValue(BY_VALUE, value, UNKNOWN_TO_SDK_VERSION);
  }

  /** Every value this SDK knows (without {@link #UNKNOWN_TO_SDK_VERSION}); unmodifiable. */
  public static Set<StackInstanceStatus> knownValues() {
    return Collections.unmodifiableSet(OpenEnums.known(StackInstanceStatus.class, UNKNOWN_TO_SDK_VERSION));
  }

  /** The wire value ({@code UNKNOWN_TO_SDK_VERSION} for the unknown constant). */
  @Override
  public String toString() {
    return value != null ? value : name();
  }
}
