package dev.stacksets.core.http;

import dev.stacksets.core.internal.util.PercentEncoding;
import dev.stacksets.core.internal.util.Require;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;

/**
 * Which HTTP proxy a client's requests go through, and with which credentials: set on a client builder with
 * {@code proxy(...)}.
 *
 * <ul>
 *   <li>{@link #fromEnvironment()} (the default of a client that is not given its own {@code OkHttpClient}): the JVM
 *       properties {@code https.proxyHost} / {@code https.proxyPort} and {@code http.proxyHost} /
 *       {@code http.proxyPort} (with {@code http.nonProxyHosts}, and {@code https.proxyUser} /
 *       {@code https.proxyPassword}, {@code http.proxyUser} / {@code http.proxyPassword}), else the environment
 *       variables {@code https_proxy} / {@code HTTPS_PROXY} for https requests and {@code http_proxy} /
 *       {@code HTTP_PROXY} for http ones (user and password may be in the URL), with {@code no_proxy} /
 *       {@code NO_PROXY}. Loopback addresses ({@code localhost}, {@code 127.*}, {@code ::1}) are never proxied, as
 *       the JVM's default {@code http.nonProxyHosts} says. When nothing is set, the HTTP client's own default applies
 *       (OkHttp's is the JVM's {@code ProxySelector}).</li>
 *   <li>{@link #of(URI, String...)}: every request through one proxy, except to the hosts listed.</li>
 *   <li>{@link #none()}: direct connections, whatever the environment says.</li>
 * </ul>
 *
 * <p>Proxies are {@code http://} URLs (a scheme-less {@code host:port} means {@code http://}); a user and password in
 * the URL are sent as {@code Proxy-Authorization: Basic}, pre-emptively for https tunnels (CONNECT) and when the
 * proxy asks (407) for plain http. A no-proxy entry is a host, a domain (with or without a leading {@code .} or
 * {@code *.}: it covers its subdomains), a trailing-{@code *} prefix such as {@code 10.*}, or {@code *} for all; a
 * port on an entry is ignored. Failures through a proxy say so, naming the proxy without its credentials.
 *
 * <p>Immutable and thread-safe; {@link #toString()} never shows a password.
 *
 * <pre>{@code
 * CloudFormationClient cfn = CloudFormationClient.builder()
 *     .region("eu-west-1")
 *     .proxy(ProxyConfiguration.of(URI.create("http://user:secret@proxy.corp:3128"), ".corp", "10.*"))
 *     .build();
 * }</pre>
 */
public final class ProxyConfiguration {
  private static final List<String> LOOPBACK = List.of("localhost", "127.*", "::1");
  private static final ProxyConfiguration NONE = new ProxyConfiguration(Mode.DIRECT, null, null, List.of(), null,
      null, "none()");

  private enum Mode { DIRECT, UNSET, PROXY }

  private final Mode mode;
  private final Endpoint https;
  private final Endpoint http;
  private final List<String> noProxy;
  private final String username;
  private final String password;
  private final String source;

  private ProxyConfiguration(Mode mode, Endpoint https, Endpoint http, List<String> noProxy, String username,
      String password, String source) {
    this.mode = mode;
    this.https = https;
    this.http = http;
    this.noProxy = List.copyOf(noProxy);
    this.username = username;
    this.password = password;
    this.source = source;
  }

  /** Direct connections, even when the environment names a proxy. */
  public static ProxyConfiguration none() {
    return NONE;
  }

  /**
   * Every request through {@code proxy}, except those to {@code noProxyHosts}.
   *
   * @param proxy an {@code http://[user:password@]host[:port]} URI (port default 80)
   * @throws IllegalArgumentException when the URI is not such a proxy URL (the message never shows a password)
   */
  public static ProxyConfiguration of(URI proxy, String... noProxyHosts) {
    Require.nonNull(proxy, "proxy");
    Require.noNullElements(noProxyHosts, "noProxyHosts");
    Endpoint e;
    try {
      e = Endpoint.parse(proxy.toString(), "proxy");
    } catch (IllegalStateException ex) {
      throw new IllegalArgumentException(ex.getMessage());
    }
    List<String> hosts = new ArrayList<>();
    for (String h : noProxyHosts) {
      addEntries(hosts, h, ",");
    }
    return new ProxyConfiguration(Mode.PROXY, e, e, hosts, e.username, e.password, "proxy(...)");
  }

  /** The proxies the JVM properties, else the environment variables, name; read now. */
  public static ProxyConfiguration fromEnvironment() {
    return fromEnvironment(System::getenv, System::getProperty);
  }

  /**
   * The proxies named by these environment variables and system properties (see the class documentation).
   *
   * @throws IllegalStateException naming the variable or property when it holds an unusable proxy (the message never
   *     shows a password)
   */
  public static ProxyConfiguration fromEnvironment(Function<String, String> environment,
      Function<String, String> properties) {
    Require.nonNull(environment, "environment");
    Require.nonNull(properties, "properties");
    Endpoint https = fromProperties(properties, "https", 443);
    Endpoint http = fromProperties(properties, "http", 80);
    if (https == null) {
      https = fromVariable(environment, "https_proxy");
    }
    if (http == null) {
      http = fromVariable(environment, "http_proxy");
    }
    if (https == null && http == null) {
      return new ProxyConfiguration(Mode.UNSET, null, null, List.of(), null, null, "the environment (none set)");
    }
    List<String> hosts = new ArrayList<>(LOOPBACK);
    addEntries(hosts, value(properties, "http.nonProxyHosts"), "|");
    addEntries(hosts, first(environment, "no_proxy", "NO_PROXY"), ",");
    Endpoint withUser = https != null && https.username != null ? https : http;
    return new ProxyConfiguration(Mode.PROXY, https, http, hosts, withUser == null ? null : withUser.username,
        withUser == null ? null : withUser.password, describeSources(https, http));
  }

  /** True for {@link #none()}: requests never go through a proxy. */
  public boolean isDirect() {
    return mode == Mode.DIRECT;
  }

  /** True when the environment named no proxy: the HTTP client's own proxy selection applies. */
  public boolean isUnset() {
    return mode == Mode.UNSET;
  }

  /** The proxy for https requests, without user info; null when they go direct. */
  public @Nullable URI httpsProxy() {
    return https == null ? null : https.uri;
  }

  /** The proxy for http requests, without user info; null when they go direct. */
  public @Nullable URI httpProxy() {
    return http == null ? null : http.uri;
  }

  /** The hosts requests to which go direct (loopback included for environment settings). */
  public List<String> noProxyHosts() {
    return noProxy;
  }

  /** The proxy user, or null when no credentials are configured. */
  public @Nullable String username() {
    return username;
  }

  /** The proxy password, or null; never log it. */
  public @Nullable String password() {
    return password;
  }

  /** Where the proxy was configured, e.g. {@code HTTPS_PROXY} or {@code https.proxyHost}, for messages. */
  public String source() {
    return source;
  }

  /** The proxy a request to {@code target} goes through (without user info), or null when it goes direct. */
  public @Nullable URI proxyFor(URI target) {
    Require.nonNull(target, "target");
    if (mode != Mode.PROXY || target.getHost() == null) {
      return null;
    }
    Endpoint e = "https".equalsIgnoreCase(target.getScheme()) ? https : http;
    if (e == null || bypassed(target.getHost())) {
      return null;
    }
    return e.uri;
  }

  private boolean bypassed(String rawHost) {
    String host = rawHost.toLowerCase(Locale.ROOT);
    if (host.startsWith("[") && host.endsWith("]")) {
      host = host.substring(1, host.length() - 1);
    }
    for (String entry : noProxy) {
      if (entry.equals("*")) {
        return true;
      }
      if (entry.endsWith("*")) {
        if (host.startsWith(entry.substring(0, entry.length() - 1))) {
          return true;
        }
        continue;
      }
      if (host.equals(entry) || host.endsWith("." + entry)) {
        return true;
      }
    }
    return false;
  }

  @Override
  public String toString() {
    if (mode != Mode.PROXY) {
      return "ProxyConfiguration{" + (mode == Mode.DIRECT ? "direct" : "unset") + "}";
    }
    return "ProxyConfiguration{https=" + httpsProxy() + ", http=" + httpProxy() + ", noProxy=" + noProxy
        + (username == null ? "" : ", user=" + username + ", password=***") + ", from " + source + "}";
  }

  private static Endpoint fromProperties(Function<String, String> properties, String scheme, int defaultPort) {
    String host = value(properties, scheme + ".proxyHost");
    if (host == null) {
      return null;
    }
    String port = value(properties, scheme + ".proxyPort");
    Endpoint e = Endpoint.parse("http://" + (host.contains(":") && !host.startsWith("[") ? "[" + host + "]" : host)
        + ":" + (port == null ? defaultPort : port), "system property " + scheme + ".proxyHost/proxyPort");
    String user = value(properties, scheme + ".proxyUser");
    String password = properties.apply(scheme + ".proxyPassword");
    return user == null ? e : new Endpoint(e.uri, user, password, scheme + ".proxyHost");
  }

  private static Endpoint fromVariable(Function<String, String> environment, String lower) {
    String upper = lower.toUpperCase(Locale.ROOT);
    String v = value(environment, lower);
    String name = lower;
    if (v == null) {
      v = value(environment, upper);
      name = upper;
    }
    return v == null ? null : Endpoint.parse(v.contains("://") ? v : "http://" + v, name);
  }

  private static String describeSources(Endpoint https, Endpoint http) {
    if (https != null && http != null && !https.source.equals(http.source)) {
      return https.source + " and " + http.source;
    }
    return https != null ? https.source : http.source;
  }

  private static void addEntries(List<String> out, String list, String separator) {
    if (list == null) {
      return;
    }
    for (String raw : list.split(separator.equals("|") ? "\\|" : "[,\\s]+")) {
      String e = raw.strip().toLowerCase(Locale.ROOT);
      if (e.startsWith("*.")) {
        e = e.substring(2);
      } else if (e.startsWith(".")) {
        e = e.substring(1);
      }
      if (e.startsWith("[") && e.contains("]")) {
        e = e.substring(1, e.indexOf(']'));
      } else if (e.indexOf(':') > 0 && e.indexOf(':') == e.lastIndexOf(':')) {
        e = e.substring(0, e.indexOf(':')); // host:port; a port is not matched
      }
      if (!e.isEmpty() && !out.contains(e)) {
        out.add(e);
      }
    }
  }

  private static String first(Function<String, String> f, String a, String b) {
    String v = value(f, a);
    return v != null ? v : value(f, b);
  }

  private static String value(Function<String, String> f, String name) {
    String v = f.apply(name);
    return v == null || v.isBlank() ? null : v.strip();
  }

  /** One proxy: its URI without user info, and the credentials that were in it. */
  private static final class Endpoint {
    final URI uri;
    final String username;
    final String password;
    final String source;

    Endpoint(URI uri, String username, String password, String source) {
      this.uri = uri;
      this.username = username;
      this.password = password;
      this.source = source;
    }

    static Endpoint parse(String value, String source) {
      URI u;
      try {
        u = new URI(value);
      } catch (URISyntaxException e) {
        throw new IllegalStateException(source + " is not a proxy URL: " + e.getReason());
      }
      if (!"http".equalsIgnoreCase(u.getScheme()) || u.getHost() == null) {
        throw new IllegalStateException(source + " must be an http://host:port proxy URL (TLS and SOCKS proxies are "
            + "not supported)" + (u.getHost() == null ? "" : ": " + u.getScheme() + "://" + u.getHost()));
      }
      String user = null;
      String password = null;
      if (u.getRawUserInfo() != null) {
        String info = u.getRawUserInfo();
        int colon = info.indexOf(':');
        user = PercentEncoding.decode(colon < 0 ? info : info.substring(0, colon));
        password = colon < 0 ? null : PercentEncoding.decode(info.substring(colon + 1));
      }
      return new Endpoint(URI.create("http://" + u.getHost() + ":" + (u.getPort() == -1 ? 80 : u.getPort())), user,
          password, source);
    }
  }
}
