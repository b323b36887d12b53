package dev.stacksets.cfn.model;

import dev.stacksets.codegen.OpenEnum;

/**
 * The field an {@link OperationResultFilter} filters on.
 *
 * <p>Open: a value this SDK does not know parses as {@link #UNKNOWN_TO_SDK_VERSION} and the raw string stays
 * readable through the model's {@code ...AsString()} getter. {@link #toString()} returns the wire value.
 *
 * <pre>{@code
 * OperationResultFilter f = OperationResultFilter.builder()
 *     .name(OperationResultFilterName.OPERATION_RESULT_STATUS).values("FAILED").build();
 * }</pre>
 */
@OpenEnum
enum OperationResultFilterNameSpec {
  /** {@code OPERATION_RESULT_STATUS}: the result status of each account and Region */
  OPERATION_RESULT_STATUS
}
