package dev.stacksets.cfn.model;

import dev.stacksets.codegen.Model;
import org.jspecify.annotations.Nullable;

/**
 * The input of {@code DeleteStackSet}. {@code stackSetName} is required. The stack set must have no stack instances
 * left (else {@link dev.stacksets.core.exception.StackSetNotEmptyException}).
 *
 * <p>Immutable and thread-safe. Validated when sent: a call with a missing or malformed member throws
 * {@link IllegalArgumentException} naming it, and nothing is sent.
 *
 * <pre>{@code
 * DeleteStackSetRequest request = DeleteStackSetRequest.builder().stackSetName("my-set").build();
 * }</pre>
 */
@Model
interface DeleteStackSetRequestSpec {
  /** The name or id of the stack set (required). */
  @Nullable String stackSetName();

  /** Whether to act as the management account or a delegated administrator. */
  @Nullable CallAs callAs();
}
