package dev.stacksets.cfn.model;

import dev.stacksets.codegen.OpenEnum;

/**
 * Whether a stack instance is up to date with its stack set.
 *
 * <p>Open: a value this SDK does not know parses as {@link #UNKNOWN_TO_SDK_VERSION} and the raw string stays
 * readable through the model's {@code ...AsString()} getter. {@link #toString()} returns the wire value.
 *
 * <pre>{@code
 * StackInstanceStatus s = instance.status();
 * }</pre>
 */
@OpenEnum
enum StackInstanceStatusSpec {
  /** {@code CURRENT}: up to date */
  CURRENT,
  /** {@code OUTDATED}: the last operation on it failed or it has not been updated yet */
  OUTDATED,
  /** {@code INOPERABLE}: a delete left the stack instance unusable */
  INOPERABLE
}
