package dev.stacksets.cfn.config.model;

import dev.stacksets.codegen.Model;
import dev.stacksets.codegen.Presence;
import dev.stacksets.core.ResponseMetadata;
import java.util.List;
import org.jspecify.annotations.Nullable;

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
@Model(additionalFields = true)
interface GetOrganizationConformancePackDetailedStatusResponseSpec {
  /** The per-account statuses on this page. */
  @Presence List<OrganizationConformancePackDetailedStatus> organizationConformancePackDetailedStatuses();

  /** The token of the next page; null or empty on the last page. */
  @Nullable String nextToken();

  /**
   * What the transport learned about the call (request id, status, attempts); never null. Not part of
   * {@link #equals(Object)}.
   */
  ResponseMetadata responseMetadata();
}
