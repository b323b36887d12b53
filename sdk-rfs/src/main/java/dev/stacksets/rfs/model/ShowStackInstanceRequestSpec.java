package dev.stacksets.rfs.model;

import dev.stacksets.codegen.Model;
import org.jspecify.annotations.Nullable;

/**
 * The request of ShowStackInstance ({@code GET /v1/stack-sets/{stack_set_name}/stack-instances/{stack_instance_addr}}). Reads one stack instance, addressed by region and member account: the path segment {@code stack_instance_addr} is {@code region + "/" + stack_domain_id}, sent as one segment with the {@code /} encoded as {@code %2F}.
 *
 * <p>Immutable and thread-safe. Values are checked once, when the request is sent: a missing required value ({@code stackSetName}, {@code region}, {@code stackDomainId}) or one that
 * breaks the documented rules throws {@link IllegalArgumentException} naming the parameter, and nothing is sent.
 * A null argument unsets an optional value.
 *
 * <pre>{@code
 * ShowStackInstanceRequest r = ShowStackInstanceRequest.builder()
 *     .stackSetName("my_stack_set").region("cn-north-4").stackDomainId("dfda721e8ecd46088662f2dc9e97b1c6").build();
 * }</pre>
 */
@Model
interface ShowStackInstanceRequestSpec extends CallParameters {
  /**
   * The stack set's name (path {@code stack_set_name}): starts with a letter (Chinese and other non-Latin letters
   * included), then letters, digits, {@code _} and {@code -}; 1 to 128 characters; case-sensitive. Required.
   */
  @Nullable String stackSetName();

  /** The instance's region (first half of {@code stack_instance_addr}); must not contain {@code /}. Required. */
  @Nullable String region();

  /**
   * The instance's member account (domain) id (second half of {@code stack_instance_addr}); must not contain
   * {@code /}. Required.
   */
  @Nullable String stackDomainId();

  /**
   * The stack set's id (query {@code stack_set_id}): when it differs from the current set's id the service answers
   * 400, so a re-created set of the same name is never touched by mistake. Checked when sent: 1 to 128 letters,
   * digits, {@code _} and {@code -}.
   */
  @Nullable String stackSetId();
}
