package dev.stacksets.core.internal;

/**
 * Whether an operation may be sent again after an attempt whose outcome is unknown (a dropped connection, a 5xx
 * reply, throttling): the pipeline's attempt policy retries according to it.
 *
 * <ul>
 *   <li>{@link #SAFE}: reads (and any call with no effect); retried on every retryable failure.</li>
 *   <li>{@link #IDEMPOTENCY_KEY}: a write carrying a key the service honours, identical on every attempt (the
 *       CloudFormation {@code OperationId} form field, which the marshaller puts into the body once per call; the RFS
 *       {@code Client-Request-Id} header, which the prepare stage fixes once per call): a repeat is recognised as
 *       the same request, so it is retried like a read.</li>
 *   <li>{@link #UNSAFE}: a write that could take effect twice; retried only when the request provably never left
 *       (connection refused, unknown host, connect timeout before a byte was written).</li>
 * </ul>
 */
public enum RetrySafety {
  /** A read: retried on any retryable failure. */
  SAFE,
  /** A write with an idempotency key the service honours, fixed for the call: retried like a read. */
  IDEMPOTENCY_KEY,
  /** A write whose repeat has no further effect: retried like a read. */
  IDEMPOTENT,
  /** A write without such a key: retried only when the request never left. */
  UNSAFE
}
