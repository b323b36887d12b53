package dev.stacksets.cfn.config.model;

import dev.stacksets.codegen.Model;
import org.jspecify.annotations.Nullable;

/**
 * Filters of {@code GetOrganizationConformancePackDetailedStatus}: one account and/or one status (a single
 * object, not a list).
 *
 * <p>Immutable and thread-safe.
 *
 * <pre>{@code
 * OrganizationResourceDetailedStatusFilters f = OrganizationResourceDetailedStatusFilters.builder()
 *     .status(OrganizationResourceDetailedStatus.CREATE_FAILED).build();
 * }</pre>
 */
@Model
interface OrganizationResourceDetailedStatusFiltersSpec {
  /** Only this 12-digit member account. */
  @Nullable String accountId();

  /** Only accounts in this status. */
  @Nullable OrganizationResourceDetailedStatus status();
}
