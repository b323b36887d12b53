package dev.stacksets.cfn.config.model;

import dev.stacksets.cfn.internal.InPlace;
import dev.stacksets.core.internal.ModelText;
import java.util.Objects;
import java.util.function.Consumer;
import org.jspecify.annotations.Nullable;

/**
 * The input of {@code GetOrganizationConformancePackDetailedStatus}. {@code organizationConformancePackName} is
 * required.
 *
 * <p>Immutable and thread-safe. Validated when sent: a call with a missing or malformed member throws
 * {@link IllegalArgumentException} naming it, and nothing is sent.
 *
 * <pre>{@code
 * GetOrganizationConformancePackDetailedStatusRequest request = GetOrganizationConformancePackDetailedStatusRequest
 *     .builder().organizationConformancePackName("my-pack").limit(100).build();
 * }</pre>
 */
public final class GetOrganizationConformancePackDetailedStatusRequest {
  private final String organizationConformancePackName;
  private final OrganizationResourceDetailedStatusFilters filters;
  private final Integer limit;
  private final String nextToken;

  private GetOrganizationConformancePackDetailedStatusRequest(Builder b) {
    this.organizationConformancePackName = b.organizationConformancePackName;
    this.filters = b.filters;
    this.limit = b.limit;
    this.nextToken = b.nextToken;
  }

  /** Returns a new, empty builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** Returns a builder holding this object's values. */
  public Builder toBuilder() {
    Builder b = new Builder();
    b.organizationConformancePackName = organizationConformancePackName;
    b.filters = filters;
    b.limit = limit;
    b.nextToken = nextToken;
    return b;
  }

  /**
   * The organization conformance pack (required; 1 to 128 characters of {@code [a-zA-Z][-a-zA-Z0-9]*}). Null when
   * absent.
   */
  public @Nullable String organizationConformancePackName() {
    return organizationConformancePackName;
  }

  /** Filters by account and status. */
  public @Nullable OrganizationResourceDetailedStatusFilters filters() {
    return filters;
  }

  /**
   * The most statuses per page, 0 to 100 (0 and absent mean the service default, 100).
   */
  public @Nullable Integer limit() {
    return limit;
  }

  /** The token of the page to fetch; null for the first page. */
  public @Nullable String nextToken() {
    return nextToken;
  }

  @Override
  public boolean equals(Object other) {
    if (this == other) {
      return true;
    }
    if (!(other instanceof GetOrganizationConformancePackDetailedStatusRequest)) {
      return false;
    }
    GetOrganizationConformancePackDetailedStatusRequest o = (GetOrganizationConformancePackDetailedStatusRequest) other;
    return Objects.equals(organizationConformancePackName, o.organizationConformancePackName)
        && Objects.equals(filters, o.filters)
        && Objects.equals(limit, o.limit)
        && Objects.equals(nextToken, o.nextToken);
  }

  @Override
  public int hashCode() {
    return Objects.hash(organizationConformancePackName, filters, limit, nextToken);
  }

  @Override
  public String toString() {
    return new ModelText("GetOrganizationConformancePackDetailedStatusRequest")
        .add("organizationConformancePackName", organizationConformancePackName)
        .add("filters", filters)
        .add("limit", limit)
        .add("nextToken", nextToken)
        .toString();
  }

  /** Mutable builder; not thread-safe. */
  public static final class Builder {
    private String organizationConformancePackName;
    private OrganizationResourceDetailedStatusFilters filters;
    private Integer limit;
    private String nextToken;

    private Builder() {}

    /** The organization conformance pack (required; 1 to 128 characters of {@code [a-zA-Z][-a-zA-Z0-9]*}). */
    public Builder organizationConformancePackName(@Nullable String value) {
      this.organizationConformancePackName = value;
      return this;
    }

    /** Filters by account and status. */
    public Builder filters(@Nullable OrganizationResourceDetailedStatusFilters value) {
      this.filters = value;
      return this;
    }

    /** Filters by account and status. Built in place. */
    public Builder filters(Consumer<OrganizationResourceDetailedStatusFilters.Builder> consumer) {
      this.filters = InPlace.build(consumer, OrganizationResourceDetailedStatusFilters.builder(),
          OrganizationResourceDetailedStatusFilters.Builder::build, "filters consumer cannot be null");
      return this;
    }

    /** The most statuses per page, 0 to 100 (0 and absent mean the service default, 100). */
    public Builder limit(@Nullable Integer value) {
      this.limit = value;
      return this;
    }

    /** The token of the page to fetch; null for the first page. */
    public Builder nextToken(@Nullable String value) {
      this.nextToken = value;
      return this;
    }

    /** Builds the immutable object. */
    public GetOrganizationConformancePackDetailedStatusRequest build() {
      return new GetOrganizationConformancePackDetailedStatusRequest(this);
    }
  }
}
