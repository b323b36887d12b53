package dev.stacksets.rfs.model;

import dev.stacksets.codegen.OpenEnum;

/**
 * How the failure tolerance interacts with concurrency (server-owned, open).
 *
 * <p>Immutable and thread-safe.
 *
 * <pre>{@code
 * FailureToleranceMode m = preferences.failureToleranceMode();
 * }</pre>
 */
@OpenEnum
enum FailureToleranceModeSpec {
  /** Concurrency is lowered as instances fail (the default). */
  STRICT_FAILURE_TOLERANCE,
  /** Concurrency stays at the configured level. */
  SOFT_FAILURE_TOLERANCE
}
