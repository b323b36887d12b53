package dev.stacksets.core.auth;

/**
 * A provider that can say "not here, because ..." without throwing, so a chain can try it on every attempt cheaply
 * and, when nothing is found, list every source with its reason. A misconfiguration (a malformed file, half of a key
 * pair) is a reason too, named in the failure of the chain. Implementations are immutable or thread-safe.
 */
abstract class CredentialSource implements CredentialsProvider {

  /** The credentials, or a reason (holding no secret) why this source has none. Never throws for "not found". */
  abstract Lookup lookup();

  /** What this source reads, e.g. {@code environment variables AWS_ACCESS_KEY_ID, AWS_SECRET_ACCESS_KEY}. */
  abstract String description();

  /**
   * Returns the credentials this source holds now.
   *
   * @throws CredentialsException naming the source and why it has none (never a secret)
   */
  @Override
  public final Credentials resolveCredentials() {
    Lookup l = lookup();
    if (l.credentials() != null) {
      return l.credentials();
    }
    throw new CredentialsException("no credentials in " + description() + ": " + l.problem(), l.cause());
  }

  /**
   * The outcome of one lookup: credentials, or why there are none.
   *
   * @param credentials the credentials found, or null
   * @param problem     why there are none (no secret in it), or null when found
   * @param cause       an underlying failure (e.g. an I/O error), or null
   */
  record Lookup(Credentials credentials, String problem, Throwable cause) {
    static Lookup found(Credentials c) {
      return new Lookup(c, null, null);
    }

    static Lookup missing(String problem) {
      return new Lookup(null, problem, null);
    }

    static Lookup failed(String problem, Throwable cause) {
      return new Lookup(null, problem, cause);
    }
  }
}
