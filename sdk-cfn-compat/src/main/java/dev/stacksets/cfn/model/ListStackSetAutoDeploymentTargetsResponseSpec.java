package dev.stacksets.cfn.model;

import dev.stacksets.codegen.Model;
import dev.stacksets.codegen.Presence;
import dev.stacksets.core.ResponseMetadata;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * One page of {@code ListStackSetAutoDeploymentTargets}: the organizational units a service-managed stack set
 * deploys to automatically, with their Regions.
 *
 * <p>Immutable and thread-safe. Lists are copied in and unmodifiable out; a list getter returns an empty list
 * when the list was absent. Equality compares the data, not {@link #responseMetadata()}.
 *
 * <pre>{@code
 * ListStackSetAutoDeploymentTargetsResponse page = cfn.listStackSetAutoDeploymentTargets(r -> r
 *     .stackSetName("my-set"));
 * }</pre>
 */
@Model(additionalFields = true)
interface ListStackSetAutoDeploymentTargetsResponseSpec {
  /** The targets on this page. */
  @Presence List<StackSetAutoDeploymentTargetSummary> summaries();

  /** The token of the next page; null or empty on the last page. */
  @Nullable String nextToken();

  /**
   * What the transport learned about the call (request id, status, attempts); never null. Not part of
   * {@link #equals(Object)}.
   */
  ResponseMetadata responseMetadata();
}
