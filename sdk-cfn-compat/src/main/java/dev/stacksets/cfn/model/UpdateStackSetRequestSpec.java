package dev.stacksets.cfn.model;

import dev.stacksets.codegen.Model;
import dev.stacksets.codegen.Presence;
import dev.stacksets.codegen.Redacted;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * The input of {@code UpdateStackSet}. {@code stackSetName} is required, and exactly one of {@code templateBody},
 * {@code templateUrl} and {@code usePreviousTemplate(true)}. {@code accounts} (self-managed) and
 * {@code deploymentTargets} (service-managed) exclude each other; {@code accounts} and {@code regions} go together;
 * {@code autoDeployment} excludes {@code deploymentTargets} and {@code regions}. When {@code permissionModel} is
 * given, the members of the other permission model are refused.
 *
 * <p>{@code operationId} is the call's idempotency key: when it is null the client puts a fresh UUID into the
 * request before sending, so every retry, and a resend after waiting for another operation, carries the same id.
 * {@link #toString()} shows only the length of the template body and masks parameter values.
 *
 * <p>Immutable and thread-safe. Validated when sent: a call with a missing or malformed member, or members that
 * the API documents as exclusive, throws {@link IllegalArgumentException} naming them, and nothing is sent.
 *
 * <pre>{@code
 * UpdateStackSetRequest request = UpdateStackSetRequest.builder()
 *     .stackSetName("my-set")
 *     .usePreviousTemplate(true)
 *     .parameters(Parameter.builder().parameterKey("Env").parameterValue("prod").build())
 *     .operationPreferences(p -> p.maxConcurrentPercentage(50).failureTolerancePercentage(10))
 *     .build();
 * }</pre>
 */
@Model
interface UpdateStackSetRequestSpec {
  /** The name or id of the stack set (required). */
  @Nullable String stackSetName();

  /** A description of the update, 1 to 1024 characters. */
  @Nullable String description();

  /** The new template; or {@code templateUrl}, or {@code usePreviousTemplate(true)}. */
  @Redacted(before = "<", after = " chars>") @Nullable String templateBody();

  /** The URL of the new template (wire name {@code TemplateURL}), 1 to 5120 characters. */
  @Nullable String templateUrl();

  /** Keep the current template; or give {@code templateBody} or {@code templateUrl}. */
  @Nullable Boolean usePreviousTemplate();

  /** The template parameters. */
  @Presence List<Parameter> parameters();

  /** The capabilities the template needs acknowledged. */
  @Presence List<Capability> capabilities();

  /** The stack set's tags (replacing the current ones), at most 50; an empty list removes them all. */
  @Presence List<Tag> tags();

  /** How the operation rolls out. */
  @Nullable StackSetOperationPreferences operationPreferences();

  /**
   * Self-managed permissions: the administration role's ARN (wire name {@code AdministrationRoleARN}), 20 to 2048
   * characters.
   */
  @Nullable String administrationRoleArn();

  /** Self-managed permissions: the execution role's name in the target accounts, 1 to 64 characters. */
  @Nullable String executionRoleName();

  /** Service-managed permissions: the accounts and OUs whose instances to update; excludes {@code accounts}. */
  @Nullable DeploymentTargets deploymentTargets();

  /** Self-managed or service-managed permissions (cannot change while the stack set has instances). */
  @Nullable PermissionModels permissionModel();

  /** Service-managed permissions: automatic deployment settings. */
  @Nullable AutoDeployment autoDeployment();

  /**
   * The id of the operation this update starts and its idempotency key, 1 to 128 characters of
   * {@code [a-zA-Z0-9][-a-zA-Z0-9]*}; null lets the client generate one (a UUID) before sending.
   */
  @Nullable String operationId();

  /** Self-managed permissions: the 12-digit accounts whose instances to update (with {@code regions}). */
  @Presence List<String> accounts();

  /** The Regions whose instances to update. */
  @Presence List<String> regions();

  /** Whether to act as the management account or a delegated administrator. */
  @Nullable CallAs callAs();

  /** Whether CloudFormation runs non-conflicting operations concurrently. */
  @Nullable ManagedExecution managedExecution();
}
