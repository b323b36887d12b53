package dev.stacksets.core.operation;

import dev.stacksets.core.internal.util.Require;
import org.jspecify.annotations.Nullable;

/**
 * One change seen while {@linkplain StackSetOperationView#watch(String, String) watching} an operation: the
 * operation's status changed ({@link StatusChanged}), or one target's did ({@link TargetChanged}). Both clouds give
 * the same events.
 *
 * <p>Immutable and thread-safe.
 *
 * <pre>{@code
 * rfs.operations().watch("my_stack_set", opId).forEach(event -> {
 *   if (event instanceof OperationEvent.TargetChanged t && t.target().status() == TargetStatus.FAILED) {
 *     System.err.println(t.target().account() + "/" + t.target().region() + ": " + t.target().reason());
 *   }
 * }).join();
 * }</pre>
 */
public sealed interface OperationEvent permits OperationEvent.StatusChanged, OperationEvent.TargetChanged {

  /** The operation's id. */
  String operationId();

  /**
   * The operation's status changed (the first event of a watch has no previous status).
   *
   * @param operation the operation as just read
   * @param previous  the status reported before, or null for the first event
   */
  record StatusChanged(StackSetOperation operation, @Nullable OperationStatus previous) implements OperationEvent {
    /** Checks the operation is given. */
    public StatusChanged {
      Require.nonNull(operation, "operation");
    }

    @Override
    public String operationId() {
      return operation.operationId();
    }

    /** E.g. {@code op-1 RUNNING (OPERATION_IN_PROGRESS), was QUEUED}. */
    @Override
    public String toString() {
      return operation.operationId() + " " + operation.status() + " (" + operation.nativeStatus() + ")"
          + (previous == null ? "" : ", was " + previous)
          + (operation.statusReason() == null ? "" : ": " + operation.statusReason());
    }
  }

  /**
   * One target (an account or domain in a region) changed status, or was seen for the first time.
   *
   * @param operationId the operation
   * @param target      the target's result as just read (status, native status, reason)
   * @param previous    the status reported before, or null when the target is new to the watch
   */
  record TargetChanged(String operationId, OperationTargetResult target, @Nullable TargetStatus previous)
      implements OperationEvent {
    /** Checks the operation id and target are given. */
    public TargetChanged {
      Require.nonNull(operationId, "operationId");
      Require.nonNull(target, "target");
    }

    /** E.g. {@code op-1 111111111111/us-east-1 FAILED (FAILED), was RUNNING: Resource limit exceeded}. */
    @Override
    public String toString() {
      return operationId + " " + OperationWatch.key(target) + " " + target.status() + " (" + target.nativeStatus()
          + ")" + (previous == null ? "" : ", was " + previous)
          + (target.reason() == null ? "" : ": " + target.reason());
    }
  }
}
