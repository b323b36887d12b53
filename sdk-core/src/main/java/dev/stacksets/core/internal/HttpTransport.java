package dev.stacksets.core.internal;

import dev.stacksets.core.ClientConfiguration;
import dev.stacksets.core.http.QueryParam;
import dev.stacksets.core.http.SdkHttpRequest;
import dev.stacksets.core.http.SdkHttpResponse;
import java.io.IOException;
import java.net.URI;
import java.util.concurrent.TimeUnit;
import okhttp3.Call;
import okhttp3.HttpUrl;
import okhttp3.Interceptor;
import okhttp3.MediaType;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.RequestBody;
import okhttp3.Response;
import okhttp3.ResponseBody;

/**
 * The send stage: turns a signed {@link SdkHttpRequest} into one OkHttp call and reads the whole reply, closing the
 * body. Owns the derived {@link OkHttpClient}: built once per service client with {@code newBuilder()} from the
 * caller's client (sharing its pool and dispatcher) or from a fresh one. OkHttp's own silent retry is switched off so
 * the pipeline's retry loop is the only one, and redirects are not followed (a signed request must not wander).
 */
public final class HttpTransport implements AutoCloseable {
  private static final byte[] NO_BODY = new byte[0];

  private final OkHttpClient client;
  private final boolean ownsClient;
  private final String origin;
  private final String basePath;
  private final String hostHeader;

  /** Derives the OkHttp client and fixes the endpoint. */
  public HttpTransport(ClientConfiguration config) {
    OkHttpClient base = config.httpClient();
    this.ownsClient = base == null;
    OkHttpClient.Builder builder = (base != null ? base : new OkHttpClient()).newBuilder()
        .connectTimeout(config.connectTimeout())
        .readTimeout(config.readTimeout())
        .writeTimeout(config.readTimeout())
        .retryOnConnectionFailure(false)
        .followRedirects(false)
        .followSslRedirects(false);
    for (Interceptor i : config.interceptors()) {
      builder.addInterceptor(i);
    }
    this.client = builder.build();
    URI endpoint = config.endpoint();
    String basePath = endpoint.getRawPath() == null ? "" : endpoint.getRawPath();
    while (basePath.endsWith("/")) {
      basePath = basePath.substring(0, basePath.length() - 1);
    }
    this.basePath = basePath;
    this.hostHeader = hostHeader(endpoint);
    this.origin = endpoint.getScheme() + "://" + hostHeader;
  }

  /** The {@code Host} header value for the endpoint: host, plus {@code :port} unless it is the scheme's default. */
  public String hostHeader() {
    return hostHeader;
  }

  /** The path prefix of the endpoint (may be empty), to be put before every request path. */
  public String basePath() {
    return basePath;
  }

  static String hostHeader(URI endpoint) {
    String host = endpoint.getHost();
    if (host.indexOf(':') >= 0 && !host.startsWith("[")) {
      host = "[" + host + "]";
    }
    int port = endpoint.getPort();
    boolean defaultPort = port == -1 || ("https".equals(endpoint.getScheme()) && port == 443)
        || ("http".equals(endpoint.getScheme()) && port == 80);
    return defaultPort ? host : host + ":" + port;
  }

  /**
   * Sends one attempt and reads the full reply.
   *
   * @param request        signed request; its path already includes the base path
   * @param timeoutNanos   the most this attempt may take (the rest of the call's budget)
   * @throws IOException on any transport failure, timeouts included
   */
  public SdkHttpResponse send(SdkHttpRequest request, long timeoutNanos) throws IOException {
    Request.Builder rb = new Request.Builder()
        .url(HttpUrl.get(url(request)))
        .headers(request.headers());
    byte[] body = request.body();
    if (body.length > 0 || requiresBody(request.method())) {
      MediaType mediaType = request.contentType() == null ? null : MediaType.get(request.contentType());
      rb.method(request.method(), RequestBody.create(body.length > 0 ? body : NO_BODY, mediaType));
    } else {
      rb.method(request.method(), null);
    }
    Call call = client.newCall(rb.build());
    call.timeout().timeout(Math.max(timeoutNanos, 1), TimeUnit.NANOSECONDS);
    try (Response response = call.execute()) {
      ResponseBody rbody = response.body();
      byte[] bytes = rbody == null ? NO_BODY : rbody.bytes();
      return new SdkHttpResponse(response.code(), response.headers(), bytes);
    }
  }

  private static boolean requiresBody(String method) {
    return method.equals("POST") || method.equals("PUT") || method.equals("PATCH");
  }

  private String url(SdkHttpRequest request) {
    StringBuilder sb = new StringBuilder(origin.length() + request.encodedPath().length() + 64);
    sb.append(origin).append(request.encodedPath());
    char sep = '?';
    for (QueryParam q : request.query()) {
      sb.append(sep).append(PercentEncoding.encode(q.name())).append('=').append(PercentEncoding.encode(q.value()));
      sep = '&';
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
