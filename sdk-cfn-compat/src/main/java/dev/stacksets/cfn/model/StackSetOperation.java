package dev.stacksets.cfn.model;

import dev.stacksets.cfn.internal.InPlace;
import dev.stacksets.cfn.internal.ModelLists;
import dev.stacksets.core.internal.ModelText;
import java.time.Instant;
import java.util.Objects;
import java.util.function.Consumer;
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
public final class StackSetOperation {
  private final String operationId;
  private final String stackSetId;
  private final String action;
  private final String status;
  private final StackSetOperationPreferences operationPreferences;
  private final Boolean retainStacks;
  private final String administrationRoleArn;
  private final String executionRoleName;
  private final Instant creationTimestamp;
  private final Instant endTimestamp;
  private final DeploymentTargets deploymentTargets;
  private final StackSetDriftDetectionDetails stackSetDriftDetectionDetails;
  private final String statusReason;
  private final StackSetOperationStatusDetails statusDetails;

  private StackSetOperation(Builder b) {
    this.operationId = b.operationId;
    this.stackSetId = b.stackSetId;
    this.action = b.action;
    this.status = b.status;
    this.operationPreferences = b.operationPreferences;
    this.retainStacks = b.retainStacks;
    this.administrationRoleArn = b.administrationRoleArn;
    this.executionRoleName = b.executionRoleName;
    this.creationTimestamp = b.creationTimestamp;
    this.endTimestamp = b.endTimestamp;
    this.deploymentTargets = b.deploymentTargets;
    this.stackSetDriftDetectionDetails = b.stackSetDriftDetectionDetails;
    this.statusReason = b.statusReason;
    this.statusDetails = b.statusDetails;
  }

  /** Returns a new, empty builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** Returns a builder holding this object's values. */
  public Builder toBuilder() {
    Builder b = new Builder();
    b.operationId = operationId;
    b.stackSetId = stackSetId;
    b.action = action;
    b.status = status;
    b.operationPreferences = operationPreferences;
    b.retainStacks = retainStacks;
    b.administrationRoleArn = administrationRoleArn;
    b.executionRoleName = executionRoleName;
    b.creationTimestamp = creationTimestamp;
    b.endTimestamp = endTimestamp;
    b.deploymentTargets = deploymentTargets;
    b.stackSetDriftDetectionDetails = stackSetDriftDetectionDetails;
    b.statusReason = statusReason;
    b.statusDetails = statusDetails;
    return b;
  }

  /** The operation id. */
  public @Nullable String operationId() {
    return operationId;
  }

  /** The id of the stack set, {@code name:uuid}. */
  public @Nullable String stackSetId() {
    return stackSetId;
  }

  /**
   * What the operation does. Null when absent; {@link StackSetOperationAction#UNKNOWN_TO_SDK_VERSION} for a value
   * this SDK does not know (see {@link #actionAsString()}).
   */
  public @Nullable StackSetOperationAction action() {
    return StackSetOperationAction.fromValue(action);
  }

  /** What the operation does. The raw value as sent. */
  public @Nullable String actionAsString() {
    return action;
  }

  /**
   * The operation's status. Null when absent; {@link StackSetOperationStatus#UNKNOWN_TO_SDK_VERSION} for a value
   * this SDK does not know (see {@link #statusAsString()}).
   */
  public @Nullable StackSetOperationStatus status() {
    return StackSetOperationStatus.fromValue(status);
  }

  /** The operation's status. The raw value as sent. */
  public @Nullable String statusAsString() {
    return status;
  }

  /** The operation's rollout preferences. */
  public @Nullable StackSetOperationPreferences operationPreferences() {
    return operationPreferences;
  }

  /**
   * Delete operations: whether the stacks were kept when their instances were removed.
   */
  public @Nullable Boolean retainStacks() {
    return retainStacks;
  }

  /**
   * The ARN of the administration role used (wire name {@code AdministrationRoleARN}).
   */
  public @Nullable String administrationRoleArn() {
    return administrationRoleArn;
  }

  /** The name of the execution role used in the target accounts. */
  public @Nullable String executionRoleName() {
    return executionRoleName;
  }

  /** When the operation was requested. */
  public @Nullable Instant creationTimestamp() {
    return creationTimestamp;
  }

  /** When the operation ended (terminal states only). */
  public @Nullable Instant endTimestamp() {
    return endTimestamp;
  }

  /** Service-managed stack sets: the targeted accounts and OUs. */
  public @Nullable DeploymentTargets deploymentTargets() {
    return deploymentTargets;
  }

  /** Drift detection operations: the drift details. */
  public @Nullable StackSetDriftDetectionDetails stackSetDriftDetectionDetails() {
    return stackSetDriftDetectionDetails;
  }

  /** Why the operation has this status. */
  public @Nullable String statusReason() {
    return statusReason;
  }

  /** Progress counts. */
  public @Nullable StackSetOperationStatusDetails statusDetails() {
    return statusDetails;
  }

  @Override
  public boolean equals(Object other) {
    if (this == other) {
      return true;
    }
    if (!(other instanceof StackSetOperation)) {
      return false;
    }
    StackSetOperation o = (StackSetOperation) other;
    return Objects.equals(operationId, o.operationId)
        && Objects.equals(stackSetId, o.stackSetId)
        && Objects.equals(action, o.action)
        && Objects.equals(status, o.status)
        && Objects.equals(operationPreferences, o.operationPreferences)
        && Objects.equals(retainStacks, o.retainStacks)
        && Objects.equals(administrationRoleArn, o.administrationRoleArn)
        && Objects.equals(executionRoleName, o.executionRoleName)
        && Objects.equals(creationTimestamp, o.creationTimestamp)
        && Objects.equals(endTimestamp, o.endTimestamp)
        && Objects.equals(deploymentTargets, o.deploymentTargets)
        && Objects.equals(stackSetDriftDetectionDetails, o.stackSetDriftDetectionDetails)
        && Objects.equals(statusReason, o.statusReason)
        && Objects.equals(statusDetails, o.statusDetails);
  }

  @Override
  public int hashCode() {
    return Objects.hash(operationId, stackSetId, action, status, operationPreferences, retainStacks,
        administrationRoleArn, executionRoleName, creationTimestamp, endTimestamp, deploymentTargets,
        stackSetDriftDetectionDetails, statusReason, statusDetails);
  }

  @Override
  public String toString() {
    return new ModelText("StackSetOperation")
        .add("operationId", operationId)
        .add("stackSetId", stackSetId)
        .add("action", action)
        .add("status", status)
        .add("operationPreferences", operationPreferences)
        .add("retainStacks", retainStacks)
        .add("administrationRoleArn", administrationRoleArn)
        .add("executionRoleName", executionRoleName)
        .add("creationTimestamp", creationTimestamp)
        .add("endTimestamp", endTimestamp)
        .add("deploymentTargets", deploymentTargets)
        .add("stackSetDriftDetectionDetails", stackSetDriftDetectionDetails)
        .add("statusReason", statusReason)
        .add("statusDetails", statusDetails)
        .toString();
  }

  /** Mutable builder; not thread-safe. */
  public static final class Builder {
    private String operationId;
    private String stackSetId;
    private String action;
    private String status;
    private StackSetOperationPreferences operationPreferences;
    private Boolean retainStacks;
    private String administrationRoleArn;
    private String executionRoleName;
    private Instant creationTimestamp;
    private Instant endTimestamp;
    private DeploymentTargets deploymentTargets;
    private StackSetDriftDetectionDetails stackSetDriftDetectionDetails;
    private String statusReason;
    private StackSetOperationStatusDetails statusDetails;

    private Builder() {}

    /** The operation id. */
    public Builder operationId(@Nullable String value) {
      this.operationId = value;
      return this;
    }

    /** The id of the stack set, {@code name:uuid}. */
    public Builder stackSetId(@Nullable String value) {
      this.stackSetId = value;
      return this;
    }

    /** What the operation does. */
    public Builder action(@Nullable StackSetOperationAction value) {
      this.action = ModelLists.wire(value, "action");
      return this;
    }

    /** What the operation does. As a raw string, for values newer than this SDK. */
    public Builder action(@Nullable String value) {
      this.action = value;
      return this;
    }

    /** The operation's status. */
    public Builder status(@Nullable StackSetOperationStatus value) {
      this.status = ModelLists.wire(value, "status");
      return this;
    }

    /** The operation's status. As a raw string, for values newer than this SDK. */
    public Builder status(@Nullable String value) {
      this.status = value;
      return this;
    }

    /** The operation's rollout preferences. */
    public Builder operationPreferences(@Nullable StackSetOperationPreferences value) {
      this.operationPreferences = value;
      return this;
    }

    /** The operation's rollout preferences. Built in place. */
    public Builder operationPreferences(Consumer<StackSetOperationPreferences.Builder> consumer) {
      this.operationPreferences = InPlace.build(consumer, StackSetOperationPreferences.builder(),
          StackSetOperationPreferences.Builder::build, "operationPreferences consumer cannot be null");
      return this;
    }

    /** Delete operations: whether the stacks were kept when their instances were removed. */
    public Builder retainStacks(@Nullable Boolean value) {
      this.retainStacks = value;
      return this;
    }

    /** The ARN of the administration role used (wire name {@code AdministrationRoleARN}). */
    public Builder administrationRoleArn(@Nullable String value) {
      this.administrationRoleArn = value;
      return this;
    }

    /** The name of the execution role used in the target accounts. */
    public Builder executionRoleName(@Nullable String value) {
      this.executionRoleName = value;
      return this;
    }

    /** When the operation was requested. */
    public Builder creationTimestamp(@Nullable Instant value) {
      this.creationTimestamp = value;
      return this;
    }

    /** When the operation ended (terminal states only). */
    public Builder endTimestamp(@Nullable Instant value) {
      this.endTimestamp = value;
      return this;
    }

    /** Service-managed stack sets: the targeted accounts and OUs. */
    public Builder deploymentTargets(@Nullable DeploymentTargets value) {
      this.deploymentTargets = value;
      return this;
    }

    /** Service-managed stack sets: the targeted accounts and OUs. Built in place. */
    public Builder deploymentTargets(Consumer<DeploymentTargets.Builder> consumer) {
      this.deploymentTargets = InPlace.build(consumer, DeploymentTargets.builder(), DeploymentTargets.Builder::build,
          "deploymentTargets consumer cannot be null");
      return this;
    }

    /** Drift detection operations: the drift details. */
    public Builder stackSetDriftDetectionDetails(@Nullable StackSetDriftDetectionDetails value) {
      this.stackSetDriftDetectionDetails = value;
      return this;
    }

    /** Drift detection operations: the drift details. Built in place. */
    public Builder stackSetDriftDetectionDetails(Consumer<StackSetDriftDetectionDetails.Builder> consumer) {
      this.stackSetDriftDetectionDetails = InPlace.build(consumer, StackSetDriftDetectionDetails.builder(),
          StackSetDriftDetectionDetails.Builder::build, "stackSetDriftDetectionDetails consumer cannot be null");
      return this;
    }

    /** Why the operation has this status. */
    public Builder statusReason(@Nullable String value) {
      this.statusReason = value;
      return this;
    }

    /** Progress counts. */
    public Builder statusDetails(@Nullable StackSetOperationStatusDetails value) {
      this.statusDetails = value;
      return this;
    }

    /** Progress counts. Built in place. */
    public Builder statusDetails(Consumer<StackSetOperationStatusDetails.Builder> consumer) {
      this.statusDetails = InPlace.build(consumer, StackSetOperationStatusDetails.builder(),
          StackSetOperationStatusDetails.Builder::build, "statusDetails consumer cannot be null");
      return this;
    }

    /** Builds the immutable object. */
    public StackSetOperation build() {
      return new StackSetOperation(this);
    }
  }
}
