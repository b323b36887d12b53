package dev.stacksets.core.internal.config;

import dev.stacksets.core.http.ProxyConfiguration;
import dev.stacksets.core.http.QueryParam;
import dev.stacksets.core.http.SdkHttpRequest;
import dev.stacksets.core.http.SdkHttpResponse;
import dev.stacksets.core.internal.util.HostHeader;
import dev.stacksets.core.internal.util.PercentEncoding;
import java.io.IOException;
import java.net.URI;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import okhttp3.Call;
import okhttp3.HttpUrl;
import okhttp3.MediaType;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.RequestBody;
import okhttp3.Response;
import okhttp3.ResponseBody;
import okio.BufferedSource;

/**
 * One HTTP exchange outside the request pipeline, for the services credentials and settings come from: token
 * services (STS, SSO, IAM) and metadata services (EC2 instance metadata, the container credentials endpoint, the
 * Huawei Cloud ECS metadata service). Requests are {@link SdkHttpRequest}s, so the SDK's signers sign them; a reply
 * is read whole up to {@link #MAX_REPLY_BYTES}. No retries, no redirects: the callers cache what they get and try
 * again later.
 *
 * <p>Metadata services ({@link #local(Duration)}) are never reached through a proxy; token services
 * ({@link #remote(Duration, Duration, ProxyConfiguration)}) go through the proxy the settings name, as the service
 * clients do. The OkHttp client is created on first use. Thread-safe.
 */
public final class DirectHttp {
  /** The largest reply read (1 MiB): credential and token replies are a few KB. */
  public static final long MAX_REPLY_BYTES = 1024L * 1024;
  private static final byte[] NO_BODY = new byte[0];

  private final Duration connectTimeout;
  private final Duration readTimeout;
  private final ProxyConfiguration proxy;
  private volatile OkHttpClient client;

  private DirectHttp(Duration connectTimeout, Duration readTimeout, ProxyConfiguration proxy) {
    this.connectTimeout = connectTimeout;
    this.readTimeout = readTimeout;
    this.proxy = proxy;
  }

  /** For a metadata service on this host or link: never proxied, {@code timeout} to connect and to read. */
  public static DirectHttp local(Duration timeout) {
    return new DirectHttp(timeout, timeout, ProxyConfiguration.none());
  }

  /** For a token service on the internet, through {@code proxy} (see {@link ProxyConfiguration}). */
  public static DirectHttp remote(Duration connectTimeout, Duration readTimeout, ProxyConfiguration proxy) {
    return new DirectHttp(connectTimeout, readTimeout, proxy);
  }

  /** The proxies {@code settings} name (JVM properties, else environment variables). */
  public static ProxyConfiguration proxyOf(SystemSettings settings) {
    return ProxyConfiguration.fromEnvironment(settings::env, settings::property);
  }

  /**
   * A request builder for {@code path} under {@code endpoint}: the endpoint's path is kept as a prefix, and
   * {@code Host} is set (so a signer can sign it).
   *
   * @param encodedPath the path, percent-encoded, starting with {@code /}
   */
  public static SdkHttpRequest.Builder request(URI endpoint, String method, String encodedPath) {
    String base = endpoint.getRawPath() == null ? "" : endpoint.getRawPath();
    while (base.endsWith("/")) {
      base = base.substring(0, base.length() - 1);
    }
    return SdkHttpRequest.builder().method(method).encodedPath(base + encodedPath)
        .header("Host", HostHeader.of(endpoint));
  }

  /**
   * Sends {@code request} to {@code endpoint}'s scheme, host and port and reads the reply.
   *
   * @throws IOException on any transport failure or timeout, or when the reply is larger than
   *     {@link #MAX_REPLY_BYTES}
   */
  public SdkHttpResponse send(URI endpoint, SdkHttpRequest request) throws IOException {
    StringBuilder url = new StringBuilder(endpoint.getScheme()).append("://").append(HostHeader.of(endpoint))
        .append(request.encodedPath());
    char sep = '?';
    for (QueryParam q : request.query()) {
      url.append(sep).append(PercentEncoding.encode(q.name())).append('=').append(PercentEncoding.encode(q.value()));
      sep = '&';
    }
    Request.Builder rb = new Request.Builder().url(HttpUrl.get(url.toString())).headers(request.headers());
    byte[] body = request.body();
    boolean needsBody = request.method().equals("POST") || request.method().equals("PUT");
    if (body.length > 0 || needsBody) {
      MediaType type = request.contentType() == null ? null : MediaType.get(request.contentType());
      rb.method(request.method(), RequestBody.create(body.length > 0 ? body : NO_BODY, type));
    } else {
      rb.method(request.method(), null);
    }
    Call call = client().newCall(rb.build());
    call.timeout().timeout(connectTimeout.plus(readTimeout).plus(readTimeout).toMillis(), TimeUnit.MILLISECONDS);
    try (Response response = call.execute()) {
      ResponseBody rbody = response.body();
      return new SdkHttpResponse(response.code(), response.headers(), rbody == null ? NO_BODY : read(rbody));
    }
  }

  private static byte[] read(ResponseBody body) throws IOException {
    BufferedSource source = body.source();
    if (source.request(MAX_REPLY_BYTES + 1)) {
      throw new IOException("the reply is larger than " + MAX_REPLY_BYTES + " bytes");
    }
    return source.readByteArray();
  }

  private OkHttpClient client() {
    OkHttpClient c = client;
    if (c == null) {
      synchronized (this) {
        c = client;
        if (c == null) {
          OkHttpClient.Builder b = new OkHttpClient.Builder()
              .connectTimeout(connectTimeout)
              .readTimeout(readTimeout)
              .writeTimeout(readTimeout)
              .retryOnConnectionFailure(false)
              .followRedirects(false)
              .followSslRedirects(false);
          OkHttpProxies.apply(proxy, b);
          c = b.build();
          client = c;
        }
      }
    }
    return c;
  }
}
