package dev.stacksets.cfn.model;

import dev.stacksets.codegen.Model;
import dev.stacksets.codegen.Presence;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * An organizational unit a service-managed stack set deploys to automatically, and in which Regions.
 *
 * <p>Immutable and thread-safe. Lists are copied in and unmodifiable out; a list getter returns an empty list
 * when the list was absent.
 *
 * <pre>{@code
 * for (StackSetAutoDeploymentTargetSummary t : cfn.listStackSetAutoDeploymentTargetsPaginator(r -> r
 *     .stackSetName("my-set"))) {
 *   System.out.println(t.organizationalUnitId() + " " + t.regions());
 * }
 * }</pre>
 */
@Model(additionalFields = true)
interface StackSetAutoDeploymentTargetSummarySpec {
  /** The organization root or OU id. */
  @Nullable String organizationalUnitId();

  /** The Regions deployed to in that OU's accounts. */
  @Presence List<String> regions();
}
