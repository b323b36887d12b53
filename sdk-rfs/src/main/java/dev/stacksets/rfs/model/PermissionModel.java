package dev.stacksets.rfs.model;

import dev.stacksets.core.internal.OpenEnums;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * How RFS obtains the agencies it needs to operate a stack set (server-owned, open).
 *
 * <p>Immutable and thread-safe.
 *
 * <pre>{@code
 * StackSetFilter f = StackSetFilter.permissionModel(PermissionModel.SELF_MANAGED);
 * }</pre>
 */
public enum PermissionModel {
  /** Agencies are created by the user in advance (the default). */
  SELF_MANAGED("SELF_MANAGED"),
  /** Based on Organizations: RFS creates the agencies it needs in member accounts. */
  SERVICE_MANAGED("SERVICE_MANAGED"),
  /** A value this SDK version does not know; the model keeps the raw string. */
  UNKNOWN_TO_SDK_VERSION(null);

  private static final Map<String, PermissionModel> BY_VALUE = OpenEnums.byValue(values(), v -> v.value);

  private final String value;

  PermissionModel(String value) {
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
  public static @Nullable PermissionModel fromValue(@Nullable String value) {
    return OpenEnums.fromValue(BY_VALUE, value, UNKNOWN_TO_SDK_VERSION);
  }

  /** Every constant except {@link #UNKNOWN_TO_SDK_VERSION}. */
  public static Set<PermissionModel> knownValues() {
    return OpenEnums.known(PermissionModel.class, UNKNOWN_TO_SDK_VERSION);
  }

  @Override
  public String toString() {
    return value == null ? name() : value;
  }
}
