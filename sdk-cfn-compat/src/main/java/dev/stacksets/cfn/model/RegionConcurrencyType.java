package dev.stacksets.cfn.model;

import dev.stacksets.core.internal.OpenEnums;
import java.util.Collections;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * Whether an operation deploys to Regions one at a time or in parallel.
 *
 * <p>Open: a value this SDK does not know parses as {@link #UNKNOWN_TO_SDK_VERSION} and the raw string stays
 * readable through the model's {@code ...AsString()} getter. {@link #toString()} returns the wire value.
 *
 * <pre>{@code
 * RegionConcurrencyType t = operation.operationPreferences().regionConcurrencyType();
 * }</pre>
 */
public enum RegionConcurrencyType {
  /** {@code SEQUENTIAL}: one Region at a time */
  SEQUENTIAL("SEQUENTIAL"),
  /** {@code PARALLEL}: all Regions at once */
  PARALLEL("PARALLEL"),

  /** A value the service sent that this version of the SDK does not know; read the raw string instead. */
  UNKNOWN_TO_SDK_VERSION(null);

  private static final Map<String, RegionConcurrencyType> BY_VALUE = OpenEnums.byValue(values(), v -> v.value);

  private final String value;

  RegionConcurrencyType(String value) {
    this.value = value;
  }

  /**
   * The constant for a wire value.
   *
   * @param value the value as the service sends it
   * @return the constant, {@link #UNKNOWN_TO_SDK_VERSION} for an unknown value, or null for null
   */
  public static @Nullable RegionConcurrencyType fromValue(@Nullable String value) {
    return OpenEnums.fromValue(BY_VALUE, value, UNKNOWN_TO_SDK_VERSION);
  }

  /** Every value this SDK knows (without {@link #UNKNOWN_TO_SDK_VERSION}); unmodifiable. */
  public static Set<RegionConcurrencyType> knownValues() {
    return Collections.unmodifiableSet(OpenEnums.known(RegionConcurrencyType.class, UNKNOWN_TO_SDK_VERSION));
  }

  /** The wire value ({@code UNKNOWN_TO_SDK_VERSION} for the unknown constant). */
  @Override
  public String toString() {
    return value != null ? value : name();
  }
}
