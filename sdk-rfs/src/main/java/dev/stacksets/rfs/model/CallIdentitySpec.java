package dev.stacksets.rfs.model;

import dev.stacksets.codegen.OpenEnum;

/**
 * Whether a SERVICE_MANAGED call is made as the organization's management account or as a delegated administrator. Sent as {@code call_identity}; open like the server-owned enums, but {@link #UNKNOWN_TO_SDK_VERSION} cannot be sent.
 *
 * <p>Immutable and thread-safe.
 *
 * <pre>{@code
 * rfs.listStackSets(r -> r.callIdentity(CallIdentity.DELEGATED_ADMIN));
 * }</pre>
 */
@OpenEnum
enum CallIdentitySpec {
  /** Invoked as the management account (the default). */
  SELF,
  /** Invoked as a delegated administrator account. */
  DELEGATED_ADMIN
}
