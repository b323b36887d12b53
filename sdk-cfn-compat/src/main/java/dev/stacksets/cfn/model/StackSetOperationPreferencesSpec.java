package dev.stacksets.cfn.model;

import dev.stacksets.codegen.Model;
import dev.stacksets.codegen.Presence;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * How a stack-set operation rolls out: Region order and concurrency, failure tolerance and concurrency mode.
 *
 * <p>Immutable and thread-safe. Lists are copied in and unmodifiable out; a list getter returns an empty list
 * when the list was absent.
 *
 * <pre>{@code
 * StackSetOperationPreferences p = operation.operationPreferences();
 * System.out.println(p.regionOrder() + " max " + p.maxConcurrentCount());
 * }</pre>
 */
@Model(additionalFields = true)
interface StackSetOperationPreferencesSpec {
  /** Sequential or parallel Regions. */
  @Nullable RegionConcurrencyType regionConcurrencyType();

  /** The order of Regions. */
  @Presence List<String> regionOrder();

  /** How many accounts per Region may fail before the operation stops there. */
  @Nullable Integer failureToleranceCount();

  /** The same as a percentage (0 to 100). */
  @Nullable Integer failureTolerancePercentage();

  /** The most accounts per Region deployed at once. */
  @Nullable Integer maxConcurrentCount();

  /** The same as a percentage (1 to 100). */
  @Nullable Integer maxConcurrentPercentage();

  /** How failure tolerance and concurrency interact. */
  @Nullable ConcurrencyMode concurrencyMode();
}
