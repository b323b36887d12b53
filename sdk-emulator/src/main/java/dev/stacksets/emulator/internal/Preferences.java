package dev.stacksets.emulator.internal;

import java.util.List;

/**
 * Operation preferences as both services describe them.
 *
 * @param regionConcurrencyType SEQUENTIAL or PARALLEL
 * @param regionOrder           region order (SEQUENTIAL), possibly empty
 * @param failureToleranceCount failures tolerated before the operation fails
 * @param maxConcurrentCount    targets deployed at once per region
 * @param failureToleranceMode  STRICT_FAILURE_TOLERANCE or SOFT_FAILURE_TOLERANCE
 */
public record Preferences(String regionConcurrencyType, List<String> regionOrder, int failureToleranceCount,
    int maxConcurrentCount, String failureToleranceMode) {
  /** Copies the list. */
  public Preferences {
    regionOrder = List.copyOf(regionOrder);
  }

  /** True for PARALLEL. */
  public boolean parallel() {
    return "PARALLEL".equals(regionConcurrencyType);
  }
}
