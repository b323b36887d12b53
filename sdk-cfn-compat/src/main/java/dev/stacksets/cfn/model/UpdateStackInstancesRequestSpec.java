package dev.stacksets.cfn.model;

import dev.stacksets.codegen.Model;
import dev.stacksets.codegen.Presence;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * The input of {@code UpdateStackInstances}. {@code stackSetName} and at least one Region are required, and
 * exactly one of {@code accounts} (self-managed permissions) and {@code deploymentTargets} (service-managed
 * permissions).
 *
 * <p>{@code operationId} is the call's idempotency key: when it is null the client puts a fresh UUID into the
 * request before sending, so every retry, and a resend after waiting for another operation, carries the same id.
 *
 * <p>Immutable and thread-safe. Validated when sent: a call with a missing or malformed member, or members that
 * the API documents as exclusive, throws {@link IllegalArgumentException} naming them, and nothing is sent.
 *
 * <pre>{@code
 * UpdateStackInstancesRequest request = UpdateStackInstancesRequest.builder()
 *     .stackSetName("my-set")
 *     .deploymentTargets(t -> t.organizationalUnitIds("ou-ab12-cd34ef56"))
 *     .regions("eu-west-1")
 *     .parameterOverrides(Parameter.builder().parameterKey("Size").parameterValue("2").build())
 *     .build();
 * }</pre>
 */
@Model
interface UpdateStackInstancesRequestSpec {
  /** The name or id of the stack set (required). */
  @Nullable String stackSetName();

  /**
   * Self-managed permissions: the 12-digit accounts to update instances in; excludes {@code deploymentTargets}.
   */
  @Presence List<String> accounts();

  /** Service-managed permissions: the accounts and OUs to update instances in; excludes {@code accounts}. */
  @Nullable DeploymentTargets deploymentTargets();

  /** The Regions to update instances in (required, at least one). */
  @Presence List<String> regions();

  /** Parameter values that override the stack set's in these instances. */
  @Presence List<Parameter> parameterOverrides();

  /** How the operation rolls out. */
  @Nullable StackSetOperationPreferences operationPreferences();

  /**
   * The id of the operation this call starts and its idempotency key, 1 to 128 characters of
   * {@code [a-zA-Z0-9][-a-zA-Z0-9]*}; null lets the client generate one (a UUID) before sending.
   */
  @Nullable String operationId();

  /** Whether to act as the management account or a delegated administrator. */
  @Nullable CallAs callAs();
}
