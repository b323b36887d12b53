package dev.stacksets.cfn.internal;

import dev.stacksets.core.http.SdkHttpRequest;
import dev.stacksets.core.internal.util.PercentEncoding;

/**
 * The body of one AWS Query call: {@code Action} and {@code Version} first, then the members in the order they are
 * added, as {@code key=value} pairs joined with {@code &}, keys and values RFC 3986 encoded with core
 * {@link PercentEncoding}. Null members are left out; an empty string is sent as {@code Key=}. Lists are added by
 * the caller as {@code Name.member.N...} keys, 1-based; an empty (but present) list is sent as {@code Name=}.
 * Not thread-safe; one instance per request.
 */
public final class QueryForm {
  /** The media type of the body; the signature covers it, as botocore and the AWS CLI send it. */
  public static final String CONTENT_TYPE = "application/x-www-form-urlencoded; charset=utf-8";

  private final StringBuilder body = new StringBuilder(256);

  private QueryForm(String action, String version) {
    add("Action", action);
    add("Version", version);
  }

  /** Starts a form for {@code action} of API {@code version}. */
  public static QueryForm of(String action, String version) {
    return new QueryForm(action, version);
  }

  /** Adds one member unless {@code value} is null. */
  public QueryForm add(String key, Object value) {
    if (value == null) {
      return this;
    }
    if (body.length() > 0) {
      body.append('&');
    }
    body.append(PercentEncoding.encode(key)).append('=').append(PercentEncoding.encode(value.toString()));
    return this;
  }

  /** The encoded body. */
  public String encoded() {
    return body.toString();
  }

  /** {@code POST /} with this body and its {@code Content-Type} (also set as a header, so it is signed). */
  public SdkHttpRequest toRequest() {
    return SdkHttpRequest.builder()
        .method("POST")
        .encodedPath("/")
        .header("Content-Type", CONTENT_TYPE)
        .body(encoded(), CONTENT_TYPE)
        .build();
  }

  @Override
  public String toString() {
    return encoded();
  }
}
