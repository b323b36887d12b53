package dev.stacksets.cfn.model;

import dev.stacksets.codegen.OpenEnum;

/**
 * How a stack set gets the permissions to deploy.
 *
 * <p>Open: a value this SDK does not know parses as {@link #UNKNOWN_TO_SDK_VERSION} and the raw string stays
 * readable through the model's {@code ...AsString()} getter. {@link #toString()} returns the wire value.
 *
 * <pre>{@code
 * boolean org = summary.permissionModel() == PermissionModels.SERVICE_MANAGED;
 * }</pre>
 */
@OpenEnum
enum PermissionModelsSpec {
  /** {@code SERVICE_MANAGED}: through AWS Organizations */
  SERVICE_MANAGED,
  /** {@code SELF_MANAGED}: through IAM roles the customer created */
  SELF_MANAGED
}
