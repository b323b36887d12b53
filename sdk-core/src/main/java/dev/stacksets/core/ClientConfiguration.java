package dev.stacksets.core;

import dev.stacksets.core.auth.CredentialsProvider;
import dev.stacksets.core.http.ProxyConfiguration;
import dev.stacksets.core.pipeline.AttemptListener;
import dev.stacksets.core.pipeline.RequestHook;
import dev.stacksets.core.retry.RetryPolicy;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import okhttp3.Interceptor;
import okhttp3.OkHttpClient;
import org.jspecify.annotations.Nullable;

/**
 * The settings every service client shares, resolved once when the client is built: endpoint, region, credentials,
 * clock, sleeper, retry policy, timeouts, user-agent suffix, the caller's {@link OkHttpClient} (if any), extra
 * interceptors, request hooks, attempt listeners, whether writes wait their turn and proxy settings. Service clients
 * expose theirs for inspection.
 *
 * <p>Immutable and thread-safe.
 *
 * <pre>{@code
 * ClientConfiguration c = rfs.configuration();
 * System.out.println(c.endpoint() + " " + c.retryPolicy());
 * }</pre>
 *
 * @param endpoint            base URI every request path is appended to
 * @param region              region id, or null when only an endpoint was given
 * @param credentialsProvider asked for credentials on every attempt
 * @param clock               signing time and waiter time
 * @param sleeper             how retries and waiters wait
 * @param retryPolicy         attempts and backoff
 * @param connectTimeout      TCP/TLS connect timeout; null only with an {@code httpClient}, whose own then applies
 * @param readTimeout         socket read and write timeout; null only with an {@code httpClient}, whose own read and
 *                            write timeouts then apply
 * @param callTimeout         total time for one logical call, all attempts and waits included
 * @param userAgentSuffix     appended to the SDK's {@code User-Agent}, or null
 * @param httpClient          the caller's client to derive from, or null for a client of our own
 * @param interceptors        application interceptors added to the derived client, in order
 * @param requestHooks        run before signing, once per call, in order
 * @param attemptListeners    told about every attempt, in order
 * @param waitForTurn         whether a write refused because another operation runs on its stack set waits for it
 *                            and is sent again (default {@link WaitForTurn#never()})
 * @param proxy               the proxy settings put on the derived OkHttp client, or null to leave that client's own
 */
public record ClientConfiguration(
    URI endpoint,
    @Nullable String region,
    CredentialsProvider credentialsProvider,
    Clock clock,
    Sleeper sleeper,
    RetryPolicy retryPolicy,
    @Nullable Duration connectTimeout,
    @Nullable Duration readTimeout,
    Duration callTimeout,
    @Nullable String userAgentSuffix,
    @Nullable OkHttpClient httpClient,
    List<Interceptor> interceptors,
    List<RequestHook> requestHooks,
    List<AttemptListener> attemptListeners,
    WaitForTurn waitForTurn,
    @Nullable ProxyConfiguration proxy) {

  /**
   * Checks the required settings and copies the interceptor list (null means none).
   *
   * @throws IllegalArgumentException naming a required setting that is null (a connect or read timeout may be null
   *     when an {@code httpClient} is given), or a timeout that is not positive
   */
  public ClientConfiguration {
    required(endpoint, "endpoint");
    required(credentialsProvider, "credentialsProvider");
    required(clock, "clock");
    required(sleeper, "sleeper");
    required(retryPolicy, "retryPolicy");
    if (connectTimeout != null || httpClient == null) {
      positive(connectTimeout, "connectTimeout");
    }
    if (readTimeout != null || httpClient == null) {
      positive(readTimeout, "readTimeout");
    }
    positive(callTimeout, "callTimeout");
    interceptors = interceptors == null ? List.of() : List.copyOf(interceptors);
    requestHooks = requestHooks == null ? List.of() : List.copyOf(requestHooks);
    attemptListeners = attemptListeners == null ? List.of() : List.copyOf(attemptListeners);
    waitForTurn = waitForTurn == null ? WaitForTurn.never() : waitForTurn;
  }

  /**
   * The settings without a {@link WaitForTurn} or proxy settings (the form before they existed): writes do not wait
   * their turn, and the OkHttp client keeps its own proxy selection.
   *
   * @throws IllegalArgumentException as the canonical constructor
   */
  public ClientConfiguration(URI endpoint, @Nullable String region, CredentialsProvider credentialsProvider,
      Clock clock, Sleeper sleeper, RetryPolicy retryPolicy, @Nullable Duration connectTimeout,
      @Nullable Duration readTimeout, Duration callTimeout, @Nullable String userAgentSuffix,
      @Nullable OkHttpClient httpClient, List<Interceptor> interceptors, List<RequestHook> requestHooks,
      List<AttemptListener> attemptListeners) {
    this(endpoint, region, credentialsProvider, clock, sleeper, retryPolicy, connectTimeout, readTimeout, callTimeout,
        userAgentSuffix, httpClient, interceptors, requestHooks, attemptListeners, WaitForTurn.never(), null);
  }

  /**
   * The settings without request hooks or attempt listeners (the form before they existed).
   *
   * @throws IllegalArgumentException as the canonical constructor
   */
  public ClientConfiguration(URI endpoint, @Nullable String region, CredentialsProvider credentialsProvider,
      Clock clock, Sleeper sleeper, RetryPolicy retryPolicy, @Nullable Duration connectTimeout,
      @Nullable Duration readTimeout, Duration callTimeout, @Nullable String userAgentSuffix,
      @Nullable OkHttpClient httpClient, List<Interceptor> interceptors) {
    this(endpoint, region, credentialsProvider, clock, sleeper, retryPolicy, connectTimeout, readTimeout, callTimeout,
        userAgentSuffix, httpClient, interceptors, List.of(), List.of(), WaitForTurn.never(), null);
  }

  private static void required(Object value, String name) {
    if (value == null) {
      throw new IllegalArgumentException(name + " is required");
    }
  }

  private static void positive(Duration d, String name) {
    required(d, name);
    if (d.isNegative() || d.isZero()) {
      throw new IllegalArgumentException(name + " must be positive: " + d);
    }
  }
}
