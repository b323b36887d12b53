package dev.stacksets.cfn.model;

import dev.stacksets.core.internal.OpenEnums;
import java.util.Collections;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * A capability acknowledged for a stack set's template.
 *
 * <p>Open: a value this SDK does not know parses as {@link #UNKNOWN_TO_SDK_VERSION} and the raw string stays
 * readable through the model's {@code ...AsString()} getter. {@link #toString()} returns the wire value.
 *
 * <pre>{@code
 * boolean iam = stackSet.capabilities().contains(Capability.CAPABILITY_IAM);
 * }</pre>
 */
public enum Capability {
  /** {@code CAPABILITY_IAM}: the template creates IAM resources */
  CAPABILITY_IAM("CAPABILITY_IAM"),
  /** {@code CAPABILITY_NAMED_IAM}: the template creates IAM resources with custom names */
  CAPABILITY_NAMED_IAM("CAPABILITY_NAMED_IAM"),
  /** {@code CAPABILITY_AUTO_EXPAND}: the template contains macros */
  CAPABILITY_AUTO_EXPAND("CAPABILITY_AUTO_EXPAND"),

  /** A value the service sent that this version of the SDK does not know; read the raw string instead. */
  UNKNOWN_TO_SDK_VERSION(null);

  private static final Map<String, Capability> BY_VALUE = OpenEnums.byValue(values(), v -> v.value);

  private final String value;

  Capability(String value) {
    this.value = value;
  }

  /**
   * The constant for a wire value.
   *
   * @param value the value as the service sends it
   * @return the constant, {@link #UNKNOWN_TO_SDK_VERSION} for an unknown value, or null for null
   */
  public static @Nullable Capability fromValue(@Nullable String value) {
    return OpenEnums.fromValue(BY_VALUE, value, UNKNOWN_TO_SDK_VERSION);
  }

  /** Every value this SDK knows (without {@link #UNKNOWN_TO_SDK_VERSION}); unmodifiable. */
  public static Set<Capability> knownValues() {
    return Collections.unmodifiableSet(OpenEnums.known(Capability.class, UNKNOWN_TO_SDK_VERSION));
  }

  /** The wire value ({@code UNKNOWN_TO_SDK_VERSION} for the unknown constant). */
  @Override
  public String toString() {
    return value != null ? value : name();
  }
}
