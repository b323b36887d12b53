package dev.stacksets.rfs.model;

import dev.stacksets.codegen.Model;
import dev.stacksets.core.ResponseMetadata;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * The reply of ListStackSets: one page of stack sets.
 *
 * <p>Immutable and thread-safe. Collections are copied in and unmodifiable out.
 *
 * <pre>{@code
 * ListStackSetsResponse r = rfs.listStackSets(b -> b.sortByCreateTime(SortDirection.ASC));
 * r.stackSets().forEach(s -> System.out.println(s.stackSetName()));
 * }</pre>
 */
@Model(additionalFields = true)
interface ListStackSetsResponseSpec {
  /** The stack sets of this page ({@code stack_sets}). */
  List<StackSet> stackSets();

  /** The paging block ({@code page_info}), or null when the service sent none. */
  @Nullable PageInfo pageInfo();

  /** What the transport learned about the call: request id ({@code X-Request-Id}), client request id, status, attempts. Never null; not part of {@link #equals(Object)}. */
  ResponseMetadata responseMetadata();
}
