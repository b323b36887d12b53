package dev.stacksets.cfn.model;

import dev.stacksets.cfn.internal.InPlace;
import dev.stacksets.cfn.internal.ModelLists;
import dev.stacksets.core.internal.ModelText;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;

/**
 * The full description of a stack set, as returned by {@code DescribeStackSet}. {@link #toString()} shows only
 * the length of the template body.
 *
 * <p>Immutable and thread-safe. Lists are copied in and unmodifiable out; a list getter returns an empty list
 * when the list was absent.
 *
 * <pre>{@code
 * StackSet s = cfn.describeStackSet(r -> r.stackSetName("my-set")).stackSet();
 * System.out.println(s.stackSetArn() + " " + s.regions());
 * }</pre>
 */
public final class StackSet {
  private final String stackSetName;
  private final String stackSetId;
  private final String description;
  private final String status;
  private final String templateBody;
  private final List<Parameter> parameters;
  private final List<String> capabilities;
  private final List<Tag> tags;
  private final String stackSetArn;
  private final String administrationRoleArn;
  private final String executionRoleName;
  private final StackSetDriftDetectionDetails stackSetDriftDetectionDetails;
  private final AutoDeployment autoDeployment;
  private final String permissionModel;
  private final List<String> organizationalUnitIds;
  private final ManagedExecution managedExecution;
  private final List<String> regions;

  private StackSet(Builder b) {
    this.stackSetName = b.stackSetName;
    this.stackSetId = b.stackSetId;
    this.description = b.description;
    this.status = b.status;
    this.templateBody = b.templateBody;
    this.parameters = b.parameters == null ? null : List.copyOf(b.parameters);
    this.capabilities = b.capabilities == null ? null : List.copyOf(b.capabilities);
    this.tags = b.tags == null ? null : List.copyOf(b.tags);
    this.stackSetArn = b.stackSetArn;
    this.administrationRoleArn = b.administrationRoleArn;
    this.executionRoleName = b.executionRoleName;
    this.stackSetDriftDetectionDetails = b.stackSetDriftDetectionDetails;
    this.autoDeployment = b.autoDeployment;
    this.permissionModel = b.permissionModel;
    this.organizationalUnitIds = b.organizationalUnitIds == null ? null : List.copyOf(b.organizationalUnitIds);
    this.managedExecution = b.managedExecution;
    this.regions = b.regions == null ? null : List.copyOf(b.regions);
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
    b.templateBody = templateBody;
    b.parameters = parameters;
    b.capabilities = capabilities;
    b.tags = tags;
    b.stackSetArn = stackSetArn;
    b.administrationRoleArn = administrationRoleArn;
    b.executionRoleName = executionRoleName;
    b.stackSetDriftDetectionDetails = stackSetDriftDetectionDetails;
    b.autoDeployment = autoDeployment;
    b.permissionModel = permissionModel;
    b.organizationalUnitIds = organizationalUnitIds;
    b.managedExecution = managedExecution;
    b.regions = regions;
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

  /** The template. */
  public @Nullable String templateBody() {
    return templateBody;
  }

  /** The template parameters. Unmodifiable; empty when absent (see {@link #hasParameters()}). */
  public List<Parameter> parameters() {
    return parameters == null ? List.of() : parameters;
  }

  /** True when the list was present (possibly empty), false when it was absent. */
  public boolean hasParameters() {
    return parameters != null;
  }

  /**
   * The acknowledged capabilities. Empty when absent (see {@link #hasCapabilities()}); unknown values map to
   * {@link Capability#UNKNOWN_TO_SDK_VERSION}.
   */
  public List<Capability> capabilities() {
    return capabilities == null ? List.of()
        : capabilities.stream().map(Capability::fromValue).collect(Collectors.toUnmodifiableList());
  }

  /** The acknowledged capabilities. The raw values as sent; unmodifiable, empty when absent. */
  public List<String> capabilitiesAsStrings() {
    return capabilities == null ? List.of() : capabilities;
  }

  /** True when the list was present (possibly empty), false when it was absent. */
  public boolean hasCapabilities() {
    return capabilities != null;
  }

  /** The tags. Unmodifiable; empty when absent (see {@link #hasTags()}). */
  public List<Tag> tags() {
    return tags == null ? List.of() : tags;
  }

  /** True when the list was present (possibly empty), false when it was absent. */
  public boolean hasTags() {
    return tags != null;
  }

  /** The stack set's ARN (wire name {@code StackSetARN}). */
  public @Nullable String stackSetArn() {
    return stackSetArn;
  }

  /** The administration role ARN (wire name {@code AdministrationRoleARN}). */
  public @Nullable String administrationRoleArn() {
    return administrationRoleArn;
  }

  /** The execution role name used in target accounts. */
  public @Nullable String executionRoleName() {
    return executionRoleName;
  }

  /** The drift details of the last drift detection. */
  public @Nullable StackSetDriftDetectionDetails stackSetDriftDetectionDetails() {
    return stackSetDriftDetectionDetails;
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
   * Service-managed: the target OU ids. Unmodifiable; empty when absent (see {@link #hasOrganizationalUnitIds()}).
   */
  public List<String> organizationalUnitIds() {
    return organizationalUnitIds == null ? List.of() : organizationalUnitIds;
  }

  /** True when the list was present (possibly empty), false when it was absent. */
  public boolean hasOrganizationalUnitIds() {
    return organizationalUnitIds != null;
  }

  /** Managed execution settings. */
  public @Nullable ManagedExecution managedExecution() {
    return managedExecution;
  }

  /**
   * The Regions of the stack set's instances. Unmodifiable; empty when absent (see {@link #hasRegions()}).
   */
  public List<String> regions() {
    return regions == null ? List.of() : regions;
  }

  /** True when the list was present (possibly empty), false when it was absent. */
  public boolean hasRegions() {
    return regions != null;
  }

  @Override
  public boolean equals(Object other) {
    if (this == other) {
      return true;
    }
    if (!(other instanceof StackSet)) {
      return false;
    }
    StackSet o = (StackSet) other;
    return Objects.equals(stackSetName, o.stackSetName)
        && Objects.equals(stackSetId, o.stackSetId)
        && Objects.equals(description, o.description)
        && Objects.equals(status, o.status)
        && Objects.equals(templateBody, o.templateBody)
        && parameters().equals(o.parameters())
        && capabilitiesAsStrings().equals(o.capabilitiesAsStrings())
        && tags().equals(o.tags())
        && Objects.equals(stackSetArn, o.stackSetArn)
        && Objects.equals(administrationRoleArn, o.administrationRoleArn)
        && Objects.equals(executionRoleName, o.executionRoleName)
        && Objects.equals(stackSetDriftDetectionDetails, o.stackSetDriftDetectionDetails)
        && Objects.equals(autoDeployment, o.autoDeployment)
        && Objects.equals(permissionModel, o.permissionModel)
        && organizationalUnitIds().equals(o.organizationalUnitIds())
        && Objects.equals(managedExecution, o.managedExecution)
        && regions().equals(o.regions());
  }

  @Override
  public int hashCode() {
    return Objects.hash(stackSetName, stackSetId, description, status, templateBody, parameters(),
        capabilitiesAsStrings(), tags(), stackSetArn, administrationRoleArn, executionRoleName,
        stackSetDriftDetectionDetails, autoDeployment, permissionModel, organizationalUnitIds(),
        managedExecution, regions());
  }

  @Override
  public String toString() {
    return new ModelText("StackSet")
        .add("stackSetName", stackSetName)
        .add("stackSetId", stackSetId)
        .add("description", description)
        .add("status", status)
        .addLength("templateBody", templateBody, "<", " chars>")
        .add("parameters", parameters)
        .add("capabilities", capabilities)
        .add("tags", tags)
        .add("stackSetArn", stackSetArn)
        .add("administrationRoleArn", administrationRoleArn)
        .add("executionRoleName", executionRoleName)
        .add("stackSetDriftDetectionDetails", stackSetDriftDetectionDetails)
        .add("autoDeployment", autoDeployment)
        .add("permissionModel", permissionModel)
        .add("organizationalUnitIds", organizationalUnitIds)
        .add("managedExecution", managedExecution)
        .add("regions", regions)
        .toString();
  }

  /** Mutable builder; not thread-safe. */
  public static final class Builder {
    private String stackSetName;
    private String stackSetId;
    private String description;
    private String status;
    private String templateBody;
    private List<Parameter> parameters;
    private List<String> capabilities;
    private List<Tag> tags;
    private String stackSetArn;
    private String administrationRoleArn;
    private String executionRoleName;
    private StackSetDriftDetectionDetails stackSetDriftDetectionDetails;
    private AutoDeployment autoDeployment;
    private String permissionModel;
    private List<String> organizationalUnitIds;
    private ManagedExecution managedExecution;
    private List<String> regions;

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

    /** The template. */
    public Builder templateBody(@Nullable String value) {
      this.templateBody = value;
      return this;
    }

    /** The template parameters. Copies and replaces the list; null clears it. */
    public Builder parameters(@Nullable Collection<? extends Parameter> values) {
      this.parameters = ModelLists.copy(values, "parameters");
      return this;
    }

    /** The template parameters. Replaces the list. */
    public Builder parameters(Parameter @Nullable ... values) {
      return parameters(values == null ? null : Arrays.asList(values));
    }

    /** The acknowledged capabilities. Replaces the list; null clears it. */
    public Builder capabilities(@Nullable Collection<Capability> values) {
      if (values == null) {
        this.capabilities = null;
        return this;
      }
      List<String> raw = new java.util.ArrayList<>(values.size());
      for (Capability v : values) {
        if (v == null || v == Capability.UNKNOWN_TO_SDK_VERSION) {
          throw new IllegalArgumentException("capabilities cannot contain null or UNKNOWN_TO_SDK_VERSION");
        }
        raw.add(v.toString());
      }
      this.capabilities = raw;
      return this;
    }

    /** The acknowledged capabilities. Replaces the list. */
    public Builder capabilities(Capability @Nullable ... values) {
      return capabilities(values == null ? null : Arrays.asList(values));
    }

    /** The acknowledged capabilities. As raw strings; replaces the list; null clears it. */
    public Builder capabilitiesWithStrings(@Nullable Collection<String> values) {
      this.capabilities = ModelLists.copy(values, "capabilities");
      return this;
    }

    /** The tags. Copies and replaces the list; null clears it. */
    public Builder tags(@Nullable Collection<? extends Tag> values) {
      this.tags = ModelLists.copy(values, "tags");
      return this;
    }

    /** The tags. Replaces the list. */
    public Builder tags(Tag @Nullable ... values) {
      return tags(values == null ? null : Arrays.asList(values));
    }

    /** The stack set's ARN (wire name {@code StackSetARN}). */
    public Builder stackSetArn(@Nullable String value) {
      this.stackSetArn = value;
      return this;
    }

    /** The administration role ARN (wire name {@code AdministrationRoleARN}). */
    public Builder administrationRoleArn(@Nullable String value) {
      this.administrationRoleArn = value;
      return this;
    }

    /** The execution role name used in target accounts. */
    public Builder executionRoleName(@Nullable String value) {
      this.executionRoleName = value;
      return this;
    }

    /** The drift details of the last drift detection. */
    public Builder stackSetDriftDetectionDetails(@Nullable StackSetDriftDetectionDetails value) {
      this.stackSetDriftDetectionDetails = value;
      return this;
    }

    /** The drift details of the last drift detection. Built in place. */
    public Builder stackSetDriftDetectionDetails(Consumer<StackSetDriftDetectionDetails.Builder> consumer) {
      this.stackSetDriftDetectionDetails = InPlace.build(consumer, StackSetDriftDetectionDetails.builder(),
          StackSetDriftDetectionDetails.Builder::build, "stackSetDriftDetectionDetails consumer cannot be null");
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

    /** Service-managed: the target OU ids. Copies and replaces the list; null clears it. */
    public Builder organizationalUnitIds(@Nullable Collection<? extends String> values) {
      this.organizationalUnitIds = ModelLists.copy(values, "organizationalUnitIds");
      return this;
    }

    /** Service-managed: the target OU ids. Replaces the list. */
    public Builder organizationalUnitIds(String @Nullable ... values) {
      return organizationalUnitIds(values == null ? null : Arrays.asList(values));
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

    /** The Regions of the stack set's instances. Copies and replaces the list; null clears it. */
    public Builder regions(@Nullable Collection<? extends String> values) {
      this.regions = ModelLists.copy(values, "regions");
      return this;
    }

    /** The Regions of the stack set's instances. Replaces the list. */
    public Builder regions(String @Nullable ... values) {
      return regions(values == null ? null : Arrays.asList(values));
    }

    /** Builds the immutable object. */
    public StackSet build() {
      return new StackSet(this);
    }
  }
}
