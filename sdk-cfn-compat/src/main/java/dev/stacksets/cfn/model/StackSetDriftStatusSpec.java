package dev.stacksets.cfn.model;

import dev.stacksets.codegen.OpenEnum;

/**
 * The drift status of a stack set as a whole.
 *
 * <p>Open: a value this SDK does not know parses as {@link #UNKNOWN_TO_SDK_VERSION} and the raw string stays
 * readable through the model's {@code ...AsString()} getter. {@link #toString()} returns the wire value.
 *
 * <pre>{@code
 * StackSetDriftStatus s = operation.stackSetDriftDetectionDetails().driftStatus();
 * }</pre>
 */
@OpenEnum
enum StackSetDriftStatusSpec {
  /** {@code DRIFTED}: at least one stack instance has drifted */
  DRIFTED,
  /** {@code IN_SYNC}: no stack instance has drifted */
  IN_SYNC,
  /** {@code NOT_CHECKED}: drift was never detected */
  NOT_CHECKED
}
