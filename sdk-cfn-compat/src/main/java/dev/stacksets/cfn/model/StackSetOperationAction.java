package dev.stacksets.cfn.model;

import dev.stacksets.core.internal.OpenEnums;
import java.util.Collections;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * What a stack-set operation does.
 *
 * <p>Open: a value this SDK does not know parses as {@link #UNKNOWN_TO_SDK_VERSION} and the raw string stays
 * readable through the model's {@code ...AsString()} getter. {@link #toString()} returns the wire value.
 *
 * <pre>{@code
 * boolean drift = operation.action() == StackSetOperationAction.DETECT_DRIFT;
 * }</pre>
 */
public enum StackSetOperationAction {
  /** {@code CREATE}: creates stack instances */
  CREATE("CREATE"),
  /** {@code UPDATE}: updates the stack set or its instances */
  UPDATE("UPDATE"),
  /** {@code DELETE}: deletes stack instances */
  DELETE("DELETE"),
  /** {@code DETECT_DRIFT}: detects drift of the stack set */
  DETECT_DRIFT("DETECT_DRIFT"),

  /** A value the service sent that this version of the SDK does not know; read the raw string instead. */
  UNKNOWN_TO_SDK_VERSION(null);

  private static final Map<String, StackSetOperationAction> BY_VALUE = OpenEnums.byValue(values(), v -> v.value);

  private final String value;

  StackSetOperationAction(String value) {
    this.value = value;
  }

  /**
   * The constant for a wire value.
   *
   * @param value the value as the service sends it
   * @return the constant, {@link #UNKNOWN_TO_SDK_VERSION} for an unknown value, or null for null
   */
  public static @Nullable StackSetOperationAction fromValue(@Nullable String value) {
    return OpenEnums.fromValue(BY_VALUE, value, UNKNOWN_TO_SDK_VERSION);
  }

  /** Every value this SDK knows (without {@link #UNKNOWN_TO_SDK_VERSION}); unmodifiable. */
  public static Set<StackSetOperationAction> knownValues() {
    return Collections.unmodifiableSet(OpenEnums.known(StackSetOperationAction.class, UNKNOWN_TO_SDK_VERSION));
  }

  /** The wire value ({@code UNKNOWN_TO_SDK_VERSION} for the unknown constant). */
  @Override
  public String toString() {
    return value != null ? value : name();
  }
}
