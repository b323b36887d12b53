package dev.stacksets.cfn.model;

import dev.stacksets.codegen.OpenEnum;

/**
 * The detailed status of a stack instance.
 *
 * <p>Open: a value this SDK does not know parses as {@link #UNKNOWN_TO_SDK_VERSION} and the raw string stays
 * readable through the model's {@code ...AsString()} getter. {@link #toString()} returns the wire value.
 *
 * <pre>{@code
 * StackInstanceDetailedStatus d = instance.stackInstanceStatus().detailedStatus();
 * }</pre>
 */
@OpenEnum
enum StackInstanceDetailedStatusSpec {
  /** {@code PENDING}: an operation will run on it */
  PENDING,
  /** {@code RUNNING}: an operation is running on it */
  RUNNING,
  /** {@code SUCCEEDED}: the last operation succeeded */
  SUCCEEDED,
  /** {@code FAILED}: the last operation failed */
  FAILED,
  /** {@code CANCELLED}: the last operation was cancelled */
  CANCELLED,
  /** {@code INOPERABLE}: a delete left it unusable */
  INOPERABLE,
  /** {@code SKIPPED_SUSPENDED_ACCOUNT}: skipped because the account is suspended */
  SKIPPED_SUSPENDED_ACCOUNT,
  /** {@code FAILED_IMPORT}: importing the stack failed */
  FAILED_IMPORT
}
