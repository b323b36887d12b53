package dev.stacksets.cfn.model;

import dev.stacksets.codegen.Model;
import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * One stack set, as listed by {@code ListStackSets}.
 *
 * <p>Immutable and thread-safe.
 *
 * <pre>{@code
 * for (StackSetSummary s : cfn.listStackSetsPaginator(r -> r.status(StackSetStatus.ACTIVE))) {
 *   System.out.println(s.stackSetName() + " " + s.stackSetId());
 * }
 * }</pre>
 */
@Model(additionalFields = true)
interface StackSetSummarySpec {
  /** The name. */
  @Nullable String stackSetName();

  /** The id, {@code name:uuid}. */
  @Nullable String stackSetId();

  /** The description. */
  @Nullable String description();

  /** Active or deleted. */
  @Nullable StackSetStatus status();

  /** Service-managed: automatic deployment settings. */
  @Nullable AutoDeployment autoDeployment();

  /** Service-managed or self-managed permissions. */
  @Nullable PermissionModels permissionModel();

  /** The drift status found by the last drift detection. */
  @Nullable StackDriftStatus driftStatus();

  /** When drift detection last ran. */
  @Nullable Instant lastDriftCheckTimestamp();

  /** Managed execution settings. */
  @Nullable ManagedExecution managedExecution();
}
