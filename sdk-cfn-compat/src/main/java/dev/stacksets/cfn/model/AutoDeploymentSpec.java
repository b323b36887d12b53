package dev.stacksets.cfn.model;

import dev.stacksets.codegen.Model;
import dev.stacksets.codegen.Presence;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * Service-managed stack sets: whether new accounts of the target OUs get stack instances automatically.
 *
 * <p>Immutable and thread-safe. Lists are copied in and unmodifiable out; a list getter returns an empty list
 * when the list was absent.
 *
 * <pre>{@code
 * boolean auto = Boolean.TRUE.equals(summary.autoDeployment().enabled());
 * }</pre>
 */
@Model(additionalFields = true)
interface AutoDeploymentSpec {
  /** Whether automatic deployment is on. */
  @Nullable Boolean enabled();

  /** Whether stacks stay when an account leaves the OU. */
  @Nullable Boolean retainStacksOnAccountRemoval();

  /** ARNs of stack sets that are deployed first. */
  @Presence List<String> dependsOn();
}
