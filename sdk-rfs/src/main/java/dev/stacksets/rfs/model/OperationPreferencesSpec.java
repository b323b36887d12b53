package dev.stacksets.rfs.model;

import dev.stacksets.codegen.Model;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * How a stack-set operation proceeds ({@code operation_preferences}): concurrency across and within regions and
 * failure tolerance. Read from ShowStackSetOperationMetadata; sent by DeployStackSet and the stack-instance writes
 * for that one operation (null there for the service defaults: one account at a time, regions one after the other,
 * no failure tolerated).
 *
 * <p>In a write, checked when sent ({@link IllegalArgumentException} naming the fields, nothing sent): at most one of
 * {@code failureToleranceCount} / {@code failureTolerancePercentage} (each 0 or more) and of
 * {@code maxConcurrentCount} / {@code maxConcurrentPercentage} (each 1 or more); {@code regionOrder} only when
 * {@code regionConcurrencyType} is unset or SEQUENTIAL, and then holding exactly the deployment targets' regions,
 * each once. {@link #additionalFields()} is never sent.
 *
 * <p>Immutable and thread-safe. Collections are copied in and unmodifiable out.
 *
 * <pre>{@code
 * OperationPreferences p = OperationPreferences.builder()
 *     .regionConcurrencyType(RegionConcurrencyType.SEQUENTIAL)
 *     .regionOrder("cn-north-4", "cn-east-3")
 *     .failureTolerancePercentage(10L)
 *     .maxConcurrentCount(5L)
 *     .build();
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
