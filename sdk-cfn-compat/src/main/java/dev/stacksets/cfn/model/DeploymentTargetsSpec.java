package dev.stacksets.cfn.model;

import dev.stacksets.codegen.Model;
import dev.stacksets.codegen.Presence;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * Service-managed stack sets: the accounts and organizational units an operation targets.
 *
 * <p>Immutable and thread-safe. Lists are copied in and unmodifiable out; a list getter returns an empty list
 * when the list was absent.
 *
 * <pre>{@code
 * DeploymentTargets t = operation.deploymentTargets();
 * System.out.println(t.organizationalUnitIds() + " " + t.accountFilterTypeAsString());
 * }</pre>
 */
@Model(additionalFields = true)
interface DeploymentTargetsSpec {
  /** Account ids. */
  @Presence List<String> accounts();

  /** An S3 or HTTPS URL of a file listing account ids. */
  @Nullable String accountsUrl();

  /** Organization root or OU ids. */
  @Presence List<String> organizationalUnitIds();

  /** How the accounts combine with the OUs. */
  @Nullable AccountFilterType accountFilterType();
}
