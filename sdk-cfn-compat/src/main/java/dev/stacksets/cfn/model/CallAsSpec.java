package dev.stacksets.cfn.model;

import dev.stacksets.codegen.OpenEnum;

/**
 * Whether a stack-set call acts as the management account ({@code SELF}, the default) or as a delegated
 * administrator of the organization ({@code DELEGATED_ADMIN}).
 *
 * <p>Open: a value this SDK does not know parses as {@link #UNKNOWN_TO_SDK_VERSION} and the raw string stays
 * readable through the model's {@code ...AsString()} getter. {@link #toString()} returns the wire value.
 *
 * <pre>{@code
 * cfn.listStackSets(r -> r.callAs(CallAs.DELEGATED_ADMIN));
 * }</pre>
 */
@OpenEnum
enum CallAsSpec {
  /** {@code SELF}: the caller is the management account, or the stack set uses self-managed permissions */
  SELF,
  /** {@code DELEGATED_ADMIN}: the caller is a registered delegated administrator */
  DELEGATED_ADMIN
}
