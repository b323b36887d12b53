package dev.stacksets.cfn.model;

import dev.stacksets.cfn.internal.ModelLists;
import dev.stacksets.core.internal.ModelText;
import java.time.Instant;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * The drift status of a stack set and counts of its instances by drift status; present for drift detection
 * operations.
 *
 * <p>Immutable and thread-safe.
 *
 * <pre>{@code
 * StackSetDriftDetectionDetails d = operation.stackSetDriftDetectionDetails();
 * System.out.println(d.driftedStackInstancesCount() + " of " + d.totalStackInstancesCount() + " drifted");
 * }</pre>
 */
public final class StackSetDriftDetectionDetails {
  private final String driftStatus;
  private final String driftDetectionStatus;
  private final Instant lastDriftCheckTimestamp;
  private final Integer totalStackInstancesCount;
  private final Integer driftedStackInstancesCount;
  private final Integer inSyncStackInstancesCount;
  private final Integer inProgressStackInstancesCount;
  private final Integer failedStackInstancesCount;

  private StackSetDriftDetectionDetails(Builder b) {
    this.driftStatus = b.driftStatus;
    this.driftDetectionStatus = b.driftDetectionStatus;
    this.lastDriftCheckTimestamp = b.lastDriftCheckTimestamp;
    this.totalStackInstancesCount = b.totalStackInstancesCount;
    this.driftedStackInstancesCount = b.driftedStackInstancesCount;
    this.inSyncStackInstancesCount = b.inSyncStackInstancesCount;
    this.inProgressStackInstancesCount = b.inProgressStackInstancesCount;
    this.failedStackInstancesCount = b.failedStackInstancesCount;
  }

  /** Returns a new, empty builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** Returns a builder holding this object's values. */
  public Builder toBuilder() {
    Builder b = new Builder();
    b.driftStatus = driftStatus;
    b.driftDetectionStatus = driftDetectionStatus;
    b.lastDriftCheckTimestamp = lastDriftCheckTimestamp;
    b.totalStackInstancesCount = totalStackInstancesCount;
    b.driftedStackInstancesCount = driftedStackInstancesCount;
    b.inSyncStackInstancesCount = inSyncStackInstancesCount;
    b.inProgressStackInstancesCount = inProgressStackInstancesCount;
    b.failedStackInstancesCount = failedStackInstancesCount;
    return b;
  }

  /**
   * The stack set's drift status. Null when absent; {@link StackSetDriftStatus#UNKNOWN_TO_SDK_VERSION} for a value
   * this SDK does not know (see {@link #driftStatusAsString()}).
   */
  public @Nullable StackSetDriftStatus driftStatus() {
    return StackSetDriftStatus.fromValue(driftStatus);
  }

  /** The stack set's drift status. The raw value as sent. */
  public @Nullable String driftStatusAsString() {
    return driftStatus;
  }

  /**
   * The status of the drift detection operation. Null when absent;
   * {@link StackSetDriftDetectionStatus#UNKNOWN_TO_SDK_VERSION} for a value this SDK does not know (see
   * {@link #driftDetectionStatusAsString()}).
   */
  public @Nullable StackSetDriftDetectionStatus driftDetectionStatus() {
    return StackSetDriftDetectionStatus.fromValue(driftDetectionStatus);
  }

  /** The status of the drift detection operation. The raw value as sent. */
  public @Nullable String driftDetectionStatusAsString() {
    return driftDetectionStatus;
  }

  /** When drift detection last ran. */
  public @Nullable Instant lastDriftCheckTimestamp() {
    return lastDriftCheckTimestamp;
  }

  /** Stack instances in the stack set. */
  public @Nullable Integer totalStackInstancesCount() {
    return totalStackInstancesCount;
  }

  /** Instances that have drifted. */
  public @Nullable Integer driftedStackInstancesCount() {
    return driftedStackInstancesCount;
  }

  /** Instances that are in sync. */
  public @Nullable Integer inSyncStackInstancesCount() {
    return inSyncStackInstancesCount;
  }

  /** Instances still being checked. */
  public @Nullable Integer inProgressStackInstancesCount() {
    return inProgressStackInstancesCount;
  }

  /** Instances whose check failed. */
  public @Nullable Integer failedStackInstancesCount() {
    return failedStackInstancesCount;
  }

  @Override
  public boolean equals(Object other) {
    if (this == other) {
      return true;
    }
    if (!(other instanceof StackSetDriftDetectionDetails)) {
      return false;
    }
    StackSetDriftDetectionDetails o = (StackSetDriftDetectionDetails) other;
    return Objects.equals(driftStatus, o.driftStatus)
        && Objects.equals(driftDetectionStatus, o.driftDetectionStatus)
        && Objects.equals(lastDriftCheckTimestamp, o.lastDriftCheckTimestamp)
        && Objects.equals(totalStackInstancesCount, o.totalStackInstancesCount)
        && Objects.equals(driftedStackInstancesCount, o.driftedStackInstancesCount)
        && Objects.equals(inSyncStackInstancesCount, o.inSyncStackInstancesCount)
        && Objects.equals(inProgressStackInstancesCount, o.inProgressStackInstancesCount)
        && Objects.equals(failedStackInstancesCount, o.failedStackInstancesCount);
  }

  @Override
  public int hashCode() {
    return Objects.hash(driftStatus, driftDetectionStatus, lastDriftCheckTimestamp, totalStackInstancesCount,
        driftedStackInstancesCount, inSyncStackInstancesCount, inProgressStackInstancesCount,
        failedStackInstancesCount);
  }

  @Override
  public String toString() {
    return new ModelText("StackSetDriftDetectionDetails")
        .add("driftStatus", driftStatus)
        .add("driftDetectionStatus", driftDetectionStatus)
        .add("lastDriftCheckTimestamp", lastDriftCheckTimestamp)
        .add("totalStackInstancesCount", totalStackInstancesCount)
        .add("driftedStackInstancesCount", driftedStackInstancesCount)
        .add("inSyncStackInstancesCount", inSyncStackInstancesCount)
        .add("inProgressStackInstancesCount", inProgressStackInstancesCount)
        .add("failedStackInstancesCount", failedStackInstancesCount)
        .toString();
  }

  /** Mutable builder; not thread-safe. */
  public static final class Builder {
    private String driftStatus;
    private String driftDetectionStatus;
    private Instant lastDriftCheckTimestamp;
    private Integer totalStackInstancesCount;
    private Integer driftedStackInstancesCount;
    private Integer inSyncStackInstancesCount;
    private Integer inProgressStackInstancesCount;
    private Integer failedStackInstancesCount;

    private Builder() {}

    /** The stack set's drift status. */
    public Builder driftStatus(@Nullable StackSetDriftStatus value) {
      this.driftStatus = ModelLists.wire(value, "driftStatus");
      return this;
    }

    /** The stack set's drift status. As a raw string, for values newer than this SDK. */
    public Builder driftStatus(@Nullable String value) {
      this.driftStatus = value;
      return this;
    }

    /** The status of the drift detection operation. */
    public Builder driftDetectionStatus(@Nullable StackSetDriftDetectionStatus value) {
      this.driftDetectionStatus = ModelLists.wire(value, "driftDetectionStatus");
      return this;
    }

    /** The status of the drift detection operation. As a raw string, for values newer than this SDK. */
    public Builder driftDetectionStatus(@Nullable String value) {
      this.driftDetectionStatus = value;
      return this;
    }

    /** When drift detection last ran. */
    public Builder lastDriftCheckTimestamp(@Nullable Instant value) {
      this.lastDriftCheckTimestamp = value;
      return this;
    }

    /** Stack instances in the stack set. */
    public Builder totalStackInstancesCount(@Nullable Integer value) {
      this.totalStackInstancesCount = value;
      return this;
    }

    /** Instances that have drifted. */
    public Builder driftedStackInstancesCount(@Nullable Integer value) {
      this.driftedStackInstancesCount = value;
      return this;
    }

    /** Instances that are in sync. */
    public Builder inSyncStackInstancesCount(@Nullable Integer value) {
      this.inSyncStackInstancesCount = value;
      return this;
    }

    /** Instances still being checked. */
    public Builder inProgressStackInstancesCount(@Nullable Integer value) {
      this.inProgressStackInstancesCount = value;
      return this;
    }

    /** Instances whose check failed. */
    public Builder failedStackInstancesCount(@Nullable Integer value) {
      this.failedStackInstancesCount = value;
      return this;
    }

    /** Builds the immutable object. */
    public StackSetDriftDetectionDetails build() {
      return new StackSetDriftDetectionDetails(this);
    }
  }
}
