package dev.stacksets.rfs.model;

import dev.stacksets.core.internal.ModelText;
import java.time.Instant;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * A stack instance: the stack of one stack set in one region of one member account. ListStackInstances and ShowStackInstance fill the same fields; ShowStackInstance adds {@link #varOverrides()}.
 *
 * <p>Immutable and thread-safe. Collections are copied in and unmodifiable out.
 *
 * <pre>{@code
 * for (StackInstance i : rfs.listStackInstancesPaginator(r -> r.stackSetName("my_stack_set"))) {
 *   System.out.println(i.region() + "/" + i.stackDomainId() + " " + i.status());
 * }
 * }</pre>
 */
public final class StackInstance {
  private final String stackSetId;
  private final String stackSetName;
  private final String status;
  private final String statusMessage;
  private final String stackId;
  private final String stackName;
  private final String stackDomainId;
  private final String latestStackSetOperationId;
  private final String region;
  private final Instant createTime;
  private final Instant updateTime;
  private final VarOverrides varOverrides;
  private final Map<String, String> additionalFields;

  private StackInstance(Builder b) {
    this.stackSetId = b.stackSetId;
    this.stackSetName = b.stackSetName;
    this.status = b.status;
    this.statusMessage = b.statusMessage;
    this.stackId = b.stackId;
    this.stackName = b.stackName;
    this.stackDomainId = b.stackDomainId;
    this.latestStackSetOperationId = b.latestStackSetOperationId;
    this.region = b.region;
    this.createTime = b.createTime;
    this.updateTime = b.updateTime;
    this.varOverrides = b.varOverrides;
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

  /** Id of the stack set ({@code stack_set_id}). */
  public @Nullable String stackSetId() {
    return stackSetId;
  }

  /** Name of the stack set ({@code stack_set_name}). */
  public @Nullable String stackSetName() {
    return stackSetName;
  }

  /**
   * Status ({@code status}).
   *
   * @return the constant, {@link StackInstanceStatus#UNKNOWN_TO_SDK_VERSION} for a value this SDK does not know (see
   *     {@link #statusAsString()}), or null when absent
   */
  public @Nullable StackInstanceStatus status() {
    return StackInstanceStatus.fromValue(status);
  }

  /** The raw {@code status} string as the service sent it, or null when absent. */
  public @Nullable String statusAsString() {
    return status;
  }

  /** Short error summary when the status is INOPERABLE or OPERATION_FAILED ({@code status_message}). */
  public @Nullable String statusMessage() {
    return statusMessage;
  }

  /** Id of the instance's stack ({@code stack_id}). */
  public @Nullable String stackId() {
    return stackId;
  }

  /** Name of the instance's stack ({@code stack_name}). */
  public @Nullable String stackName() {
    return stackName;
  }

  /** The member account (domain) id of the stack ({@code stack_domain_id}). */
  public @Nullable String stackDomainId() {
    return stackDomainId;
  }

  /** The last operation that deployed this instance ({@code latest_stack_set_operation_id}). */
  public @Nullable String latestStackSetOperationId() {
    return latestStackSetOperationId;
  }

  /** The region of the stack ({@code region}). */
  public @Nullable String region() {
    return region;
  }

  /** When it was created ({@code create_time}). */
  public @Nullable Instant createTime() {
    return createTime;
  }

  /** When it was last updated ({@code update_time}). */
  public @Nullable Instant updateTime() {
    return updateTime;
  }

  /** ShowStackInstance only: the variable overrides ({@code var_overrides}). */
  public @Nullable VarOverrides varOverrides() {
    return varOverrides;
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
    if (!(o instanceof StackInstance)) {
      return false;
    }
    StackInstance that = (StackInstance) o;
    return Objects.equals(stackSetId, that.stackSetId)
        && Objects.equals(stackSetName, that.stackSetName)
        && Objects.equals(status, that.status)
        && Objects.equals(statusMessage, that.statusMessage)
        && Objects.equals(stackId, that.stackId)
        && Objects.equals(stackName, that.stackName)
        && Objects.equals(stackDomainId, that.stackDomainId)
        && Objects.equals(latestStackSetOperationId, that.latestStackSetOperationId)
        && Objects.equals(region, that.region)
        && Objects.equals(createTime, that.createTime)
        && Objects.equals(updateTime, that.updateTime)
        && Objects.equals(varOverrides, that.varOverrides)
        && Objects.equals(additionalFields, that.additionalFields);
  }

  @Override
  public int hashCode() {
    return Objects.hash(stackSetId, stackSetName, status, statusMessage, stackId, stackName, stackDomainId, latestStackSetOperationId, region, createTime, updateTime, varOverrides, additionalFields);
  }

  @Override
  public String toString() {
    return new ModelText("StackInstance")
        .add("stackSetId", stackSetId)
        .add("stackSetName", stackSetName)
        .add("status", status)
        .add("statusMessage", statusMessage)
        .add("stackId", stackId)
        .add("stackName", stackName)
        .add("stackDomainId", stackDomainId)
        .add("latestStackSetOperationId", latestStackSetOperationId)
        .add("region", region)
        .add("createTime", createTime)
        .add("updateTime", updateTime)
        .add("varOverrides", varOverrides)
        .addIfAny("additionalFields", additionalFields.keySet())
        .toString();
  }

  /** Mutable builder; not thread-safe. */
  public static final class Builder {
    private String stackSetId;
    private String stackSetName;
    private String status;
    private String statusMessage;
    private String stackId;
    private String stackName;
    private String stackDomainId;
    private String latestStackSetOperationId;
    private String region;
    private Instant createTime;
    private Instant updateTime;
    private VarOverrides varOverrides;
    private final Map<String, String> additionalFields = new LinkedHashMap<>();

    private Builder() {}

    private Builder(StackInstance m) {
      this.stackSetId = m.stackSetId;
      this.stackSetName = m.stackSetName;
      this.status = m.status;
      this.statusMessage = m.statusMessage;
      this.stackId = m.stackId;
      this.stackName = m.stackName;
      this.stackDomainId = m.stackDomainId;
      this.latestStackSetOperationId = m.latestStackSetOperationId;
      this.region = m.region;
      this.createTime = m.createTime;
      this.updateTime = m.updateTime;
      this.varOverrides = m.varOverrides;
      this.additionalFields.putAll(m.additionalFields);
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

    /** Sets {@code status}; {@link StackInstanceStatus#UNKNOWN_TO_SDK_VERSION} is refused (use the raw-string setter). */
    public Builder status(@Nullable StackInstanceStatus value) {
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

    /** Sets {@code stackId}. */
    public Builder stackId(@Nullable String value) {
      this.stackId = value;
      return this;
    }

    /** Sets {@code stackName}. */
    public Builder stackName(@Nullable String value) {
      this.stackName = value;
      return this;
    }

    /** Sets {@code stackDomainId}. */
    public Builder stackDomainId(@Nullable String value) {
      this.stackDomainId = value;
      return this;
    }

    /** Sets {@code latestStackSetOperationId}. */
    public Builder latestStackSetOperationId(@Nullable String value) {
      this.latestStackSetOperationId = value;
      return this;
    }

    /** Sets {@code region}. */
    public Builder region(@Nullable String value) {
      this.region = value;
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

    /** Sets {@code varOverrides}. */
    public Builder varOverrides(@Nullable VarOverrides value) {
      this.varOverrides = value;
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
    public StackInstance build() {
      return new StackInstance(this);
    }
  }
}
