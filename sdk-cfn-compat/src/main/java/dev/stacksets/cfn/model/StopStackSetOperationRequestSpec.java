package dev.stacksets.cfn.model;

import dev.stacksets.codegen.Model;
import org.jspecify.annotations.Nullable;

/**
 * The input of {@code StopStackSetOperation}. {@code stackSetName} and {@code operationId} (the operation to stop)
 * are required.
 *
 * <p>Immutable and thread-safe. Validated when sent: a call with a missing or malformed member throws
 * {@link IllegalArgumentException} naming it, and nothing is sent.
 *
 * <pre>{@code
 * StopStackSetOperationRequest request = StopStackSetOperationRequest.builder().stackSetName("my-set")
 *     .operationId(operationId).build();
 * }</pre>
 */
@Model
interface StopStackSetOperationRequestSpec {
  /** The name or id of the stack set (required). */
  @Nullable String stackSetName();

  /** The id of the running operation to stop (required). */
  @Nullable String operationId();

  /** Whether to act as the management account or a delegated administrator. */
  @Nullable CallAs callAs();
}
