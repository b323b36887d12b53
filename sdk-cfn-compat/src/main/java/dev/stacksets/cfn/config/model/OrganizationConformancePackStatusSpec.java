package dev.stacksets.cfn.config.model;

import dev.stacksets.codegen.Model;
import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * The deployment status of one organization conformance pack across the organization.
 *
 * <p>Immutable and thread-safe.
 *
 * <pre>{@code
 * for (OrganizationConformancePackStatus s : config.describeOrganizationConformancePackStatusesPaginator(r -> r
 *     .organizationConformancePackNames("my-pack"))) {
 *   System.out.println(s.statusAsString() + " " + s.errorMessage());
 * }
 * }</pre>
 */
@Model(additionalFields = true)
interface OrganizationConformancePackStatusSpec {
  /** The pack's name. */
  @Nullable String organizationConformancePackName();

  /** The deployment status. */
  @Nullable OrganizationResourceStatus status();

  /** The error code when the deployment failed in a member account. */
  @Nullable String errorCode();

  /** The error message when the deployment failed in a member account. */
  @Nullable String errorMessage();

  /** When the status last changed. */
  @Nullable Instant lastUpdateTime();
}
