package dev.stacksets.cfn.config.model;

import dev.stacksets.core.internal.OpenEnums;
import java.util.Collections;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * The deployment status of an organization conformance pack in one member account.
 *
 * <p>Open: a value this SDK does not know parses as {@link #UNKNOWN_TO_SDK_VERSION} and the raw string stays
 * readable through the model's {@code ...AsString()} getter. {@link #toString()} returns the wire value.
 *
 * <pre>{@code
 * if (s.status() == OrganizationResourceDetailedStatus.CREATE_FAILED) {
 *   System.err.println(s.accountId() + ": " + s.errorMessage());
 * }
 * }</pre>
 */
public enum OrganizationResourceDetailedStatus {
  /** {@code CREATE_SUCCESSFUL}: created */
  CREATE_SUCCESSFUL("CREATE_SUCCESSFUL"),
  /** {@code CREATE_IN_PROGRESS}: being created */
  CREATE_IN_PROGRESS("CREATE_IN_PROGRESS"),
  /** {@code CREATE_FAILED}: creation failed */
  CREATE_FAILED("CREATE_FAILED"),
  /** {@code DELETE_SUCCESSFUL}: deleted */
  DELETE_SUCCESSFUL("DELETE_SUCCESSFUL"),
  /** {@code DELETE_FAILED}: deletion failed */
  DELETE_FAILED("DELETE_FAILED"),
  /** {@code DELETE_IN_PROGRESS}: being deleted */
  DELETE_IN_PROGRESS("DELETE_IN_PROGRESS"),
  /** {@code UPDATE_SUCCESSFUL}: updated */
  UPDATE_SUCCESSFUL("UPDATE_SUCCESSFUL"),
  /** {@code UPDATE_IN_PROGRESS}: being updated */
  UPDATE_IN_PROGRESS("UPDATE_IN_PROGRESS"),
  /** {@code UPDATE_FAILED}: the update failed */
  UPDATE_FAILED("UPDATE_FAILED"),

  /** A value the service sent that this version of the SDK does not know; read the raw string instead. */
  UNKNOWN_TO_SDK_VERSION(null);

  private static final Map<String, OrganizationResourceDetailedStatus> BY_VALUE = OpenEnums.byValue(values(), v -> v.value);

  private final String value;

  OrganizationResourceDetailedStatus(String value) {
    this.value = value;
  }

  /**
   * The constant for a wire value.
   *
   * @param value the value as the service sends it
   * @return the constant, {@link #UNKNOWN_TO_SDK_VERSION} for an unknown value, or null for null
   */
  public static @Nullable OrganizationResourceDetailedStatus fromValue(@Nullable String value) {
    return OpenEnums.fromValue(BY_VALUE, value, UNKNOWN_TO_SDK_VERSION);
  }

  /** Every value this SDK knows (without {@link #UNKNOWN_TO_SDK_VERSION}); unmodifiable. */
  public static Set<OrganizationResourceDetailedStatus> knownValues() {
    return Collections.unmodifiableSet(OpenEnums.known(OrganizationResourceDetailedStatus.class, UNKNOWN_TO_SDK_VERSION));
  }

  /** The wire value ({@code UNKNOWN_TO_SDK_VERSION} for the unknown constant). */
  @Override
  public String toString() {
    return value != null ? value : name();
  }
}
