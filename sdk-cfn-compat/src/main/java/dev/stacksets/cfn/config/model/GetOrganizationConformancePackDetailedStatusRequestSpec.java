package dev.stacksets.cfn.config.model;

import dev.stacksets.codegen.Model;
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
@Model
interface GetOrganizationConformancePackDetailedStatusRequestSpec {
  /**
   * The organization conformance pack (required; 1 to 128 characters of {@code [a-zA-Z][-a-zA-Z0-9]*}). Null when
   * absent.
   */
  @Nullable String organizationConformancePackName();

  /** Filters by account and status. */
  @Nullable OrganizationResourceDetailedStatusFilters filters();

  /** The most statuses per page, 0 to 100 (0 and absent mean the service default, 100). */
  @Nullable Integer limit();

  /** The token of the page to fetch; null for the first page. */
  @Nullable String nextToken();
}
