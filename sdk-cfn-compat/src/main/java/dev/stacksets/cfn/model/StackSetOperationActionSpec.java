package dev.stacksets.cfn.model;

import dev.stacksets.codegen.OpenEnum;

/**
 * What a stack-set operation does.
 *
 * <p>Open: a value this SDK does not know parses as {@link #UNKNOWN_TO_SDK_VERSION} and the raw string stays
 * readable through the model's {@code ...AsString()} getter. {@link #toString()} returns the wire value.
 *
 * <pre>{@code
 * boolean drift = operation.action() == StackSetOperationAction.DETECT_DRIFT;
 * }</pre>
 */
@OpenEnum
enum StackSetOperationActionSpec {
  /** {@code CREATE}: creates stack instances */
  CREATE,
  /** {@code UPDATE}: updates the stack set or its instances */
  UPDATE,
  /** {@code DELETE}: deletes stack instances */
  DELETE,
  /** {@code DETECT_DRIFT}: detects drift of the stack set */
  DETECT_DRIFT
}
