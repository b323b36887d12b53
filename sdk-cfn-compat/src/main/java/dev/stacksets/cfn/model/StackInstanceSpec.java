package dev.stacksets.cfn.model;

import dev.stacksets.codegen.Model;
import dev.stacksets.codegen.Presence;
import java.time.Instant;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * One stack instance (a stack set in one account and Region) in full, as {@code DescribeStackInstance} returns it:
 * what {@link StackInstanceSummary} lists, plus the instance's parameter overrides. Every field may be absent: a
 * suspended account, for example, has no stack id.
 *
 * <p>Immutable and thread-safe.
 *
 * <pre>{@code
 * StackInstance i = cfn.describeStackInstance(r -> r.stackSetName("my-set").stackInstanceAccount("111122223333")
 *     .stackInstanceRegion("eu-west-1")).stackInstance();
 * System.out.println(i.statusAsString() + " " + i.parameterOverrides());
 * }</pre>
 */
@Model(additionalFields = true)
interface StackInstanceSpec {
  /** The id of the stack set. */
  @Nullable String stackSetId();

  /** The Region. */
  @Nullable String region();

  /** The 12-digit account id. */
  @Nullable String account();

  /** The id of the stack in that account and Region. */
  @Nullable String stackId();

  /** The parameters whose values this instance overrides. */
  @Presence List<Parameter> parameterOverrides();

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
