package dev.stacksets.rfs.model;

import dev.stacksets.codegen.Model;
import dev.stacksets.core.ResponseMetadata;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * The reply of ListStackSetOperations: one page of operations.
 *
 * <p>Immutable and thread-safe. Collections are copied in and unmodifiable out.
 *
 * <pre>{@code
 * ListStackSetOperationsResponse r = rfs.listStackSetOperations(b -> b.stackSetName("my_stack_set"));
 * r.stackSetOperations().forEach(o -> System.out.println(o.operationId() + " " + o.status()));
 * }</pre>
 */
@Model(additionalFields = true)
interface ListStackSetOperationsResponseSpec {
  /** The stack-set operations of this page ({@code stack_set_operations}). */
  List<StackSetOperation> stackSetOperations();

  /** The paging block ({@code page_info}), or null when the service sent none. */
  @Nullable PageInfo pageInfo();

  /** What the transport learned about the call: request id ({@code X-Request-Id}), client request id, status, attempts. Never null; not part of {@link #equals(Object)}. */
  ResponseMetadata responseMetadata();
}
