package dev.stacksets.rfs.model;

import dev.stacksets.core.internal.ModelText;
import java.time.Instant;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * A stack-set operation. ListStackSetOperations fills the summary fields; ShowStackSetOperationMetadata also fills the agency names, deployment targets and operation preferences (null in list results). The id is {@code operation_id} in lists and {@code stack_set_operation_id} in metadata; both are {@link #operationId()}.
 *
 * <p>Immutable and thread-safe. Collections are copied in and unmodifiable out.
 *
 * <pre>{@code
 * StackSetOperation op = rfs.showStackSetOperationMetadata(r -> r
 *     .stackSetName("my_stack_set").operationId(id)).stackSetOperation();
 * if (op.status() == OperationStatus.OPERATION_FAILED) {
 *   System.err.println(op.statusMessage());
 * }
 * }</pre>
 */
public final class StackSetOperation {
  private final String operationId;
  private final String stackSetId;
  private final String stackSetName;
  private final String action;
  private final String status;
  private final String statusMessage;
  private final Instant createTime;
  private final Instant updateTime;
  private final String administrationAgencyName;
  private final String administrationAgencyUrn;
  private final String managedAgencyName;
  private final DeploymentTargets deploymentTargets;
  private final OperationPreferences operationPreferences;
  private final Map<String, String> additionalFields;

  private StackSetOperation(Builder b) {
    this.operationId = b.operationId;
    this.stackSetId = b.stackSetId;
    this.stackSetName = b.stackSetName;
    this.action = b.action;
    this.status = b.status;
    this.statusMessage = b.statusMessage;
    this.createTime = b.createTime;
    this.updateTime = b.updateTime;
    this.administrationAgencyName = b.administrationAgencyName;
    this.administrationAgencyUrn = b.administrationAgencyUrn;
    this.managedAgencyName = b.managedAgencyName;
    this.deploymentTargets = b.deploymentTargets;
    this.operationPreferences = b.operationPreferences;
    this.additionalFields = Collections.unmodifiableMap(new LinkedHashMap<>(b.additionalFields));
  }

  /** Returns a new, empty builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** Returns a builder holding this object's values. */
  public Builder toBuilder() {
    return new Builder(this);
  }

  /** The operation id ({@code operation_id} in lists, {@code stack_set_operation_id} in metadata). */
  public @Nullable String operationId() {
    return operationId;
  }

  /** Id of the stack set ({@code stack_set_id}). */
  public @Nullable String stackSetId() {
    return stackSetId;
  }

  /** Name of the stack set ({@code stack_set_name}). */
  public @Nullable String stackSetName() {
    return stackSetName;
  }

  /**
   * What the operation does ({@code action}).
   *
   * @return the constant, {@link Action#UNKNOWN_TO_SDK_VERSION} for a value this SDK does not know (see
   *     {@link #actionAsString()}), or null when absent
   */
  public @Nullable Action action() {
    return Action.fromValue(action);
  }

  /** The raw {@code action} string as the service sent it, or null when absent. */
  public @Nullable String actionAsString() {
    return action;
  }

  /**
   * Status ({@code status}).
   *
   * @return the constant, {@link OperationStatus#UNKNOWN_TO_SDK_VERSION} for a value this SDK does not know (see
   *     {@link #statusAsString()}), or null when absent
   */
  public @Nullable OperationStatus status() {
    return OperationStatus.fromValue(status);
  }

  /** The raw {@code status} string as the service sent it, or null when absent. */
  public @Nullable String statusAsString() {
    return status;
  }

  /** Why the operation failed, when it did ({@code status_message}). */
  public @Nullable String statusMessage() {
    return statusMessage;
  }

  /** When it was created ({@code create_time}). */
  public @Nullable Instant createTime() {
    return createTime;
  }

  /** When it was last updated ({@code update_time}). */
  public @Nullable Instant updateTime() {
    return updateTime;
  }

  /** Metadata only: administration agency name ({@code administration_agency_name}). */
  public @Nullable String administrationAgencyName() {
    return administrationAgencyName;
  }

  /** Metadata only: administration agency URN ({@code administration_agency_urn}). */
  public @Nullable String administrationAgencyUrn() {
    return administrationAgencyUrn;
  }

  /** Metadata only: managed agency name ({@code managed_agency_name}). */
  public @Nullable String managedAgencyName() {
    return managedAgencyName;
  }

  /** Metadata only: the targets ({@code deployment_targets}). */
  public @Nullable DeploymentTargets deploymentTargets() {
    return deploymentTargets;
  }

  /** Metadata only: the preferences ({@code operation_preferences}). */
  public @Nullable OperationPreferences operationPreferences() {
    return operationPreferences;
  }

  /** JSON fields this SDK version does not model, by name, each as its raw JSON text (e.g. {@code "\"x\""} or {@code "{...}"}); empty when there are none. Unmodifiable. */
  public Map<String, String> additionalFields() {
    return additionalFields;
  }

  @Override
  public boolean equals(Object o) {
    if (this == o) {
      return true;
    }
    if (!(o instanceof StackSetOperation)) {
      return false;
    }
    StackSetOperation that = (StackSetOperation) o;
    return Objects.equals(operationId, that.operationId)
        && Objects.equals(stackSetId, that.stackSetId)
        && Objects.equals(stackSetName, that.stackSetName)
        && Objects.equals(action, that.action)
        && Objects.equals(status, that.status)
        && Objects.equals(statusMessage, that.statusMessage)
        && Objects.equals(createTime, that.createTime)
        && Objects.equals(updateTime, that.updateTime)
        && Objects.equals(administrationAgencyName, that.administrationAgencyName)
        && Objects.equals(administrationAgencyUrn, that.administrationAgencyUrn)
        && Objects.equals(managedAgencyName, that.managedAgencyName)
        && Objects.equals(deploymentTargets, that.deploymentTargets)
        && Objects.equals(operationPreferences, that.operationPreferences)
        && Objects.equals(additionalFields, that.additionalFields);
  }

  @Override
  public int hashCode() {
    return Objects.hash(operationId, stackSetId, stackSetName, action, status, statusMessage, createTime, updateTime, administrationAgencyName, administrationAgencyUrn, managedAgencyName, deploymentTargets, operationPreferences, additionalFields);
  }

  @Override
  public String toString() {
    return new ModelText("StackSetOperation")
        .add("operationId", operationId)
        .add("stackSetId", stackSetId)
        .add("stackSetName", stackSetName)
        .add("action", action)
        .add("status", status)
        .add("statusMessage", statusMessage)
        .add("createTime", createTime)
        .add("updateTime", updateTime)
        .add("administrationAgencyName", administrationAgencyName)
        .add("administrationAgencyUrn", administrationAgencyUrn)
        .add("managedAgencyName", managedAgencyName)
        .add("deploymentTargets", deploymentTargets)
        .add("operationPreferences", operationPreferences)
        .addIfAny("additionalFields", additionalFields.keySet())
        .toString();
  }

  /** Mutable builder; not thread-safe. */
  public static final class Builder {
    private String operationId;
    private String stackSetId;
    private String stackSetName;
    private String action;
    private String status;
    private String statusMessage;
    private Instant createTime;
    private Instant updateTime;
    private String administrationAgencyName;
    private String administrationAgencyUrn;
    private String managedAgencyName;
    private DeploymentTargets deploymentTargets;
    private OperationPreferences operationPreferences;
    private final Map<String, String> additionalFields = new LinkedHashMap<>();

    private Builder() {}

    private Builder(StackSetOperation m) {
      this.operationId = m.operationId;
      this.stackSetId = m.stackSetId;
      this.stackSetName = m.stackSetName;
      this.action = m.action;
      this.status = m.status;
      this.statusMessage = m.statusMessage;
      this.createTime = m.createTime;
      this.updateTime = m.updateTime;
      this.administrationAgencyName = m.administrationAgencyName;
      this.administrationAgencyUrn = m.administrationAgencyUrn;
      this.managedAgencyName = m.managedAgencyName;
      this.deploymentTargets = m.deploymentTargets;
      this.operationPreferences = m.operationPreferences;
      this.additionalFields.putAll(m.additionalFields);
    }

    /** Sets {@code operationId}. */
    public Builder operationId(@Nullable String value) {
      this.operationId = value;
      return this;
    }

    /** Sets {@code stackSetId}. */
    public Builder stackSetId(@Nullable String value) {
      this.stackSetId = value;
      return this;
    }

    /** Sets {@code stackSetName}. */
    public Builder stackSetName(@Nullable String value) {
      this.stackSetName = value;
      return this;
    }

    /** Sets {@code action}; {@link Action#UNKNOWN_TO_SDK_VERSION} is refused (use the raw-string setter). */
    public Builder action(@Nullable Action value) {
      this.action = BuilderFields.wire(value, "action");
      return this;
    }

    /** Sets {@code action} from its raw wire string (kept as is, even when this SDK does not know it). */
    public Builder action(@Nullable String value) {
      this.action = value;
      return this;
    }

    /** Sets {@code status}; {@link OperationStatus#UNKNOWN_TO_SDK_VERSION} is refused (use the raw-string setter). */
    public Builder status(@Nullable OperationStatus value) {
      this.status = BuilderFields.wire(value, "status");
      return this;
    }

    /** Sets {@code status} from its raw wire string (kept as is, even when this SDK does not know it). */
    public Builder status(@Nullable String value) {
      this.status = value;
      return this;
    }

    /** Sets {@code statusMessage}. */
    public Builder statusMessage(@Nullable String value) {
      this.statusMessage = value;
      return this;
    }

    /** Sets {@code createTime}. */
    public Builder createTime(@Nullable Instant value) {
      this.createTime = value;
      return this;
    }

    /** Sets {@code updateTime}. */
    public Builder updateTime(@Nullable Instant value) {
      this.updateTime = value;
      return this;
    }

    /** Sets {@code administrationAgencyName}. */
    public Builder administrationAgencyName(@Nullable String value) {
      this.administrationAgencyName = value;
      return this;
    }

    /** Sets {@code administrationAgencyUrn}. */
    public Builder administrationAgencyUrn(@Nullable String value) {
      this.administrationAgencyUrn = value;
      return this;
    }

    /** Sets {@code managedAgencyName}. */
    public Builder managedAgencyName(@Nullable String value) {
      this.managedAgencyName = value;
      return this;
    }

    /** Sets {@code deploymentTargets}. */
    public Builder deploymentTargets(@Nullable DeploymentTargets value) {
      this.deploymentTargets = value;
      return this;
    }

    /** Sets {@code operationPreferences}. */
    public Builder operationPreferences(@Nullable OperationPreferences value) {
      this.operationPreferences = value;
      return this;
    }

    /** Replaces the additional fields (name to raw JSON text); null clears them. */
    public Builder additionalFields(@Nullable Map<String, String> fields) {
      BuilderFields.replaceAdditional(additionalFields, fields);
      return this;
    }

    /** Adds one additional field (name to raw JSON text). */
    public Builder putAdditionalField(String name, String json) {
      BuilderFields.putAdditional(additionalFields, name, json);
      return this;
    }

    /** Builds the immutable object. */
    public StackSetOperation build() {
      return new StackSetOperation(this);
    }
  }
}
