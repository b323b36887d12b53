package dev.stacksets.core.internal;

import dev.stacksets.core.internal.config.OkHttpProxies;
import dev.stacksets.core.internal.util.HostHeader;
import dev.stacksets.core.internal.util.PercentEncoding;
import dev.stacksets.core.ClientConfiguration;
import dev.stacksets.core.http.QueryParam;
import dev.stacksets.core.http.SdkHttpRequest;
import dev.stacksets.core.http.SdkHttpResponse;
import java.io.IOException;
import java.io.InterruptedIOException;
import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.atomic.AtomicInteger;
import okhttp3.Call;
import okhttp3.Callback;
import okhttp3.ConnectionSpec;
import okhttp3.Headers;
import okhttp3.HttpUrl;
import okhttp3.Interceptor;
import okhttp3.MediaType;
import okhttp3.Dispatcher;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.RequestBody;
import okhttp3.Response;
import okhttp3.ResponseBody;
import okio.BufferedSource;

/**
 * The send stage: turns a signed {@link SdkHttpRequest} into one OkHttp call and reads the whole reply, closing the
 * body. Owns the derived {@link OkHttpClient}: built once per service client with {@code newBuilder()} from the
 * caller's client (sharing its pool and dispatcher) or from a fresh one. OkHttp's own silent retries are switched off
 * (connection failures, 408, and a 503 with {@code Retry-After: 0}) so the pipeline's retry loop is the only one, and
 * redirects are not followed (a signed request must not wander). A client of ours for an {@code http://} endpoint
 * (the emulator, a loopback test server) is built without TLS, since it calls nothing else.
 */
public final class HttpTransport implements AutoCloseable {
  /** The largest 2xx body read (64 MiB): far beyond any page of these APIs; beyond it the call fails. */
  public static final long MAX_SUCCESS_BODY_BYTES = 64L * 1024 * 1024;
  /** The most of an error body read (64 KiB): enough for any error document; the rest is dropped. */
  public static final long MAX_ERROR_BODY_BYTES = 64L * 1024;
  private static final byte[] NO_BODY = new byte[0];
  /** Where a 503's {@code Retry-After} waits while OkHttp looks at the response. */
  private static final String HIDDEN_RETRY_AFTER = "X-Stacksets-Sdk-Retry-After";
  private static final Duration MIN_TIMEOUT = Duration.ofMillis(1);
  private static final Duration MAX_TIMEOUT = Duration.ofMillis(Integer.MAX_VALUE);

  private final OkHttpClient client;
  private final boolean ownsClient;
  /** How many asynchronous calls of a client we build are on the wire at once (OkHttp's default per host). */
  static final int MAX_CALLS_ON_THE_WIRE = 5;
  private final String origin;
  /** {@link #origin} as OkHttp's URL (path {@code /}), or null when OkHttp refuses it: then each call fails as it. */
  private final HttpUrl originUrl;
  private final String basePath;
  private final String hostHeader;
  private final long maxSuccessBody;
  private final long maxErrorBody;
  /** The last content type parsed; a service sends one or two, so this spares parsing it on every attempt. */
  private volatile MediaType lastMediaType;

  /**
   * Derives the OkHttp client and fixes the endpoint. Every service client is built through here.
   *
   * @throws IllegalStateException when the OkHttp on the class path is older than 5 (see {@link OkHttpVersionCheck})
   */
  public HttpTransport(ClientConfiguration config) {
    this(config, MAX_SUCCESS_BODY_BYTES, MAX_ERROR_BODY_BYTES);
  }

  /** With other reply limits (for tests in this package). */
  HttpTransport(ClientConfiguration config, long maxSuccessBody, long maxErrorBody) {
    OkHttpVersionCheck.requireSupported();
    this.maxSuccessBody = maxSuccessBody;
    this.maxErrorBody = maxErrorBody;
    OkHttpClient base = config.httpClient();
    this.ownsClient = base == null;
    URI endpoint = config.endpoint();
    OkHttpClient.Builder builder = base != null ? base.newBuilder() : new OkHttpClient.Builder();
    if (base == null) {
      builder.dispatcher(boundedDispatcher());
      if ("http".equalsIgnoreCase(endpoint.getScheme())) {
        // this client only ever calls its endpoint (redirects are not followed), so it never needs TLS: without a
        // TLS connection spec OkHttp does not load the platform's trust store (about 0.2 s of a cold start)
        builder.connectionSpecs(List.of(ConnectionSpec.CLEARTEXT));
      }
    }
    // a null timeout: the caller's OkHttpClient keeps its own (see SdkClientBuilder#httpClient)
    if (config.connectTimeout() != null) {
      builder.connectTimeout(okHttpTimeout(config.connectTimeout()));
    }
    if (config.readTimeout() != null) {
      builder.readTimeout(okHttpTimeout(config.readTimeout())).writeTimeout(okHttpTimeout(config.readTimeout()));
    }
    builder.retryOnConnectionFailure(false)
        .followRedirects(false)
        .followSslRedirects(false);
    for (Interceptor i : config.interceptors()) {
      builder.addInterceptor(i);
    }
    OkHttpProxies.apply(config.proxy(), builder);
    // innermost network interceptor: keeps OkHttp's follow-up logic away from a 503's Retry-After (see below)
    builder.addNetworkInterceptor(HttpTransport::hideRetryAfterFromOkHttp);
    this.client = builder.build();
    String basePath = endpoint.getRawPath() == null ? "" : endpoint.getRawPath();
    while (basePath.endsWith("/")) {
      basePath = basePath.substring(0, basePath.length() - 1);
    }
    this.basePath = basePath;
    this.hostHeader = hostHeader(endpoint);
    this.origin = endpoint.getScheme() + "://" + hostHeader;
    this.originUrl = HttpUrl.parse(origin + "/");
  }

  /**
   * The dispatcher of a client we build: OkHttp runs each asynchronous call on a dispatcher thread for as long as it
   * is on the wire, and its default executor starts a new thread whenever none is idle at that instant (dozens under
   * load). Ours has at most {@value #MAX_CALLS_ON_THE_WIRE} threads, named {@code stacksets-http-N}, idle ones
   * ending after a minute; the dispatcher runs as many calls at once (OkHttp's own default per host) and queues the
   * rest without a thread, so a thousand calls in flight wait in the queue, not on threads.
   */
  static Dispatcher boundedDispatcher() {
    AtomicInteger created = new AtomicInteger();
    ThreadPoolExecutor executor = new ThreadPoolExecutor(MAX_CALLS_ON_THE_WIRE, MAX_CALLS_ON_THE_WIRE, 60,
        TimeUnit.SECONDS, new LinkedBlockingQueue<>(), r -> {
          Thread t = new Thread(r, "stacksets-http-" + created.incrementAndGet());
          t.setDaemon(true);
          return t;
        });
    executor.allowCoreThreadTimeOut(true);
    Dispatcher dispatcher = new Dispatcher(executor);
    dispatcher.setMaxRequests(MAX_CALLS_ON_THE_WIRE);
    dispatcher.setMaxRequestsPerHost(MAX_CALLS_ON_THE_WIRE);
    return dispatcher;
  }

  /** OkHttp takes whole milliseconds in {@code [1, Integer.MAX_VALUE]}; any positive setting is clamped into that. */
  private static Duration okHttpTimeout(Duration d) {
    if (d.compareTo(MAX_TIMEOUT) > 0) {
      return MAX_TIMEOUT;
    }
    return d.compareTo(MIN_TIMEOUT) < 0 ? MIN_TIMEOUT : d;
  }

  /** The {@code Host} header value for the endpoint: host, plus {@code :port} unless it is the scheme's default. */
  public String hostHeader() {
    return hostHeader;
  }

  /** The derived OkHttp client every attempt goes through. */
  OkHttpClient okHttpClient() {
    return client;
  }

  /** The path prefix of the endpoint (may be empty), to be put before every request path. */
  public String basePath() {
    return basePath;
  }

  static String hostHeader(URI endpoint) {
    return HostHeader.of(endpoint);
  }


  /**
   * Sends one attempt and reads the reply: a 2xx body whole, up to {@link #MAX_SUCCESS_BODY_BYTES}; an error body
   * up to {@link #MAX_ERROR_BODY_BYTES}, the rest dropped (the error mapper and the excerpt need far less).
   *
   * @param request        signed request; its path already includes the base path
   * @param timeoutNanos   the most this attempt may take (the rest of the call's budget)
   * @throws IOException on any transport failure, timeouts included
   * @throws IllegalArgumentException when the path holds a {@code .} or {@code ..} segment or a raw {@code ?} or
   *     {@code #} (see {@link #requireSendablePath(String)}); nothing is sent
   * @throws ReplyTooLargeException   when a 2xx body is larger than the limit (not retryable: it would be again)
   */
  public SdkHttpResponse send(SdkHttpRequest request, long timeoutNanos) throws IOException {
    Call call = newCall(request, timeoutNanos);
    try (Response response = call.execute()) {
      return toReply(response);
    } catch (IOException | RuntimeException e) {
      throw e;
    } catch (Exception e) {
      // OkHttp (Kotlin) can throw checked exceptions undeclared: an InterruptedException while connecting clears the
      // interrupt flag. Give the pipeline an IOException it understands, with the flag set again.
      if (e instanceof InterruptedException) {
        Thread.currentThread().interrupt();
        InterruptedIOException interrupted = new InterruptedIOException("interrupted");
        interrupted.initCause(e);
        throw interrupted;
      }
      throw new IOException(e);
    }
  }

  /**
   * Sends one attempt without blocking (OkHttp's {@code enqueue}) and hands the reply, read as {@link #send} reads it,
   * or the failure to {@code callback} on an OkHttp dispatcher thread. The returned call can be cancelled.
   *
   * @throws IllegalArgumentException when the path holds a {@code .} or {@code ..} segment; nothing is sent
   */
  Call sendAsync(SdkHttpRequest request, long timeoutNanos, ReplyCallback callback) {
    Call call = newCall(request, timeoutNanos);
    call.enqueue(new Callback() {
      @Override
      public void onFailure(Call c, IOException e) {
        // OkHttp reports a caller's interceptor throwing a RuntimeException as "canceled due to ..." with the
        // exception suppressed: give the pipeline that exception, as the blocking send would
        for (Throwable s : e.getSuppressed()) {
          if (s instanceof RuntimeException r) {
            callback.onOtherFailure(r);
            return;
          }
        }
        callback.onIoFailure(e);
      }

      @Override
      public void onResponse(Call c, Response response) {
        SdkHttpResponse reply;
        try (response) {
          reply = toReply(response);
        } catch (IOException e) {
          callback.onIoFailure(e);
          return;
        } catch (RuntimeException e) {
          callback.onOtherFailure(e);
          return;
        }
        callback.onReply(reply);
      }
    });
    return call;
  }

  /** Where {@link #sendAsync} delivers what one attempt came to; exactly one method is called. */
  interface ReplyCallback {
    void onReply(SdkHttpResponse reply);

    void onIoFailure(IOException e);

    void onOtherFailure(RuntimeException e);
  }

  private Call newCall(SdkHttpRequest request, long timeoutNanos) {
    requireSendablePath(request.encodedPath());
    Request.Builder rb = new Request.Builder()
        .url(httpUrl(request))
        .headers(request.headers());
    byte[] body = request.body();
    if (body.length > 0 || requiresBody(request.method())) {
      MediaType mediaType = mediaType(request.contentType());
      rb.method(request.method(), RequestBody.create(body.length > 0 ? body : NO_BODY, mediaType));
    } else {
      rb.method(request.method(), null);
    }
    Call call = client.newCall(rb.build());
    call.timeout().timeout(Math.max(timeoutNanos, 1), TimeUnit.NANOSECONDS);
    return call;
  }

  private SdkHttpResponse toReply(Response response) throws IOException {
    ResponseBody rbody = response.body();
    byte[] bytes = rbody == null ? NO_BODY : read(rbody, response.isSuccessful());
    return new SdkHttpResponse(response.code(), restoreRetryAfter(response.headers()), bytes);
  }

  /**
   * Refuses a path OkHttp would not send as it is. A dot segment ({@code .} or {@code ..}, also as {@code %2E}, any
   * case): OkHttp's {@link HttpUrl} resolves such segments, so {@code /v1/stack-sets/abc/operations/../metadata}
   * would silently call {@code /v1/stack-sets/abc/metadata}, another API, whose reply would then be read as the wrong
   * model; no API of these services has such a segment, so a path holding one always comes from a bad path-bound
   * value. A raw {@code ?} or {@code #}: OkHttp's parser would end the path there and send the rest as a query or
   * drop it as a fragment, with the request's own query parameters in the fragment (a path-bound value is sent
   * percent-encoded, so one of these comes from a value that was not).
   *
   * @throws IllegalArgumentException naming the path
   */
  static void requireSendablePath(String encodedPath) {
    if (encodedPath.indexOf('?') >= 0 || encodedPath.indexOf('#') >= 0) {
      throw new IllegalArgumentException("the request path must not hold a raw '?' or '#' (a path-bound value "
          + "that was not percent-encoded?): " + encodedPath);
    }
    int start = 0;
    int length = encodedPath.length();
    while (start <= length) {
      int end = encodedPath.indexOf('/', start);
      if (end < 0) {
        end = length;
      }
      if (isDotSegment(encodedPath, start, end)) {
        throw new IllegalArgumentException("the request path must not hold a '.' or '..' segment (a path-bound "
            + "name or id of '.' or '..'?): " + encodedPath);
      }
      start = end + 1;
    }
  }

  private static boolean isDotSegment(String path, int start, int end) {
    int i = start;
    int dots = 0;
    while (i < end) {
      if (path.charAt(i) == '.') {
        i++;
      } else if (path.regionMatches(true, i, "%2e", 0, 3)) {
        i += 3;
      } else {
        return false;
      }
      dots++;
    }
    return dots == 1 || dots == 2;
  }

  /** The body, bounded: a 2xx one beyond the limit fails, an error one is cut at its limit. */
  private byte[] read(ResponseBody body, boolean successful) throws IOException {
    long limit = successful ? maxSuccessBody : maxErrorBody;
    if (successful && body.contentLength() > limit) {
      throw new ReplyTooLargeException(body.contentLength(), limit);
    }
    BufferedSource source = body.source();
    if (source.request(limit + 1)) { // more than limit bytes: buffered are at most limit + one segment
      if (successful) {
        throw new ReplyTooLargeException(-1, limit);
      }
      return source.getBuffer().readByteArray(limit);
    }
    return source.readByteArray();
  }

  /**
   * A 2xx reply body was larger than the most the client reads ({@link #MAX_SUCCESS_BODY_BYTES}): no page of these
   * APIs comes near it, so this is not the reply expected (or is hostile), and it is not read into memory. The
   * pipeline reports it as a non-retryable {@code ClientSideException}.
   */
  public static final class ReplyTooLargeException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    ReplyTooLargeException(long contentLength, long limit) {
      super("the reply body " + (contentLength >= 0 ? "(" + contentLength + " bytes) " : "")
          + "is larger than " + limit + " bytes, the most the client reads");
    }
  }

  /**
   * OkHttp's follow-up logic silently repeats a 503 whose {@code Retry-After} is {@code 0} (a second, hidden retry
   * loop that ignores the policy and the attempt count) and fails with a {@code NumberFormatException} on a numeric
   * value beyond {@code int}. So the header is moved aside before OkHttp sees it, and put back by
   * {@link #restoreRetryAfter(Headers)} for the pipeline and the error mapper.
   */
  private static Response hideRetryAfterFromOkHttp(Interceptor.Chain chain) throws IOException {
    Response response = chain.proceed(chain.request());
    String retryAfter = response.code() == 503 ? response.header("Retry-After") : null;
    if (retryAfter == null) {
      return response;
    }
    return response.newBuilder().removeHeader("Retry-After").header(HIDDEN_RETRY_AFTER, retryAfter).build();
  }

  private static Headers restoreRetryAfter(Headers headers) {
    String hidden = headers.get(HIDDEN_RETRY_AFTER);
    if (hidden == null) {
      return headers;
    }
    return headers.newBuilder().removeAll(HIDDEN_RETRY_AFTER).set("Retry-After", hidden).build();
  }

  private MediaType mediaType(String contentType) {
    if (contentType == null) {
      return null;
    }
    MediaType last = lastMediaType;
    if (last != null && last.toString().equals(contentType)) {
      return last;
    }
    MediaType parsed = MediaType.get(contentType);
    lastMediaType = parsed;
    return parsed;
  }

  private static boolean requiresBody(String method) {
    return method.equals("POST") || method.equals("PUT") || method.equals("PATCH");
  }

  /**
   * The request's URL as OkHttp's {@link HttpUrl}: the endpoint's origin parsed once (at construction), only the
   * path and query parsed per call, which is what {@code HttpUrl.get} of the whole URL text costs most of (about
   * 1.4 against 0.5 us, {@code IngredientBenchmarks.httpUrl*}). OkHttp's builder canonicalises an encoded path and
   * query exactly as its parser does, so the URL is the same (pinned by {@code HttpTransportUrlTest}). A path
   * ending in a space, tab or line break, which the parser trims from the end of the whole text, takes the parser's
   * way (so does any other control character there, harmlessly); a raw {@code ?} or {@code #}, where the parser
   * would cut the path, is refused before this (see {@link #requireSendablePath(String)}).
   */
  HttpUrl httpUrl(SdkHttpRequest request) {
    String path = request.encodedPath();
    if (originUrl == null || path.charAt(path.length() - 1) <= ' ') {
      return HttpUrl.get(url(request));
    }
    return originUrl.newBuilder().encodedPath(path).encodedQuery(encodedQuery(request)).build();
  }

  /** The URL as text: the origin, the encoded path and the encoded query. */
  String url(SdkHttpRequest request) {
    String query = encodedQuery(request);
    return query == null ? origin + request.encodedPath() : origin + request.encodedPath() + '?' + query;
  }

  /** The query parameters percent-encoded in order, {@code name=value} joined by {@code &}; null when none. */
  private static String encodedQuery(SdkHttpRequest request) {
    if (request.query().isEmpty()) {
      return null;
    }
    StringBuilder sb = new StringBuilder(64);
    for (QueryParam q : request.query()) {
      if (sb.length() > 0) {
        sb.append('&');
      }
      sb.append(PercentEncoding.encode(q.name())).append('=').append(PercentEncoding.encode(q.value()));
    }
    return sb.toString();
  }

  /** Releases the connection pool and threads when this transport created its own OkHttp client. */
  @Override
  public void close() {
    if (ownsClient) {
      client.dispatcher().executorService().shutdown();
      client.connectionPool().evictAll();
    }
  }
}
