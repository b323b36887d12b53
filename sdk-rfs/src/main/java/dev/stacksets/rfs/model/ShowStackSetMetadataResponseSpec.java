package dev.stacksets.rfs.model;

import dev.stacksets.codegen.Model;
import dev.stacksets.core.ResponseMetadata;

/**
 * The reply of ShowStackSetMetadata.
 *
 * <p>Immutable and thread-safe. Collections are copied in and unmodifiable out.
 *
 * <pre>{@code
 * StackSet s = rfs.showStackSetMetadata(r -> r.stackSetName("my_stack_set")).stackSet();
 * }</pre>
 */
@Model
interface ShowStackSetMetadataResponseSpec {
  /** The stack set with its metadata fields. */
  StackSet stackSet();

  /** What the transport learned about the call: request id ({@code X-Request-Id}), client request id, status, attempts. Never null; not part of {@link #equals(Object)}. */
  ResponseMetadata responseMetadata();
}
