package dev.stacksets.cfn.model;

import dev.stacksets.codegen.Model;
import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * The drift status of a stack set and counts of its instances by drift status; present for drift detection
 * operations.
 *
 * <p>Immutable and thread-safe.
 *
 * <pre>{@code
 * StackSetDriftDetectionDetails d = operation.stackSetDriftDetectionDetails();
 * System.out.println(d.driftedStackInstancesCount() + " of " + d.totalStackInstancesCount() + " drifted");
 * }</pre>
 */
@Model(additionalFields = true)
interface StackSetDriftDetectionDetailsSpec {
  /** The stack set's drift status. */
  @Nullable StackSetDriftStatus driftStatus();

  /** The status of the drift detection operation. */
  @Nullable StackSetDriftDetectionStatus driftDetectionStatus();

  /** When drift detection last ran. */
  @Nullable Instant lastDriftCheckTimestamp();

  /** Stack instances in the stack set. */
  @Nullable Integer totalStackInstancesCount();

  /** Instances that have drifted. */
  @Nullable Integer driftedStackInstancesCount();

  /** Instances that are in sync. */
  @Nullable Integer inSyncStackInstancesCount();

  /** Instances still being checked. */
  @Nullable Integer inProgressStackInstancesCount();

  /** Instances whose check failed. */
  @Nullable Integer failedStackInstancesCount();
}
