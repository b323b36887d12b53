package dev.stacksets.cfn.model;

import dev.stacksets.codegen.OpenEnum;

/**
 * The status of a stack-set drift detection operation.
 *
 * <p>Open: a value this SDK does not know parses as {@link #UNKNOWN_TO_SDK_VERSION} and the raw string stays
 * readable through the model's {@code ...AsString()} getter. {@link #toString()} returns the wire value.
 *
 * <pre>{@code
 * StackSetDriftDetectionStatus s = details.driftDetectionStatus();
 * }</pre>
 */
@OpenEnum
enum StackSetDriftDetectionStatusSpec {
  /** {@code COMPLETED}: drift detection finished for every instance */
  COMPLETED,
  /** {@code FAILED}: the failure tolerance was exceeded */
  FAILED,
  /** {@code PARTIAL_SUCCESS}: finished, but some instances failed */
  PARTIAL_SUCCESS,
  /** {@code IN_PROGRESS}: running */
  IN_PROGRESS,
  /** {@code STOPPED}: stopped by a user */
  STOPPED
}
