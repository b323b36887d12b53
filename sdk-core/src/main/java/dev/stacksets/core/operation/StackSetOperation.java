package dev.stacksets.core.operation;

import java.io.Serializable;
import java.time.Instant;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * A stack-set operation in the provider-neutral vocabulary: which cloud, which stack set, what it does, how it
 * stands, and the native strings behind each neutral value.
 *
 * <p>Immutable, thread-safe and serializable.
 *
 * <pre>{@code
 * StackSetOperation op = rfs.operations().getOperation("my_stack_set", opId);
 * System.out.println(op.provider() + " " + op.action() + " " + op.status() + " (" + op.nativeStatus() + ")");
 * }</pre>
 */
public final class StackSetOperation implements Serializable {
  private static final long serialVersionUID = 1L;

  private final Provider provider;
  private final String stackSetName;
  private final String stackSetId;
  private final String operationId;
  private final OperationAction action;
  private final String nativeAction;
  private final OperationStatus status;
  private final String nativeStatus;
  private final String statusReason;
  private final Instant createdAt;
  private final Instant updatedAt;
  private final Instant endedAt;
  private final DeploymentTargets targets;

  private StackSetOperation(Builder b) {
    this.provider = require(b.provider, "provider");
    this.operationId = require(b.operationId, "operationId");
    this.stackSetName = b.stackSetName;
    this.stackSetId = b.stackSetId;
    this.action = b.action == null ? OperationAction.UNKNOWN : b.action;
    this.nativeAction = b.nativeAction;
    this.status = b.status == null ? OperationStatus.UNKNOWN : b.status;
    this.nativeStatus = b.nativeStatus;
    this.statusReason = b.statusReason;
    this.createdAt = b.createdAt;
    this.updatedAt = b.updatedAt;
    this.endedAt = b.endedAt;
    this.targets = b.targets == null ? DeploymentTargets.empty() : b.targets;
  }

  private static <T> T require(T value, String name) {
    if (value == null) {
      throw new IllegalStateException(name + " is required");
    }
    return value;
  }

  /** Returns a new builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** Returns a builder holding these values. */
  public Builder toBuilder() {
    return builder().provider(provider).stackSetName(stackSetName).stackSetId(stackSetId).operationId(operationId)
        .action(action).nativeAction(nativeAction).status(status).nativeStatus(nativeStatus)
        .statusReason(statusReason).createdAt(createdAt).updatedAt(updatedAt).endedAt(endedAt).targets(targets);
  }

  /** The cloud service running it. */
  public Provider provider() {
    return provider;
  }

  /** The stack set's name, or null when the service did not say. */
  public @Nullable String stackSetName() {
    return stackSetName;
  }

  /** The stack set's id (RFS {@code stack_set_id}, CloudFormation {@code StackSetId}). */
  public @Nullable String stackSetId() {
    return stackSetId;
  }

  /** The operation id. */
  public String operationId() {
    return operationId;
  }

  /** Neutral action; {@link OperationAction#UNKNOWN} for a native value this SDK does not know. */
  public OperationAction action() {
    return action;
  }

  /** The action exactly as the service sent it. */
  public @Nullable String nativeAction() {
    return nativeAction;
  }

  /** Neutral status; {@link OperationStatus#UNKNOWN} for a native value this SDK does not know. */
  public OperationStatus status() {
    return status;
  }

  /** The status exactly as the service sent it. */
  public @Nullable String nativeStatus() {
    return nativeStatus;
  }

  /** Why it stands as it does (RFS {@code status_message}, CloudFormation {@code StatusReason}). */
  public @Nullable String statusReason() {
    return statusReason;
  }

  /** When it was created. */
  public @Nullable Instant createdAt() {
    return createdAt;
  }

  /** When it last changed (RFS {@code update_time}). */
  public @Nullable Instant updatedAt() {
    return updatedAt;
  }

  /** When it ended (CloudFormation {@code EndTimestamp}), or null while running or when not reported. */
  public @Nullable Instant endedAt() {
    return endedAt;
  }

  /** Where it deploys; empty when the listing did not say (fetch the single operation for details). */
  public DeploymentTargets targets() {
    return targets;
  }

  @Override
  public boolean equals(Object o) {
    if (!(o instanceof StackSetOperation)) {
      return false;
    }
    StackSetOperation x = (StackSetOperation) o;
    return provider == x.provider && action == x.action && status == x.status
        && Objects.equals(stackSetName, x.stackSetName) && Objects.equals(stackSetId, x.stackSetId)
        && operationId.equals(x.operationId) && Objects.equals(nativeAction, x.nativeAction)
        && Objects.equals(nativeStatus, x.nativeStatus) && Objects.equals(statusReason, x.statusReason)
        && Objects.equals(createdAt, x.createdAt) && Objects.equals(updatedAt, x.updatedAt)
        && Objects.equals(endedAt, x.endedAt) && targets.equals(x.targets);
  }

  @Override
  public int hashCode() {
    return Objects.hash(provider, stackSetName, operationId, status, nativeStatus, createdAt);
  }

  @Override
  public String toString() {
    return "StackSetOperation{provider=" + provider + ", stackSetName=" + stackSetName + ", stackSetId=" + stackSetId
        + ", operationId=" + operationId + ", action=" + action + " (" + nativeAction + "), status=" + status + " ("
        + nativeStatus + "), statusReason=" + statusReason + ", createdAt=" + createdAt + ", updatedAt=" + updatedAt
        + ", endedAt=" + endedAt + ", targets=" + targets + "}";
  }

  /** Mutable builder; not thread-safe. */
  public static final class Builder {
    private Provider provider;
    private String stackSetName;
    private String stackSetId;
    private String operationId;
    private OperationAction action;
    private String nativeAction;
    private OperationStatus status;
    private String nativeStatus;
    private String statusReason;
    private Instant createdAt;
    private Instant updatedAt;
    private Instant endedAt;
    private DeploymentTargets targets;

    private Builder() {}

    /** Required. */
    public Builder provider(Provider v) {
      provider = v;
      return this;
    }

    /** The stack set's name. */
    public Builder stackSetName(@Nullable String v) {
      stackSetName = v;
      return this;
    }

    /** The stack set's id. */
    public Builder stackSetId(@Nullable String v) {
      stackSetId = v;
      return this;
    }

    /** Required. */
    public Builder operationId(String v) {
      operationId = v;
      return this;
    }

    /** Neutral action. */
    public Builder action(@Nullable OperationAction v) {
      action = v;
      return this;
    }

    /** Native action string. */
    public Builder nativeAction(@Nullable String v) {
      nativeAction = v;
      return this;
    }

    /** Neutral status. */
    public Builder status(@Nullable OperationStatus v) {
      status = v;
      return this;
    }

    /** Native status string. */
    public Builder nativeStatus(@Nullable String v) {
      nativeStatus = v;
      return this;
    }

    /** Status reason. */
    public Builder statusReason(@Nullable String v) {
      statusReason = v;
      return this;
    }

    /** Creation time. */
    public Builder createdAt(@Nullable Instant v) {
      createdAt = v;
      return this;
    }

    /** Last update time. */
    public Builder updatedAt(@Nullable Instant v) {
      updatedAt = v;
      return this;
    }

    /** End time. */
    public Builder endedAt(@Nullable Instant v) {
      endedAt = v;
      return this;
    }

    /** Deployment targets. */
    public Builder targets(@Nullable DeploymentTargets v) {
      targets = v;
      return this;
    }

    /** Builds; throws {@link IllegalStateException} when provider or operationId is missing. */
    public StackSetOperation build() {
      return new StackSetOperation(this);
    }
  }
}
