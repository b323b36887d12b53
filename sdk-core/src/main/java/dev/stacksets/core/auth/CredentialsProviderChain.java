package dev.stacksets.core.auth;

import dev.stacksets.core.internal.util.Require;
import java.util.ArrayList;
import java.util.List;

/**
 * Asks its providers in order, on every call, and returns the first credentials found. When none has any, the
 * {@link CredentialsException} lists every source tried and why each had nothing (never a secret), e.g.
 *
 * <pre>
 * no AWS credentials found; tried:
 *   1. system properties aws.accessKeyId, aws.secretAccessKey (and aws.sessionToken): not set
 *   2. environment variables AWS_ACCESS_KEY_ID, AWS_SECRET_ACCESS_KEY (and AWS_SESSION_TOKEN): AWS_ACCESS_KEY_ID is set but AWS_SECRET_ACCESS_KEY is not
 *   3. profile 'default' of /home/me/.aws/credentials and /home/me/.aws/config: /home/me/.aws/credentials does not exist; ...
 * </pre>
 *
 * <p>The SDK's own sources answer "not here" without throwing, so trying them on every request is cheap. Any other
 * provider that throws a {@link CredentialsException} counts as "not here" and its message is listed; other
 * exceptions propagate.
 *
 * <p>Immutable and thread-safe when its providers are.
 *
 * <pre>{@code
 * CredentialsProvider p = CredentialsProviderChain.of("Huawei Cloud",
 *     EnvironmentCredentialsProvider.huawei(), ProfileCredentialsProvider.huawei());
 * }</pre>
 */
public final class CredentialsProviderChain implements CredentialsProvider {
  private final String name;
  private final List<CredentialsProvider> providers;

  private CredentialsProviderChain(String name, List<CredentialsProvider> providers) {
    this.name = name;
    this.providers = providers;
  }

  /**
   * A chain of the given providers, tried in order.
   *
   * @param name      what the credentials are for, used in the failure message (e.g. {@code AWS})
   * @param providers at least one provider
   */
  public static CredentialsProviderChain of(String name, CredentialsProvider... providers) {
    return of(name, List.of(Require.noNullElements(providers, "providers")));
  }

  /** A chain of the given providers, tried in order; see {@link #of(String, CredentialsProvider...)}. */
  public static CredentialsProviderChain of(String name, List<? extends CredentialsProvider> providers) {
    Require.nonNull(name, "name");
    List<CredentialsProvider> copy = List.copyOf(Require.noNullElements(providers, "providers"));
    if (copy.isEmpty()) {
      throw new IllegalArgumentException("providers must not be empty");
    }
    return new CredentialsProviderChain(name, copy);
  }

  /** The providers, in the order they are asked. */
  public List<CredentialsProvider> providers() {
    return providers;
  }

  @Override
  public Credentials resolveCredentials() {
    List<String> tried = null;
    Throwable firstCause = null;
    for (CredentialsProvider p : providers) {
      if (p instanceof CredentialSource) {
        CredentialSource s = (CredentialSource) p;
        CredentialSource.Lookup l = s.lookup();
        if (l.credentials() != null) {
          return l.credentials();
        }
        tried = note(tried, s.description() + ": " + l.problem());
        firstCause = firstCause != null ? firstCause : l.cause();
        continue;
      }
      try {
        Credentials c = p.resolveCredentials();
        if (c != null) {
          return c;
        }
        tried = note(tried, p + ": returned no credentials");
      } catch (CredentialsException e) {
        tried = note(tried, e.getMessage());
        firstCause = firstCause != null ? firstCause : e;
      }
    }
    StringBuilder sb = new StringBuilder("no ").append(name).append(" credentials found; tried:");
    for (int i = 0; i < tried.size(); i++) {
      sb.append("\n  ").append(i + 1).append(". ").append(tried.get(i));
    }
    throw new CredentialsException(sb.toString(), firstCause);
  }

  private static List<String> note(List<String> tried, String line) {
    List<String> t = tried != null ? tried : new ArrayList<>();
    t.add(line);
    return t;
  }

  @Override
  public String toString() {
    return "CredentialsProviderChain{" + name + ", " + providers + "}";
  }
}
