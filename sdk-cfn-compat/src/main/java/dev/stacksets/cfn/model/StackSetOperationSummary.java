package dev.stacksets.cfn.model;

import dev.stacksets.cfn.internal.InPlace;
import dev.stacksets.cfn.internal.ModelLists;
import dev.stacksets.core.internal.ModelText;
import java.time.Instant;
import java.util.Objects;
import java.util.function.Consumer;
import org.jspecify.annotations.Nullable;

/**
 * One stack-set operation, as listed by {@code ListStackSetOperations}.
 *
 * <p>Immutable and thread-safe.
 *
 * <pre>{@code
 * for (StackSetOperationSummary op : cfn.listStackSetOperationsPaginator(r -> r.stackSetName("my-set"))) {
 *   System.out.println(op.operationId() + " " + op.action() + " " + op.statusAsString());
 * }
 * }</pre>
 */
public final class StackSetOperationSummary {
  private final String operationId;
  private final String action;
  private final String status;
  private final Instant creationTimestamp;
  private final Instant endTimestamp;
  private final String statusReason;
  private final StackSetOperationStatusDetails statusDetails;
  private final StackSetOperationPreferences operationPreferences;

  private StackSetOperationSummary(Builder b) {
    this.operationId = b.operationId;
    this.action = b.action;
    this.status = b.status;
    this.creationTimestamp = b.creationTimestamp;
    this.endTimestamp = b.endTimestamp;
    this.statusReason = b.statusReason;
    this.statusDetails = b.statusDetails;
    this.operationPreferences = b.operationPreferences;
  }

  /** Returns a new, empty builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** Returns a builder holding this object's values. */
  public Builder toBuilder() {
    Builder b = new Builder();
    b.operationId = operationId;
    b.action = action;
    b.status = status;
    b.creationTimestamp = creationTimestamp;
    b.endTimestamp = endTimestamp;
    b.statusReason = statusReason;
    b.statusDetails = statusDetails;
    b.operationPreferences = operationPreferences;
    return b;
  }

  /** The operation id. */
  public @Nullable String operationId() {
    return operationId;
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

  /** When the operation was requested. */
  public @Nullable Instant creationTimestamp() {
    return creationTimestamp;
  }

  /** When the operation ended (terminal states only). */
  public @Nullable Instant endTimestamp() {
    return endTimestamp;
  }

  /** Why the operation has this status. */
  public @Nullable String statusReason() {
    return statusReason;
  }

  /** Progress counts. */
  public @Nullable StackSetOperationStatusDetails statusDetails() {
    return statusDetails;
  }

  /** The operation's rollout preferences. */
  public @Nullable StackSetOperationPreferences operationPreferences() {
    return operationPreferences;
  }

  @Override
  public boolean equals(Object other) {
    if (this == other) {
      return true;
    }
    if (!(other instanceof StackSetOperationSummary)) {
      return false;
    }
    StackSetOperationSummary o = (StackSetOperationSummary) other;
    return Objects.equals(operationId, o.operationId)
        && Objects.equals(action, o.action)
        && Objects.equals(status, o.status)
        && Objects.equals(creationTimestamp, o.creationTimestamp)
        && Objects.equals(endTimestamp, o.endTimestamp)
        && Objects.equals(statusReason, o.statusReason)
        && Objects.equals(statusDetails, o.statusDetails)
        && Objects.equals(operationPreferences, o.operationPreferences);
  }

  @Override
  public int hashCode() {
    return Objects.hash(operationId, action, status, creationTimestamp, endTimestamp, statusReason, statusDetails,
        operationPreferences);
  }

  @Override
  public String toString() {
    return new ModelText("StackSetOperationSummary")
        .add("operationId", operationId)
        .add("action", action)
        .add("status", status)
        .add("creationTimestamp", creationTimestamp)
        .add("endTimestamp", endTimestamp)
        .add("statusReason", statusReason)
        .add("statusDetails", statusDetails)
        .add("operationPreferences", operationPreferences)
        .toString();
  }

  /** Mutable builder; not thread-safe. */
  public static final class Builder {
    private String operationId;
    private String action;
    private String status;
    private Instant creationTimestamp;
    private Instant endTimestamp;
    private String statusReason;
    private StackSetOperationStatusDetails statusDetails;
    private StackSetOperationPreferences operationPreferences;

    private Builder() {}

    /** The operation id. */
    public Builder operationId(@Nullable String value) {
      this.operationId = value;
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

    /** Builds the immutable object. */
    public StackSetOperationSummary build() {
      return new StackSetOperationSummary(this);
    }
  }
}
