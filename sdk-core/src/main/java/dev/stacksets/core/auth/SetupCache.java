package dev.stacksets.core.auth;

import java.util.function.Function;

/**
 * The caching provider of a source for its current setup (a record of what the settings say: a token file and role,
 * an endpoint, a profile's recipe). The same setup gets the same provider, so its cached credentials are reused;
 * another setup (the settings changed) gets a new one. Thread-safe.
 *
 * @param <S> the setup, compared with {@code equals}
 */
final class SetupCache<S> {
  private volatile Entry<S> entry;

  /** The provider for {@code setup}, made by {@code factory} when the setup is new. */
  CredentialsProvider get(S setup, Function<S, CredentialsProvider> factory) {
    Entry<S> e = entry;
    if (e != null && e.setup.equals(setup)) {
      return e.provider;
    }
    synchronized (this) {
      e = entry;
      if (e == null || !e.setup.equals(setup)) {
        e = new Entry<>(setup, factory.apply(setup));
        entry = e;
      }
      return e.provider;
    }
  }

  private record Entry<S>(S setup, CredentialsProvider provider) {}
}
