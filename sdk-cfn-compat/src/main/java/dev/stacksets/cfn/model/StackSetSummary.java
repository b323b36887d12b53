package dev.stacksets.cfn.model;

import dev.stacksets.cfn.internal.InPlace;
import dev.stacksets.cfn.internal.ModelLists;
import dev.stacksets.core.internal.ModelText;
import java.time.Instant;
import java.util.Objects;
import java.util.function.Consumer;
import org.jspecify.annotations.Nullable;

/**
 * One stack set, as listed by {@code ListStackSets}.
 *
 * <p>Immutable and thread-safe.
 *
 * <pre>{@code
 * for (StackSetSummary s : cfn.listStackSetsPaginator(r -> r.status(StackSetStatus.ACTIVE))) {
 *   System.out.println(s.stackSetName() + " " + s.stackSetId());
 * }
 * }</pre>
 */
public final class StackSetSummary {
  private final String stackSetName;
  private final String stackSetId;
  private final String description;
  private final String status;
  private final AutoDeployment autoDeployment;
  private final String permissionModel;
  private final String driftStatus;
  private final Instant lastDriftCheckTimestamp;
  private final ManagedExecution managedExecution;

  private StackSetSummary(Builder b) {
    this.stackSetName = b.stackSetName;
    this.stackSetId = b.stackSetId;
    this.description = b.description;
    this.status = b.status;
    this.autoDeployment = b.autoDeployment;
    this.permissionModel = b.permissionModel;
    this.driftStatus = b.driftStatus;
    this.lastDriftCheckTimestamp = b.lastDriftCheckTimestamp;
    this.managedExecution = b.managedExecution;
  }

  /** Returns a new, empty builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** Returns a builder holding this object's values. */
  public Builder toBuilder() {
    Builder b = new Builder();
    b.stackSetName = stackSetName;
    b.stackSetId = stackSetId;
    b.description = description;
    b.status = status;
    b.autoDeployment = autoDeployment;
    b.permissionModel = permissionModel;
    b.driftStatus = driftStatus;
    b.lastDriftCheckTimestamp = lastDriftCheckTimestamp;
    b.managedExecution = managedExecution;
    return b;
  }

  /** The name. */
  public @Nullable String stackSetName() {
    return stackSetName;
  }

  /** The id, {@code name:uuid}. */
  public @Nullable String stackSetId() {
    return stackSetId;
  }

  /** The description. */
  public @Nullable String description() {
    return description;
  }

  /**
   * Active or deleted. Null when absent; {@link StackSetStatus#UNKNOWN_TO_SDK_VERSION} for a value this SDK does
   * not know (see {@link #statusAsString()}).
   */
  public @Nullable StackSetStatus status() {
    return StackSetStatus.fromValue(status);
  }

  /** Active or deleted. The raw value as sent. */
  public @Nullable String statusAsString() {
    return status;
  }

  /** Service-managed: automatic deployment settings. */
  public @Nullable AutoDeployment autoDeployment() {
    return autoDeployment;
  }

  /**
   * Service-managed or self-managed permissions. Null when absent; {@link PermissionModels#UNKNOWN_TO_SDK_VERSION}
   * for a value this SDK does not know (see {@link #permissionModelAsString()}).
   */
  public @Nullable PermissionModels permissionModel() {
    return PermissionModels.fromValue(permissionModel);
  }

  /** Service-managed or self-managed permissions. The raw value as sent. */
  public @Nullable String permissionModelAsString() {
    return permissionModel;
  }

  /**
   * The drift status found by the last drift detection. Null when absent;
   * {@link StackDriftStatus#UNKNOWN_TO_SDK_VERSION} for a value this SDK does not know (see
   * {@link #driftStatusAsString()}).
   */
  public @Nullable StackDriftStatus driftStatus() {
    return StackDriftStatus.fromValue(driftStatus);
  }

  /** The drift status found by the last drift detection. The raw value as sent. */
  public @Nullable String driftStatusAsString() {
    return driftStatus;
  }

  /** When drift detection last ran. */
  public @Nullable Instant lastDriftCheckTimestamp() {
    return lastDriftCheckTimestamp;
  }

  /** Managed execution settings. */
  public @Nullable ManagedExecution managedExecution() {
    return managedExecution;
  }

  @Override
  public boolean equals(Object other) {
    if (this == other) {
      return true;
    }
    if (!(other instanceof StackSetSummary)) {
      return false;
    }
    StackSetSummary o = (StackSetSummary) other;
    return Objects.equals(stackSetName, o.stackSetName)
        && Objects.equals(stackSetId, o.stackSetId)
        && Objects.equals(description, o.description)
        && Objects.equals(status, o.status)
        && Objects.equals(autoDeployment, o.autoDeployment)
        && Objects.equals(permissionModel, o.permissionModel)
        && Objects.equals(driftStatus, o.driftStatus)
        && Objects.equals(lastDriftCheckTimestamp, o.lastDriftCheckTimestamp)
        && Objects.equals(managedExecution, o.managedExecution);
  }

  @Override
  public int hashCode() {
    return Objects.hash(stackSetName, stackSetId, description, status, autoDeployment, permissionModel, driftStatus,
        lastDriftCheckTimestamp, managedExecution);
  }

  @Override
  public String toString() {
    return new ModelText("StackSetSummary")
        .add("stackSetName", stackSetName)
        .add("stackSetId", stackSetId)
        .add("description", description)
        .add("status", status)
        .add("autoDeployment", autoDeployment)
        .add("permissionModel", permissionModel)
        .add("driftStatus", driftStatus)
        .add("lastDriftCheckTimestamp", lastDriftCheckTimestamp)
        .add("managedExecution", managedExecution)
        .toString();
  }

  /** Mutable builder; not thread-safe. */
  public static final class Builder {
    private String stackSetName;
    private String stackSetId;
    private String description;
    private String status;
    private AutoDeployment autoDeployment;
    private String permissionModel;
    private String driftStatus;
    private Instant lastDriftCheckTimestamp;
    private ManagedExecution managedExecution;

    private Builder() {}

    /** The name. */
    public Builder stackSetName(@Nullable String value) {
      this.stackSetName = value;
      return this;
    }

    /** The id, {@code name:uuid}. */
    public Builder stackSetId(@Nullable String value) {
      this.stackSetId = value;
      return this;
    }

    /** The description. */
    public Builder description(@Nullable String value) {
      this.description = value;
      return this;
    }

    /** Active or deleted. */
    public Builder status(@Nullable StackSetStatus value) {
      this.status = ModelLists.wire(value, "status");
      return this;
    }

    /** Active or deleted. As a raw string, for values newer than this SDK. */
    public Builder status(@Nullable String value) {
      this.status = value;
      return this;
    }

    /** Service-managed: automatic deployment settings. */
    public Builder autoDeployment(@Nullable AutoDeployment value) {
      this.autoDeployment = value;
      return this;
    }

    /** Service-managed: automatic deployment settings. Built in place. */
    public Builder autoDeployment(Consumer<AutoDeployment.Builder> consumer) {
      this.autoDeployment = InPlace.build(consumer, AutoDeployment.builder(), AutoDeployment.Builder::build,
          "autoDeployment consumer cannot be null");
      return this;
    }

    /** Service-managed or self-managed permissions. */
    public Builder permissionModel(@Nullable PermissionModels value) {
      this.permissionModel = ModelLists.wire(value, "permissionModel");
      return this;
    }

    /** Service-managed or self-managed permissions. As a raw string, for values newer than this SDK. */
    public Builder permissionModel(@Nullable String value) {
      this.permissionModel = value;
      return this;
    }

    /** The drift status found by the last drift detection. */
    public Builder driftStatus(@Nullable StackDriftStatus value) {
      this.driftStatus = ModelLists.wire(value, "driftStatus");
      return this;
    }

    /**
     * The drift status found by the last drift detection. As a raw string, for values newer than this SDK.
     */
    public Builder driftStatus(@Nullable String value) {
      this.driftStatus = value;
      return this;
    }

    /** When drift detection last ran. */
    public Builder lastDriftCheckTimestamp(@Nullable Instant value) {
      this.lastDriftCheckTimestamp = value;
      return this;
    }

    /** Managed execution settings. */
    public Builder managedExecution(@Nullable ManagedExecution value) {
      this.managedExecution = value;
      return this;
    }

    /** Managed execution settings. Built in place. */
    public Builder managedExecution(Consumer<ManagedExecution.Builder> consumer) {
      this.managedExecution = InPlace.build(consumer, ManagedExecution.builder(), ManagedExecution.Builder::build,
          "managedExecution consumer cannot be null");
      return this;
    }

    /** Builds the immutable object. */
    public StackSetSummary build() {
      return new StackSetSummary(this);
    }
  }
}
