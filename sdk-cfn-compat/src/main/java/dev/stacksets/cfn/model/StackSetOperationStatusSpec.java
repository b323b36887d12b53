package dev.stacksets.cfn.model;

import dev.stacksets.codegen.OpenEnum;

/**
 * The status of a whole stack-set operation.
 *
 * <p>Open: a value this SDK does not know parses as {@link #UNKNOWN_TO_SDK_VERSION} and the raw string stays
 * readable through the model's {@code ...AsString()} getter. {@link #toString()} returns the wire value.
 *
 * <pre>{@code
 * StackSetOperationStatus s = cfn.describeStackSetOperation(r -> r.stackSetName("my-set").operationId(id))
 *     .stackSetOperation().status();
 * }</pre>
 */
@OpenEnum
enum StackSetOperationStatusSpec {
  /** {@code RUNNING}: in progress */
  RUNNING,
  /** {@code SUCCEEDED}: completed without exceeding the failure tolerance */
  SUCCEEDED,
  /** {@code FAILED}: the failure tolerance was exceeded in a Region and the operation as a whole failed */
  FAILED,
  /** {@code STOPPING}: a stop was requested and is in progress */
  STOPPING,
  /** {@code STOPPED}: a user stopped the operation */
  STOPPED,
  /** {@code QUEUED}: queued (service-managed automatic deployments) */
  QUEUED
}
