package dev.stacksets.core.auth;

import dev.stacksets.core.http.SdkHttpRequest;
import java.time.Instant;

/**
 * Signs one attempt of a request. The pipeline calls it inside the retry loop, so every attempt carries a fresh
 * timestamp and the credentials the provider returns at that moment. The request it receives already holds the
 * {@code Host} header and the full path that will go on the wire; the signer returns a copy with its own headers
 * added (date, token, {@code Authorization}) and its path in the canonical percent-encoding it signed, so that what
 * is sent is exactly what was signed. Signing the same request again replaces those headers.
 *
 * <p>Implementations must be stateless or thread-safe.
 *
 * <pre>{@code
 * SdkHttpRequest signed = signer.sign(request, credentials, clock.instant());
 * }</pre>
 */
@FunctionalInterface
public interface RequestSigner {

  /**
   * Returns the signed copy of {@code request}.
   *
   * @param request     the request exactly as it will be sent, with a {@code Host} header
   * @param credentials the credentials to sign with
   * @param signingTime the (skew-corrected) time to sign at
   */
  SdkHttpRequest sign(SdkHttpRequest request, Credentials credentials, Instant signingTime);

  /** A signer that adds nothing; for tests of the pipeline only. */
  static RequestSigner unsigned() {
    return (request, credentials, signingTime) -> request;
  }
}
