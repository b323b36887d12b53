package dev.stacksets.rfs.model;

import dev.stacksets.codegen.Model;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * The regions and accounts a stack-set operation targets ({@code deployment_targets}): read from
 * ShowStackSetOperationMetadata, and sent by DeployStackSet and the stack-instance writes, which select the
 * Cartesian product regions × accounts (for SERVICE_MANAGED sets, the accounts of the organizational units,
 * filtered by {@code domainIdFilterType}).
 *
 * <p>In a write, checked when sent ({@link IllegalArgumentException} naming the fields, nothing sent): at least one
 * region and no blank element; at most one of {@code domainIds} / {@code domainIdsUri}; neither with
 * {@code domainIdFilterType} {@code NONE}. That {@code organizationalUnitIds} and {@code domainIdFilterType} need a
 * SERVICE_MANAGED set is the service's to check (those requests do not carry the permission model). Empty lists are
 * not sent, and neither is {@link #additionalFields()} (what a reply carried beyond the documented members), so
 * targets copied from a reply send the documented members only.
 *
 * <p>Immutable and thread-safe. Collections are copied in and unmodifiable out.
 *
 * <pre>{@code
 * DeploymentTargets t = DeploymentTargets.builder()
 *     .regions("cn-north-4", "cn-east-3")
 *     .domainIds("0a2b3c4d5e6f47a8b9c0d1e2f3a4b5c6")
 *     .build();
 * }</pre>
 */
@Model(additionalFields = true)
interface DeploymentTargetsSpec {
  /** The regions ({@code regions}); a single string sent by the service is read as a one-element list. */
  List<String> regions();

  /** The member account (domain) ids ({@code domain_ids}). */
  List<String> domainIds();

  /** OBS URL of a CSV file of domain ids ({@code domain_ids_uri}). */
  @Nullable String domainIdsUri();

  /** Organizational unit ids, SERVICE_MANAGED only ({@code organizational_unit_ids}). */
  List<String> organizationalUnitIds();

  /** How domain ids combine with the OUs ({@code domain_id_filter_type}). */
  @Nullable DomainIdFilterType domainIdFilterType();
}
