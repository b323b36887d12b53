package dev.stacksets.cfn.model;

import dev.stacksets.core.internal.OpenEnums;
import java.util.Collections;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * How the accounts of {@code DeploymentTargets} combine with its organizational units.
 *
 * <p>Open: a value this SDK does not know parses as {@link #UNKNOWN_TO_SDK_VERSION} and the raw string stays
 * readable through the model's {@code ...AsString()} getter. {@link #toString()} returns the wire value.
 *
 * <pre>{@code
 * AccountFilterType f = operation.deploymentTargets().accountFilterType();
 * }</pre>
 */
public enum AccountFilterType {
  /** {@code NONE}: deploy to every account of the OUs */
  NONE("NONE"),
  /** {@code INTERSECTION}: only the listed accounts that are in the OUs */
  INTERSECTION("INTERSECTION"),
  /** {@code DIFFERENCE}: the OUs' accounts except the listed ones */
  DIFFERENCE("DIFFERENCE"),
  /** {@code UNION}: the OUs' accounts plus the listed ones */
  UNION("UNION"),

  /** A value the service sent that this version of the SDK does not know; read the raw string instead. */
  UNKNOWN_TO_SDK_VERSION(null);

  private static final Map<String, AccountFilterType> BY_VALUE = OpenEnums.byValue(values(), v -> v.value);

  private final String value;

  AccountFilterType(String value) {
    this.value = value;
  }

  /**
   * The constant for a wire value.
   *
   * @param value the value as the service sends it
   * @return the constant, {@link #UNKNOWN_TO_SDK_VERSION} for an unknown value, or null for null
   */
  public static @Nullable AccountFilterType fromValue(@Nullable String value) {
    return OpenEnums.fromValue(BY_VALUE, value, UNKNOWN_TO_SDK_VERSION);
  }

  /** Every value this SDK knows (without {@link #UNKNOWN_TO_SDK_VERSION}); unmodifiable. */
  public static Set<AccountFilterType> knownValues() {
    return Collections.unmodifiableSet(OpenEnums.known(AccountFilterType.class, UNKNOWN_TO_SDK_VERSION));
  }

  /** The wire value ({@code UNKNOWN_TO_SDK_VERSION} for the unknown constant). */
  @Override
  public String toString() {
    return value != null ? value : name();
  }
}
