package dev.stacksets.cfn.model;

import dev.stacksets.codegen.Model;
import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * The full description of one stack-set operation, as returned by {@code DescribeStackSetOperation}.
 *
 * <p>Immutable and thread-safe.
 *
 * <pre>{@code
 * StackSetOperation op = cfn.describeStackSetOperation(r -> r.stackSetName("my-set").operationId(opId))
 *     .stackSetOperation();
 * System.out.println(op.statusAsString() + " since " + op.creationTimestamp());
 * }</pre>
 */
@Model(additionalFields = true)
interface StackSetOperationSpec {
  /** The operation id. */
  @Nullable String operationId();

  /** The id of the stack set, {@code name:uuid}. */
  @Nullable String stackSetId();

  /** What the operation does. */
  @Nullable StackSetOperationAction action();

  /** The operation's status. */
  @Nullable StackSetOperationStatus status();

  /** The operation's rollout preferences. */
  @Nullable StackSetOperationPreferences operationPreferences();

  /** Delete operations: whether the stacks were kept when their instances were removed. */
  @Nullable Boolean retainStacks();

  /** The ARN of the administration role used (wire name {@code AdministrationRoleARN}). */
  @Nullable String administrationRoleArn();

  /** The name of the execution role used in the target accounts. */
  @Nullable String executionRoleName();

  /** When the operation was requested. */
  @Nullable Instant creationTimestamp();

  /** When the operation ended (terminal states only). */
  @Nullable Instant endTimestamp();

  /** Service-managed stack sets: the targeted accounts and OUs. */
  @Nullable DeploymentTargets deploymentTargets();

  /** Drift detection operations: the drift details. */
  @Nullable StackSetDriftDetectionDetails stackSetDriftDetectionDetails();

  /** Why the operation has this status. */
  @Nullable String statusReason();

  /** Progress counts. */
  @Nullable StackSetOperationStatusDetails statusDetails();
}
