package dev.stacksets.core.internal.config;

import dev.stacksets.core.http.ProxyConfiguration;
import java.io.IOException;
import java.io.InterruptedIOException;
import java.net.InetSocketAddress;
import java.net.Proxy;
import java.net.ProxySelector;
import java.net.SocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import okhttp3.Interceptor;
import okhttp3.OkHttpClient;
import okhttp3.Response;

/**
 * Puts a {@link ProxyConfiguration} onto an OkHttp client: a proxy selector choosing the proxy (or none) per request,
 * a proxy authenticator sending {@code Proxy-Authorization: Basic} (never logged), and an interceptor that makes a
 * failure through a proxy say so: an I/O failure becomes an {@link IOException} naming the proxy (its cause kept, so
 * the pipeline still sees a connection that was never made), a {@code 407} a {@link ProxyRefusedException}. Neither
 * message shows the proxy's credentials. Stateless.
 */
public final class OkHttpProxies {
  private OkHttpProxies() {}

  /**
   * Applies {@code proxy} (null or {@link ProxyConfiguration#isUnset() unset}: the client's own proxy selection is
   * left alone; {@link ProxyConfiguration#none()}: direct).
   */
  public static void apply(ProxyConfiguration proxy, OkHttpClient.Builder builder) {
    if (proxy == null || proxy.isUnset()) {
      return;
    }
    if (proxy.isDirect()) {
      builder.proxy(Proxy.NO_PROXY);
      return;
    }
    builder.proxy(null).proxySelector(new Selector(proxy));
    if (proxy.username() != null) {
      String basic = "Basic " + Base64.getEncoder().encodeToString((proxy.username() + ":"
          + (proxy.password() == null ? "" : proxy.password())).getBytes(StandardCharsets.UTF_8));
      builder.proxyAuthenticator((route, response) ->
          response.request().header("Proxy-Authorization") != null ? null // refused once: give up
              : response.request().newBuilder().header("Proxy-Authorization", basic).build());
    }
    builder.addInterceptor(chain -> labelFailures(proxy, chain));
  }

  private static Response labelFailures(ProxyConfiguration proxy, Interceptor.Chain chain) throws IOException {
    URI via = proxy.proxyFor(chain.request().url().uri());
    if (via == null) {
      return chain.proceed(chain.request());
    }
    Response response;
    try {
      response = chain.proceed(chain.request());
    } catch (IOException e) {
      if (e.getClass() == InterruptedIOException.class) {
        throw e; // the call timed out or was interrupted: not the proxy's doing
      }
      throw new IOException("through the proxy " + via + " (from " + proxy.source() + "): "
          + e.getClass().getSimpleName() + (e.getMessage() == null ? "" : ": " + e.getMessage()), e);
    }
    if (response.code() == 407) {
      response.close();
      throw new ProxyRefusedException("the proxy " + via + " (from " + proxy.source() + ") refused the request "
          + "with HTTP 407 Proxy Authentication Required; " + (proxy.username() == null
          ? "no proxy user and password are configured" : "the password of proxy user '" + proxy.username()
          + "' was not accepted"));
    }
    return response;
  }

  /** The proxy refused to forward a request (407 after the configured credentials, or without any). */
  public static final class ProxyRefusedException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    ProxyRefusedException(String message) {
      super(message);
    }
  }

  private static final class Selector extends ProxySelector {
    private final ProxyConfiguration proxy;

    Selector(ProxyConfiguration proxy) {
      this.proxy = proxy;
    }

    @Override
    public List<Proxy> select(URI uri) {
      URI via = proxy.proxyFor(uri);
      if (via == null) {
        return List.of(Proxy.NO_PROXY);
      }
      String host = via.getHost().startsWith("[") ? via.getHost().substring(1, via.getHost().length() - 1)
          : via.getHost();
      return List.of(new Proxy(Proxy.Type.HTTP, InetSocketAddress.createUnresolved(host, via.getPort())));
    }

    @Override
    public void connectFailed(URI uri, SocketAddress address, IOException failure) {
      // the interceptor reports it
    }
  }
}
