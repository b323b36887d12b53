package dev.stacksets.rfs.model;

import dev.stacksets.codegen.Model;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * The request of ShowStackSetTemplate ({@code GET /v1/stack-sets/{stack_set_name}/templates}). Asks where the stack
 * set's current template can be downloaded: the service answers with a temporary redirect to a pre-signed OBS URL,
 * valid about five minutes, which the client returns and does not follow.
 *
 * <p>Immutable and thread-safe. Values are checked once, when the request is sent: a missing required value
 * ({@code stackSetName}) or one that breaks the documented rules throws {@link IllegalArgumentException} naming the
 * parameter, and nothing is sent. A null argument unsets an optional value.
 *
 * <pre>{@code
 * URI template = rfs.showStackSetTemplate(r -> r.stackSetName("my_stack_set")).location();
 * }</pre>
 */
@Model
interface ShowStackSetTemplateRequestSpec extends CallParameters {
  /**
   * The stack set's name (path {@code stack_set_name}): starts with a letter (Chinese and other non-Latin letters
   * included), then letters, digits, {@code _} and {@code -}; 1 to 128 characters; case-sensitive. Required.
   */
  @Nullable String stackSetName();

  /**
   * The stack set's id (query {@code stack_set_id}): when it differs from the current set's id the service answers
   * 400, so a re-created set of the same name is never read by mistake. Checked when sent: 1 to 128 letters, digits,
   * {@code _} and {@code -}.
   */
  @Nullable String stackSetId();

  /**
   * Source IP addresses allowed to download from the returned URL (query {@code access_control_source_ips},
   * repeated); empty for no restriction. Checked when sent: no element blank.
   */
  List<String> accessControlSourceIps();

  /**
   * Source VPC ids allowed to download from the returned URL (query {@code access_control_source_vpc_ids},
   * repeated); empty for no restriction. Checked when sent: no element blank.
   */
  List<String> accessControlSourceVpcIds();
}
