package dev.stacksets.rfs.model;

import dev.stacksets.codegen.OpenEnum;

/**
 * How {@code domain_ids} combine with organizational units in a SERVICE_MANAGED deployment target (server-owned, open).
 *
 * <p>Immutable and thread-safe.
 *
 * <pre>{@code
 * DomainIdFilterType t = targets.domainIdFilterType();
 * }</pre>
 */
@OpenEnum
enum DomainIdFilterTypeSpec {
  /** Only the listed accounts of the OUs. */
  INTERSECTION,
  /** The OUs' accounts except the listed ones. */
  DIFFERENCE,
  /** The OUs' accounts plus the listed ones. */
  UNION,
  /** All accounts of the OUs; no domain ids (the default). */
  NONE
}
