package dev.stacksets.cfn.config.model;

import dev.stacksets.codegen.OpenEnum;

/**
 * The deployment status of an organization conformance pack across the organization: successful only once every
 * member account (but the excluded ones) has it.
 *
 * <p>Open: a value this SDK does not know parses as {@link #UNKNOWN_TO_SDK_VERSION} and the raw string stays
 * readable through the model's {@code ...AsString()} getter. {@link #toString()} returns the wire value.
 *
 * <pre>{@code
 * if (s.status() == OrganizationResourceStatus.CREATE_FAILED) {
 *   System.err.println(s.organizationConformancePackName() + ": " + s.errorMessage());
 * }
 * }</pre>
 */
@OpenEnum
enum OrganizationResourceStatusSpec {
  /** {@code CREATE_SUCCESSFUL}: created in all member accounts */
  CREATE_SUCCESSFUL,
  /** {@code CREATE_IN_PROGRESS}: being created */
  CREATE_IN_PROGRESS,
  /** {@code CREATE_FAILED}: creation failed in one or more member accounts */
  CREATE_FAILED,
  /** {@code DELETE_SUCCESSFUL}: deleted from all member accounts */
  DELETE_SUCCESSFUL,
  /** {@code DELETE_FAILED}: deletion failed in one or more member accounts */
  DELETE_FAILED,
  /** {@code DELETE_IN_PROGRESS}: being deleted */
  DELETE_IN_PROGRESS,
  /** {@code UPDATE_SUCCESSFUL}: updated in all member accounts */
  UPDATE_SUCCESSFUL,
  /** {@code UPDATE_IN_PROGRESS}: being updated */
  UPDATE_IN_PROGRESS,
  /** {@code UPDATE_FAILED}: the update failed in one or more member accounts */
  UPDATE_FAILED
}
