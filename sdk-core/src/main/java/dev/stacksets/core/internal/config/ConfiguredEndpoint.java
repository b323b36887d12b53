package dev.stacksets.core.internal.config;

import java.net.URI;
import java.net.URISyntaxException;

/**
 * An endpoint read from configuration, with where it was read (for messages and logs), e.g.
 * {@code environment variable AWS_ENDPOINT_URL_STS}. Immutable.
 *
 * @param uri    the endpoint: an absolute http(s) URI with a host, without user info, query or fragment
 * @param source where it was configured
 */
public record ConfiguredEndpoint(URI uri, String source) {

  /**
   * Parses and checks a configured endpoint value.
   *
   * @throws IllegalStateException naming {@code source} when the value is not an absolute http(s) URI with a host,
   *     or holds user info, a query or a fragment (user info is never echoed)
   */
  public static ConfiguredEndpoint parse(String value, String source) {
    URI uri;
    try {
      uri = new URI(value);
    } catch (URISyntaxException e) {
      throw new IllegalStateException(source + " is not a URI: " + e.getReason());
    }
    String scheme = uri.getScheme();
    if (uri.getRawUserInfo() != null) {
      throw new IllegalStateException(source + " must not contain user info: " + scheme + "://" + uri.getHost());
    }
    if (!("http".equalsIgnoreCase(scheme) || "https".equalsIgnoreCase(scheme)) || uri.getHost() == null) {
      throw new IllegalStateException(source + " must be an absolute http(s) URI with a host: " + shown(value));
    }
    if (uri.getRawQuery() != null || uri.getRawFragment() != null) {
      throw new IllegalStateException(source + " must not have a query or fragment: " + shown(value));
    }
    return new ConfiguredEndpoint(uri, source);
  }

  /** The value for a message, unless it may hold a password ({@code user:pass@host} without a scheme). */
  private static String shown(String value) {
    return value.indexOf('@') >= 0 ? "(not shown: it holds '@')" : "'" + value + "'";
  }
}
