package dev.stacksets.cfn.model;

import dev.stacksets.core.internal.OpenEnums;
import java.util.Collections;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * Whether a stack-set call acts as the management account ({@code SELF}, the default) or as a delegated
 * administrator of the organization ({@code DELEGATED_ADMIN}).
 *
 * <p>Open: a value this SDK does not know parses as {@link #UNKNOWN_TO_SDK_VERSION} and the raw string stays
 * readable through the model's {@code ...AsString()} getter. {@link #toString()} returns the wire value.
 *
 * <pre>{@code
 * cfn.listStackSets(r -> r.callAs(CallAs.DELEGATED_ADMIN));
 * }</pre>
 */
public enum CallAs {
  /** {@code SELF}: the caller is the management account, or the stack set uses self-managed permissions */
  SELF("SELF"),
  /** {@code DELEGATED_ADMIN}: the caller is a registered delegated administrator */
  DELEGATED_ADMIN("DELEGATED_ADMIN"),

  /** A value the service sent that this version of the SDK does not know; read the raw string instead. */
  UNKNOWN_TO_SDK_VERSION(null);

  private static final Map<String, CallAs> BY_VALUE = OpenEnums.byValue(values(), v -> v.value);

  private final String value;

  CallAs(String value) {
    this.value = value;
  }

  /**
   * The constant for a wire value.
   *
   * @param value the value as the service sends it
   * @return the constant, {@link #UNKNOWN_TO_SDK_VERSION} for an unknown value, or null for null
   */
  public static @Nullable CallAs fromValue(@Nullable String value) {
    return OpenEnums.fromValue(BY_VALUE, value, UNKNOWN_TO_SDK_VERSION);
  }

  /** Every value this SDK knows (without {@link #UNKNOWN_TO_SDK_VERSION}); unmodifiable. */
  public static Set<CallAs> knownValues() {
    return Collections.unmodifiableSet(OpenEnums.known(CallAs.class, UNKNOWN_TO_SDK_VERSION));
  }

  /** The wire value ({@code UNKNOWN_TO_SDK_VERSION} for the unknown constant). */
  @Override
  public String toString() {
    return value != null ? value : name();
  }
}
