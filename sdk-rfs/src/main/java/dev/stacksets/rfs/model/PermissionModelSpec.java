package dev.stacksets.rfs.model;

import dev.stacksets.codegen.OpenEnum;

/**
 * How RFS obtains the agencies it needs to operate a stack set (server-owned, open).
 *
 * <p>Immutable and thread-safe.
 *
 * <pre>{@code
 * StackSetFilter f = StackSetFilter.permissionModel(PermissionModel.SELF_MANAGED);
 * }</pre>
 */
@OpenEnum
enum PermissionModelSpec {
  /** Agencies are created by the user in advance (the default). */
  SELF_MANAGED,
  /** Based on Organizations: RFS creates the agencies it needs in member accounts. */
  SERVICE_MANAGED
}
