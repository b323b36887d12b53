package dev.stacksets.rfs.model;

import dev.stacksets.codegen.Model;
import dev.stacksets.core.ResponseMetadata;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * The reply of ListStackInstances: one page of stack instances.
 *
 * <p>Immutable and thread-safe. Collections are copied in and unmodifiable out.
 *
 * <pre>{@code
 * ListStackInstancesResponse r = rfs.listStackInstances(b -> b.stackSetName("my_stack_set"));
 * r.stackInstances().forEach(i -> System.out.println(i.region() + " " + i.status()));
 * }</pre>
 */
@Model(additionalFields = true)
interface ListStackInstancesResponseSpec {
  /** The stack instances of this page ({@code stack_instances}). */
  List<StackInstance> stackInstances();

  /** The paging block ({@code page_info}), or null when the service sent none. */
  @Nullable PageInfo pageInfo();

  /** What the transport learned about the call: request id ({@code X-Request-Id}), client request id, status, attempts. Never null; not part of {@link #equals(Object)}. */
  ResponseMetadata responseMetadata();
}
