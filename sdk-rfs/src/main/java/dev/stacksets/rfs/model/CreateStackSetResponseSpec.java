package dev.stacksets.rfs.model;

import dev.stacksets.codegen.Model;
import dev.stacksets.core.ResponseMetadata;
import org.jspecify.annotations.Nullable;

/**
 * The reply of CreateStackSet: the new stack set's id.
 *
 * <p>Immutable and thread-safe.
 *
 * <pre>{@code
 * String id = rfs.createStackSet(r -> r.stackSetName("my_stack_set").permissionModel(PermissionModel.SERVICE_MANAGED))
 *     .stackSetId();
 * }</pre>
 */
@Model(additionalFields = true)
interface CreateStackSetResponseSpec {
  /**
   * The new stack set's id ({@code stack_set_id}): pass it as {@code stackSetId} to later calls to be sure they reach
   * this set and not a later one of the same name. Never null in a reply read from the wire (a reply without it is
   * refused as unreadable).
   */
  @Nullable String stackSetId();

  /**
   * What the transport learned about the call: request id ({@code X-Request-Id}), client request id, status, attempts.
   * Never null; not part of {@link #equals(Object)}.
   */
  ResponseMetadata responseMetadata();
}
