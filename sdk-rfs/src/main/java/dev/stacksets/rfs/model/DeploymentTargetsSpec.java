package dev.stacksets.rfs.model;

import dev.stacksets.codegen.Model;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * The regions and accounts a stack-set operation targets ({@code deployment_targets}).
 *
 * <p>Immutable and thread-safe. Collections are copied in and unmodifiable out.
 *
 * <pre>{@code
 * DeploymentTargets t = operation.deploymentTargets();
 * for (String region : t.regions()) { ... }
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
