package dev.stacksets.rfs.model;

import org.jspecify.annotations.Nullable;

/** The parameters the three Show requests share after their own: written once. */
interface CallParameters {
  /**
   * The call identity (query {@code call_identity}); only meaningful for SERVICE_MANAGED stack sets. Null for the
   * service default ({@code SELF}).
   */
  @Nullable CallIdentity callIdentity();

  /**
   * The {@code Client-Request-Id} header to send (the service wants a unique id per request; a UUID is recommended).
   * Null to have the SDK generate a fresh UUID per call; the same id is kept on every retry of one call. Checked when
   * sent: at most 128 printable ASCII characters without spaces.
   */
  @Nullable String clientRequestId();
}
