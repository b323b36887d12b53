package dev.stacksets.cfn.config.model;

import dev.stacksets.codegen.Model;
import dev.stacksets.codegen.Presence;
import java.time.Instant;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * An organization conformance pack as {@code DescribeOrganizationConformancePacks} reports it.
 *
 * <p>Immutable and thread-safe. Lists are copied in and unmodifiable out; a list getter returns an empty list
 * when the list was absent.
 *
 * <pre>{@code
 * for (OrganizationConformancePack p : config.describeOrganizationConformancePacksPaginator(r -> { })) {
 *   System.out.println(p.organizationConformancePackName() + " " + p.lastUpdateTime());
 * }
 * }</pre>
 */
@Model(additionalFields = true)
interface OrganizationConformancePackSpec {
  /** The pack's name. */
  @Nullable String organizationConformancePackName();

  /** The pack's ARN. */
  @Nullable String organizationConformancePackArn();

  /** The S3 bucket Config delivers the template to. */
  @Nullable String deliveryS3Bucket();

  /** The key prefix in the delivery bucket. */
  @Nullable String deliveryS3KeyPrefix();

  /** The template's parameters. */
  @Presence List<ConformancePackInputParameter> conformancePackInputParameters();

  /** The member accounts the pack is not deployed to. */
  @Presence List<String> excludedAccounts();

  /** When the pack was last changed. */
  @Nullable Instant lastUpdateTime();
}
