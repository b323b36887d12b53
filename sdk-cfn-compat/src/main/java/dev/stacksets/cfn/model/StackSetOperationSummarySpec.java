package dev.stacksets.cfn.model;

import dev.stacksets.codegen.Model;
import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * One stack-set operation, as listed by {@code ListStackSetOperations}.
 *
 * <p>Immutable and thread-safe.
 *
 * <pre>{@code
 * for (StackSetOperationSummary op : cfn.listStackSetOperationsPaginator(r -> r.stackSetName("my-set"))) {
 *   System.out.println(op.operationId() + " " + op.action() + " " + op.statusAsString());
 * }
 * }</pre>
 */
@Model(additionalFields = true)
interface StackSetOperationSummarySpec {
  /** The operation id. */
  @Nullable String operationId();

  /** What the operation does. */
  @Nullable StackSetOperationAction action();

  /** The operation's status. */
  @Nullable StackSetOperationStatus status();

  /** When the operation was requested. */
  @Nullable Instant creationTimestamp();

  /** When the operation ended (terminal states only). */
  @Nullable Instant endTimestamp();

  /** Why the operation has this status. */
  @Nullable String statusReason();

  /** Progress counts. */
  @Nullable StackSetOperationStatusDetails statusDetails();

  /** The operation's rollout preferences. */
  @Nullable StackSetOperationPreferences operationPreferences();
}
