package dev.stacksets.core.auth;

import dev.stacksets.core.exception.ClientSideException;
import org.jspecify.annotations.Nullable;

/**
 * No usable credentials could be found or read; the message names every source that was tried. Nothing was sent.
 *
 * <p>Immutable and thread-safe.
 *
 * <pre>{@code
 * try {
 *   provider.resolveCredentials();
 * } catch (CredentialsException e) {
 *   System.err.println(e.getMessage());   // lists the sources tried, never a secret
 * }
 * }</pre>
 */
public class CredentialsException extends ClientSideException {
  private static final long serialVersionUID = 1L;

  /** Creates the exception; the message must hold no secret. */
  public CredentialsException(String message) {
    super(message, null, null, 0, false);
  }

  /** Creates the exception with a cause; the message must hold no secret. */
  public CredentialsException(String message, @Nullable Throwable cause) {
    super(message, cause, null, 0, false);
  }

  /**
   * Creates the exception with the context of the call it ended (the pipeline uses this when the provider fails on
   * a later attempt); the message must hold no secret.
   *
   * @param message         what went wrong
   * @param cause           the provider's own failure, may be null
   * @param clientRequestId the call's client request id, or null
   * @param attempts        the attempts the call had sent before the provider failed
   */
  public CredentialsException(String message, @Nullable Throwable cause, @Nullable String clientRequestId,
      int attempts) {
    super(message, cause, clientRequestId, attempts, false);
  }
}
