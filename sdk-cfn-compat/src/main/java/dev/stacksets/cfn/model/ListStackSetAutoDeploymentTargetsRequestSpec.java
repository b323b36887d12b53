package dev.stacksets.cfn.model;

import dev.stacksets.codegen.Model;
import org.jspecify.annotations.Nullable;

/**
 * The input of {@code ListStackSetAutoDeploymentTargets}. {@code stackSetName} is required.
 *
 * <p>Immutable and thread-safe. Validated when sent: a call with a missing or malformed member throws
 * {@link IllegalArgumentException} naming it, and nothing is sent.
 *
 * <pre>{@code
 * ListStackSetAutoDeploymentTargetsRequest request = ListStackSetAutoDeploymentTargetsRequest.builder()
 *     .stackSetName("my-set").maxResults(50).build();
 * }</pre>
 */
@Model
interface ListStackSetAutoDeploymentTargetsRequestSpec {
  /** The name or id of the stack set (required). */
  @Nullable String stackSetName();

  /** The token of the page to fetch (1 to 1024 characters); null for the first page. */
  @Nullable String nextToken();

  /** The most targets per page, 1 to 100. */
  @Nullable Integer maxResults();

  /** Whether to act as the management account or a delegated administrator. */
  @Nullable CallAs callAs();
}
