package dev.stacksets.rfs.model;

import dev.stacksets.codegen.OpenEnum;

/**
 * The status of a stack set (server-owned, open: values this SDK does not know map to {@link #UNKNOWN_TO_SDK_VERSION} and the raw string stays readable on the model, e.g. {@code StackSet.statusAsString()}).
 *
 * <p>Immutable and thread-safe.
 *
 * <pre>{@code
 * StackSetStatus s = stackSet.status();
 * }</pre>
 */
@OpenEnum
enum StackSetStatusSpec {
  /** The stack set is idle. */
  IDLE,
  /** A stack set operation is in progress. */
  OPERATION_IN_PROGRESS,
  /** The stack set is disabled. */
  DEACTIVATED
}
