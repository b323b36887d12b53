package dev.stacksets.cfn.model;

import dev.stacksets.codegen.Model;
import dev.stacksets.codegen.Presence;
import dev.stacksets.codegen.Redacted;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * The input of {@code CreateStackSet}. {@code stackSetName} is required, and exactly one template source:
 * {@code templateBody} or {@code templateUrl} (or neither when {@code stackId} imports an existing stack).
 * {@code administrationRoleArn} and {@code executionRoleName} go only with self-managed permissions (the default),
 * {@code autoDeployment} only with {@link PermissionModels#SERVICE_MANAGED}, and {@link CallAs#DELEGATED_ADMIN}
 * only with service-managed permissions.
 *
 * <p>{@code clientRequestToken} is the call's idempotency key: when it is null the client puts a fresh UUID into the
 * request before sending, so every retry carries the same token. {@link #toString()} shows only the length of the
 * template body and masks parameter values.
 *
 * <p>Immutable and thread-safe. Validated when sent: a call with a missing or malformed member, or members that
 * the API documents as exclusive, throws {@link IllegalArgumentException} naming them, and nothing is sent.
 *
 * <pre>{@code
 * CreateStackSetRequest request = CreateStackSetRequest.builder()
 *     .stackSetName("my-set")
 *     .templateUrl("https://s3.amazonaws.com/my-bucket/template.yaml")
 *     .capabilities(Capability.CAPABILITY_IAM)
 *     .build();
 * }</pre>
 */
@Model
interface CreateStackSetRequestSpec {
  /**
   * The new stack set's name (required): a letter, then letters, digits and hyphens, at most 128 characters.
   */
  @Nullable String stackSetName();

  /** A description, 1 to 1024 characters. */
  @Nullable String description();

  /** The template itself; give this or {@code templateUrl}, not both. */
  @Redacted(before = "<", after = " chars>") @Nullable String templateBody();

  /** The URL of the template (wire name {@code TemplateURL}), 1 to 5120 characters; or {@code templateBody}. */
  @Nullable String templateUrl();

  /** The ARN of an existing stack to import into the new stack set. */
  @Nullable String stackId();

  /** The template parameters. */
  @Presence List<Parameter> parameters();

  /** The capabilities the template needs acknowledged. */
  @Presence List<Capability> capabilities();

  /** Tags for the stack set and its stacks, at most 50. */
  @Presence List<Tag> tags();

  /**
   * Self-managed permissions: the administration role's ARN (wire name {@code AdministrationRoleARN}), 20 to 2048
   * characters.
   */
  @Nullable String administrationRoleArn();

  /** Self-managed permissions: the execution role's name in the target accounts, 1 to 64 characters. */
  @Nullable String executionRoleName();

  /** Self-managed (the default) or service-managed permissions. */
  @Nullable PermissionModels permissionModel();

  /** Service-managed permissions: automatic deployment to accounts added to the target OUs. */
  @Nullable AutoDeployment autoDeployment();

  /** Whether to act as the management account or a delegated administrator. */
  @Nullable CallAs callAs();

  /**
   * The idempotency key of this create, 1 to 128 characters of {@code [a-zA-Z0-9][-a-zA-Z0-9]*}; null lets the
   * client generate one (a UUID) before sending.
   */
  @Nullable String clientRequestToken();

  /** Whether CloudFormation runs non-conflicting operations concurrently. */
  @Nullable ManagedExecution managedExecution();
}
