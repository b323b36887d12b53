package dev.stacksets.core.internal.util;

import java.net.URI;

/** The {@code Host} header value of an endpoint, for every request the SDK sends and signs. Stateless. */
public final class HostHeader {
  private HostHeader() {}

  /** The host (IPv6 literals bracketed), plus {@code :port} unless it is the scheme's default. */
  public static String of(URI endpoint) {
    String host = endpoint.getHost();
    if (host.indexOf(':') >= 0 && !host.startsWith("[")) {
      host = "[" + host + "]";
    }
    int port = endpoint.getPort();
    boolean defaultPort = port == -1 || ("https".equalsIgnoreCase(endpoint.getScheme()) && port == 443)
        || ("http".equalsIgnoreCase(endpoint.getScheme()) && port == 80);
    return defaultPort ? host : host + ":" + port;
  }
}
