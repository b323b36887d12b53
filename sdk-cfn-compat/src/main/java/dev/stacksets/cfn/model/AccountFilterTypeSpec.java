package dev.stacksets.cfn.model;

import dev.stacksets.codegen.OpenEnum;

/**
 * How the accounts of {@code DeploymentTargets} combine with its organizational units.
 *
 * <p>Open: a value this SDK does not know parses as {@link #UNKNOWN_TO_SDK_VERSION} and the raw string stays
 * readable through the model's {@code ...AsString()} getter. {@link #toString()} returns the wire value.
 *
 * <pre>{@code
 * AccountFilterType f = operation.deploymentTargets().accountFilterType();
 * }</pre>
 */
@OpenEnum
enum AccountFilterTypeSpec {
  /** {@code NONE}: deploy to every account of the OUs */
  NONE,
  /** {@code INTERSECTION}: only the listed accounts that are in the OUs */
  INTERSECTION,
  /** {@code DIFFERENCE}: the OUs' accounts except the listed ones */
  DIFFERENCE,
  /** {@code UNION}: the OUs' accounts plus the listed ones */
  UNION
}
