package dev.stacksets.cfn.model;

import dev.stacksets.codegen.Model;
import dev.stacksets.codegen.Presence;
import dev.stacksets.core.ResponseMetadata;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * One page of {@code ListStackSets}.
 *
 * <p>Immutable and thread-safe. Lists are copied in and unmodifiable out; a list getter returns an empty list
 * when the list was absent. Equality compares the data, not {@link #responseMetadata()}.
 *
 * <pre>{@code
 * ListStackSetsResponse page = cfn.listStackSets(r -> r.maxResults(50));
 * }</pre>
 */
@Model(additionalFields = true)
interface ListStackSetsResponseSpec {
  /** The stack sets on this page. */
  @Presence List<StackSetSummary> summaries();

  /** The token of the next page; null or empty on the last page. */
  @Nullable String nextToken();

  /**
   * What the transport learned about the call (request id, status, attempts); never null. Not part of
   * {@link #equals(Object)}.
   */
  ResponseMetadata responseMetadata();
}
