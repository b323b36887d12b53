package dev.stacksets.cfn.model;

import dev.stacksets.codegen.OpenEnum;

/**
 * A capability acknowledged for a stack set's template.
 *
 * <p>Open: a value this SDK does not know parses as {@link #UNKNOWN_TO_SDK_VERSION} and the raw string stays
 * readable through the model's {@code ...AsString()} getter. {@link #toString()} returns the wire value.
 *
 * <pre>{@code
 * boolean iam = stackSet.capabilities().contains(Capability.CAPABILITY_IAM);
 * }</pre>
 */
@OpenEnum
enum CapabilitySpec {
  /** {@code CAPABILITY_IAM}: the template creates IAM resources */
  CAPABILITY_IAM,
  /** {@code CAPABILITY_NAMED_IAM}: the template creates IAM resources with custom names */
  CAPABILITY_NAMED_IAM,
  /** {@code CAPABILITY_AUTO_EXPAND}: the template contains macros */
  CAPABILITY_AUTO_EXPAND
}
