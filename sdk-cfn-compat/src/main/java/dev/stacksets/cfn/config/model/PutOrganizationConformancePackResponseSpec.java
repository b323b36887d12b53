package dev.stacksets.cfn.config.model;

import dev.stacksets.codegen.Model;
import dev.stacksets.core.ResponseMetadata;
import org.jspecify.annotations.Nullable;

/**
 * The reply of {@code PutOrganizationConformancePack}: the pack's ARN. The deployment goes on in the background;
 * follow it with {@code describeOrganizationConformancePackStatuses}.
 *
 * <p>Immutable and thread-safe. Equality compares the data, not {@link #responseMetadata()}.
 *
 * <pre>{@code
 * String arn = config.putOrganizationConformancePack(r -> r.organizationConformancePackName("my-pack")
 *     .templateS3Uri("s3://my-bucket/pack.yaml")).organizationConformancePackArn();
 * }</pre>
 */
@Model(additionalFields = true)
interface PutOrganizationConformancePackResponseSpec {
  /** The ARN of the organization conformance pack. */
  @Nullable String organizationConformancePackArn();

  /**
   * What the transport learned about the call (request id, status, attempts); never null. Not part of
   * {@link #equals(Object)}.
   */
  ResponseMetadata responseMetadata();
}
