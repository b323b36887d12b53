package dev.stacksets.cfn.config.model;

import dev.stacksets.codegen.Model;
import dev.stacksets.codegen.Presence;
import dev.stacksets.codegen.Redacted;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * The input of {@code PutOrganizationConformancePack}, which creates the organization conformance pack or replaces
 * it whole. {@code organizationConformancePackName} is required, and exactly one of {@code templateS3Uri} and
 * {@code templateBody}. {@link #toString()} shows only the length of the template body and masks parameter values.
 *
 * <p>Immutable and thread-safe. Validated when sent: a call with a missing or malformed member, or both template
 * sources, throws {@link IllegalArgumentException} naming them, and nothing is sent.
 *
 * <pre>{@code
 * PutOrganizationConformancePackRequest request = PutOrganizationConformancePackRequest.builder()
 *     .organizationConformancePackName("my-pack")
 *     .templateS3Uri("s3://my-bucket/pack.yaml")
 *     .excludedAccounts("111122223333")
 *     .build();
 * }</pre>
 */
@Model
interface PutOrganizationConformancePackRequestSpec {
  /** The pack's name (required; 1 to 128 characters of {@code [a-zA-Z][-a-zA-Z0-9]*}). */
  @Nullable String organizationConformancePackName();

  /** The template's location, {@code s3://...}, at most 1024 characters; or {@code templateBody}. */
  @Nullable String templateS3Uri();

  /** The template itself, 1 to 51200 characters; or {@code templateS3Uri}. */
  @Redacted(before = "<", after = " chars>") @Nullable String templateBody();

  /** The S3 bucket Config delivers the template to (its name starts with {@code awsconfigconforms}), at most 63. */
  @Nullable String deliveryS3Bucket();

  /** The key prefix in the delivery bucket, at most 1024 characters. */
  @Nullable String deliveryS3KeyPrefix();

  /** The template's parameters, at most 60. */
  @Presence List<ConformancePackInputParameter> conformancePackInputParameters();

  /** Member accounts (12 digits each) the pack is not deployed to, at most 1000. */
  @Presence List<String> excludedAccounts();
}
