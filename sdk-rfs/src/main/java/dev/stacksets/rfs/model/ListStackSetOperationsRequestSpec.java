package dev.stacksets.rfs.model;

import dev.stacksets.codegen.Model;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * The request of ListStackSetOperations ({@code GET /v1/stack-sets/{stack_set_name}/operations}). Lists the operations of one stack set.
 *
 * <p>Immutable and thread-safe. Values are checked once, when the request is sent: a missing required value ({@code stackSetName}) or one that
 * breaks the documented rules throws {@link IllegalArgumentException} naming the parameter, and nothing is sent.
 * A null argument unsets an optional value.
 *
 * <pre>{@code
 * ListStackSetOperationsRequest r = ListStackSetOperationsRequest.builder()
 *     .stackSetName("my_hello_world_stack_set")
 *     .filter(OperationFilter.action(Action.CREATE_STACK_INSTANCES).or(Action.DEPLOY_STACK_SET))
 *     .build();
 * }</pre>
 */
@Model
interface ListStackSetOperationsRequestSpec extends ListParameters {
  /**
   * The stack set's name (path {@code stack_set_name}): starts with a letter (Chinese and other non-Latin letters
   * included), then letters, digits, {@code _} and {@code -}; 1 to 128 characters; case-sensitive. Required.
   */
  @Nullable String stackSetName();

  /**
   * The stack set's id (query {@code stack_set_id}): when it differs from the current set's id the service answers
   * 400, so a re-created set of the same name is never touched by mistake. Checked when sent: 1 to 128 letters,
   * digits, {@code _} and {@code -}.
   */
  @Nullable String stackSetId();

  /** The filter (query {@code filter}); see {@link OperationFilter}. Null for none. */
  @Nullable OperationFilter filter();
}
