package dev.stacksets.rfs.model;

import dev.stacksets.codegen.Model;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * How a stack-set operation was asked to proceed ({@code operation_preferences}): concurrency across and within regions and failure tolerance.
 *
 * <p>Immutable and thread-safe. Collections are copied in and unmodifiable out.
 *
 * <pre>{@code
 * OperationPreferences p = operation.operationPreferences();
 * Long tolerated = p.failureToleranceCount();
 * }</pre>
 */
@Model(additionalFields = true)
interface OperationPreferencesSpec {
  /** Sequential or parallel across regions ({@code region_concurrency_type}). */
  @Nullable RegionConcurrencyType regionConcurrencyType();

  /** Region order for a sequential operation ({@code region_order}). */
  List<String> regionOrder();

  /** Most failed instances tolerated per region ({@code failure_tolerance_count}). */
  @Nullable Long failureToleranceCount();

  /** Most failed instances tolerated per region, as a percentage ({@code failure_tolerance_percentage}). */
  @Nullable Long failureTolerancePercentage();

  /** Most accounts deployed at once per region ({@code max_concurrent_count}). */
  @Nullable Long maxConcurrentCount();

  /** Most accounts deployed at once per region, as a percentage ({@code max_concurrent_percentage}). */
  @Nullable Long maxConcurrentPercentage();

  /** Strict or soft failure tolerance ({@code failure_tolerance_mode}). */
  @Nullable FailureToleranceMode failureToleranceMode();
}
