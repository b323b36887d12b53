package dev.stacksets.rfs.model;

import dev.stacksets.codegen.Model;
import dev.stacksets.core.ResponseMetadata;

/**
 * The reply of UpdateStackSet ({@code 204}, no body).
 *
 * <p>Immutable and thread-safe.
 *
 * <pre>{@code
 * UpdateStackSetResponse r = rfs.updateStackSet(b -> b.stackSetName("my_stack_set").stackSetDescription("new"));
 * String requestId = r.responseMetadata().requestId();
 * }</pre>
 */
@Model
interface UpdateStackSetResponseSpec {
  /**
   * What the transport learned about the call: request id ({@code X-Request-Id}), client request id, status, attempts.
   * Never null; not part of {@link #equals(Object)}.
   */
  ResponseMetadata responseMetadata();
}
