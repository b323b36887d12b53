package dev.stacksets.rfs.model;

import org.jspecify.annotations.Nullable;

/** The parameters every write request shares after its own: written once. */
interface WriteParameters {
  /**
   * The call identity ({@code call_identity}: in the body, or the query for DeleteStackSet); only meaningful for
   * SERVICE_MANAGED stack sets. Null for the service default ({@code SELF}).
   */
  @Nullable CallIdentity callIdentity();

  /**
   * The {@code Client-Request-Id} header, the write's idempotency key: the service answers a repeat of the same
   * write with the same id by the first reply, without a second effect. Null to have the client generate a UUID once,
   * before the call; it is fixed for the whole call, so every retry and every resend after waiting its turn carries
   * the same id (and the reply's {@code responseMetadata().clientRequestId()} tells it). Give your own to make a
   * write idempotent across calls, e.g. after a crash. Checked when sent: at most 128 printable ASCII characters
   * without spaces.
   */
  @Nullable String clientRequestId();
}
