package dev.stacksets.rfs.model;

import dev.stacksets.codegen.OpenEnum;

/**
 * The status of a stack-set operation (server-owned, open).
 *
 * <p>Immutable and thread-safe.
 *
 * <pre>{@code
 * if (operation.status() == OperationStatus.OPERATION_FAILED) { ... }
 * }</pre>
 */
@OpenEnum
enum OperationStatusSpec {
  /** The operation is queued. */
  QUEUE_IN_PROGRESS,
  /** The operation is running. */
  OPERATION_IN_PROGRESS,
  /** The operation completed. */
  OPERATION_COMPLETE,
  /** The operation failed. */
  OPERATION_FAILED,
  /** The operation is being stopped. */
  STOP_IN_PROGRESS,
  /** The operation was stopped. */
  STOP_COMPLETE,
  /** Stopping the operation failed. */
  STOP_FAILED
}
