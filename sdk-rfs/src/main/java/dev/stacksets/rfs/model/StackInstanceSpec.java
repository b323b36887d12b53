package dev.stacksets.rfs.model;

import dev.stacksets.codegen.Model;
import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * A stack instance: the stack of one stack set in one region of one member account. ListStackInstances and ShowStackInstance fill the same fields; ShowStackInstance adds {@link #varOverrides()}.
 *
 * <p>Immutable and thread-safe. Collections are copied in and unmodifiable out.
 *
 * <pre>{@code
 * for (StackInstance i : rfs.listStackInstancesPaginator(r -> r.stackSetName("my_stack_set"))) {
 *   System.out.println(i.region() + "/" + i.stackDomainId() + " " + i.status());
 * }
 * }</pre>
 */
@Model(additionalFields = true)
interface StackInstanceSpec {
  /** Id of the stack set ({@code stack_set_id}). */
  @Nullable String stackSetId();

  /** Name of the stack set ({@code stack_set_name}). */
  @Nullable String stackSetName();

  /** Status ({@code status}). */
  @Nullable StackInstanceStatus status();

  /** Short error summary when the status is INOPERABLE or OPERATION_FAILED ({@code status_message}). */
  @Nullable String statusMessage();

  /** Id of the instance's stack ({@code stack_id}). */
  @Nullable String stackId();

  /** Name of the instance's stack ({@code stack_name}). */
  @Nullable String stackName();

  /** The member account (domain) id of the stack ({@code stack_domain_id}). */
  @Nullable String stackDomainId();

  /** The last operation that deployed this instance ({@code latest_stack_set_operation_id}). */
  @Nullable String latestStackSetOperationId();

  /** The region of the stack ({@code region}). */
  @Nullable String region();

  /** When it was created ({@code create_time}). */
  @Nullable Instant createTime();

  /** When it was last updated ({@code update_time}). */
  @Nullable Instant updateTime();

  /** ShowStackInstance only: the variable overrides ({@code var_overrides}). */
  @Nullable VarOverrides varOverrides();
}
