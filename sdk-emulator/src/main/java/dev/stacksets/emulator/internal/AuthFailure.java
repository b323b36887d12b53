package dev.stacksets.emulator.internal;

/**
 * Why a request's signature was refused.
 *
 * @param kind    the category, which decides the service's error code and status
 * @param message the detail for the service's error message
 */
public record AuthFailure(Kind kind, String message) {
  /** Categories of refusal. */
  public enum Kind {
    /** No Authorization header. */
    MISSING,
    /** Authorization or date header present but malformed or incomplete. */
    MALFORMED,
    /** The access key is not the emulator's. */
    UNKNOWN_KEY,
    /** The security token does not match the emulator's credentials. */
    BAD_TOKEN,
    /** The signature does not verify. */
    BAD_SIGNATURE,
    /** The credential scope names another service. */
    WRONG_SCOPE,
    /** The signing time is more than the allowed skew away from the emulator's clock. */
    EXPIRED
  }
}
