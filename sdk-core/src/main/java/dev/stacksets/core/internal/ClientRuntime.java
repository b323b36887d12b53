package dev.stacksets.core.internal;

import dev.stacksets.core.ClientConfiguration;
import dev.stacksets.core.ResponseMetadata;
import dev.stacksets.core.auth.Credentials;
import dev.stacksets.core.auth.CredentialsException;
import dev.stacksets.core.exception.ClientSideException;
import dev.stacksets.core.exception.ServiceError;
import dev.stacksets.core.exception.ServiceException;
import dev.stacksets.core.exception.StackSetsException;
import dev.stacksets.core.http.SdkHttpRequest;
import dev.stacksets.core.http.SdkHttpResponse;
import dev.stacksets.core.paginate.Page;
import dev.stacksets.core.paginate.Paginator;
import java.io.IOException;
import java.io.InterruptedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
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
  // fixed per client, so that nothing of this is recomputed on every call
  private final String userAgent;
  private final String basePath;
  private final String hostHeader;
  private final String clientRequestIdHeader;
  private final long callTimeoutNanos;
  private final int maxAttempts;

  /** Builds the runtime (and its derived OkHttp client) once per service client. */
  public ClientRuntime(ClientConfiguration config, ServiceProfile profile) {
    this(config, profile, new HttpTransport(config));
  }

  /** A runtime over a given send stage (for tests in this package: e.g. smaller reply limits). */
  ClientRuntime(ClientConfiguration config, ServiceProfile profile, HttpTransport transport) {
    this.config = config;
    this.profile = profile;
    this.transport = transport;
    this.clockSkew = new ClockSkew(config.clock(), profile.clockSkewError());
    String suffix = config.userAgentSuffix() == null ? "" : config.userAgentSuffix().trim();
    this.userAgent = suffix.isEmpty() ? SDK_USER_AGENT : SDK_USER_AGENT + " " + suffix;
    this.basePath = transport.basePath();
    this.hostHeader = transport.hostHeader();
    this.clientRequestIdHeader = profile.clientRequestIdHeader();
    this.callTimeoutNanos = saturatedNanos(config.callTimeout());
    this.maxAttempts = config.retryPolicy().maxAttempts();
  }

  /** The resolved configuration. */
  public ClientConfiguration configuration() {
    return config;
  }

  /** The service profile. */
  public ServiceProfile profile() {
    return profile;
  }

  /** The send stage (for tests in this package). */
  HttpTransport transport() {
    return transport;
  }

  /** The offset learned from the server's clock (zero until a skew error is seen). */
  public Duration clockOffset() {
    return clockSkew.offset();
  }

  /**
   * Runs one logical call through the pipeline.
   *
   * <p>Attempts: the first; after a retryable failure, one more after the backoff, up to the policy's
   * {@code maxAttempts}; and, once per call, after a clock-skew rejection whose {@code Date} shows the attempt was
   * signed with a clock off by more than a minute, one immediate re-signed attempt on top of the policy's count (so
   * it also happens under {@code RetryPolicy.none()}, and for errors that are otherwise final). Every attempt sent is
   * counted in the reported {@code attempts}.
   *
   * @param operation name for logs, e.g. {@code ListStackSets}
   * @param request   the serialized request (path relative to the endpoint)
   * @param parser    reads a 2xx reply
   * @throws ServiceException    the service answered with an error (after retries, where they apply)
   * @throws ClientSideException no usable reply: I/O, timeout, interruption, unreadable body
   * @throws IllegalArgumentException the path holds a {@code .} or {@code ..} segment, which the HTTP layer would
   *     resolve into another API's path; nothing is sent
   */
  public <T> T execute(String operation, SdkHttpRequest request, ResponseParser<T> parser) {
    return run(operation, request, parser, RetrySafety.SAFE);
  }

  /**
   * Runs one call of a declared operation: marshals the input (once per call), runs the request through the
   * pipeline with the operation's retry safety, reads the reply with its reader and refines an error reply with its
   * error rule.
   *
   * @throws IllegalArgumentException when the descriptor or the input is null, or the marshaller rejects the input;
   *     nothing is sent
   * @throws ServiceException    the service answered with an error (after retries, where they apply)
   * @throws ClientSideException no usable reply: I/O, timeout, interruption, unreadable body
   */
  public <I, O> O execute(OperationDescriptor<I, O> operation, I input) {
    Require.nonNull(operation, "operation");
    SdkHttpRequest request = operation.marshal(input);
    try {
      return run(operation.name(), request, operation.reader(), operation.retrySafety());
    } catch (ServiceException e) {
      throw operation.refine(e);
    }
  }

  /**
   * The asynchronous form of {@link #execute(OperationDescriptor, Object)}: the returned future completes with the
   * output, or exceptionally with the same exception the synchronous call would throw (an invalid input included).
   *
   * @throws IllegalArgumentException when the descriptor is null
   */
  public <I, O> CompletableFuture<O> executeAsync(OperationDescriptor<I, O> operation, I input) {
    Require.nonNull(operation, "operation");
    // first form: the blocking driver on the common pool; replaced by the OkHttp enqueue driver
    return CompletableFuture.supplyAsync(() -> execute(operation, input));
  }

  /**
   * A lazy paginator over the items of a paged operation, starting from {@code first} (its own token, if any, asks
   * for the first page); each page is one {@link #execute(OperationDescriptor, Object)} call with the previous
   * page's token put in by the operation's {@link Paging}.
   *
   * @throws IllegalArgumentException when the descriptor or the first request is null
   */
  public <I, O, T> Paginator<T> paginator(OperationDescriptor.Paged<I, O, T> operation, I first) {
    Require.nonNull(operation, "operation");
    Require.nonNull(first, "request");
    Paging<I, O, T> paging = operation.paging();
    return Paginator.of(token -> {
      O page = execute(operation, token == null ? first : paging.withToken().apply(first, token));
      List<T> items = paging.items().apply(page);
      return Page.of(items == null ? List.of() : items, paging.nextToken().apply(page));
    });
  }

  private <T> T run(String operation, SdkHttpRequest request, ResponseParser<T> parser, RetrySafety safety) {
    SdkHttpRequest prepared = prepare(request);
    HttpTransport.requireNoDotSegments(prepared.encodedPath());
    String clientRequestId = clientRequestIdHeader == null ? null : prepared.header(clientRequestIdHeader);
    long start = System.nanoTime();
    boolean skewCorrected = false;
    int attemptLimit = maxAttempts;
    int attempt = 0;
    StackSetsException previousFailure = null;
    while (true) {
      attempt++;
      long remaining = callTimeoutNanos - (System.nanoTime() - start);
      if (remaining <= 0) {
        throw timedOut(operation, clientRequestId, attempt - 1, null);
      }
      Instant signingTime = clockSkew.now();
      Signed attempted = sign(operation, prepared, signingTime, clientRequestId, attempt, previousFailure);
      SdkHttpRequest signed = attempted.request();
      long sent = System.nanoTime();
      SdkHttpResponse response;
      try {
        response = transport.send(signed, remaining);
      } catch (IOException e) {
        logAttempt(operation, signed, -1, e, sent, attempt, attemptLimit, null, clientRequestId);
        ClientSideException failure = ioFailure(operation, e, clientRequestId, attempt, start);
        if (!failure.isRetryable() || attempt >= attemptLimit || safety == RetrySafety.UNSAFE) {
          throw failure;
        }
        backoff(failure, attempt, null, start);
        previousFailure = failure;
        continue;
      } catch (StackSetsException e) {
        throw e; // an interceptor's own SDK exception
      } catch (RuntimeException e) {
        // e.g. a caller's interceptor failing: still one of the two exception branches, with the cause kept
        logAttempt(operation, signed, -1, e, sent, attempt, attemptLimit, null, clientRequestId);
        throw new ClientSideException(profile.serviceName() + " " + operation + " failed: " + describe(e)
            + context(clientRequestId, attempt), e, clientRequestId, attempt, false);
      }
      String requestId = requestId(response);
      logAttempt(operation, signed, response.statusCode(), null, sent, attempt, attemptLimit, requestId,
          clientRequestId);
      if (response.isSuccessful()) {
        ResponseMetadata metadata = new ResponseMetadata(requestId, clientRequestId, response.statusCode(), attempt);
        try {
          return parser.parse(response, metadata);
        } catch (StackSetsException e) {
          throw e;
        } catch (Exception e) {
          if (e instanceof InterruptedException) {
            Thread.currentThread().interrupt();
          }
          throw unparseable(operation, clientRequestId, attempt, e);
        }
      }
      ServiceException failure = mapError(redactEchoedSecrets(response, attempted.secrets()), attempted.secrets(),
          requestId, clientRequestId, attempt);
      if (!skewCorrected && clockSkew.learn(failure, response, signingTime)) {
        // sign again at once with the corrected clock: one extra attempt beyond the policy's, no backoff
        skewCorrected = true;
        attemptLimit++;
        previousFailure = failure;
        continue;
      }
      if (!failure.isRetryable() || attempt >= attemptLimit || safety == RetrySafety.UNSAFE) {
        throw failure;
      }
      backoff(failure, attempt, RetryAfter.parse(response.header("Retry-After"), clockSkew.now()), start);
      previousFailure = failure;
    }
  }

  private SdkHttpRequest prepare(SdkHttpRequest request) {
    SdkHttpRequest.Builder b = request.toBuilder().header("Host", hostHeader);
    if (!basePath.isEmpty()) {
      b.encodedPath(basePath + request.encodedPath());
    }
    if (request.header("User-Agent") == null) {
      b.header("User-Agent", userAgent);
    }
    if (clientRequestIdHeader != null) {
      String id = request.header(clientRequestIdHeader);
      if (id == null || id.isBlank()) {
        b.header(clientRequestIdHeader, UUID.randomUUID().toString());
      }
    }
    return b.build();
  }

  /**
   * Signs one attempt. A provider failure ends the call with its context: a {@link CredentialsException} stays one
   * (with the client request id and the attempts sent so far), anything else becomes a non-retryable
   * {@link ClientSideException} with the failure as cause; the failure of the attempt before, if any, is added as
   * suppressed so it is not lost.
   */
  /** One signed attempt and the secrets an error reply to it must not show. */
  private record Signed(SdkHttpRequest request, EchoedSecrets secrets) {}

  private Signed sign(String operation, SdkHttpRequest request, Instant signingTime, String clientRequestId,
      int attempt, StackSetsException previousFailure) {
    int sent = attempt - 1;
    Credentials credentials;
    try {
      credentials = config.credentialsProvider().resolveCredentials();
    } catch (CredentialsException e) {
      throw withPrevious(new CredentialsException(e.getMessage() + context(clientRequestId, sent), e,
          clientRequestId, sent), previousFailure);
    } catch (RuntimeException e) {
      throw withPrevious(new ClientSideException(profile.serviceName() + " " + operation
          + ": the credentials provider failed: " + describe(e) + context(clientRequestId, sent), e,
          clientRequestId, sent, false), previousFailure);
    }
    if (credentials == null) {
      throw withPrevious(new ClientSideException(profile.serviceName() + ": the credentials provider returned null"
          + context(clientRequestId, sent), null, clientRequestId, sent, false), previousFailure);
    }
    SdkHttpRequest signed = profile.signer().sign(request, credentials, signingTime);
    return new Signed(signed, EchoedSecrets.of(signed, credentials));
  }

  private static ClientSideException withPrevious(ClientSideException e, StackSetsException previousFailure) {
    if (previousFailure != null) {
      e.addSuppressed(previousFailure);
    }
    return e;
  }

  private ClientSideException ioFailure(String operation, IOException e, String clientRequestId, int attempt,
      long start) {
    if (isInterruption(e)) {
      Thread.currentThread().interrupt(); // keep (or restore) the caller's interrupt flag
      return new ClientSideException(profile.serviceName() + " " + operation + " was interrupted"
          + context(clientRequestId, attempt), e, clientRequestId, attempt, false);
    }
    if (callTimeoutNanos - (System.nanoTime() - start) <= 0) {
      return timedOut(operation, clientRequestId, attempt, e);
    }
    return new ClientSideException(profile.serviceName() + " " + operation + " failed: " + describe(e)
        + context(clientRequestId, attempt), e, clientRequestId, attempt, true);
  }

  /** The thread was interrupted (OkHttp's own call timeout says "timeout", not "interrupted"). */
  private static boolean isInterruption(IOException e) {
    return Thread.currentThread().isInterrupted()
        || (e.getClass() == InterruptedIOException.class && "interrupted".equals(e.getMessage()));
  }

  private void backoff(StackSetsException failure, int attempt, Duration retryAfter, long start) {
    Duration delay = config.retryPolicy().delayBeforeNextAttempt(attempt, failure.isThrottling(), retryAfter);
    long remaining = callTimeoutNanos - (System.nanoTime() - start);
    if (saturatedNanos(delay) >= remaining) {
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

  /**
   * The exception for an error reply. Every text it shows that came from the reply passes through
   * {@code secrets} after the mapper decoded it ({@link ServiceError.Builder#redactor}), so an echoed secret is
   * masked whatever encoding the server used, also in an error the mapper failed on.
   */
  private ServiceException mapError(SdkHttpResponse response, EchoedSecrets secrets, String requestId,
      String clientRequestId, int attempt) {
    ServiceError.Builder error = ServiceError.builder()
        .redactor(secrets::mask)
        .service(profile.serviceName())
        .statusCode(response.statusCode())
        .requestId(requestId)
        .clientRequestId(clientRequestId)
        .attempts(attempt)
        .bodyExcerpt(excerpt(response.body()));
    ServiceException mapped;
    try {
      mapped = profile.errorMapper().toException(response, error);
    } catch (RuntimeException e) {
      mapped = null; // an error body so broken that the mapper itself failed
    }
    // either way the caller still gets the status-typed exception
    return mapped != null ? mapped : ServiceExceptions.forStatus(error.build());
  }

  /**
   * The error response as the mapper sees it: a secret this attempt sent or signed with (the {@code Authorization}
   * value or its signature, a security token, the secret key) that the service echoes in its error body, as AWS's
   * {@code SignatureDoesNotMatch} does with the canonical request, is masked as {@code ***} by {@link EchoedSecrets},
   * in whatever encoding the body carries it. The mapper's decoded texts are masked again on build (see
   * {@link #mapError}). Error path only.
   */
  static SdkHttpResponse redactEchoedSecrets(SdkHttpResponse response, EchoedSecrets secrets) {
    byte[] body = response.body();
    if (body.length == 0) {
      return response;
    }
    String text = new String(body, StandardCharsets.UTF_8);
    String redacted = secrets.mask(text);
    return redacted.equals(text) ? response
        : new SdkHttpResponse(response.statusCode(), response.headers(), redacted.getBytes(StandardCharsets.UTF_8));
  }

  /** {@link #redactEchoedSecrets(SdkHttpResponse, EchoedSecrets)} with the secrets of the signed request only. */
  static SdkHttpResponse redactEchoedSecrets(SdkHttpResponse response, SdkHttpRequest signed) {
    return redactEchoedSecrets(response, EchoedSecrets.of(signed, null));
  }

  private static String excerpt(byte[] body) {
    if (body.length == 0) {
      return null;
    }
    // enough bytes for MAX_EXCERPT_CHARS characters (at most 4 bytes each); ServiceError cuts the rest
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

  private ClientSideException timedOut(String operation, String clientRequestId, int attempts, Throwable cause) {
    return new ClientSideException(profile.serviceName() + " " + operation + " timed out after "
        + config.callTimeout() + context(clientRequestId, attempts), cause, clientRequestId, attempts, false);
  }

  private ClientSideException unparseable(String operation, String clientRequestId, int attempt, Throwable e) {
    return new ClientSideException(profile.serviceName() + " " + operation + ": could not read the response body: "
        + describe(e) + context(clientRequestId, attempt), e, clientRequestId, attempt, false);
  }

  /** The end of every client-side message: {@code " (client request id: ID, attempts: N)"}. */
  private static String context(String clientRequestId, int attempts) {
    return clientRequestId == null ? " (attempts: " + attempts + ")"
        : " (client request id: " + clientRequestId + ", attempts: " + attempts + ")";
  }

  private static String describe(Throwable e) {
    return e.getMessage() == null ? e.getClass().getSimpleName() : e.getClass().getSimpleName() + ": "
        + e.getMessage();
  }

  private static long saturatedNanos(Duration d) {
    try {
      return d.toNanos();
    } catch (ArithmeticException tooLong) {
      return d.isNegative() ? Long.MIN_VALUE : Long.MAX_VALUE;
    }
  }

  /** One DEBUG line per attempt. Only method, path, outcome, latency and ids: never headers or bodies. */
  private void logAttempt(String operation, SdkHttpRequest request, int status, Exception failure, long sentNanos,
      int attempt, int attemptLimit, String requestId, String clientRequestId) {
    if (!LOG.isDebugEnabled()) {
      return;
    }
    long micros = (System.nanoTime() - sentNanos) / 1000;
    LOG.debug("{} {} {} {} -> {} in {} ms (attempt {}/{}, request-id={}, client-request-id={})",
        profile.serviceName(), operation, request.method(), request.encodedPath(),
        failure == null ? Integer.toString(status) : describe(failure), millis(micros), attempt, attemptLimit,
        requestId, clientRequestId);
  }

  /** {@code 12345} microseconds as {@code "12.345"}. */
  private static String millis(long micros) {
    long frac = micros % 1000;
    return (micros / 1000) + (frac < 10 ? ".00" : frac < 100 ? ".0" : ".") + frac;
  }

  /** Releases the derived OkHttp client's resources when the SDK created it; a caller's client is left alone. */
  @Override
  public void close() {
    transport.close();
  }
}
