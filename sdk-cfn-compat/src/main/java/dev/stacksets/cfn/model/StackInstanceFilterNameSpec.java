package dev.stacksets.cfn.model;

import dev.stacksets.codegen.OpenEnum;

/**
 * The field a {@link StackInstanceFilter} filters on.
 *
 * <p>Open: a value this SDK does not know parses as {@link #UNKNOWN_TO_SDK_VERSION} and the raw string stays
 * readable through the model's {@code ...AsString()} getter. {@link #toString()} returns the wire value.
 *
 * <pre>{@code
 * StackInstanceFilter f = StackInstanceFilter.builder()
 *     .name(StackInstanceFilterName.DRIFT_STATUS).values("DRIFTED").build();
 * }</pre>
 */
@OpenEnum
enum StackInstanceFilterNameSpec {
  /** {@code DETAILED_STATUS}: the detailed status of the stack instance */
  DETAILED_STATUS,
  /** {@code LAST_OPERATION_ID}: the id of the last operation on the instance */
  LAST_OPERATION_ID,
  /** {@code DRIFT_STATUS}: the drift status of the instance */
  DRIFT_STATUS
}
