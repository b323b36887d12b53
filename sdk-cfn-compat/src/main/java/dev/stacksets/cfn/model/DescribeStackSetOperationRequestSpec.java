package dev.stacksets.cfn.model;

import dev.stacksets.codegen.Model;
import org.jspecify.annotations.Nullable;

/**
 * The input of {@code DescribeStackSetOperation}. {@code stackSetName} and {@code operationId} are required.
 *
 * <p>Immutable and thread-safe. Validated when sent: a call with a missing or malformed member throws
 * {@link IllegalArgumentException} naming it, and nothing is sent.
 *
 * <pre>{@code
 * DescribeStackSetOperationRequest request = DescribeStackSetOperationRequest.builder()
 *     .stackSetName("my-set").operationId(opId).callAs(CallAs.DELEGATED_ADMIN).build();
 * }</pre>
 */
@Model
interface DescribeStackSetOperationRequestSpec {
  /** The name or id of the stack set (required). */
  @Nullable String stackSetName();

  /** The operation id (required; 1 to 128 characters of {@code [a-zA-Z0-9][-a-zA-Z0-9]*}). */
  @Nullable String operationId();

  /** Whether to act as the management account or a delegated administrator. */
  @Nullable CallAs callAs();
}
