package dev.stacksets.emulator.internal;

import dev.stacksets.core.http.QueryParam;
import dev.stacksets.core.internal.util.PercentEncoding;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * A received HTTP request: method, raw (still encoded) path and query, the query decoded in order, headers by
 * lower-case name in arrival order, and the body. Immutable.
 */
public final class HttpCall {
  private final String method;
  private final String rawPath;
  private final String rawQuery;
  private final List<QueryParam> query;
  private final Map<String, List<String>> headers;
  private final byte[] body;

  /**
   * @param method   upper-case method
   * @param rawPath  the encoded path as sent
   * @param rawQuery the encoded query as sent, or null
   * @param headers  header values by name (any case)
   * @param body     the body bytes
   */
  public HttpCall(String method, String rawPath, String rawQuery, Map<String, List<String>> headers, byte[] body) {
    this.method = method.toUpperCase(Locale.ROOT);
    this.rawPath = rawPath == null || rawPath.isEmpty() ? "/" : rawPath;
    this.rawQuery = rawQuery;
    this.query = Collections.unmodifiableList(parseQuery(rawQuery));
    Map<String, List<String>> h = new LinkedHashMap<>();
    for (Map.Entry<String, List<String>> e : headers.entrySet()) {
      h.computeIfAbsent(e.getKey().toLowerCase(Locale.ROOT), k -> new ArrayList<>()).addAll(e.getValue());
    }
    this.headers = Collections.unmodifiableMap(h);
    this.body = body;
  }

  /** Splits {@code a=1&b=2} and percent-decodes names and values ({@code +} stays {@code +}). */
  static List<QueryParam> parseQuery(String rawQuery) {
    List<QueryParam> out = new ArrayList<>();
    if (rawQuery == null || rawQuery.isEmpty()) {
      return out;
    }
    for (String part : rawQuery.split("&", -1)) {
      if (part.isEmpty()) {
        continue;
      }
      int eq = part.indexOf('=');
      String name = eq < 0 ? part : part.substring(0, eq);
      String value = eq < 0 ? "" : part.substring(eq + 1);
      out.add(new QueryParam(PercentEncoding.decode(name), PercentEncoding.decode(value)));
    }
    return out;
  }

  public String method() {
    return method;
  }

  /** The path exactly as sent (percent-encoded). */
  public String rawPath() {
    return rawPath;
  }

  /** The query string exactly as sent, or null. */
  public String rawQuery() {
    return rawQuery;
  }

  /** Decoded query parameters in order. */
  public List<QueryParam> query() {
    return query;
  }

  /** Values of a query parameter in order (empty when absent). */
  public List<String> queryValues(String name) {
    List<String> out = new ArrayList<>(1);
    for (QueryParam q : query) {
      if (q.name().equals(name)) {
        out.add(q.value());
      }
    }
    return out;
  }

  /** Headers by lower-case name. */
  public Map<String, List<String>> headers() {
    return headers;
  }

  /** The first value of a header (case-insensitive name), or null. */
  public String header(String name) {
    List<String> v = headers.get(name.toLowerCase(Locale.ROOT));
    return v == null || v.isEmpty() ? null : v.get(0);
  }

  /** Every value of a header (case-insensitive name). */
  public List<String> headerValues(String name) {
    List<String> v = headers.get(name.toLowerCase(Locale.ROOT));
    return v == null ? List.of() : v;
  }

  /** The body; do not modify. */
  public byte[] body() {
    return body;
  }

  /** The media type of {@code Content-Type} without parameters, lower-case, or "" when absent. */
  public String mediaType() {
    String ct = header("Content-Type");
    if (ct == null) {
      return "";
    }
    int semi = ct.indexOf(';');
    return (semi < 0 ? ct : ct.substring(0, semi)).trim().toLowerCase(Locale.ROOT);
  }
}
