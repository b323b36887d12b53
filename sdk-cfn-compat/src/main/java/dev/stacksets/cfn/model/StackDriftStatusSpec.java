package dev.stacksets.cfn.model;

import dev.stacksets.codegen.OpenEnum;

/**
 * The drift status of a stack or stack instance.
 *
 * <p>Open: a value this SDK does not know parses as {@link #UNKNOWN_TO_SDK_VERSION} and the raw string stays
 * readable through the model's {@code ...AsString()} getter. {@link #toString()} returns the wire value.
 *
 * <pre>{@code
 * StackDriftStatus d = instance.driftStatus();
 * }</pre>
 */
@OpenEnum
enum StackDriftStatusSpec {
  /** {@code DRIFTED}: the stack differs from its template */
  DRIFTED,
  /** {@code IN_SYNC}: the stack matches its template */
  IN_SYNC,
  /** {@code UNKNOWN}: drift could not be determined */
  UNKNOWN,
  /** {@code NOT_CHECKED}: drift was never detected */
  NOT_CHECKED
}
