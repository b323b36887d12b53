package dev.stacksets.emulator.internal;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.stacksets.core.internal.util.Json;
import java.io.IOException;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

/**
 * One RFS (REST + JSON) request as a handler sees it: the call, its path variables, the model time it is served at,
 * and readers for the documented query rules ({@code sort_key}/{@code sort_dir}, {@code limit}, {@code marker},
 * {@code call_identity}) and the JSON body. Not thread-safe; one per request.
 */
public final class RestRequest {
  private static final int DEFAULT_LIMIT = 100;
  private static final Set<String> CALL_IDENTITIES = Set.of("SELF", "DELEGATED_ADMIN");

  private final HttpCall call;
  private final Map<String, String> path;
  private final Instant now;
  private final Exchange exchange;
  private final PageTokens tokens;
  private ObjectNode body;

  RestRequest(HttpCall call, Map<String, String> path, Instant now, Exchange exchange, PageTokens tokens) {
    this.call = call;
    this.path = path;
    this.now = now;
    this.exchange = exchange;
    this.tokens = tokens;
  }

  public HttpCall call() {
    return call;
  }

  /** Model time of the request. */
  public Instant now() {
    return now;
  }

  /** A path variable, decoded. */
  public String path(String name) {
    return path.get(name);
  }

  /** The request id the reply carries. */
  public String requestId() {
    return exchange.requestId();
  }

  /** Refuses query parameters outside {@code single} (at most once) and {@code repeated}. */
  public void checkQuery(Set<String> single, Set<String> repeated) {
    QueryRules.check(call.query(), single, repeated, RfsErrors.UNRECOGNIZED_PARAMETER);
  }

  /** The first value of a query parameter, or null. */
  public String single(String name) {
    List<String> v = call.queryValues(name);
    return v.isEmpty() ? null : v.get(0);
  }

  /** {@code call_identity}: SELF (default) or DELEGATED_ADMIN. */
  public String callIdentity() {
    return callIdentity(single("call_identity"));
  }

  static String callIdentity(String v) {
    if (v == null) {
      return "SELF";
    }
    if (!CALL_IDENTITIES.contains(v)) {
      throw new BadInput("invalid call_identity '" + v + "': expected SELF or DELEGATED_ADMIN");
    }
    return v;
  }

  /** {@code sort_key}/{@code sort_dir}: true for ascending create_time; the default is descending. */
  public boolean sortAscending() {
    List<String> keys = call.queryValues("sort_key");
    List<String> dirs = call.queryValues("sort_dir");
    if (keys.size() != dirs.size()) {
      throw new BadInput("the number of sort_key (" + keys.size() + ") must equal the number of sort_dir ("
          + dirs.size() + ")");
    }
    for (String k : keys) {
      if (!"create_time".equals(k)) {
        throw new BadInput("invalid sort_key '" + k + "': only create_time is supported");
      }
    }
    for (String d : dirs) {
      if (!"asc".equals(d) && !"desc".equals(d)) {
        throw new BadInput("invalid sort_dir '" + d + "': expected asc or desc");
      }
    }
    return !dirs.isEmpty() && "asc".equals(dirs.get(0));
  }

  /** {@code limit}: 10..1000, default 100. */
  public int limit() {
    String v = single("limit");
    if (v == null) {
      return DEFAULT_LIMIT;
    }
    int limit;
    try {
      limit = Integer.parseInt(v);
    } catch (NumberFormatException e) {
      throw new BadInput("invalid limit '" + v + "': expected an integer from 10 to 1000");
    }
    if (limit < 10 || limit > 1000) {
      throw new BadInput("invalid limit " + limit + ": expected an integer from 10 to 1000");
    }
    return limit;
  }

  /** Where a page continues ({@code marker}), or null for the first page. */
  public PageTokens.Cursor cursor(String scope) {
    String marker = single("marker");
    if (marker == null) {
      return null;
    }
    PageTokens.Cursor c = tokens.parse(marker, scope);
    if (c == null) {
      throw new BadInput("invalid marker: it was not issued for a request with these parameters");
    }
    return c;
  }

  /** {@code page_info}: next and previous markers and the count. */
  public <T> void pageInfo(ObjectNode root, Pager.Page<T> page, String scope, Function<T, PageKey> key) {
    ObjectNode info = root.putObject("page_info");
    List<T> items = page.items();
    if (page.moreAfter() && !items.isEmpty()) {
      info.put("next_marker", tokens.issue(scope, key.apply(items.get(items.size() - 1)), false));
    }
    if (page.moreBefore() && !items.isEmpty()) {
      info.put("previous_marker", tokens.issue(scope, key.apply(items.get(0)), true));
    }
    info.put("current_count", items.size());
  }

  /** The JSON body, which must be an object (an empty body is an empty object). */
  public ObjectNode body() {
    if (body == null) {
      byte[] raw = call.body();
      if (raw.length == 0) {
        body = Json.mapper().createObjectNode();
        return body;
      }
      JsonNode node;
      try {
        node = Json.mapper().readTree(raw);
      } catch (IOException e) {
        throw new BadInput("the request body is not valid JSON");
      }
      if (node == null || !node.isObject()) {
        throw new BadInput("the request body must be a JSON object");
      }
      body = (ObjectNode) node;
    }
    return body;
  }
}
