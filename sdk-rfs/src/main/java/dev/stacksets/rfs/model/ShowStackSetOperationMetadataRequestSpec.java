package dev.stacksets.rfs.model;

import dev.stacksets.codegen.Model;
import org.jspecify.annotations.Nullable;

/**
 * The request of ShowStackSetOperationMetadata ({@code GET /v1/stack-sets/{stack_set_name}/operations/{stack_set_operation_id}/metadata}). Reads one stack-set operation with its deployment targets and preferences.
 *
 * <p>Immutable and thread-safe. Values are checked once, when the request is sent: a missing required value ({@code stackSetName}, {@code operationId}) or one that
 * breaks the documented rules throws {@link IllegalArgumentException} naming the parameter, and nothing is sent.
 * A null argument unsets an optional value.
 *
 * <pre>{@code
 * ShowStackSetOperationMetadataRequest r = ShowStackSetOperationMetadataRequest.builder()
 *     .stackSetName("my_stack_set").operationId("daa46d87-045b-4a50-a0d5-c167fc34b632").build();
 * }</pre>
 */
@Model
interface ShowStackSetOperationMetadataRequestSpec extends CallParameters {
  /**
   * The stack set's name (path {@code stack_set_name}): starts with a letter (Chinese and other non-Latin letters
   * included), then letters, digits, {@code _} and {@code -}; 1 to 128 characters; case-sensitive. Required.
   */
  @Nullable String stackSetName();

  /** The operation's id (path {@code stack_set_operation_id}): 1 to 128 letters, digits, {@code _} and {@code -}. Required. */
  @Nullable String operationId();

  /**
   * The stack set's id (query {@code stack_set_id}): when it differs from the current set's id the service answers
   * 400, so a re-created set of the same name is never touched by mistake. Checked when sent: 1 to 128 letters,
   * digits, {@code _} and {@code -}.
   */
  @Nullable String stackSetId();
}
