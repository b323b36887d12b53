package dev.stacksets.cfn.model;

import dev.stacksets.codegen.Model;
import org.jspecify.annotations.Nullable;

/**
 * The result of a stack-set operation in one account and Region, as listed by
 * {@code ListStackSetOperationResults}.
 *
 * <p>Immutable and thread-safe.
 *
 * <pre>{@code
 * for (StackSetOperationResultSummary s : cfn.listStackSetOperationResultsPaginator(r -> r
 *     .stackSetName("my-set").operationId(opId))) {
 *   System.out.println(s.account() + "/" + s.region() + " " + s.statusAsString());
 * }
 * }</pre>
 */
@Model(additionalFields = true)
interface StackSetOperationResultSummarySpec {
  /** The 12-digit account id. */
  @Nullable String account();

  /** The Region, e.g. {@code us-east-1}. */
  @Nullable String region();

  /** The result status in this account and Region. */
  @Nullable StackSetOperationResultStatus status();

  /** Why the result has this status. */
  @Nullable String statusReason();

  /** The account gate result, when a gate ran or was skipped. */
  @Nullable AccountGateResult accountGateResult();

  /** Service-managed stack sets: the organization root or OU id the account was targeted through (may be empty). */
  @Nullable String organizationalUnitId();
}
