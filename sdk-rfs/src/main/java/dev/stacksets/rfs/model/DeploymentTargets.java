package dev.stacksets.rfs.model;

import dev.stacksets.core.internal.ModelText;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * The regions and accounts a stack-set operation targets ({@code deployment_targets}).
 *
 * <p>Immutable and thread-safe. Collections are copied in and unmodifiable out.
 *
 * <pre>{@code
 * DeploymentTargets t = operation.deploymentTargets();
 * for (String region : t.regions()) { ... }
 * }</pre>
 */
public final class DeploymentTargets {
  private final List<String> regions;
  private final List<String> domainIds;
  private final String domainIdsUri;
  private final List<String> organizationalUnitIds;
  private final String domainIdFilterType;
  private final Map<String, String> additionalFields;

  private DeploymentTargets(Builder b) {
    this.regions = Collections.unmodifiableList(new ArrayList<>(b.regions));
    this.domainIds = Collections.unmodifiableList(new ArrayList<>(b.domainIds));
    this.domainIdsUri = b.domainIdsUri;
    this.organizationalUnitIds = Collections.unmodifiableList(new ArrayList<>(b.organizationalUnitIds));
    this.domainIdFilterType = b.domainIdFilterType;
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

  /** The regions ({@code regions}); a single string sent by the service is read as a one-element list. Empty when absent. */
  public List<String> regions() {
    return regions;
  }

  /** The member account (domain) ids ({@code domain_ids}); empty when absent. */
  public List<String> domainIds() {
    return domainIds;
  }

  /** OBS URL of a CSV file of domain ids ({@code domain_ids_uri}). */
  public @Nullable String domainIdsUri() {
    return domainIdsUri;
  }

  /** Organizational unit ids, SERVICE_MANAGED only ({@code organizational_unit_ids}); empty when absent. */
  public List<String> organizationalUnitIds() {
    return organizationalUnitIds;
  }

  /**
   * How domain ids combine with the OUs ({@code domain_id_filter_type}).
   *
   * @return the constant, {@link DomainIdFilterType#UNKNOWN_TO_SDK_VERSION} for a value this SDK does not know (see
   *     {@link #domainIdFilterTypeAsString()}), or null when absent
   */
  public @Nullable DomainIdFilterType domainIdFilterType() {
    return DomainIdFilterType.fromValue(domainIdFilterType);
  }

  /** The raw {@code domain_id_filter_type} string as the service sent it, or null when absent. */
  public @Nullable String domainIdFilterTypeAsString() {
    return domainIdFilterType;
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
    if (!(o instanceof DeploymentTargets)) {
      return false;
    }
    DeploymentTargets that = (DeploymentTargets) o;
    return Objects.equals(regions, that.regions)
        && Objects.equals(domainIds, that.domainIds)
        && Objects.equals(domainIdsUri, that.domainIdsUri)
        && Objects.equals(organizationalUnitIds, that.organizationalUnitIds)
        && Objects.equals(domainIdFilterType, that.domainIdFilterType)
        && Objects.equals(additionalFields, that.additionalFields);
  }

  @Override
  public int hashCode() {
    return Objects.hash(regions, domainIds, domainIdsUri, organizationalUnitIds, domainIdFilterType, additionalFields);
  }

  @Override
  public String toString() {
    return new ModelText("DeploymentTargets")
        .addIfAny("regions", regions)
        .addIfAny("domainIds", domainIds)
        .add("domainIdsUri", domainIdsUri)
        .addIfAny("organizationalUnitIds", organizationalUnitIds)
        .add("domainIdFilterType", domainIdFilterType)
        .addIfAny("additionalFields", additionalFields.keySet())
        .toString();
  }

  /** Mutable builder; not thread-safe. */
  public static final class Builder {
    private final List<String> regions = new ArrayList<>();
    private final List<String> domainIds = new ArrayList<>();
    private String domainIdsUri;
    private final List<String> organizationalUnitIds = new ArrayList<>();
    private String domainIdFilterType;
    private final Map<String, String> additionalFields = new LinkedHashMap<>();

    private Builder() {}

    private Builder(DeploymentTargets m) {
      this.regions.addAll(m.regions);
      this.domainIds.addAll(m.domainIds);
      this.domainIdsUri = m.domainIdsUri;
      this.organizationalUnitIds.addAll(m.organizationalUnitIds);
      this.domainIdFilterType = m.domainIdFilterType;
      this.additionalFields.putAll(m.additionalFields);
    }

    /** Replaces {@code regions} with a copy of {@code values} (null clears it); null elements are refused. */
    public Builder regions(java.util.@Nullable Collection<String> values) {
      BuilderFields.replace(regions, values, "regions");
      return this;
    }

    /** Replaces {@code regions} with {@code values}. */
    public Builder regions(String @Nullable ... values) {
      return regions(values == null ? null : java.util.Arrays.asList(values));
    }

    /** Appends one entry to {@code regions}. */
    public Builder addRegion(String value) {
      BuilderFields.add(regions, value, "regions");
      return this;
    }

    /** Replaces {@code domainIds} with a copy of {@code values} (null clears it); null elements are refused. */
    public Builder domainIds(java.util.@Nullable Collection<String> values) {
      BuilderFields.replace(domainIds, values, "domainIds");
      return this;
    }

    /** Replaces {@code domainIds} with {@code values}. */
    public Builder domainIds(String @Nullable ... values) {
      return domainIds(values == null ? null : java.util.Arrays.asList(values));
    }

    /** Appends one entry to {@code domainIds}. */
    public Builder addDomainId(String value) {
      BuilderFields.add(domainIds, value, "domainIds");
      return this;
    }

    /** Sets {@code domainIdsUri}. */
    public Builder domainIdsUri(@Nullable String value) {
      this.domainIdsUri = value;
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

    /** Sets {@code domainIdFilterType}; {@link DomainIdFilterType#UNKNOWN_TO_SDK_VERSION} is refused (use the raw-string setter). */
    public Builder domainIdFilterType(@Nullable DomainIdFilterType value) {
      this.domainIdFilterType = BuilderFields.wire(value, "domainIdFilterType");
      return this;
    }

    /** Sets {@code domainIdFilterType} from its raw wire string (kept as is, even when this SDK does not know it). */
    public Builder domainIdFilterType(@Nullable String value) {
      this.domainIdFilterType = value;
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
    public DeploymentTargets build() {
      return new DeploymentTargets(this);
    }
  }
}
