package dev.stacksets.cfn.model;

import dev.stacksets.codegen.Model;
import dev.stacksets.codegen.Presence;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * The input of {@code ListStackSetOperationResults}: the per-account, per-Region results of one stack-set
 * operation. {@code stackSetName} and {@code operationId} are required.
 *
 * <p>Immutable and thread-safe. Lists are copied in and unmodifiable out; a list getter returns an empty list
 * when the list was absent. Validated when sent: a call with a missing or malformed member throws
 * {@link IllegalArgumentException} naming it, and nothing is sent.
 *
 * <pre>{@code
 * ListStackSetOperationResultsRequest request = ListStackSetOperationResultsRequest.builder()
 *     .stackSetName("my-set").operationId(opId).maxResults(100).build();
 * }</pre>
 */
@Model
interface ListStackSetOperationResultsRequestSpec {
  /** The name or id of the stack set (required). */
  @Nullable String stackSetName();

  /** The operation id (required; 1 to 128 characters of {@code [a-zA-Z0-9][-a-zA-Z0-9]*}). */
  @Nullable String operationId();

  /** The token of the page to fetch (1 to 1024 characters); null for the first page. */
  @Nullable String nextToken();

  /** The most results per page, 1 to 100. */
  @Nullable Integer maxResults();

  /** Whether to act as the management account or a delegated administrator. */
  @Nullable CallAs callAs();

  /** At most one filter, on {@code OPERATION_RESULT_STATUS}. */
  @Presence List<OperationResultFilter> filters();
}
