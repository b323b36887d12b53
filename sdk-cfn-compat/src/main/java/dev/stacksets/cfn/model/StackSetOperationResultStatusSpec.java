package dev.stacksets.cfn.model;

import dev.stacksets.codegen.OpenEnum;

/**
 * The result of a stack-set operation in one account and Region.
 *
 * <p>Open: a value this SDK does not know parses as {@link #UNKNOWN_TO_SDK_VERSION} and the raw string stays
 * readable through the model's {@code ...AsString()} getter. {@link #toString()} returns the wire value.
 *
 * <pre>{@code
 * if (summary.status() == StackSetOperationResultStatus.FAILED) {
 *   System.err.println(summary.account() + " " + summary.statusReason());
 * }
 * }</pre>
 */
@OpenEnum
enum StackSetOperationResultStatusSpec {
  /** {@code PENDING}: not started yet in this account and Region */
  PENDING,
  /** {@code RUNNING}: in progress */
  RUNNING,
  /** {@code SUCCEEDED}: completed successfully */
  SUCCEEDED,
  /** {@code FAILED}: failed; enough failures in a Region can exceed the operation's failure tolerance */
  FAILED,
  /** {@code CANCELLED}: cancelled because a user stopped the operation or its failure tolerance was exceeded */
  CANCELLED
}
