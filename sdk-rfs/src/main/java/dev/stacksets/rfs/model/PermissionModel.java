package dev.stacksets.rfs.model;

import java.util.EnumSet;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;

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

  private static final Map<String, PermissionModel> BY_VALUE = new HashMap<>();

  static {
    for (PermissionModel v : values()) {
      if (v.value != null) {
        BY_VALUE.put(v.value, v);
      }
    }
  }

  private final String value;

  PermissionModel(String value) {
    this.value = value;
  }

  /** The wire value, or null for {@link #UNKNOWN_TO_SDK_VERSION}. */
  public String value() {
    return value;
  }

  /**
   * Maps a wire value (case-sensitive, as the service documents it) to a constant.
   *
   * @return null for null, {@link #UNKNOWN_TO_SDK_VERSION} for a value this SDK version does not know
   */
  public static PermissionModel fromValue(String value) {
    if (value == null) {
      return null;
    }
    return BY_VALUE.getOrDefault(value, UNKNOWN_TO_SDK_VERSION);
  }

  /** Every constant except {@link #UNKNOWN_TO_SDK_VERSION}. */
  public static Set<PermissionModel> knownValues() {
    Set<PermissionModel> s = EnumSet.allOf(PermissionModel.class);
    s.remove(UNKNOWN_TO_SDK_VERSION);
    return s;
  }

  @Override
  public String toString() {
    return value == null ? name() : value;
  }
}
