package dev.stacksets.rfs.model;

import dev.stacksets.codegen.OpenEnum;

/**
 * The status of a stack instance (server-owned, open).
 *
 * <p>Immutable and thread-safe.
 *
 * <pre>{@code
 * if (instance.status() == StackInstanceStatus.OPERATION_FAILED) { ... }
 * }</pre>
 */
@OpenEnum
enum StackInstanceStatusSpec {
  /** Waiting to be operated on. */
  WAIT_IN_PROGRESS,
  /** The operation on the instance was cancelled. */
  CANCEL_COMPLETE,
  /** Being operated on. */
  OPERATION_IN_PROGRESS,
  /** The last operation on the instance failed. */
  OPERATION_FAILED,
  /** The instance cannot be operated on. */
  INOPERABLE,
  /** The last operation on the instance completed. */
  OPERATION_COMPLETE
}
