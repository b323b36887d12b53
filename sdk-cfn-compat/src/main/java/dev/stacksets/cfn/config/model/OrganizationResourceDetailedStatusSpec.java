package dev.stacksets.cfn.config.model;

import dev.stacksets.codegen.OpenEnum;

/**
 * The deployment status of an organization conformance pack in one member account.
 *
 * <p>Open: a value this SDK does not know parses as {@link #UNKNOWN_TO_SDK_VERSION} and the raw string stays
 * readable through the model's {@code ...AsString()} getter. {@link #toString()} returns the wire value.
 *
 * <pre>{@code
 * if (s.status() == OrganizationResourceDetailedStatus.CREATE_FAILED) {
 *   System.err.println(s.accountId() + ": " + s.errorMessage());
 * }
 * }</pre>
 */
@OpenEnum
enum OrganizationResourceDetailedStatusSpec {
  /** {@code CREATE_SUCCESSFUL}: created */
  CREATE_SUCCESSFUL,
  /** {@code CREATE_IN_PROGRESS}: being created */
  CREATE_IN_PROGRESS,
  /** {@code CREATE_FAILED}: creation failed */
  CREATE_FAILED,
  /** {@code DELETE_SUCCESSFUL}: deleted */
  DELETE_SUCCESSFUL,
  /** {@code DELETE_FAILED}: deletion failed */
  DELETE_FAILED,
  /** {@code DELETE_IN_PROGRESS}: being deleted */
  DELETE_IN_PROGRESS,
  /** {@code UPDATE_SUCCESSFUL}: updated */
  UPDATE_SUCCESSFUL,
  /** {@code UPDATE_IN_PROGRESS}: being updated */
  UPDATE_IN_PROGRESS,
  /** {@code UPDATE_FAILED}: the update failed */
  UPDATE_FAILED
}
