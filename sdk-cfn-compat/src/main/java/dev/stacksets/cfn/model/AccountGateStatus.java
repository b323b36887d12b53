package dev.stacksets.cfn.model;

import dev.stacksets.core.internal.OpenEnums;
import java.util.Collections;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * The outcome of the account gate function CloudFormation may call before an operation runs in an account and
 * Region.
 *
 * <p>Open: a value this SDK does not know parses as {@link #UNKNOWN_TO_SDK_VERSION} and the raw string stays
 * readable through the model's {@code ...AsString()} getter. {@link #toString()} returns the wire value.
 *
 * <pre>{@code
 * AccountGateStatus gate = summary.accountGateResult().status();
 * }</pre>
 */
public enum AccountGateStatus {
  /** {@code SUCCEEDED}: the account and Region passed the gate; the operation proceeds */
  SUCCEEDED("SUCCEEDED"),
  /** {@code FAILED}: the gate rejected the account and Region; the operation is cancelled there */
  FAILED("FAILED"),
  /** {@code SKIPPED}: the gate was not called (none configured, not permitted, or nothing to do) */
  SKIPPED("SKIPPED"),

  /** A value the service sent that this version of the SDK does not know; read the raw string instead. */
  UNKNOWN_TO_SDK_VERSION(null);

  private static final Map<String, AccountGateStatus> BY_VALUE = OpenEnums.byValue(values(), v -> v.value);

  private final String value;

  AccountGateStatus(String value) {
    this.value = value;
  }

  /**
   * The constant for a wire value.
   *
   * @param value the value as the service sends it
   * @return the constant, {@link #UNKNOWN_TO_SDK_VERSION} for an unknown value, or null for null
   */
  public static @Nullable AccountGateStatus fromValue(@Nullable String value) {
    return OpenEnums.fromValue(BY_VALUE, value, UNKNOWN_TO_SDK_VERSION);
  }

  /** Every value this SDK knows (without {@link #UNKNOWN_TO_SDK_VERSION}); unmodifiable. */
  public static Set<AccountGateStatus> knownValues() {
    return Collections.unmodifiableSet(OpenEnums.known(AccountGateStatus.class, UNKNOWN_TO_SDK_VERSION));
  }

  /** The wire value ({@code UNKNOWN_TO_SDK_VERSION} for the unknown constant). */
  @Override
  public String toString() {
    return value != null ? value : name();
  }
}
