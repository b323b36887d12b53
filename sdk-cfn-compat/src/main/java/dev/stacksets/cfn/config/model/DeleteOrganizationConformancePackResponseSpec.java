package dev.stacksets.cfn.config.model;

import dev.stacksets.codegen.Model;
import dev.stacksets.core.ResponseMetadata;

/**
 * The reply of {@code DeleteOrganizationConformancePack}, which has no data: only what the transport learned about
 * the call. The deletion goes on in the background ({@code DELETE_IN_PROGRESS}).
 *
 * <p>Immutable and thread-safe. Equality compares the data, not {@link #responseMetadata()}.
 *
 * <pre>{@code
 * config.deleteOrganizationConformancePack(r -> r.organizationConformancePackName("my-pack"));
 * }</pre>
 */
@Model(additionalFields = true)
interface DeleteOrganizationConformancePackResponseSpec {
  /**
   * What the transport learned about the call (request id, status, attempts); never null. Not part of
   * {@link #equals(Object)}.
   */
  ResponseMetadata responseMetadata();
}
