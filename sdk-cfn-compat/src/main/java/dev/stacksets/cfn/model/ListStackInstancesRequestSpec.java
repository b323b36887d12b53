package dev.stacksets.cfn.model;

import dev.stacksets.codegen.Model;
import dev.stacksets.codegen.Presence;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * The input of {@code ListStackInstances}: the stack instances of one stack set, optionally filtered.
 * {@code stackSetName} is required.
 *
 * <p>Immutable and thread-safe. Lists are copied in and unmodifiable out; a list getter returns an empty list
 * when the list was absent. Validated when sent: a call with a missing or malformed member throws
 * {@link IllegalArgumentException} naming it, and nothing is sent.
 *
 * <pre>{@code
 * ListStackInstancesRequest request = ListStackInstancesRequest.builder()
 *     .stackSetName("my-set").stackInstanceRegion("us-east-1").build();
 * }</pre>
 */
@Model
interface ListStackInstancesRequestSpec {
  /** The name or id of the stack set (required). */
  @Nullable String stackSetName();

  /** The token of the page to fetch (1 to 1024 characters); null for the first page. */
  @Nullable String nextToken();

  /** The most results per page, 1 to 100. */
  @Nullable Integer maxResults();

  /** At most three filters. */
  @Presence List<StackInstanceFilter> filters();

  /** Only instances in this 12-digit account. */
  @Nullable String stackInstanceAccount();

  /** Only instances in this Region. */
  @Nullable String stackInstanceRegion();

  /** Whether to act as the management account or a delegated administrator. */
  @Nullable CallAs callAs();
}
