package dev.stacksets.cfn.model;

import dev.stacksets.codegen.Model;
import dev.stacksets.core.ResponseMetadata;

/**
 * The reply of {@code StopStackSetOperation}, which has no data: only what the transport learned about the call.
 *
 * <p>Immutable and thread-safe. Equality compares the data, not {@link #responseMetadata()}.
 *
 * <pre>{@code
 * cfn.stopStackSetOperation(r -> r.stackSetName("my-set").operationId(operationId));
 * }</pre>
 */
@Model(additionalFields = true)
interface StopStackSetOperationResponseSpec {
  /**
   * What the transport learned about the call (request id, status, attempts); never null. Not part of
   * {@link #equals(Object)}.
   */
  ResponseMetadata responseMetadata();
}
