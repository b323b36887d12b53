package dev.stacksets.core.auth;

import dev.stacksets.core.internal.util.Require;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.locks.ReentrantLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Keeps the credentials of a slow or rate-limited provider (a token service, instance metadata) and asks it again
 * only when they are about to expire.
 *
 * <ul>
 *   <li>Credentials with an {@link Credentials#expiration() expiration} are refreshed from {@code refreshBefore}
 *       (default 5 minutes) ahead of it. During that window one caller refreshes while the others keep using the
 *       cached credentials; if the refresh fails, the cached ones are used (and a refresh tried again ten seconds
 *       later) until one minute before expiry, after which callers wait for a refresh and see its failure.</li>
 *   <li>Credentials without an expiration are asked for again after {@code maxAge} (default 15 minutes), so keys
 *       rotated at the source are picked up; if that refresh fails the cached ones stay in use.</li>
 *   <li>The first call, and any call after the cache is unusable, waits for the provider; concurrent callers share
 *       one refresh.</li>
 * </ul>
 *
 * <p>Thread-safe.
 *
 * <pre>{@code
 * CredentialsProvider sts = CachingCredentialsProvider.builder(myAssumeRoleProvider)
 *     .refreshBefore(Duration.ofMinutes(10))
 *     .build();
 * }</pre>
 */
public final class CachingCredentialsProvider implements CredentialsProvider {
  private static final Logger LOG = LoggerFactory.getLogger(CachingCredentialsProvider.class);
  /** Expiring credentials are not handed out in their last minute: a request signed then may arrive too late. */
  static final Duration STALE_MARGIN = Duration.ofMinutes(1);
  /** After a failed refresh in the refresh window, the next try comes this much later. */
  static final Duration RETRY_AFTER_FAILURE = Duration.ofSeconds(10);

  private final CredentialsProvider delegate;
  private final Duration refreshBefore;
  private final Duration maxAge;
  private final Clock clock;
  private final ReentrantLock lock = new ReentrantLock();
  private volatile Cached cached;

  private CachingCredentialsProvider(Builder b) {
    this.delegate = b.delegate;
    this.refreshBefore = b.refreshBefore;
    this.maxAge = b.maxAge;
    this.clock = b.clock;
  }

  /** Caches {@code delegate}'s credentials with the default timings. */
  public static CachingCredentialsProvider of(CredentialsProvider delegate) {
    return builder(delegate).build();
  }

  /** A builder caching {@code delegate}'s credentials. */
  public static Builder builder(CredentialsProvider delegate) {
    return new Builder(Require.nonNull(delegate, "delegate"));
  }

  @Override
  public Credentials resolveCredentials() {
    Cached c = cached;
    Instant now = clock.instant();
    if (c != null && now.isBefore(c.refreshAt)) {
      return c.credentials;
    }
    if (c != null && now.isBefore(c.staleAt)) {
      // refresh window: one caller refreshes, everybody else keeps the still-valid credentials
      if (lock.tryLock()) {
        try {
          if (cached == c) {
            try {
              return refresh().credentials;
            } catch (RuntimeException e) {
              LOG.warn("credentials refresh failed; using the cached credentials until {}: {}", c.staleAt,
                  e.toString());
              cached = c.retryAfterFailure(clock.instant());
            }
          }
        } finally {
          lock.unlock();
        }
      }
      return cached.credentials;
    }
    lock.lock();
    try {
      Cached again = cached;
      if (again != null && again != c && clock.instant().isBefore(again.staleAt)) {
        return again.credentials; // another caller refreshed while we waited
      }
      return refresh().credentials;
    } finally {
      lock.unlock();
    }
  }

  private Cached refresh() {
    Credentials fresh = delegate.resolveCredentials();
    if (fresh == null) {
      throw new CredentialsException("the credentials provider returned null: " + delegate);
    }
    Instant now = clock.instant();
    Cached next;
    if (fresh.expiration() == null) {
      next = new Cached(fresh, now.plus(maxAge), Instant.MAX);
    } else {
      Instant stale = fresh.expiration().minus(STALE_MARGIN);
      Instant refreshAt = fresh.expiration().minus(refreshBefore);
      // credentials already inside their refresh window are used but asked for again on every call
      next = new Cached(fresh, refreshAt.isAfter(now) ? refreshAt : now, stale.isAfter(now) ? stale : now);
    }
    cached = next;
    return next;
  }

  @Override
  public String toString() {
    return "CachingCredentialsProvider{delegate=" + delegate + ", refreshBefore=" + refreshBefore + ", maxAge="
        + maxAge + "}";
  }

  private record Cached(Credentials credentials, Instant refreshAt, Instant staleAt) {
    /** After a failed refresh: keep the credentials and try again a little later (never after they go stale). */
    Cached retryAfterFailure(Instant now) {
      Instant next = now.plus(RETRY_AFTER_FAILURE);
      return new Cached(credentials, next.isBefore(staleAt) ? next : staleAt, staleAt);
    }
  }

  /** Mutable builder; not thread-safe. */
  public static final class Builder {
    private final CredentialsProvider delegate;
    private Duration refreshBefore = Duration.ofMinutes(5);
    private Duration maxAge = Duration.ofMinutes(15);
    private Clock clock = Clock.systemUTC();

    private Builder(CredentialsProvider delegate) {
      this.delegate = Require.nonNull(delegate, "delegate");
    }

    /** How long before expiry to start refreshing; default 5 minutes, at least one minute. */
    public Builder refreshBefore(Duration refreshBefore) {
      Require.nonNull(refreshBefore, "refreshBefore");
      if (refreshBefore.compareTo(STALE_MARGIN) < 0) {
        throw new IllegalArgumentException("refreshBefore must be at least " + STALE_MARGIN + ": " + refreshBefore);
      }
      this.refreshBefore = refreshBefore;
      return this;
    }

    /** How long to keep credentials that do not expire before asking again; default 15 minutes. */
    public Builder maxAge(Duration maxAge) {
      Require.nonNull(maxAge, "maxAge");
      if (maxAge.isNegative() || maxAge.isZero()) {
        throw new IllegalArgumentException("maxAge must be positive: " + maxAge);
      }
      this.maxAge = maxAge;
      return this;
    }

    /** The clock expiry is judged by; default UTC system time. */
    public Builder clock(Clock clock) {
      this.clock = Require.nonNull(clock, "clock");
      return this;
    }

    /** Builds the provider. */
    public CachingCredentialsProvider build() {
      return new CachingCredentialsProvider(this);
    }
  }
}
