package dev.stacksets.rfs.model;

import dev.stacksets.core.internal.OpenEnums;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * How an operation proceeds across regions (server-owned, open).
 *
 * <p>Immutable and thread-safe.
 *
 * <pre>{@code
 * RegionConcurrencyType t = preferences.regionConcurrencyType();
 * }</pre>
 */
public enum RegionConcurrencyType {
  /** One region after the other (the default). */
  SEQUENTIAL("SEQUENTIAL"),
  /** All regions at once. */
  PARALLEL("PARALLEL"),
  /** A value this SDK version does not know; the model keeps the raw string. */
  UNKNOWN_TO_SDK_VERSION(null);

  private static final Map<String, RegionConcurrencyType> BY_VALUE = OpenEnums.byValue(values(), v -> v.value);

  private final String value;

  RegionConcurrencyType(String value) {
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
  public static @Nullable RegionConcurrencyType fromValue(@Nullable String value) {
    return OpenEnums.fromValue(BY_VALUE, value, UNKNOWN_TO_SDK_VERSION);
  }

  /** Every constant except {@link #UNKNOWN_TO_SDK_VERSION}. */
  public static Set<RegionConcurrencyType> knownValues() {
    return OpenEnums.known(RegionConcurrencyType.class, UNKNOWN_TO_SDK_VERSION);
  }

  @Override
  public String toString() {
    return value == null ? name() : value;
  }
}
