package dev.stacksets.rfs.model;

import dev.stacksets.codegen.OpenEnum;

/**
 * How an operation proceeds across regions (server-owned, open).
 *
 * <p>Immutable and thread-safe.
 *
 * <pre>{@code
 * RegionConcurrencyType t = preferences.regionConcurrencyType();
 * }</pre>
 */
@OpenEnum
enum RegionConcurrencyTypeSpec {
  /** One region after the other (the default). */
  SEQUENTIAL,
  /** All regions at once. */
  PARALLEL
}
