package dev.stacksets.cfn.model;

import dev.stacksets.core.internal.OpenEnums;
import java.util.Collections;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * How a stack set gets the permissions to deploy.
 *
 * <p>Open: a value this SDK does not know parses as {@link #UNKNOWN_TO_SDK_VERSION} and the raw string stays
 * readable through the model's {@code ...AsString()} getter. {@link #toString()} returns the wire value.
 *
 * <pre>{@code
 * boolean org = summary.permissionModel() == PermissionModels.SERVICE_MANAGED;
 * }</pre>
 */
public enum PermissionModels {
  /** {@code SERVICE_MANAGED}: through AWS Organizations */
  SERVICE_MANAGED("SERVICE_MANAGED"),
  /** {@code SELF_MANAGED}: through IAM roles the customer created */
  SELF_MANAGED("SELF_MANAGED"),

  /** A value the service sent that this version of the SDK does not know; read the raw string instead. */
  UNKNOWN_TO_SDK_VERSION(null);

  private static final Map<String, PermissionModels> BY_VALUE = OpenEnums.byValue(values(), v -> v.value);

  private final String value;

  PermissionModels(String value) {
    this.value = value;
  }

  /**
   * The constant for a wire value.
   *
   * @param value the value as the service sends it
   * @return the constant, {@link #UNKNOWN_TO_SDK_VERSION} for an unknown value, or null for null
   */
  public static @Nullable PermissionModels fromValue(@Nullable String value) {
    return OpenEnums.fromValue(BY_VALUE, value, UNKNOWN_TO_SDK_VERSION);
  }

  /** Every value this SDK knows (without {@link #UNKNOWN_TO_SDK_VERSION}); unmodifiable. */
  public static Set<PermissionModels> knownValues() {
    return Collections.unmodifiableSet(OpenEnums.known(PermissionModels.class, UNKNOWN_TO_SDK_VERSION));
  }

  /** The wire value ({@code UNKNOWN_TO_SDK_VERSION} for the unknown constant). */
  @Override
  public String toString() {
    return value != null ? value : name();
  }
}
