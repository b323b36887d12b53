package dev.stacksets.cfn.model;

import dev.stacksets.codegen.OpenEnum;

/**
 * How the failure tolerance interacts with the maximum concurrency of an operation.
 *
 * <p>Open: a value this SDK does not know parses as {@link #UNKNOWN_TO_SDK_VERSION} and the raw string stays
 * readable through the model's {@code ...AsString()} getter. {@link #toString()} returns the wire value.
 *
 * <pre>{@code
 * ConcurrencyMode m = operation.operationPreferences().concurrencyMode();
 * }</pre>
 */
@OpenEnum
enum ConcurrencyModeSpec {
  /** {@code STRICT_FAILURE_TOLERANCE}: concurrency is lowered as failures approach the tolerance */
  STRICT_FAILURE_TOLERANCE,
  /** {@code SOFT_FAILURE_TOLERANCE}: concurrency stays at the configured value regardless of failures */
  SOFT_FAILURE_TOLERANCE
}
