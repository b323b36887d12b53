package dev.stacksets.rfs.model;

import dev.stacksets.codegen.Model;
import org.jspecify.annotations.Nullable;

/**
 * The request of DeleteStackSet ({@code DELETE /v1/stack-sets/{stack_set_name}}, query {@code stack_set_id},
 * {@code call_identity}; no body). The service deletes only a set without instances whose status is IDLE; otherwise
 * it answers 403 ({@link dev.stacksets.rfs.exception.StackSetStateConflictException}).
 *
 * <p>Immutable and thread-safe. Values are checked once, when the request is sent: a missing required value
 * ({@code stackSetName}) or one that breaks the documented rules throws {@link IllegalArgumentException} naming the
 * parameter, and nothing is sent.
 *
 * <pre>{@code
 * rfs.deleteStackSet(r -> r.stackSetName("my_stack_set").stackSetId(stackSetId));
 * }</pre>
 */
@Model
interface DeleteStackSetRequestSpec extends WriteParameters {
  /**
   * The stack set's name (path {@code stack_set_name}): starts with a letter (Chinese and other non-Latin letters
   * included), then letters, digits, {@code _} and {@code -}; 1 to 128 characters; case-sensitive. Required.
   */
  @Nullable String stackSetName();

  /**
   * The stack set's id (query {@code stack_set_id}): when it differs from the current set's id the service answers
   * 400, so a re-created set of the same name is never deleted by mistake. Checked when sent: 1 to 128 letters,
   * digits, {@code _} and {@code -}.
   */
  @Nullable String stackSetId();
}
