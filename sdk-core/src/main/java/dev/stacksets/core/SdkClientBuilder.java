package dev.stacksets.core;

import dev.stacksets.core.auth.CredentialsProvider;
import dev.stacksets.core.http.ProxyConfiguration;
import dev.stacksets.core.internal.util.Require;
import dev.stacksets.core.pipeline.AttemptListener;
import dev.stacksets.core.pipeline.RequestHook;
import dev.stacksets.core.retry.RetryPolicy;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import java.util.function.Supplier;
import okhttp3.Interceptor;
import okhttp3.OkHttpClient;
import org.jspecify.annotations.Nullable;

/**
 * The options every service client builder offers; {@code RfsClient.Builder}, {@code CloudFormationClient.Builder}
 * and {@code ConfigClient.Builder} extend it and add their own.
 *
 * <p>Builders are mutable and not thread-safe; the clients they build are immutable and thread-safe.
 *
 * <pre>{@code
 * RfsClient rfs = RfsClient.builder()
 *     .region("cn-north-4")
 *     .retryPolicy(RetryPolicy.builder().maxAttempts(5).build())
 *     .callTimeout(Duration.ofSeconds(30))
 *     .build();
 * }</pre>
 *
 * @param <B> the concrete builder type
 * @param <C> the client type it builds
 */
public abstract class SdkClientBuilder<B extends SdkClientBuilder<B, C>, C> {
  private URI endpoint;
  private String region;
  private CredentialsProvider credentialsProvider;
  private Clock clock = Clock.systemUTC();
  private Sleeper sleeper = Sleeper.system();
  private RetryPolicy retryPolicy = RetryPolicy.defaults();
  private Duration connectTimeout = Duration.ofSeconds(10);
  private Duration readTimeout = Duration.ofSeconds(30);
  private boolean connectTimeoutSet;
  private boolean readTimeoutSet;
  private Duration callTimeout = Duration.ofMinutes(2);
  private String userAgentSuffix;
  private OkHttpClient httpClient;
  private ProxyConfiguration proxy;
  private final List<Interceptor> interceptors = new ArrayList<>();
  private final List<RequestHook> requestHooks = new ArrayList<>();
  private final List<AttemptListener> attemptListeners = new ArrayList<>();
  private WaitForTurn waitForTurn = WaitForTurn.never();

  /** For subclasses. */
  protected SdkClientBuilder() {}

  @SuppressWarnings("unchecked")
  private B self() {
    return (B) this;
  }

  /**
   * Sends every request to this base URI instead of the region's public endpoint (e.g. the emulator). A path is kept
   * as a prefix of every request path ({@code http://127.0.0.1:8080/base} sends {@code /base/v1/...}). For an
   * {@code http} endpoint the client's own OkHttp is built without TLS, as it never leaves the endpoint (redirects
   * are not followed); this spares the platform trust store's loading at start-up. An interceptor that rewrites such
   * a client's requests to {@code https} needs an {@link #httpClient(OkHttpClient) OkHttpClient} of its own.
   *
   * @throws IllegalArgumentException unless it is an absolute {@code http}/{@code https} URI with a host and without
   *     user info, query or fragment
   */
  public B endpoint(URI endpoint) {
    requireArgument(endpoint, "endpoint");
    String scheme = endpoint.getScheme();
    if (!("http".equalsIgnoreCase(scheme) || "https".equalsIgnoreCase(scheme)) || endpoint.getHost() == null) {
      throw new IllegalArgumentException("endpoint must be an absolute http(s) URI with a host: "
          + (endpoint.getRawUserInfo() == null ? endpoint.toString() : "(user info removed)"));
    }
    if (endpoint.getRawUserInfo() != null) {
      throw new IllegalArgumentException("endpoint must not contain user info (credentials go in the "
          + "credentialsProvider): " + scheme + "://" + endpoint.getHost());
    }
    if (endpoint.getRawQuery() != null || endpoint.getRawFragment() != null) {
      throw new IllegalArgumentException("endpoint must not have a query or fragment: " + endpoint);
    }
    this.endpoint = endpoint;
    return self();
  }

  /** The region id, e.g. {@code cn-north-4} or {@code us-east-1}; picks the public endpoint. */
  public B region(String region) {
    requireArgument(region, "region");
    if (!region.matches("[a-z0-9]+(-[a-z0-9]+)*")) {
      throw new IllegalArgumentException("region must look like 'cn-north-4' or 'us-east-1': '" + region + "'");
    }
    this.region = region;
    return self();
  }

  /** Where credentials come from; asked on every attempt. Defaults to the cloud's default chain. */
  public B credentialsProvider(CredentialsProvider credentialsProvider) {
    this.credentialsProvider = requireArgument(credentialsProvider, "credentialsProvider");
    return self();
  }

  /** The clock used for signing and waiting; defaults to UTC system time. */
  public B clock(Clock clock) {
    this.clock = requireArgument(clock, "clock");
    return self();
  }

  /** How retries and waiters wait; defaults to {@link Sleeper#system()}. Tests pass one that advances a clock. */
  public B sleeper(Sleeper sleeper) {
    this.sleeper = requireArgument(sleeper, "sleeper");
    return self();
  }

  /** Attempts and backoff; defaults to {@link RetryPolicy#defaults()}. */
  public B retryPolicy(RetryPolicy retryPolicy) {
    this.retryPolicy = requireArgument(retryPolicy, "retryPolicy");
    return self();
  }

  /**
   * TCP/TLS connect timeout; default 10 s, or, when an {@link #httpClient(OkHttpClient)} is given and this is not
   * set, that client's own.
   */
  public B connectTimeout(Duration timeout) {
    this.connectTimeout = positive(timeout, "connectTimeout");
    this.connectTimeoutSet = true;
    return self();
  }

  /**
   * Socket read (and write) timeout; default 30 s, or, when an {@link #httpClient(OkHttpClient)} is given and this
   * is not set, that client's own read and write timeouts.
   */
  public B readTimeout(Duration timeout) {
    this.readTimeout = positive(timeout, "readTimeout");
    this.readTimeoutSet = true;
    return self();
  }

  /** Total time for one logical call, every attempt and backoff included; default 2 minutes. */
  public B callTimeout(Duration timeout) {
    this.callTimeout = positive(timeout, "callTimeout");
    return self();
  }

  /** Text appended to the {@code User-Agent} header, e.g. your application's name and version. */
  public B userAgentSuffix(@Nullable String suffix) {
    if (suffix != null && suffix.chars().anyMatch(c -> c < 0x20 || c > 0x7e)) {
      throw new IllegalArgumentException("userAgentSuffix must be printable ASCII");
    }
    this.userAgentSuffix = suffix;
    return self();
  }

  /**
   * Your {@link OkHttpClient}; the client derives its own with {@link OkHttpClient#newBuilder()}, so connection pool
   * and dispatcher are shared and closing the SDK client leaves yours untouched.
   *
   * <p>Your client's connect, read and write timeouts are kept unless {@link #connectTimeout(Duration)} or
   * {@link #readTimeout(Duration)} is set on this builder too (each replaces only its own; {@code readTimeout} sets
   * the write timeout as well). The SDK always switches off OkHttp's own retries and redirects on the derived
   * client, and bounds every call by {@link #callTimeout(Duration)}.
   */
  public B httpClient(OkHttpClient httpClient) {
    this.httpClient = requireArgument(httpClient, "httpClient");
    return self();
  }

  /**
   * Which proxy requests go through (see {@link ProxyConfiguration}). Default: {@link
   * ProxyConfiguration#fromEnvironment()}, read when the client is built ({@code https.proxyHost} and the other JVM
   * properties, else {@code HTTPS_PROXY} / {@code HTTP_PROXY} / {@code NO_PROXY}), unless an
   * {@link #httpClient(OkHttpClient)} is given: then that client's own proxy settings are kept unless this is set.
   * {@link ProxyConfiguration#none()} connects directly.
   */
  public B proxy(ProxyConfiguration proxy) {
    this.proxy = requireArgument(proxy, "proxy");
    return self();
  }

  /**
   * Adds an OkHttp application interceptor, for transport concerns. It sees every attempt after signing, so it must
   * not change signed headers, the URL or the body; to add a header that is signed, use
   * {@link #addRequestHook(RequestHook)}.
   */
  public B addInterceptor(Interceptor interceptor) {
    interceptors.add(requireArgument(interceptor, "interceptor"));
    return self();
  }

  /**
   * Adds a hook that changes every request before it is signed (so a header or query parameter it adds is signed);
   * hooks run in the order added, once per call. See {@link RequestHook}.
   */
  public B addRequestHook(RequestHook hook) {
    requestHooks.add(requireArgument(hook, "hook"));
    return self();
  }

  /**
   * Adds a listener told about every attempt (service, operation, attempt, status or failure, latency, decision,
   * request ids), e.g. for metrics; listeners run in the order added. See {@link AttemptListener}.
   */
  public B addAttemptListener(AttemptListener listener) {
    attemptListeners.add(requireArgument(listener, "listener"));
    return self();
  }

  /**
   * Whether a write refused because another operation runs on its stack set waits for that operation and is sent
   * again with the same idempotency key, and for how long at most (default {@link WaitForTurn#never()}); a write
   * method that takes a {@code WaitForTurn} overrides it for one call. See {@link WaitForTurn}.
   */
  public B waitForTurn(WaitForTurn waitForTurn) {
    this.waitForTurn = requireArgument(waitForTurn, "waitForTurn");
    return self();
  }

  /** Builds the client; throws {@link IllegalStateException} naming a missing or conflicting setting. */
  public abstract C build();

  /** The region set so far, or null. */
  protected @Nullable String region() {
    return region;
  }

  /** The endpoint set so far with {@link #endpoint(URI)}, or null. */
  protected @Nullable URI endpoint() {
    return endpoint;
  }

  /**
   * Resolves the shared settings.
   *
   * @param defaultRegion      supplies a region when none was set (e.g. from {@code AWS_REGION}); may return null
   * @param endpointForRegion  the public endpoint of a region
   * @param defaultCredentials the cloud's default credentials chain, used when no provider was set
   * @throws IllegalStateException when neither a region nor an endpoint is available ({@code "region or endpoint is
   *     required"}), or no credentials provider can be had
   */
  protected ClientConfiguration resolveConfiguration(Supplier<@Nullable String> defaultRegion,
      Function<String, @Nullable URI> endpointForRegion, Supplier<@Nullable CredentialsProvider> defaultCredentials) {
    return resolveConfiguration(defaultRegion, endpointForRegion, defaultCredentials, () -> null);
  }

  /**
   * Resolves the shared settings, with an endpoint configured outside the code (e.g. {@code AWS_ENDPOINT_URL}): it is
   * used when no {@link #endpoint(URI)} was set, before the region's public endpoint.
   *
   * @param configuredEndpoint supplies the configured endpoint, or null when none is; asked only when no endpoint
   *                           was set on this builder
   * @throws IllegalStateException as {@link #resolveConfiguration(Supplier, Function, Supplier)}
   */
  protected ClientConfiguration resolveConfiguration(Supplier<@Nullable String> defaultRegion,
      Function<String, @Nullable URI> endpointForRegion, Supplier<@Nullable CredentialsProvider> defaultCredentials,
      Supplier<@Nullable URI> configuredEndpoint) {
    String resolvedRegion = region != null ? region : defaultRegion.get();
    URI resolvedEndpoint = endpoint != null ? endpoint : configuredEndpoint.get();
    if (resolvedEndpoint == null) {
      if (resolvedRegion == null) {
        throw new IllegalStateException("region or endpoint is required");
      }
      resolvedEndpoint = endpointForRegion.apply(resolvedRegion);
      if (resolvedEndpoint == null) {
        throw new IllegalStateException("no endpoint is known for region '" + resolvedRegion + "'; set endpoint");
      }
    }
    CredentialsProvider provider = credentialsProvider != null ? credentialsProvider : defaultCredentials.get();
    if (provider == null) {
      throw new IllegalStateException("credentialsProvider is required");
    }
    // with the caller's OkHttpClient, a timeout not set here is left to that client (null: keep its own)
    boolean keepCallers = httpClient != null;
    // the environment's proxy by default, but a caller's OkHttpClient keeps its own unless proxy(...) was set
    ProxyConfiguration resolvedProxy = proxy != null ? proxy
        : keepCallers ? null : ProxyConfiguration.fromEnvironment();
    return new ClientConfiguration(resolvedEndpoint, resolvedRegion, provider, clock, sleeper, retryPolicy,
        keepCallers && !connectTimeoutSet ? null : connectTimeout, keepCallers && !readTimeoutSet ? null : readTimeout,
        callTimeout, userAgentSuffix, httpClient, interceptors, requestHooks, attemptListeners, waitForTurn,
        resolvedProxy);
  }

  private static <T> T requireArgument(T value, String name) {
    return Require.nonNull(value, name);
  }

  private static Duration positive(Duration d, String name) {
    requireArgument(d, name);
    if (d.isNegative() || d.isZero()) {
      throw new IllegalArgumentException(name + " must be positive: " + d);
    }
    return d;
  }
}
