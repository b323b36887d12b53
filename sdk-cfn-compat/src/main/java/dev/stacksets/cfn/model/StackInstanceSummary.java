package dev.stacksets.cfn.model;

import dev.stacksets.cfn.internal.InPlace;
import dev.stacksets.cfn.internal.ModelLists;
import dev.stacksets.core.internal.ModelText;
import java.time.Instant;
import java.util.Objects;
import java.util.function.Consumer;
import org.jspecify.annotations.Nullable;

/**
 * One stack instance (a stack set in one account and Region), as listed by {@code ListStackInstances}. Every
 * field may be absent: a suspended account, for example, has no stack id.
 *
 * <p>Immutable and thread-safe.
 *
 * <pre>{@code
 * for (StackInstanceSummary i : cfn.listStackInstancesPaginator(r -> r.stackSetName("my-set"))) {
 *   System.out.println(i.account() + "/" + i.region() + " " + i.statusAsString());
 * }
 * }</pre>
 */
public final class StackInstanceSummary {
  private final String stackSetId;
  private final String region;
  private final String account;
  private final String stackId;
  private final String status;
  private final String statusReason;
  private final StackInstanceComprehensiveStatus stackInstanceStatus;
  private final String organizationalUnitId;
  private final String driftStatus;
  private final Instant lastDriftCheckTimestamp;
  private final String lastOperationId;

  private StackInstanceSummary(Builder b) {
    this.stackSetId = b.stackSetId;
    this.region = b.region;
    this.account = b.account;
    this.stackId = b.stackId;
    this.status = b.status;
    this.statusReason = b.statusReason;
    this.stackInstanceStatus = b.stackInstanceStatus;
    this.organizationalUnitId = b.organizationalUnitId;
    this.driftStatus = b.driftStatus;
    this.lastDriftCheckTimestamp = b.lastDriftCheckTimestamp;
    this.lastOperationId = b.lastOperationId;
  }

  /** Returns a new, empty builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** Returns a builder holding this object's values. */
  public Builder toBuilder() {
    Builder b = new Builder();
    b.stackSetId = stackSetId;
    b.region = region;
    b.account = account;
    b.stackId = stackId;
    b.status = status;
    b.statusReason = statusReason;
    b.stackInstanceStatus = stackInstanceStatus;
    b.organizationalUnitId = organizationalUnitId;
    b.driftStatus = driftStatus;
    b.lastDriftCheckTimestamp = lastDriftCheckTimestamp;
    b.lastOperationId = lastOperationId;
    return b;
  }

  /** The id of the stack set. */
  public @Nullable String stackSetId() {
    return stackSetId;
  }

  /** The Region. */
  public @Nullable String region() {
    return region;
  }

  /** The 12-digit account id. */
  public @Nullable String account() {
    return account;
  }

  /** The id of the stack in that account and Region. */
  public @Nullable String stackId() {
    return stackId;
  }

  /**
   * Whether the instance is up to date. Null when absent; {@link StackInstanceStatus#UNKNOWN_TO_SDK_VERSION} for a
   * value this SDK does not know (see {@link #statusAsString()}).
   */
  public @Nullable StackInstanceStatus status() {
    return StackInstanceStatus.fromValue(status);
  }

  /** Whether the instance is up to date. The raw value as sent. */
  public @Nullable String statusAsString() {
    return status;
  }

  /** Why the instance has this status. */
  public @Nullable String statusReason() {
    return statusReason;
  }

  /** The detailed status. */
  public @Nullable StackInstanceComprehensiveStatus stackInstanceStatus() {
    return stackInstanceStatus;
  }

  /** Service-managed: the OU the account was targeted through (may be empty). */
  public @Nullable String organizationalUnitId() {
    return organizationalUnitId;
  }

  /**
   * The drift status of the instance's stack. Null when absent; {@link StackDriftStatus#UNKNOWN_TO_SDK_VERSION}
   * for a value this SDK does not know (see {@link #driftStatusAsString()}).
   */
  public @Nullable StackDriftStatus driftStatus() {
    return StackDriftStatus.fromValue(driftStatus);
  }

  /** The drift status of the instance's stack. The raw value as sent. */
  public @Nullable String driftStatusAsString() {
    return driftStatus;
  }

  /** When drift detection last ran on the instance. */
  public @Nullable Instant lastDriftCheckTimestamp() {
    return lastDriftCheckTimestamp;
  }

  /** The id of the last operation that touched the instance. */
  public @Nullable String lastOperationId() {
    return lastOperationId;
  }

  @Override
  public boolean equals(Object other) {
    if (this == other) {
      return true;
    }
    if (!(other instanceof StackInstanceSummary)) {
      return false;
    }
    StackInstanceSummary o = (StackInstanceSummary) other;
    return Objects.equals(stackSetId, o.stackSetId)
        && Objects.equals(region, o.region)
        && Objects.equals(account, o.account)
        && Objects.equals(stackId, o.stackId)
        && Objects.equals(status, o.status)
        && Objects.equals(statusReason, o.statusReason)
        && Objects.equals(stackInstanceStatus, o.stackInstanceStatus)
        && Objects.equals(organizationalUnitId, o.organizationalUnitId)
        && Objects.equals(driftStatus, o.driftStatus)
        && Objects.equals(lastDriftCheckTimestamp, o.lastDriftCheckTimestamp)
        && Objects.equals(lastOperationId, o.lastOperationId);
  }

  @Override
  public int hashCode() {
    return Objects.hash(stackSetId, region, account, stackId, status, statusReason, stackInstanceStatus,
        organizationalUnitId, driftStatus, lastDriftCheckTimestamp, lastOperationId);
  }

  @Override
  public String toString() {
    return new ModelText("StackInstanceSummary")
        .add("stackSetId", stackSetId)
        .add("region", region)
        .add("account", account)
        .add("stackId", stackId)
        .add("status", status)
        .add("statusReason", statusReason)
        .add("stackInstanceStatus", stackInstanceStatus)
        .add("organizationalUnitId", organizationalUnitId)
        .add("driftStatus", driftStatus)
        .add("lastDriftCheckTimestamp", lastDriftCheckTimestamp)
        .add("lastOperationId", lastOperationId)
        .toString();
  }

  /** Mutable builder; not thread-safe. */
  public static final class Builder {
    private String stackSetId;
    private String region;
    private String account;
    private String stackId;
    private String status;
    private String statusReason;
    private StackInstanceComprehensiveStatus stackInstanceStatus;
    private String organizationalUnitId;
    private String driftStatus;
    private Instant lastDriftCheckTimestamp;
    private String lastOperationId;

    private Builder() {}

    /** The id of the stack set. */
    public Builder stackSetId(@Nullable String value) {
      this.stackSetId = value;
      return this;
    }

    /** The Region. */
    public Builder region(@Nullable String value) {
      this.region = value;
      return this;
    }

    /** The 12-digit account id. */
    public Builder account(@Nullable String value) {
      this.account = value;
      return this;
    }

    /** The id of the stack in that account and Region. */
    public Builder stackId(@Nullable String value) {
      this.stackId = value;
      return this;
    }

    /** Whether the instance is up to date. */
    public Builder status(@Nullable StackInstanceStatus value) {
      this.status = ModelLists.wire(value, "status");
      return this;
    }

    /** Whether the instance is up to date. As a raw string, for values newer than this SDK. */
    public Builder status(@Nullable String value) {
      this.status = value;
      return this;
    }

    /** Why the instance has this status. */
    public Builder statusReason(@Nullable String value) {
      this.statusReason = value;
      return this;
    }

    /** The detailed status. */
    public Builder stackInstanceStatus(@Nullable StackInstanceComprehensiveStatus value) {
      this.stackInstanceStatus = value;
      return this;
    }

    /** The detailed status. Built in place. */
    public Builder stackInstanceStatus(Consumer<StackInstanceComprehensiveStatus.Builder> consumer) {
      this.stackInstanceStatus = InPlace.build(consumer, StackInstanceComprehensiveStatus.builder(),
          StackInstanceComprehensiveStatus.Builder::build, "stackInstanceStatus consumer cannot be null");
      return this;
    }

    /** Service-managed: the OU the account was targeted through (may be empty). */
    public Builder organizationalUnitId(@Nullable String value) {
      this.organizationalUnitId = value;
      return this;
    }

    /** The drift status of the instance's stack. */
    public Builder driftStatus(@Nullable StackDriftStatus value) {
      this.driftStatus = ModelLists.wire(value, "driftStatus");
      return this;
    }

    /** The drift status of the instance's stack. As a raw string, for values newer than this SDK. */
    public Builder driftStatus(@Nullable String value) {
      this.driftStatus = value;
      return this;
    }

    /** When drift detection last ran on the instance. */
    public Builder lastDriftCheckTimestamp(@Nullable Instant value) {
      this.lastDriftCheckTimestamp = value;
      return this;
    }

    /** The id of the last operation that touched the instance. */
    public Builder lastOperationId(@Nullable String value) {
      this.lastOperationId = value;
      return this;
    }

    /** Builds the immutable object. */
    public StackInstanceSummary build() {
      return new StackInstanceSummary(this);
    }
  }
}
