package dev.stacksets.cfn.model;

import dev.stacksets.codegen.Model;
import org.jspecify.annotations.Nullable;

/**
 * The result of the account gate function CloudFormation calls, if configured, before an operation runs in an
 * account and Region.
 *
 * <p>Immutable and thread-safe.
 *
 * <pre>{@code
 * AccountGateResult gate = summary.accountGateResult();
 * if (gate != null && gate.status() == AccountGateStatus.FAILED) { ... }
 * }</pre>
 */
@Model(additionalFields = true)
interface AccountGateResultSpec {
  /** The gate's status. */
  @Nullable AccountGateStatus status();

  /** Why the gate has this status. */
  @Nullable String statusReason();
}
