package dev.stacksets.rfs.model;

import dev.stacksets.codegen.Model;
import dev.stacksets.core.ResponseMetadata;

/**
 * The reply of DeleteStackSet ({@code 204}, no body). When a retry of the call found the set already gone (404
 * after an earlier attempt of the same call was sent, whose reply was lost), the delete counts as done and
 * {@code responseMetadata().statusCode()} is that 404.
 *
 * <p>Immutable and thread-safe.
 *
 * <pre>{@code
 * DeleteStackSetResponse r = rfs.deleteStackSet(b -> b.stackSetName("my_stack_set"));
 * int attempts = r.responseMetadata().attempts();
 * }</pre>
 */
@Model
interface DeleteStackSetResponseSpec {
  /**
   * What the transport learned about the call: request id ({@code X-Request-Id}), client request id, status, attempts.
   * Never null; not part of {@link #equals(Object)}.
   */
  ResponseMetadata responseMetadata();
}
