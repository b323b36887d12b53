package dev.stacksets.rfs.model;

import dev.stacksets.core.ResponseMetadata;
import org.jspecify.annotations.Nullable;

/** The reply of a write that starts a stack-set operation: written once. */
interface StartedOperation {
  /**
   * The id of the operation the write started ({@code stack_set_operation_id}): wait for it with
   * {@code rfs.operations().waitUntilComplete(stackSetName, operationId, timeout)}, or read it with
   * ShowStackSetOperationMetadata. Never null in a reply read from the wire (a reply without it is refused as
   * unreadable).
   */
  @Nullable String operationId();

  /**
   * What the transport learned about the call: request id ({@code X-Request-Id}), client request id, status, attempts.
   * Never null; not part of {@link #equals(Object)}.
   */
  ResponseMetadata responseMetadata();
}
