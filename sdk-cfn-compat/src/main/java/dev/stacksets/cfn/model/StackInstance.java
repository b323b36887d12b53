package dev.stacksets.cfn.model;

import dev.stacksets.cfn.internal.InPlace;
import dev.stacksets.cfn.internal.ModelLists;
import dev.stacksets.core.internal.ModelText;
import java.time.Instant;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.function.Consumer;
import org.jspecify.annotations.Nullable;

/**
 * One stack instance (a stack set in one account and Region) in full, as {@code DescribeStackInstance} returns it:
 * what {@link StackInstanceSummary} lists, plus the instance's parameter overrides. Every field may be absent: a
 * suspended account, for example, has no stack id.
 *
 * <p>Immutable and thread-safe.
 *
 * <pre>{@code
 * StackInstance i = cfn.describeStackInstance(r -> r.stackSetName("my-set").stackInstanceAccount("111122223333")
 *     .stackInstanceRegion("eu-west-1")).stackInstance();
 * System.out.println(i.statusAsString() + " " + i.parameterOverrides());
 * }</pre>
 */
public final class StackInstance {
  private final String stackSetId;
  private final String region;
  private final String account;
  private final String stackId;
  private final List<Parameter> parameterOverrides;
  private final String status;
  private final String statusReason;
  private final StackInstanceComprehensiveStatus stackInstanceStatus;
  private final String organizationalUnitId;
  private final String driftStatus;
  private final Instant lastDriftCheckTimestamp;
  private final String lastOperationId;

  private StackInstance(Builder b) {
    this.stackSetId = b.stackSetId;
    this.region = b.region;
    this.account = b.account;
    this.stackId = b.stackId;
    this.parameterOverrides = b.parameterOverrides == null ? null : List.copyOf(b.parameterOverrides);
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
    b.parameterOverrides = parameterOverrides;
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
   * The parameters whose values this instance overrides. Unmodifiable; empty when absent (see
   * {@link #hasParameterOverrides()}).
   */
  public List<Parameter> parameterOverrides() {
    return parameterOverrides == null ? List.of() : parameterOverrides;
  }

  /** True when the reply held the list (possibly empty). */
  public boolean hasParameterOverrides() {
    return parameterOverrides != null;
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
    if (!(other instanceof StackInstance)) {
      return false;
    }
    StackInstance o = (StackInstance) other;
    return Objects.equals(stackSetId, o.stackSetId)
        && Objects.equals(region, o.region)
        && Objects.equals(account, o.account)
        && Objects.equals(stackId, o.stackId)
        && parameterOverrides().equals(o.parameterOverrides())
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
    return Objects.hash(stackSetId, region, account, stackId, parameterOverrides(), status, statusReason,
        stackInstanceStatus, organizationalUnitId, driftStatus, lastDriftCheckTimestamp, lastOperationId);
  }

  @Override
  public String toString() {
    return new ModelText("StackInstance")
        .add("stackSetId", stackSetId)
        .add("region", region)
        .add("account", account)
        .add("stackId", stackId)
        .add("parameterOverrides", parameterOverrides)
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
    private List<Parameter> parameterOverrides;
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

    /** The parameters whose values this instance overrides. Copies and replaces the list; null clears it. */
    public Builder parameterOverrides(@Nullable Collection<? extends Parameter> values) {
      this.parameterOverrides = ModelLists.copy(values, "parameterOverrides");
      return this;
    }

    /** The parameters whose values this instance overrides. Replaces the list. */
    public Builder parameterOverrides(Parameter @Nullable ... values) {
      return parameterOverrides(values == null ? null : Arrays.asList(values));
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
    public StackInstance build() {
      return new StackInstance(this);
    }
  }
}
