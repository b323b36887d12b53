package dev.stacksets.rfs.model;

import dev.stacksets.codegen.Model;
import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * A stack-set operation. ListStackSetOperations fills the summary fields; ShowStackSetOperationMetadata also fills the agency names, deployment targets and operation preferences (null in list results). The id is {@code operation_id} in lists and {@code stack_set_operation_id} in metadata; both are {@link #operationId()}.
 *
 * <p>Immutable and thread-safe. Collections are copied in and unmodifiable out.
 *
 * <pre>{@code
 * StackSetOperation op = rfs.showStackSetOperationMetadata(r -> r
 *     .stackSetName("my_stack_set").operationId(id)).stackSetOperation();
 * if (op.status() == OperationStatus.OPERATION_FAILED) {
 *   System.err.println(op.statusMessage());
 * }
 * }</pre>
 */
@Model(additionalFields = true)
interface StackSetOperationSpec {
  /** The operation id ({@code operation_id} in lists, {@code stack_set_operation_id} in metadata). */
  @Nullable String operationId();

  /** Id of the stack set ({@code stack_set_id}). */
  @Nullable String stackSetId();

  /** Name of the stack set ({@code stack_set_name}). */
  @Nullable String stackSetName();

  /** What the operation does ({@code action}). */
  @Nullable Action action();

  /** Status ({@code status}). */
  @Nullable OperationStatus status();

  /** Why the operation failed, when it did ({@code status_message}). */
  @Nullable String statusMessage();

  /** When it was created ({@code create_time}). */
  @Nullable Instant createTime();

  /** When it was last updated ({@code update_time}). */
  @Nullable Instant updateTime();

  /** Metadata only: administration agency name ({@code administration_agency_name}). */
  @Nullable String administrationAgencyName();

  /** Metadata only: administration agency URN ({@code administration_agency_urn}). */
  @Nullable String administrationAgencyUrn();

  /** Metadata only: managed agency name ({@code managed_agency_name}). */
  @Nullable String managedAgencyName();

  /** Metadata only: the targets ({@code deployment_targets}). */
  @Nullable DeploymentTargets deploymentTargets();

  /** Metadata only: the preferences ({@code operation_preferences}). */
  @Nullable OperationPreferences operationPreferences();
}
