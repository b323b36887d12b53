package dev.stacksets.rfs.model;

import dev.stacksets.codegen.Model;
import dev.stacksets.core.ResponseMetadata;

/**
 * The reply of ShowStackSetOperationMetadata.
 *
 * <p>Immutable and thread-safe. Collections are copied in and unmodifiable out.
 *
 * <pre>{@code
 * StackSetOperation op = rfs.showStackSetOperationMetadata(r -> r.stackSetName("my_stack_set").operationId(id))
 *     .stackSetOperation();
 * }</pre>
 */
@Model
interface ShowStackSetOperationMetadataResponseSpec {
  /** The operation with its metadata fields. */
  StackSetOperation stackSetOperation();

  /** What the transport learned about the call: request id ({@code X-Request-Id}), client request id, status, attempts. Never null; not part of {@link #equals(Object)}. */
  ResponseMetadata responseMetadata();
}
