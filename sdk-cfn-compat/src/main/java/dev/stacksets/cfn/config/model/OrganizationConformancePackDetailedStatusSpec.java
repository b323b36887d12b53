package dev.stacksets.cfn.config.model;

import dev.stacksets.codegen.Model;
import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * The status of an organization conformance pack in one member account.
 *
 * <p>Immutable and thread-safe.
 *
 * <pre>{@code
 * for (OrganizationConformancePackDetailedStatus s : config
 *     .getOrganizationConformancePackDetailedStatusPaginator(r -> r.organizationConformancePackName("my-pack"))) {
 *   System.out.println(s.accountId() + " " + s.statusAsString() + " " + s.lastUpdateTime());
 * }
 * }</pre>
 */
@Model(additionalFields = true)
interface OrganizationConformancePackDetailedStatusSpec {
  /** The 12-digit member account id. */
  @Nullable String accountId();

  /** The name of the conformance pack deployed in the account. */
  @Nullable String conformancePackName();

  /** The deployment status in the account. */
  @Nullable OrganizationResourceDetailedStatus status();

  /** The error code when creation or deletion failed. */
  @Nullable String errorCode();

  /** The error message when creation or deletion failed. */
  @Nullable String errorMessage();

  /** When the status last changed. */
  @Nullable Instant lastUpdateTime();
}
