package dev.stacksets.core.internal;

import dev.stacksets.core.internal.util.Require;
import dev.stacksets.core.ClientConfiguration;
import dev.stacksets.core.exception.ClientSideException;
import dev.stacksets.core.exception.ServiceException;
import dev.stacksets.core.http.SdkHttpRequest;
import dev.stacksets.core.http.SdkHttpResponse;
import dev.stacksets.core.internal.util.SharedScheduler;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.function.UnaryOperator;

/**
 * The request pipeline every service client runs its calls through: the entry points
 * ({@link #execute(OperationDescriptor, Object)} and {@link #executeAsync(OperationDescriptor, Object)}; paging goes
 * through {@link PagedCalls} over either) over one set of stages, each a small class with one job:
 *
 * <ol>
 *   <li><b>prepare</b> ({@link RequestPreparer}), once per call: endpoint base path, {@code Host},
 *       {@code User-Agent}, the {@code Client-Request-Id} (the caller's, or a fresh UUID) for services that use one,
 *       then the caller's request hooks; fixed for every attempt of the call;</li>
 *   <li>for each attempt, <b>sign</b> ({@link AttemptSigner}): credentials from the provider and skew-corrected
 *       time, so every attempt is signed afresh;</li>
 *   <li><b>send</b> ({@link HttpTransport}): one OkHttp call, blocking or enqueued, body read and closed;</li>
 *   <li><b>map</b>: 2xx through the operation's {@link ResponseParser}; anything else through the service's
 *       {@link ErrorMapper} ({@link ReplyMapper}, echoed secrets masked) into the typed exception tree, refined by
 *       the operation's error rule;</li>
 *   <li><b>decide</b> ({@link AttemptPolicy}, pure): return, fail, retry after a backoff ({@code RetryPolicy},
 *       {@code Retry-After}, call timeout, the operation's {@link RetrySafety}), or re-sign at once after a
 *       clock-skew rejection;</li>
 *   <li><b>observe</b> ({@link AttemptReporter}): one DEBUG line per attempt on {@code dev.stacksets.request}
 *       (service, operation, method, path, status or failure, latency, request ids and attempt; never headers,
 *       bodies or credentials) and one event to each attempt listener.</li>
 * </ol>
 *
 * <p>Two drivers run a call ({@link PipelineCall}) over these stages: {@link SyncDriver} (blocking, the client's
 * {@code Sleeper} between attempts) and {@link AsyncDriver} (OkHttp {@code enqueue}, backoff on the
 * {@link SharedScheduler}).
 *
 * <p>Thread-safe; one instance per service client.
 *
 * @see dev.stacksets.core.retry.RetryPolicy
 */
public final class ClientRuntime implements AutoCloseable {
  private static final String SDK_USER_AGENT = "stacksets-java/0.1.0 java/" + System.getProperty("java.version");
  private final ClientConfiguration config;
  private final ServiceProfile profile;
  private final HttpTransport transport;
  private final ClockSkew clockSkew;
  private final Pipeline pipeline;
  private final SyncDriver sync;
  /** Made at the first asynchronous call, so a client used only synchronously never loads the shared scheduler. */
  private volatile AsyncDriver async;

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
    String userAgent = suffix.isEmpty() ? SDK_USER_AGENT : SDK_USER_AGENT + " " + suffix;
    long callTimeoutNanos = AttemptPolicy.saturatedNanos(config.callTimeout());
    CallFailures failures = new CallFailures(profile.serviceName(), config.callTimeout());
    this.pipeline = new Pipeline(config, profile,
        new RequestPreparer(profile.serviceName(), transport.basePath(), transport.hostHeader(), userAgent,
            profile.clientRequestIdHeader(), config.requestHooks()),
        new AttemptSigner(profile.serviceName(), config.credentialsProvider(), profile.signer()),
        transport,
        new ReplyMapper(profile),
        new AttemptPolicy(config.retryPolicy(), callTimeoutNanos),
        new AttemptReporter(config.attemptListeners()),
        clockSkew,
        failures,
        callTimeoutNanos);
    this.sync = new SyncDriver(transport, config.sleeper(), failures);
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
   * Runs one logical call through the pipeline, as a read ({@link RetrySafety#SAFE}).
   *
   * <p>Attempts: the first; after a retryable failure, one more after the backoff, up to the policy's
   * {@code maxAttempts}; and, once per call, after a clock-skew rejection whose {@code Date} shows the attempt was
   * signed with a clock off by more than a minute, one immediate re-signed attempt on top of the policy's count (so
   * it also happens under {@code RetryPolicy.none()}, and for errors that are otherwise final). Every attempt sent is
   * counted in the reported {@code attempts}. See {@link AttemptPolicy} for the rules.
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
    return sync.run(new PipelineCall<>(pipeline, operation, request, parser, RetrySafety.SAFE,
        UnaryOperator.identity()));
  }

  /**
   * Runs one call of a declared operation: marshals the input (once per call, so anything the marshaller generates,
   * such as an idempotency key, is the same on every attempt), runs the request through the pipeline with the
   * operation's retry safety, reads the reply with its reader and refines an error reply with its error rule.
   *
   * @throws IllegalArgumentException when the descriptor or the input is null, or the marshaller rejects the input;
   *     nothing is sent
   * @throws ServiceException    the service answered with an error (after retries, where they apply)
   * @throws ClientSideException no usable reply: I/O, timeout, interruption, unreadable body
   */
  public <I, O> O execute(OperationDescriptor<I, O> operation, I input) {
    return sync.run(newCall(operation, input));
  }

  /**
   * The asynchronous form of {@link #execute(OperationDescriptor, Object)}, on OkHttp's {@code enqueue} with backoff
   * on one scheduler shared by all clients (no thread per call). The future completes with the output, or
   * exceptionally with the same exception the synchronous call would throw (an invalid input included).
   * Cancelling it cancels the HTTP call in flight and any pending retry. The client's {@code Sleeper} is not used:
   * backoff waits on the shared scheduler. The first attempt is signed on the calling thread.
   *
   * @throws IllegalArgumentException when the descriptor is null
   */
  public <I, O> CompletableFuture<O> executeAsync(OperationDescriptor<I, O> operation, I input) {
    Require.nonNull(operation, "operation");
    PipelineCall<O> call;
    try {
      call = newCall(operation, input);
    } catch (RuntimeException e) {
      return CompletableFuture.failedFuture(e);
    }
    return asyncDriver().run(call);
  }

  private <I, O> PipelineCall<O> newCall(OperationDescriptor<I, O> operation, I input) {
    Require.nonNull(operation, "operation");
    SdkHttpRequest request = operation.marshal(input);
    return new PipelineCall<>(pipeline, operation.name(), request, operation.reader(), operation.retrySafety(),
        operation::refine);
  }

  /** See {@link ReplyMapper#redactEchoedSecrets(SdkHttpResponse, EchoedSecrets)}. */
  static SdkHttpResponse redactEchoedSecrets(SdkHttpResponse response, EchoedSecrets secrets) {
    return ReplyMapper.redactEchoedSecrets(response, secrets);
  }

  /** See {@link ReplyMapper#redactEchoedSecrets(SdkHttpResponse, SdkHttpRequest)}. */
  static SdkHttpResponse redactEchoedSecrets(SdkHttpResponse response, SdkHttpRequest signed) {
    return ReplyMapper.redactEchoedSecrets(response, signed);
  }

  /** Releases the derived OkHttp client's resources when the SDK created it; a caller's client is left alone. */
  @Override
  public void close() {
    transport.close();
  }

  private AsyncDriver asyncDriver() {
    AsyncDriver d = async;
    if (d == null) {
      synchronized (this) {
        d = async;
        if (d == null) {
          d = new AsyncDriver(transport, SharedScheduler.get());
          async = d;
        }
      }
    }
    return d;
  }
}
