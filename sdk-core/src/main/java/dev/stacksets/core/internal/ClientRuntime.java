package dev.stacksets.core.internal;

import dev.stacksets.core.ClientConfiguration;
import dev.stacksets.core.ResponseMetadata;
import dev.stacksets.core.auth.Credentials;
import dev.stacksets.core.exception.ClientSideException;
import dev.stacksets.core.exception.ServiceError;
import dev.stacksets.core.exception.ServiceException;
import dev.stacksets.core.exception.StackSetsException;
import dev.stacksets.core.http.SdkHttpRequest;
import dev.stacksets.core.http.SdkHttpResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The request pipeline every service client runs its calls through. For one logical call the stages are, in order:
 *
 * <ol>
 *   <li><b>prepare</b>: endpoint base path, {@code Host}, {@code User-Agent}, and the {@code Client-Request-Id}
 *       (the caller's, or a fresh UUID) for services that use one; fixed for every attempt of the call;</li>
 *   <li><b>retry loop</b> (bounded by the {@code RetryPolicy}, full-jitter backoff, {@code Retry-After}, total call
 *       timeout), and inside it for each attempt:</li>
 *   <li><b>sign</b>: credentials from the provider and skew-corrected time, so every attempt is signed afresh;</li>
 *   <li><b>send</b>: one OkHttp call ({@link HttpTransport}), body read and closed;</li>
 *   <li><b>map</b>: 2xx through the operation's {@link ResponseParser}; anything else through the service's
 *       {@link ErrorMapper} into the typed exception tree.</li>
 * </ol>
 *
 * <p>Logs one DEBUG line per attempt on {@code dev.stacksets.request}: service, operation, method, path, status or
 * failure, latency, request ids and attempt. Headers, bodies and credentials are never logged.
 *
 * <p>Thread-safe; one instance per service client.
 *
 * @see dev.stacksets.core.retry.RetryPolicy
 */
public final class ClientRuntime implements AutoCloseable {
  private static final Logger LOG = LoggerFactory.getLogger("dev.stacksets.request");
  private static final String SDK_USER_AGENT = "stacksets-java/0.1.0 java/" + System.getProperty("java.version");

  private final ClientConfiguration config;
  private final ServiceProfile profile;
  private final HttpTransport transport;
  private final ClockSkew clockSkew;
  private final String userAgent;

  /** Builds the runtime (and its derived OkHttp client) once per service client. */
  public ClientRuntime(ClientConfiguration config, ServiceProfile profile) {
    this.config = config;
    this.profile = profile;
    this.transport = new HttpTransport(config);
    this.clockSkew = new ClockSkew(config.clock(), profile.clockSkewError());
    this.userAgent = config.userAgentSuffix() == null ? SDK_USER_AGENT
        : SDK_USER_AGENT + " " + config.userAgentSuffix();
  }

  /** The resolved configuration. */
  public ClientConfiguration configuration() {
    return config;
  }

  /** The service profile. */
  public ServiceProfile profile() {
    return profile;
  }

  /** The offset learned from the server's clock (zero until a skew error is seen). */
  public Duration clockOffset() {
    return clockSkew.offset();
  }

  /**
   * Runs one logical call through the pipeline.
   *
   * @param operation name for logs, e.g. {@code ListStackSets}
   * @param request   the serialized request (path relative to the endpoint)
   * @param parser    reads a 2xx reply
   * @throws ServiceException    the service answered with an error (after retries, where they apply)
   * @throws ClientSideException no usable reply: I/O, timeout, interruption, unreadable body
   */
  public <T> T execute(String operation, SdkHttpRequest request, ResponseParser<T> parser) {
    SdkHttpRequest prepared = prepare(request);
    String clientRequestId = profile.clientRequestIdHeader() == null ? null
        : prepared.header(profile.clientRequestIdHeader());
    long start = System.nanoTime();
    long budget = config.callTimeout().toNanos();
    int maxAttempts = config.retryPolicy().maxAttempts();
    boolean skewCorrected = false;
    int attempt = 0;
    while (true) {
      attempt++;
      long remaining = budget - (System.nanoTime() - start);
      if (remaining <= 0) {
        throw timedOut(clientRequestId, attempt - 1, null);
      }
      SdkHttpRequest signed = sign(prepared);
      long sent = System.nanoTime();
      SdkHttpResponse response;
      try {
        response = transport.send(signed, remaining);
      } catch (IOException e) {
        logAttempt(operation, signed, -1, e, sent, attempt, null, clientRequestId);
        StackSetsException failure = budget - (System.nanoTime() - start) <= 0
            ? timedOut(clientRequestId, attempt, e)
            : new ClientSideException(profile.serviceName() + " " + operation + " failed: " + describe(e)
                + clientRequestIdSuffix(clientRequestId) + ", attempts: " + attempt + ")", e, clientRequestId,
                attempt, true);
        if (!failure.isRetryable() || attempt >= maxAttempts) {
          throw failure;
        }
        backoff(failure, attempt, null, start, budget);
        continue;
      }
      String requestId = requestId(response);
      logAttempt(operation, signed, response.statusCode(), null, sent, attempt, requestId, clientRequestId);
      if (response.isSuccessful()) {
        ResponseMetadata metadata = new ResponseMetadata(requestId, clientRequestId, response.statusCode(), attempt);
        try {
          return parser.parse(response, metadata);
        } catch (RuntimeException | Error e) {
          if (e instanceof StackSetsException) {
            throw e;
          }
          throw unparseable(operation, clientRequestId, attempt, e);
        } catch (Exception e) {
          throw unparseable(operation, clientRequestId, attempt, e);
        }
      }
      ServiceException failure = mapError(response, requestId, clientRequestId, attempt);
      if (!skewCorrected && clockSkew.learn(failure, response)) {
        skewCorrected = true; // one immediate extra attempt with the corrected clock, beyond the policy's count
        maxAttempts++;
        continue;
      }
      if (!failure.isRetryable() || attempt >= maxAttempts) {
        throw failure;
      }
      backoff(failure, attempt, RetryAfter.parse(response.header("Retry-After"), config.clock().instant()), start,
          budget);
    }
  }

  private SdkHttpRequest prepare(SdkHttpRequest request) {
    SdkHttpRequest.Builder b = request.toBuilder()
        .encodedPath(transport.basePath() + request.encodedPath())
        .header("Host", transport.hostHeader());
    if (request.header("User-Agent") == null) {
      b.header("User-Agent", userAgent);
    }
    String idHeader = profile.clientRequestIdHeader();
    if (idHeader != null) {
      String id = request.header(idHeader);
      if (id == null || id.isBlank()) {
        b.header(idHeader, UUID.randomUUID().toString());
      }
    }
    return b.build();
  }

  private SdkHttpRequest sign(SdkHttpRequest request) {
    Credentials credentials = config.credentialsProvider().resolveCredentials();
    if (credentials == null) {
      throw new ClientSideException("the credentials provider returned null", null, null, 0, false);
    }
    return profile.signer().sign(request, credentials, clockSkew.now());
  }

  private void backoff(StackSetsException failure, int attempt, Duration retryAfter, long start, long budget) {
    Duration delay = config.retryPolicy().delayBeforeNextAttempt(attempt, failure.isThrottling(), retryAfter);
    long remaining = budget - (System.nanoTime() - start);
    if (delay.toNanos() >= remaining) {
      throw failure; // waiting would overrun the call timeout: report the real failure now
    }
    try {
      config.sleeper().sleep(delay);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new ClientSideException("interrupted while waiting to retry " + profile.serviceName()
          + " call after: " + failure.getMessage(), e, failure.clientRequestId(), attempt, false);
    }
  }

  private ServiceException mapError(SdkHttpResponse response, String requestId, String clientRequestId,
      int attempt) {
    ServiceError.Builder error = ServiceError.builder()
        .service(profile.serviceName())
        .statusCode(response.statusCode())
        .requestId(requestId)
        .clientRequestId(clientRequestId)
        .attempts(attempt)
        .bodyExcerpt(excerpt(response.body()));
    try {
      return profile.errorMapper().toException(response, error);
    } catch (RuntimeException e) {
      // an error body so broken that the mapper itself failed: still give the caller the status-typed exception
      return ServiceExceptions.forStatus(error.build());
    }
  }

  private static String excerpt(byte[] body) {
    if (body.length == 0) {
      return null;
    }
    int n = Math.min(body.length, ServiceError.MAX_EXCERPT_CHARS * 4);
    return new String(body, 0, n, StandardCharsets.UTF_8);
  }

  private String requestId(SdkHttpResponse response) {
    for (String name : profile.requestIdHeaders()) {
      String v = response.header(name);
      if (v != null) {
        return v;
      }
    }
    return null;
  }

  private ClientSideException timedOut(String clientRequestId, int attempts, Throwable cause) {
    return new ClientSideException(profile.serviceName() + " call timed out after " + config.callTimeout()
        + clientRequestIdSuffix(clientRequestId) + ", attempts: " + attempts + ")", cause, clientRequestId,
        attempts, false);
  }

  private ClientSideException unparseable(String operation, String clientRequestId, int attempt, Throwable e) {
    return new ClientSideException(profile.serviceName() + " " + operation + ": could not read the response body: "
        + describe(e) + clientRequestIdSuffix(clientRequestId) + ", attempts: " + attempt + ")", e,
        clientRequestId, attempt, false);
  }

  private static String clientRequestIdSuffix(String clientRequestId) {
    return clientRequestId == null ? " (" : " (client request id: " + clientRequestId;
  }

  private static String describe(Throwable e) {
    return e.getMessage() == null ? e.getClass().getSimpleName() : e.getClass().getSimpleName() + ": "
        + e.getMessage();
  }

  private void logAttempt(String operation, SdkHttpRequest request, int status, IOException failure, long sentNanos,
      int attempt, String requestId, String clientRequestId) {
    if (!LOG.isDebugEnabled()) {
      return;
    }
    long micros = (System.nanoTime() - sentNanos) / 1000;
    LOG.debug("{} {} {} {} -> {} in {}.{} ms (attempt {}/{}, request-id={}, client-request-id={})",
        profile.serviceName(), operation, request.method(), request.encodedPath(),
        failure == null ? Integer.toString(status) : describe(failure), micros / 1000,
        String.format("%03d", micros % 1000), attempt, config.retryPolicy().maxAttempts(), requestId,
        clientRequestId);
  }

  /** Releases the derived OkHttp client's resources when the SDK created it. */
  @Override
  public void close() {
    transport.close();
  }
}
