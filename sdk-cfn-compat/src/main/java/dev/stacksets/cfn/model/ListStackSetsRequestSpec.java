package dev.stacksets.cfn.model;

import dev.stacksets.codegen.Model;
import org.jspecify.annotations.Nullable;

/**
 * The input of {@code ListStackSets}: the stack sets of the account; every member is optional.
 *
 * <p>Immutable and thread-safe. Validated when sent: a call with a missing or malformed member throws
 * {@link IllegalArgumentException} naming it, and nothing is sent.
 *
 * <pre>{@code
 * ListStackSetsRequest request = ListStackSetsRequest.builder().status(StackSetStatus.ACTIVE).maxResults(50).build();
 * }</pre>
 */
@Model
interface ListStackSetsRequestSpec {
  /** The token of the page to fetch (1 to 1024 characters); null for the first page. */
  @Nullable String nextToken();

  /** The most results per page, 1 to 100. */
  @Nullable Integer maxResults();

  /** Only stack sets with this status. */
  @Nullable StackSetStatus status();

  /** Whether to act as the management account or a delegated administrator. */
  @Nullable CallAs callAs();
}
