package dev.stacksets.cfn.config.model;

import dev.stacksets.core.ResponseMetadata;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Objects;

/**
 * One page of {@code GetOrganizationConformancePackDetailedStatus}.
 *
 * <p>Immutable and thread-safe. Lists are copied in and unmodifiable out; a list getter returns an empty list
 * when the list was absent. Equality compares the data, not {@link #responseMetadata()}.
 *
 * <pre>{@code
 * GetOrganizationConformancePackDetailedStatusResponse page = config
 *     .getOrganizationConformancePackDetailedStatus(r -> r.organizationConformancePackName("my-pack"));
 * }</pre>
 */
public final class GetOrganizationConformancePackDetailedStatusResponse {
  private final List<OrganizationConformancePackDetailedStatus> organizationConformancePackDetailedStatuses;
  private final String nextToken;
  private final ResponseMetadata responseMetadata;

  private GetOrganizationConformancePackDetailedStatusResponse(Builder b) {
    this.organizationConformancePackDetailedStatuses = b.organizationConformancePackDetailedStatuses == null ? null
        : List.copyOf(b.organizationConformancePackDetailedStatuses);
    this.nextToken = b.nextToken;
    this.responseMetadata = b.responseMetadata == null ? ResponseMetadata.none() : b.responseMetadata;
  }

  /** Returns a new, empty builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** Returns a builder holding this object's values. */
  public Builder toBuilder() {
    Builder b = new Builder();
    b.organizationConformancePackDetailedStatuses = organizationConformancePackDetailedStatuses;
    b.nextToken = nextToken;
    b.responseMetadata = responseMetadata;
    return b;
  }

  /**
   * The per-account statuses on this page. Unmodifiable; empty when absent (see
   * {@link #hasOrganizationConformancePackDetailedStatuses()}).
   */
  public List<OrganizationConformancePackDetailedStatus> organizationConformancePackDetailedStatuses() {
    return organizationConformancePackDetailedStatuses == null ? List.of()
        : organizationConformancePackDetailedStatuses;
  }

  /** True when the list was present (possibly empty), false when it was absent. */
  public boolean hasOrganizationConformancePackDetailedStatuses() {
    return organizationConformancePackDetailedStatuses != null;
  }

  /** The token of the next page; null or empty on the last page. Null when absent. */
  public String nextToken() {
    return nextToken;
  }

  /**
   * What the transport learned about the call (request id, status, attempts); never null. Not part of
   * {@link #equals(Object)}.
   */
  public ResponseMetadata responseMetadata() {
    return responseMetadata;
  }

  @Override
  public boolean equals(Object other) {
    if (this == other) {
      return true;
    }
    if (!(other instanceof GetOrganizationConformancePackDetailedStatusResponse)) {
      return false;
    }
    GetOrganizationConformancePackDetailedStatusResponse o =
        (GetOrganizationConformancePackDetailedStatusResponse) other;
    return organizationConformancePackDetailedStatuses().equals(o.organizationConformancePackDetailedStatuses())
        && Objects.equals(nextToken, o.nextToken);
  }

  @Override
  public int hashCode() {
    return Objects.hash(organizationConformancePackDetailedStatuses(), nextToken);
  }

  @Override
  public String toString() {
    StringBuilder sb = new StringBuilder("GetOrganizationConformancePackDetailedStatusResponse{");
    String sep = "";
    if (organizationConformancePackDetailedStatuses != null) {
      sb.append(sep).append("organizationConformancePackDetailedStatuses=")
          .append(organizationConformancePackDetailedStatuses);
      sep = ", ";
    }
    if (nextToken != null) {
      sb.append(sep).append("nextToken=").append(nextToken);
      sep = ", ";
    }
    sb.append(sep).append("responseMetadata=").append(responseMetadata);
    return sb.append('}').toString();
  }

  /** Mutable builder; not thread-safe. */
  public static final class Builder {
    private List<OrganizationConformancePackDetailedStatus> organizationConformancePackDetailedStatuses;
    private String nextToken;
    private ResponseMetadata responseMetadata;

    private Builder() {}

    /** The per-account statuses on this page. Copies and replaces the list; null clears it. */
    public Builder organizationConformancePackDetailedStatuses(
        Collection<? extends OrganizationConformancePackDetailedStatus> values) {
      this.organizationConformancePackDetailedStatuses =
          ModelLists.copy(values, "organizationConformancePackDetailedStatuses");
      return this;
    }

    /** The per-account statuses on this page. Replaces the list. */
    public Builder organizationConformancePackDetailedStatuses(OrganizationConformancePackDetailedStatus... values) {
      return organizationConformancePackDetailedStatuses(values == null ? null : Arrays.asList(values));
    }

    /** The token of the next page; null or empty on the last page. */
    public Builder nextToken(String value) {
      this.nextToken = value;
      return this;
    }

    /** The call's metadata; defaults to {@link ResponseMetadata#none()}. */
    public Builder responseMetadata(ResponseMetadata responseMetadata) {
      this.responseMetadata = responseMetadata;
      return this;
    }

    /** Builds the immutable object. */
    public GetOrganizationConformancePackDetailedStatusResponse build() {
      return new GetOrganizationConformancePackDetailedStatusResponse(this);
    }
  }
}
