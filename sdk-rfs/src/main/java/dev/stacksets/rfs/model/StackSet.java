package dev.stacksets.rfs.model;

import dev.stacksets.core.internal.ModelText;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * A stack set. ListStackSets fills the summary fields; ShowStackSetMetadata also fills the metadata fields (their accessors say so; they are null or empty in list results).
 *
 * <p>Immutable and thread-safe. Collections are copied in and unmodifiable out. {@link #toString()} never shows variable contents.
 *
 * <pre>{@code
 * StackSet s = rfs.showStackSetMetadata(r -> r.stackSetName("my_stack_set")).stackSet();
 * System.out.println(s.stackSetId() + " " + s.status());
 * }</pre>
 */
public final class StackSet {
  private final String stackSetId;
  private final String stackSetName;
  private final String stackSetDescription;
  private final String permissionModel;
  private final String status;
  private final Instant createTime;
  private final Instant updateTime;
  private final String initialStackDescription;
  private final String administrationAgencyName;
  private final String administrationAgencyUrn;
  private final String managedAgencyName;
  private final String varsUriContent;
  private final String varsBody;
  private final ManagedOperation managedOperation;
  private final List<String> organizationalUnitIds;
  private final Map<String, String> additionalFields;

  private StackSet(Builder b) {
    this.stackSetId = b.stackSetId;
    this.stackSetName = b.stackSetName;
    this.stackSetDescription = b.stackSetDescription;
    this.permissionModel = b.permissionModel;
    this.status = b.status;
    this.createTime = b.createTime;
    this.updateTime = b.updateTime;
    this.initialStackDescription = b.initialStackDescription;
    this.administrationAgencyName = b.administrationAgencyName;
    this.administrationAgencyUrn = b.administrationAgencyUrn;
    this.managedAgencyName = b.managedAgencyName;
    this.varsUriContent = b.varsUriContent;
    this.varsBody = b.varsBody;
    this.managedOperation = b.managedOperation;
    this.organizationalUnitIds = Collections.unmodifiableList(new ArrayList<>(b.organizationalUnitIds));
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

  /** Unique id of the stack set ({@code stack_set_id}). */
  public @Nullable String stackSetId() {
    return stackSetId;
  }

  /** Name of the stack set ({@code stack_set_name}). */
  public @Nullable String stackSetName() {
    return stackSetName;
  }

  /** Description ({@code stack_set_description}). */
  public @Nullable String stackSetDescription() {
    return stackSetDescription;
  }

  /**
   * Permission model ({@code permission_model}).
   *
   * @return the constant, {@link PermissionModel#UNKNOWN_TO_SDK_VERSION} for a value this SDK does not know (see
   *     {@link #permissionModelAsString()}), or null when absent
   */
  public @Nullable PermissionModel permissionModel() {
    return PermissionModel.fromValue(permissionModel);
  }

  /** The raw {@code permission_model} string as the service sent it, or null when absent. */
  public @Nullable String permissionModelAsString() {
    return permissionModel;
  }

  /**
   * Status ({@code status}).
   *
   * @return the constant, {@link StackSetStatus#UNKNOWN_TO_SDK_VERSION} for a value this SDK does not know (see
   *     {@link #statusAsString()}), or null when absent
   */
  public @Nullable StackSetStatus status() {
    return StackSetStatus.fromValue(status);
  }

  /** The raw {@code status} string as the service sent it, or null when absent. */
  public @Nullable String statusAsString() {
    return status;
  }

  /** When it was created ({@code create_time}). */
  public @Nullable Instant createTime() {
    return createTime;
  }

  /** When it was last updated ({@code update_time}). */
  public @Nullable Instant updateTime() {
    return updateTime;
  }

  /** ShowStackSetMetadata only: description given to new stacks ({@code initial_stack_description}). */
  public @Nullable String initialStackDescription() {
    return initialStackDescription;
  }

  /** ShowStackSetMetadata only: administration agency name ({@code administration_agency_name}). */
  public @Nullable String administrationAgencyName() {
    return administrationAgencyName;
  }

  /** ShowStackSetMetadata only: administration agency URN ({@code administration_agency_urn}). */
  public @Nullable String administrationAgencyUrn() {
    return administrationAgencyUrn;
  }

  /** ShowStackSetMetadata only: managed agency name ({@code managed_agency_name}). */
  public @Nullable String managedAgencyName() {
    return managedAgencyName;
  }

  /** ShowStackSetMetadata only: content of the variables file ({@code vars_uri_content}). May hold secrets: never shown by {@code toString()}. */
  public @Nullable String varsUriContent() {
    return varsUriContent;
  }

  /** ShowStackSetMetadata only: the variables ({@code vars_body}). May hold secrets: never shown by {@code toString()}. */
  public @Nullable String varsBody() {
    return varsBody;
  }

  /** ShowStackSetMetadata only: operation management settings ({@code managed_operation}). */
  public @Nullable ManagedOperation managedOperation() {
    return managedOperation;
  }

  /** ShowStackSetMetadata only: organizational units managed by the set ({@code organizational_unit_ids}); empty when absent. */
  public List<String> organizationalUnitIds() {
    return organizationalUnitIds;
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
    if (!(o instanceof StackSet)) {
      return false;
    }
    StackSet that = (StackSet) o;
    return Objects.equals(stackSetId, that.stackSetId)
        && Objects.equals(stackSetName, that.stackSetName)
        && Objects.equals(stackSetDescription, that.stackSetDescription)
        && Objects.equals(permissionModel, that.permissionModel)
        && Objects.equals(status, that.status)
        && Objects.equals(createTime, that.createTime)
        && Objects.equals(updateTime, that.updateTime)
        && Objects.equals(initialStackDescription, that.initialStackDescription)
        && Objects.equals(administrationAgencyName, that.administrationAgencyName)
        && Objects.equals(administrationAgencyUrn, that.administrationAgencyUrn)
        && Objects.equals(managedAgencyName, that.managedAgencyName)
        && Objects.equals(varsUriContent, that.varsUriContent)
        && Objects.equals(varsBody, that.varsBody)
        && Objects.equals(managedOperation, that.managedOperation)
        && Objects.equals(organizationalUnitIds, that.organizationalUnitIds)
        && Objects.equals(additionalFields, that.additionalFields);
  }

  @Override
  public int hashCode() {
    return Objects.hash(stackSetId, stackSetName, stackSetDescription, permissionModel, status, createTime, updateTime, initialStackDescription, administrationAgencyName, administrationAgencyUrn, managedAgencyName, varsUriContent, varsBody, managedOperation, organizationalUnitIds, additionalFields);
  }

  @Override
  public String toString() {
    return new ModelText("StackSet")
        .add("stackSetId", stackSetId)
        .add("stackSetName", stackSetName)
        .add("stackSetDescription", stackSetDescription)
        .add("permissionModel", permissionModel)
        .add("status", status)
        .add("createTime", createTime)
        .add("updateTime", updateTime)
        .add("initialStackDescription", initialStackDescription)
        .add("administrationAgencyName", administrationAgencyName)
        .add("administrationAgencyUrn", administrationAgencyUrn)
        .add("managedAgencyName", managedAgencyName)
        .addLength("varsUriContent", varsUriContent, "*** (", " chars)")
        .addLength("varsBody", varsBody, "*** (", " chars)")
        .add("managedOperation", managedOperation)
        .addIfAny("organizationalUnitIds", organizationalUnitIds)
        .addIfAny("additionalFields", additionalFields.keySet())
        .toString();
  }

  /** Mutable builder; not thread-safe. */
  public static final class Builder {
    private String stackSetId;
    private String stackSetName;
    private String stackSetDescription;
    private String permissionModel;
    private String status;
    private Instant createTime;
    private Instant updateTime;
    private String initialStackDescription;
    private String administrationAgencyName;
    private String administrationAgencyUrn;
    private String managedAgencyName;
    private String varsUriContent;
    private String varsBody;
    private ManagedOperation managedOperation;
    private final List<String> organizationalUnitIds = new ArrayList<>();
    private final Map<String, String> additionalFields = new LinkedHashMap<>();

    private Builder() {}

    private Builder(StackSet m) {
      this.stackSetId = m.stackSetId;
      this.stackSetName = m.stackSetName;
      this.stackSetDescription = m.stackSetDescription;
      this.permissionModel = m.permissionModel;
      this.status = m.status;
      this.createTime = m.createTime;
      this.updateTime = m.updateTime;
      this.initialStackDescription = m.initialStackDescription;
      this.administrationAgencyName = m.administrationAgencyName;
      this.administrationAgencyUrn = m.administrationAgencyUrn;
      this.managedAgencyName = m.managedAgencyName;
      this.varsUriContent = m.varsUriContent;
      this.varsBody = m.varsBody;
      this.managedOperation = m.managedOperation;
      this.organizationalUnitIds.addAll(m.organizationalUnitIds);
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

    /** Sets {@code stackSetDescription}. */
    public Builder stackSetDescription(@Nullable String value) {
      this.stackSetDescription = value;
      return this;
    }

    /** Sets {@code permissionModel}; {@link PermissionModel#UNKNOWN_TO_SDK_VERSION} is refused (use the raw-string setter). */
    public Builder permissionModel(@Nullable PermissionModel value) {
      this.permissionModel = BuilderFields.wire(value, "permissionModel");
      return this;
    }

    /** Sets {@code permissionModel} from its raw wire string (kept as is, even when this SDK does not know it). */
    public Builder permissionModel(@Nullable String value) {
      this.permissionModel = value;
      return this;
    }

    /** Sets {@code status}; {@link StackSetStatus#UNKNOWN_TO_SDK_VERSION} is refused (use the raw-string setter). */
    public Builder status(@Nullable StackSetStatus value) {
      this.status = BuilderFields.wire(value, "status");
      return this;
    }

    /** Sets {@code status} from its raw wire string (kept as is, even when this SDK does not know it). */
    public Builder status(@Nullable String value) {
      this.status = value;
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

    /** Sets {@code initialStackDescription}. */
    public Builder initialStackDescription(@Nullable String value) {
      this.initialStackDescription = value;
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

    /** Sets {@code varsUriContent}. */
    public Builder varsUriContent(@Nullable String value) {
      this.varsUriContent = value;
      return this;
    }

    /** Sets {@code varsBody}. */
    public Builder varsBody(@Nullable String value) {
      this.varsBody = value;
      return this;
    }

    /** Sets {@code managedOperation}. */
    public Builder managedOperation(@Nullable ManagedOperation value) {
      this.managedOperation = value;
      return this;
    }

    /** Replaces {@code organizationalUnitIds} with a copy of {@code values} (null clears it); null elements are refused. */
    public Builder organizationalUnitIds(java.util.@Nullable Collection<String> values) {
      BuilderFields.replace(organizationalUnitIds, values, "organizationalUnitIds");
      return this;
    }

    /** Replaces {@code organizationalUnitIds} with {@code values}. */
    public Builder organizationalUnitIds(String @Nullable ... values) {
      return organizationalUnitIds(values == null ? null : java.util.Arrays.asList(values));
    }

    /** Appends one entry to {@code organizationalUnitIds}. */
    public Builder addOrganizationalUnitId(String value) {
      BuilderFields.add(organizationalUnitIds, value, "organizationalUnitIds");
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
    public StackSet build() {
      return new StackSet(this);
    }
  }
}
