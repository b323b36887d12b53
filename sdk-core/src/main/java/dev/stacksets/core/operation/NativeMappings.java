package dev.stacksets.core.operation;

import dev.stacksets.core.internal.util.Require;
import java.util.Map;

/**
 * The tables that turn each service's native status and action strings into the neutral vocabulary. One place for
 * all of them, so the README's mapping tables, the service modules and the tests agree. Unknown or null native values
 * map to the {@code UNKNOWN} constant; the native string is always kept beside the neutral value by the callers. A
 * null {@code provider} is an {@link IllegalArgumentException}.
 *
 * <p>Stateless and thread-safe.
 *
 * <pre>{@code
 * OperationStatus s = NativeMappings.operationStatus(Provider.RFS, "QUEUE_IN_PROGRESS");   // QUEUED
 * }</pre>
 */
public final class NativeMappings {
  private static final Map<String, OperationStatus> RFS_OPERATION_STATUS = Map.of(
      "QUEUE_IN_PROGRESS", OperationStatus.QUEUED,
      "OPERATION_IN_PROGRESS", OperationStatus.RUNNING,
      "OPERATION_COMPLETE", OperationStatus.SUCCEEDED,
      "OPERATION_FAILED", OperationStatus.FAILED,
      "STOP_IN_PROGRESS", OperationStatus.STOPPING,
      "STOP_COMPLETE", OperationStatus.STOPPED,
      "STOP_FAILED", OperationStatus.STOP_FAILED);

  private static final Map<String, OperationStatus> CFN_OPERATION_STATUS = Map.of(
      "QUEUED", OperationStatus.QUEUED,
      "RUNNING", OperationStatus.RUNNING,
      "SUCCEEDED", OperationStatus.SUCCEEDED,
      "FAILED", OperationStatus.FAILED,
      "STOPPING", OperationStatus.STOPPING,
      "STOPPED", OperationStatus.STOPPED);

  private static final Map<String, OperationAction> RFS_ACTION = Map.of(
      "CREATE_STACK_INSTANCES", OperationAction.CREATE,
      "UPDATE_STACK_INSTANCES", OperationAction.UPDATE,
      "DELETE_STACK_INSTANCES", OperationAction.DELETE,
      "DEPLOY_STACK_SET", OperationAction.DEPLOY,
      "DEPLOY_STACK_INSTANCES", OperationAction.DEPLOY);

  private static final Map<String, OperationAction> CFN_ACTION = Map.of(
      "CREATE", OperationAction.CREATE,
      "UPDATE", OperationAction.UPDATE,
      "DELETE", OperationAction.DELETE,
      "DETECT_DRIFT", OperationAction.DETECT_DRIFT);

  /** RFS stack-instance status, read as the outcome of the instance's latest operation. */
  private static final Map<String, TargetStatus> RFS_INSTANCE_STATUS = Map.of(
      "WAIT_IN_PROGRESS", TargetStatus.PENDING,
      "OPERATION_IN_PROGRESS", TargetStatus.RUNNING,
      "OPERATION_COMPLETE", TargetStatus.SUCCEEDED,
      "OPERATION_FAILED", TargetStatus.FAILED,
      "INOPERABLE", TargetStatus.FAILED,
      "CANCEL_COMPLETE", TargetStatus.CANCELLED);

  private static final Map<String, TargetStatus> CFN_RESULT_STATUS = Map.of(
      "PENDING", TargetStatus.PENDING,
      "RUNNING", TargetStatus.RUNNING,
      "SUCCEEDED", TargetStatus.SUCCEEDED,
      "FAILED", TargetStatus.FAILED,
      "CANCELLED", TargetStatus.CANCELLED);

  private static final Map<String, TargetStatus> CONFIG_MEMBER_STATUS = Map.ofEntries(
      Map.entry("CREATE_SUCCESSFUL", TargetStatus.SUCCEEDED),
      Map.entry("CREATE_IN_PROGRESS", TargetStatus.RUNNING),
      Map.entry("CREATE_FAILED", TargetStatus.FAILED),
      Map.entry("UPDATE_SUCCESSFUL", TargetStatus.SUCCEEDED),
      Map.entry("UPDATE_IN_PROGRESS", TargetStatus.RUNNING),
      Map.entry("UPDATE_FAILED", TargetStatus.FAILED),
      Map.entry("DELETE_SUCCESSFUL", TargetStatus.SUCCEEDED),
      Map.entry("DELETE_IN_PROGRESS", TargetStatus.RUNNING),
      Map.entry("DELETE_FAILED", TargetStatus.FAILED));

  private NativeMappings() {}

  /** The neutral status of an operation's native status string. */
  public static OperationStatus operationStatus(Provider provider, String nativeStatus) {
    Require.nonNull(provider, "provider");
    Map<String, OperationStatus> table = provider == Provider.RFS ? RFS_OPERATION_STATUS
        : provider == Provider.CLOUDFORMATION ? CFN_OPERATION_STATUS : Map.of();
    return nativeStatus == null ? OperationStatus.UNKNOWN
        : table.getOrDefault(nativeStatus, OperationStatus.UNKNOWN);
  }

  /** The neutral action of an operation's native action string. */
  public static OperationAction action(Provider provider, String nativeAction) {
    Require.nonNull(provider, "provider");
    Map<String, OperationAction> table = provider == Provider.RFS ? RFS_ACTION
        : provider == Provider.CLOUDFORMATION ? CFN_ACTION : Map.of();
    return nativeAction == null ? OperationAction.UNKNOWN : table.getOrDefault(nativeAction, OperationAction.UNKNOWN);
  }

  /**
   * The neutral status of a per-target native status: an RFS stack-instance status, a CloudFormation operation
   * result status, or a Config member-account conformance-pack status.
   */
  public static TargetStatus targetStatus(Provider provider, String nativeStatus) {
    Require.nonNull(provider, "provider");
    Map<String, TargetStatus> table;
    switch (provider) {
      case RFS:
        table = RFS_INSTANCE_STATUS;
        break;
      case CLOUDFORMATION:
        table = CFN_RESULT_STATUS;
        break;
      default:
        table = CONFIG_MEMBER_STATUS;
    }
    return nativeStatus == null ? TargetStatus.UNKNOWN : table.getOrDefault(nativeStatus, TargetStatus.UNKNOWN);
  }

  /** Every native operation status of a provider with its neutral value (for documentation and tests). */
  public static Map<String, OperationStatus> operationStatusTable(Provider provider) {
    Require.nonNull(provider, "provider");
    return provider == Provider.RFS ? RFS_OPERATION_STATUS
        : provider == Provider.CLOUDFORMATION ? CFN_OPERATION_STATUS : Map.of();
  }

  /** Every native action of a provider with its neutral value. */
  public static Map<String, OperationAction> actionTable(Provider provider) {
    Require.nonNull(provider, "provider");
    return provider == Provider.RFS ? RFS_ACTION : provider == Provider.CLOUDFORMATION ? CFN_ACTION : Map.of();
  }

  /** Every native per-target status of a provider with its neutral value. */
  public static Map<String, TargetStatus> targetStatusTable(Provider provider) {
    Require.nonNull(provider, "provider");
    return provider == Provider.RFS ? RFS_INSTANCE_STATUS
        : provider == Provider.CLOUDFORMATION ? CFN_RESULT_STATUS : CONFIG_MEMBER_STATUS;
  }
}
