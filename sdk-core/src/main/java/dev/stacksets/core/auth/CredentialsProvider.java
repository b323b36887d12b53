package dev.stacksets.core.auth;

import dev.stacksets.core.internal.util.Require;

/**
 * Supplies credentials. The signing stage asks its provider on <em>every</em> attempt, so a provider that returns
 * rotated keys takes effect on the next request without rebuilding the client.
 *
 * <p>Implementations must be thread-safe.
 *
 * <pre>{@code
 * CredentialsProvider p = CredentialsProvider.of(Credentials.of("AK", "SK"));
 * }</pre>
 */
@FunctionalInterface
public interface CredentialsProvider {

  /**
   * Returns the credentials to sign the next attempt with.
   *
   * @throws CredentialsException when no credentials can be found
   */
  Credentials resolveCredentials();

  /** A provider that always returns the given credentials. */
  static CredentialsProvider of(Credentials credentials) {
    Require.nonNull(credentials, "credentials");
    return new CredentialsProvider() {
      @Override
      public Credentials resolveCredentials() {
        return credentials;
      }

      @Override
      public String toString() {
        return "StaticCredentialsProvider{" + credentials + "}";
      }
    };
  }
}
