package dev.stacksets.core.http;

import dev.stacksets.core.internal.util.Require;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import okhttp3.Headers;
import org.jspecify.annotations.Nullable;

/**
 * A protocol-neutral HTTP request, as a service serializer produces it and as a signer sees it: method, an already
 * percent-encoded path (relative to the client's endpoint), ordered multi-valued query parameters in decoded form,
 * headers and an optional body with its content type.
 *
 * <p>Immutable and thread-safe: every retry attempt signs the same instance again. A null argument to a builder
 * method is an {@link IllegalArgumentException} naming it.
 *
 * <pre>{@code
 * SdkHttpRequest request = SdkHttpRequest.builder()
 *     .method("GET")
 *     .encodedPath("/v1/stack-sets")
 *     .addQuery("limit", "100")
 *     .build();
 * }</pre>
 */
public final class SdkHttpRequest {
  private static final byte[] EMPTY = new byte[0];

  private final String method;
  private final String encodedPath;
  private final List<QueryParam> query;
  private final Headers headers;
  private final byte[] body;
  private final String contentType;

  private SdkHttpRequest(Builder b) {
    if (b.method == null || b.method.isBlank()) {
      throw new IllegalStateException("method is required");
    }
    if (b.encodedPath == null || !b.encodedPath.startsWith("/")) {
      throw new IllegalStateException("encodedPath must start with '/': " + b.encodedPath);
    }
    if (b.body.length > 0 && b.contentType == null) {
      throw new IllegalStateException("contentType is required when a body is set");
    }
    this.method = b.method;
    this.encodedPath = b.encodedPath;
    this.query = List.copyOf(b.query);
    this.headers = b.headers.build();
    this.body = b.body;
    this.contentType = b.contentType;
  }

  /** Returns a new, empty builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** Returns a builder holding this request's values. */
  public Builder toBuilder() {
    return new Builder(this);
  }

  /** Upper-case HTTP method, e.g. {@code GET}. */
  public String method() {
    return method;
  }

  /** The percent-encoded path, starting with {@code /}, relative to the endpoint's own path. */
  public String encodedPath() {
    return encodedPath;
  }

  /** Query parameters in decoded form, in the order they were added; unmodifiable. */
  public List<QueryParam> query() {
    return query;
  }

  /** Request headers (case-insensitive names, order kept). */
  public Headers headers() {
    return headers;
  }

  /** First value of the named header, or null. */
  public @Nullable String header(String name) {
    return headers.get(name);
  }

  /** The body bytes; an empty array when there is no body. The array must not be modified. */
  public byte[] body() {
    return body;
  }

  /** Content type of the body, or null when there is none. */
  public @Nullable String contentType() {
    return contentType;
  }

  @Override
  public String toString() {
    // Header values are deliberately left out: they may hold signatures or tokens.
    return "SdkHttpRequest{" + method + " " + encodedPath + ", query=" + query.size()
        + ", headers=" + headers.names() + ", body=" + body.length + " bytes}";
  }

  /** Mutable builder; not thread-safe. */
  public static final class Builder {
    private String method;
    private String encodedPath = "/";
    private final List<QueryParam> query = new ArrayList<>();
    private Headers.Builder headers = new Headers.Builder();
    private byte[] body = EMPTY;
    private String contentType;

    private Builder() {}

    private Builder(SdkHttpRequest r) {
      this.method = r.method;
      this.encodedPath = r.encodedPath;
      this.query.addAll(r.query);
      this.headers = r.headers.newBuilder();
      this.body = r.body;
      this.contentType = r.contentType;
    }

    /** HTTP method; stored upper-case. */
    public Builder method(String method) {
      this.method = Require.nonNull(method, "method").toUpperCase(java.util.Locale.ROOT);
      return this;
    }

    /** An already percent-encoded path starting with {@code /}. */
    public Builder encodedPath(String encodedPath) {
      this.encodedPath = Require.nonNull(encodedPath, "encodedPath");
      return this;
    }

    /** Appends one query parameter (decoded form); repeated names are kept in order. */
    public Builder addQuery(String name, String value) {
      query.add(new QueryParam(name, value));
      return this;
    }

    /** Replaces all query parameters. */
    public Builder query(List<QueryParam> params) {
      Require.noNullElements(params, "query");
      query.clear();
      query.addAll(params);
      return this;
    }

    /** Sets a header, replacing any value of the same name. */
    public Builder header(String name, String value) {
      headers.set(Require.nonNull(name, "header name"), Require.nonNull(value, "header value"));
      return this;
    }

    /** Adds a header value, keeping existing ones. */
    public Builder addHeader(String name, String value) {
      headers.add(Require.nonNull(name, "header name"), Require.nonNull(value, "header value"));
      return this;
    }

    /** Removes every value of the named header. */
    public Builder removeHeader(String name) {
      headers.removeAll(Require.nonNull(name, "header name"));
      return this;
    }

    /** Sets the body and its content type; the array is used as is and must not be modified afterwards. */
    public Builder body(byte[] body, String contentType) {
      this.body = body == null ? EMPTY : body;
      this.contentType = contentType;
      return this;
    }

    /** Sets a UTF-8 text body and its content type. */
    public Builder body(String body, String contentType) {
      return body(Require.nonNull(body, "body").getBytes(StandardCharsets.UTF_8), contentType);
    }

    /** Builds the request; throws {@link IllegalStateException} naming what is missing. */
    public SdkHttpRequest build() {
      return new SdkHttpRequest(this);
    }
  }

  @Override
  public boolean equals(Object o) {
    if (this == o) {
      return true;
    }
    if (!(o instanceof SdkHttpRequest)) {
      return false;
    }
    SdkHttpRequest that = (SdkHttpRequest) o;
    return method.equals(that.method) && encodedPath.equals(that.encodedPath) && query.equals(that.query)
        && headers.equals(that.headers) && Arrays.equals(body, that.body)
        && Objects.equals(contentType, that.contentType);
  }

  @Override
  public int hashCode() {
    return Objects.hash(method, encodedPath, query, headers, Arrays.hashCode(body), contentType);
  }
}
