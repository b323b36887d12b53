package dev.stacksets.core.operation;

/**
 * The neutral outcome of an operation on one target (an account or domain in one region); the native string is kept
 * beside it ({@link OperationTargetResult#nativeStatus()}).
 *
 * <p>Immutable and thread-safe.
 *
 * <pre>{@code
 * results.stream().filter(r -> r.status() == TargetStatus.FAILED).forEach(System.out::println);
 * }</pre>
 */
public enum TargetStatus {
  /** Not started yet. */
  PENDING,
  /** In progress. */
  RUNNING,
  /** Done. */
  SUCCEEDED,
  /** Failed; see the reason. */
  FAILED,
  /** Cancelled or skipped because the operation stopped or failed elsewhere. */
  CANCELLED,
  /** A native status this SDK version does not know, or one that says nothing about this operation. */
  UNKNOWN
}
