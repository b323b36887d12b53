package dev.stacksets.core.operation;

/**
 * Which cloud service runs a stack-set operation.
 *
 * <p>Immutable and thread-safe.
 *
 * <pre>{@code
 * if (op.provider() == Provider.RFS) { ... }
 * }</pre>
 */
public enum Provider {
  /** Huawei Cloud Resource Formation Service. */
  RFS,
  /** AWS CloudFormation StackSets. */
  CLOUDFORMATION,
  /** AWS Config organization conformance packs (per-account statuses only). */
  CONFIG
}
