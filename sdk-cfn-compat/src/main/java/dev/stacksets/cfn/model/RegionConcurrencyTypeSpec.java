package dev.stacksets.cfn.model;

import dev.stacksets.codegen.OpenEnum;

/**
 * Whether an operation deploys to Regions one at a time or in parallel.
 *
 * <p>Open: a value this SDK does not know parses as {@link #UNKNOWN_TO_SDK_VERSION} and the raw string stays
 * readable through the model's {@code ...AsString()} getter. {@link #toString()} returns the wire value.
 *
 * <pre>{@code
 * RegionConcurrencyType t = operation.operationPreferences().regionConcurrencyType();
 * }</pre>
 */
@OpenEnum
enum RegionConcurrencyTypeSpec {
  /** {@code SEQUENTIAL}: one Region at a time */
  SEQUENTIAL,
  /** {@code PARALLEL}: all Regions at once */
  PARALLEL
}
