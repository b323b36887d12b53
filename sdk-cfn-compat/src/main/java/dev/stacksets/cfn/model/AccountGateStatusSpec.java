package dev.stacksets.cfn.model;

import dev.stacksets.codegen.OpenEnum;

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
@OpenEnum
enum AccountGateStatusSpec {
  /** {@code SUCCEEDED}: the account and Region passed the gate; the operation proceeds */
  SUCCEEDED,
  /** {@code FAILED}: the gate rejected the account and Region; the operation is cancelled there */
  FAILED,
  /** {@code SKIPPED}: the gate was not called (none configured, not permitted, or nothing to do) */
  SKIPPED
}
