package dev.stacksets.cfn.model;

import dev.stacksets.codegen.Model;
import dev.stacksets.codegen.Presence;
import dev.stacksets.codegen.Redacted;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * The full description of a stack set, as returned by {@code DescribeStackSet}. {@link #toString()} shows only
 * the length of the template body.
 *
 * <p>Immutable and thread-safe. Lists are copied in and unmodifiable out; a list getter returns an empty list
 * when the list was absent.
 *
 * <pre>{@code
 * StackSet s = cfn.describeStackSet(r -> r.stackSetName("my-set")).stackSet();
 * System.out.println(s.stackSetArn() + " " + s.regions());
 * }</pre>
 */
@Model(additionalFields = true)
interface StackSetSpec {
  /** The name. */
  @Nullable String stackSetName();

  /** The id, {@code name:uuid}. */
  @Nullable String stackSetId();

  /** The description. */
  @Nullable String description();

  /** Active or deleted. */
  @Nullable StackSetStatus status();

  /** The template. */
  @Redacted(before = "<", after = " chars>") @Nullable String templateBody();

  /** The template parameters. */
  @Presence List<Parameter> parameters();

  /** The acknowledged capabilities. */
  @Presence List<Capability> capabilities();

  /** The tags. */
  @Presence List<Tag> tags();

  /** The stack set's ARN (wire name {@code StackSetARN}). */
  @Nullable String stackSetArn();

  /** The administration role ARN (wire name {@code AdministrationRoleARN}). */
  @Nullable String administrationRoleArn();

  /** The execution role name used in target accounts. */
  @Nullable String executionRoleName();

  /** The drift details of the last drift detection. */
  @Nullable StackSetDriftDetectionDetails stackSetDriftDetectionDetails();

  /** Service-managed: automatic deployment settings. */
  @Nullable AutoDeployment autoDeployment();

  /** Service-managed or self-managed permissions. */
  @Nullable PermissionModels permissionModel();

  /** Service-managed: the target OU ids. */
  @Presence List<String> organizationalUnitIds();

  /** Managed execution settings. */
  @Nullable ManagedExecution managedExecution();

  /** The Regions of the stack set's instances. */
  @Presence List<String> regions();
}
