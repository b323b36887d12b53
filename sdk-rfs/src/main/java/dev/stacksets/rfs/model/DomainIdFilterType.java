package dev.stacksets.rfs.model;

import dev.stacksets.core.internal.OpenEnums;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * How {@code domain_ids} combine with organizational units in a SERVICE_MANAGED deployment target (server-owned, open).
 *
 * <p>Immutable and thread-safe.
 *
 * <pre>{@code
 * DomainIdFilterType t = targets.domainIdFilterType();
 * }</pre>
 */
public enum DomainIdFilterType {
  /** Only the listed accounts of the OUs. */
  INTERSECTION("INTERSECTION"),
  /** The OUs' accounts except the listed ones. */
  DIFFERENCE("DIFFERENCE"),
  /** The OUs' accounts plus the listed ones. */
  UNION("UNION"),
  /** All accounts of the OUs; no domain ids (the default). */
  NONE("NONE"),
  /** A value this SDK version does not know; the model keeps the raw string. */
  UNKNOWN_TO_SDK_VERSION(null);

  private static final Map<String, DomainIdFilterType> BY_VALUE = OpenEnums.byValue(values(), v -> v.value);

  private final String value;

  DomainIdFilterType(String value) {
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
  public static @Nullable DomainIdFilterType fromValue(@Nullable String value) {
    return OpenEnums.fromValue(BY_VALUE, value, UNKNOWN_TO_SDK_VERSION);
  }

  /** Every constant except {@link #UNKNOWN_TO_SDK_VERSION}. */
  public static Set<DomainIdFilterType> knownValues() {
    return OpenEnums.known(DomainIdFilterType.class, UNKNOWN_TO_SDK_VERSION);
  }

  @Override
  public String toString() {
    return value == null ? name() : value;
  }
}
