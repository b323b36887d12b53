package dev.stacksets.core.internal;

import dev.stacksets.core.auth.Credentials;
import dev.stacksets.core.auth.CredentialsException;
import dev.stacksets.core.auth.CredentialsProvider;
import dev.stacksets.core.auth.RequestSigner;
import dev.stacksets.core.exception.ClientSideException;
import dev.stacksets.core.exception.StackSetsException;
import dev.stacksets.core.http.SdkHttpRequest;
import java.time.Instant;

/**
 * The sign stage, once per attempt: credentials from the provider (asked every time, so rotated keys are used at once)
 * and the service's signer at the given (skew-corrected) time. Also collects the secrets an error reply to this
 * attempt must not show. Immutable and thread-safe.
 *
 * <p>A provider failure ends the call with its context: a {@link CredentialsException} stays one (with the client
 * request id and the attempts sent so far), anything else becomes a non-retryable {@link ClientSideException} with the
 * failure as cause; the failure of the attempt before, if any, is added as suppressed so it is not lost.
 */
final class AttemptSigner {
  private final String serviceName;
  private final CredentialsProvider credentials;
  private final RequestSigner signer;

  AttemptSigner(String serviceName, CredentialsProvider credentials, RequestSigner signer) {
    this.serviceName = serviceName;
    this.credentials = credentials;
    this.signer = signer;
  }

  /** One signed attempt and the secrets an error reply to it must not show. */
  record Signed(SdkHttpRequest request, EchoedSecrets secrets) {}

  Signed sign(String operation, SdkHttpRequest request, Instant signingTime, String clientRequestId, int attempt,
      StackSetsException previousFailure) {
    int sent = attempt - 1;
    Credentials resolved;
    try {
      resolved = credentials.resolveCredentials();
    } catch (CredentialsException e) {
      throw withPrevious(new CredentialsException(e.getMessage() + CallFailures.context(clientRequestId, sent), e,
          clientRequestId, sent), previousFailure);
    } catch (RuntimeException e) {
      throw withPrevious(new ClientSideException(serviceName + " " + operation
          + ": the credentials provider failed: " + CallFailures.describe(e)
          + CallFailures.context(clientRequestId, sent), e, clientRequestId, sent, false), previousFailure);
    }
    if (resolved == null) {
      throw withPrevious(new ClientSideException(serviceName + ": the credentials provider returned null"
          + CallFailures.context(clientRequestId, sent), null, clientRequestId, sent, false), previousFailure);
    }
    SdkHttpRequest signed = signer.sign(request, resolved, signingTime);
    return new Signed(signed, EchoedSecrets.of(signed, resolved));
  }

  private static ClientSideException withPrevious(ClientSideException e, StackSetsException previousFailure) {
    if (previousFailure != null) {
      e.addSuppressed(previousFailure);
    }
    return e;
  }
}
