package dev.stacksets.emulator.internal;

import java.util.List;

/**
 * Operation preferences as both services describe them. A percentage, when given, replaces the count of the same
 * setting; both are applied per region: a percentage of the region's targets, rounded down (maximum concurrency at
 * least 1), as the CloudFormation API reference specifies.
 *
 * @param regionConcurrencyType      SEQUENTIAL or PARALLEL
 * @param regionOrder                region order (SEQUENTIAL), possibly empty
 * @param failureToleranceCount      failures tolerated per region before the operation fails
 * @param maxConcurrentCount         targets deployed at once per region
 * @param failureToleranceMode       STRICT_FAILURE_TOLERANCE or SOFT_FAILURE_TOLERANCE (CloudFormation calls it
 *                                   ConcurrencyMode)
 * @param failureTolerancePercentage the tolerance as a percentage of a region's targets (0..100), or null
 * @param maxConcurrentPercentage    the concurrency as a percentage of a region's targets (1..100), or null
 */
public record Preferences(String regionConcurrencyType, List<String> regionOrder, int failureToleranceCount,
    int maxConcurrentCount, String failureToleranceMode, Integer failureTolerancePercentage,
    Integer maxConcurrentPercentage) {
  /** The services' defaults: sequential regions, no failure tolerated, one target at a time, strict. */
  public static final Preferences DEFAULT =
      new Preferences("SEQUENTIAL", List.of(), 0, 1, "STRICT_FAILURE_TOLERANCE");

  /** Copies the list. */
  public Preferences {
    regionOrder = List.copyOf(regionOrder);
  }

  /** Counts only. */
  public Preferences(String regionConcurrencyType, List<String> regionOrder, int failureToleranceCount,
      int maxConcurrentCount, String failureToleranceMode) {
    this(regionConcurrencyType, regionOrder, failureToleranceCount, maxConcurrentCount, failureToleranceMode, null,
        null);
  }

  /** True for PARALLEL. */
  public boolean parallel() {
    return "PARALLEL".equals(regionConcurrencyType);
  }

  /** True for SOFT_FAILURE_TOLERANCE. */
  public boolean soft() {
    return "SOFT_FAILURE_TOLERANCE".equals(failureToleranceMode);
  }

  /** Failures tolerated in a region of {@code targets} targets. */
  public int toleranceFor(int targets) {
    return failureTolerancePercentage == null ? failureToleranceCount : targets * failureTolerancePercentage / 100;
  }

  /** Targets run at once in a region of {@code targets} targets (at least 1). */
  public int concurrencyFor(int targets) {
    int n = maxConcurrentPercentage == null ? maxConcurrentCount : targets * maxConcurrentPercentage / 100;
    return Math.max(1, n);
  }
}
