package dev.stacksets.cfn.model;

import dev.stacksets.codegen.Model;
import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * One stack instance (a stack set in one account and Region), as listed by {@code ListStackInstances}. Every
 * field may be absent: a suspended account, for example, has no stack id.
 *
 * <p>Immutable and thread-safe.
 *
 * <pre>{@code
 * for (StackInstanceSummary i : cfn.listStackInstancesPaginator(r -> r.stackSetName("my-set"))) {
 *   System.out.println(i.account() + "/" + i.region() + " " + i.statusAsString());
 * }
 * }</pre>
 */
@Model(additionalFields = true)
interface StackInstanceSummarySpec {
  /** The id of the stack set. */
  @Nullable String stackSetId();

  /** The Region. */
  @Nullable String region();

  /** The 12-digit account id. */
  @Nullable String account();

  /** The id of the stack in that account and Region. */
  @Nullable String stackId();

  /** Whether the instance is up to date. */
  @Nullable StackInstanceStatus status();

  /** Why the instance has this status. */
  @Nullable String statusReason();

  /** The detailed status. */
  @Nullable StackInstanceComprehensiveStatus stackInstanceStatus();

  /** Service-managed: the OU the account was targeted through (may be empty). */
  @Nullable String organizationalUnitId();

  /** The drift status of the instance's stack. */
  @Nullable StackDriftStatus driftStatus();

  /** When drift detection last ran on the instance. */
  @Nullable Instant lastDriftCheckTimestamp();

  /** The id of the last operation that touched the instance. */
  @Nullable String lastOperationId();
}
