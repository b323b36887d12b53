package dev.stacksets.cfn.model;

import dev.stacksets.codegen.Model;
import dev.stacksets.core.ResponseMetadata;

/**
 * The reply of {@code DeleteStackSet}, which has no data: only what the transport learned about the call.
 *
 * <p>Immutable and thread-safe. Equality compares the data, not {@link #responseMetadata()}.
 *
 * <pre>{@code
 * String requestId = cfn.deleteStackSet(r -> r.stackSetName("my-set")).responseMetadata().requestId();
 * }</pre>
 */
@Model(additionalFields = true)
interface DeleteStackSetResponseSpec {
  /**
   * What the transport learned about the call (request id, status, attempts); never null. Not part of
   * {@link #equals(Object)}.
   */
  ResponseMetadata responseMetadata();
}
