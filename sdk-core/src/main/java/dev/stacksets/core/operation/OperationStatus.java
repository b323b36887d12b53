package dev.stacksets.core.operation;

/**
 * The neutral status of a stack-set operation. RFS and CloudFormation statuses both map onto it; the native string
 * is always kept beside it ({@link StackSetOperation#nativeStatus()}).
 *
 * <p>Immutable and thread-safe.
 *
 * <pre>{@code
 * if (op.status().isTerminal()) { ... }
 * }</pre>
 */
public enum OperationStatus {
  /** Accepted, waiting to run (RFS {@code QUEUE_IN_PROGRESS}, CloudFormation {@code QUEUED}). */
  QUEUED(false),
  /** Running (RFS {@code OPERATION_IN_PROGRESS}, CloudFormation {@code RUNNING}). */
  RUNNING(false),
  /** Finished successfully (RFS {@code OPERATION_COMPLETE}, CloudFormation {@code SUCCEEDED}). */
  SUCCEEDED(true),
  /** Finished with failure (RFS {@code OPERATION_FAILED}, CloudFormation {@code FAILED}). */
  FAILED(true),
  /** A stop was requested and is in progress (RFS {@code STOP_IN_PROGRESS}, CloudFormation {@code STOPPING}). */
  STOPPING(false),
  /** Stopped (RFS {@code STOP_COMPLETE}, CloudFormation {@code STOPPED}). */
  STOPPED(true),
  /** The stop itself failed (RFS {@code STOP_FAILED}). */
  STOP_FAILED(true),
  /** A native status this SDK version does not know; see the native string. Not terminal. */
  UNKNOWN(false);

  private final boolean terminal;

  OperationStatus(boolean terminal) {
    this.terminal = terminal;
  }

  /** True for states that end a wait: SUCCEEDED, FAILED, STOPPED, STOP_FAILED. */
  public boolean isTerminal() {
    return terminal;
  }
}
