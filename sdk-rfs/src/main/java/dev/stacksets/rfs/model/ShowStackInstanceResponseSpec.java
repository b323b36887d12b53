package dev.stacksets.rfs.model;

import dev.stacksets.codegen.Model;
import dev.stacksets.core.ResponseMetadata;

/**
 * The reply of ShowStackInstance.
 *
 * <p>Immutable and thread-safe. Collections are copied in and unmodifiable out.
 *
 * <pre>{@code
 * StackInstance i = rfs.showStackInstance(r -> r.stackSetName("my_stack_set").region("cn-north-4")
 *     .stackDomainId(domainId)).stackInstance();
 * }</pre>
 */
@Model
interface ShowStackInstanceResponseSpec {
  /** The stack instance, with its variable overrides. */
  StackInstance stackInstance();

  /** What the transport learned about the call: request id ({@code X-Request-Id}), client request id, status, attempts. Never null; not part of {@link #equals(Object)}. */
  ResponseMetadata responseMetadata();
}
