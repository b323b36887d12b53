package dev.stacksets.cfn.model;

import dev.stacksets.codegen.Model;
import org.jspecify.annotations.Nullable;

/**
 * The input of {@code DetectStackSetDrift}. {@code stackSetName} is required.
 *
 * <p>{@code operationId} is the call's idempotency key: when it is null the client puts a fresh UUID into the
 * request before sending, so every retry, and a resend after waiting for another operation, carries the same id.
 *
 * <p>Immutable and thread-safe. Validated when sent: a call with a missing or malformed member throws
 * {@link IllegalArgumentException} naming it, and nothing is sent.
 *
 * <pre>{@code
 * DetectStackSetDriftRequest request = DetectStackSetDriftRequest.builder().stackSetName("my-set")
 *     .operationPreferences(p -> p.maxConcurrentPercentage(100)).build();
 * }</pre>
 */
@Model
interface DetectStackSetDriftRequestSpec {
  /** The name or id of the stack set (required). */
  @Nullable String stackSetName();

  /** How the operation rolls out. */
  @Nullable StackSetOperationPreferences operationPreferences();

  /**
   * The id of the operation this call starts and its idempotency key, 1 to 128 characters of
   * {@code [a-zA-Z0-9][-a-zA-Z0-9]*}; null lets the client generate one (a UUID) before sending.
   */
  @Nullable String operationId();

  /** Whether to act as the management account or a delegated administrator. */
  @Nullable CallAs callAs();
}
