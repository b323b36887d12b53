package dev.stacksets.cfn.model;

import dev.stacksets.codegen.Model;
import org.jspecify.annotations.Nullable;

/**
 * A filter for {@code ListStackSetOperationResults}: the name is {@code OPERATION_RESULT_STATUS} and the value
 * one result status such as {@code FAILED} (6 to 9 non-space characters).
 *
 * <p>Immutable and thread-safe.
 *
 * <pre>{@code
 * cfn.listStackSetOperationResults(r -> r.stackSetName("my-set").operationId(opId)
 *     .filters(OperationResultFilter.builder().name(OperationResultFilterName.OPERATION_RESULT_STATUS)
 *         .values("FAILED").build()));
 * }</pre>
 */
@Model
interface OperationResultFilterSpec {
  /** The field to filter on. */
  @Nullable OperationResultFilterName name();

  /**
   * The value to match; a single string despite the plural name (the wire field is {@code Values}). Null when
   * absent.
   */
  @Nullable String values();
}
