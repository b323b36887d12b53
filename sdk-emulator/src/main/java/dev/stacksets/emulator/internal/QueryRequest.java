package dev.stacksets.emulator.internal;

import dev.stacksets.core.http.QueryParam;
import dev.stacksets.core.internal.util.PercentEncoding;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.regex.Pattern;

/**
 * One AWS Query-protocol request as a handler sees it: its parameters (the form body of a POST, the query of a GET),
 * the model time it is served at, and readers that check members the way the AWS model constrains them, collecting
 * violations into one {@code ValidationError} (see {@link #fail(List)}). Not thread-safe; one per request.
 */
public final class QueryRequest {
  private static final Pattern TOKEN = Pattern.compile("[a-zA-Z0-9][-a-zA-Z0-9]*");

  private final Map<String, String> params;
  private final Instant now;
  private final Exchange exchange;
  private final PageTokens tokens;

  QueryRequest(Map<String, String> params, Instant now, Exchange exchange, PageTokens tokens) {
    this.params = params;
    this.now = now;
    this.exchange = exchange;
    this.tokens = tokens;
  }

  /** The parameters: the form body of a POST, the query of a GET; later duplicates are ignored. */
  static Map<String, String> params(HttpCall call) {
    Map<String, String> out = new LinkedHashMap<>();
    if ("GET".equals(call.method())) {
      for (QueryParam q : call.query()) {
        out.putIfAbsent(q.name(), q.value());
      }
      return out;
    }
    if (!"application/x-www-form-urlencoded".equals(call.mediaType())) {
      return out;
    }
    String body = new String(call.body(), StandardCharsets.UTF_8);
    for (String part : body.split("&")) {
      if (part.isEmpty()) {
        continue;
      }
      int eq = part.indexOf('=');
      String name = eq < 0 ? part : part.substring(0, eq);
      String value = eq < 0 ? "" : part.substring(eq + 1);
      out.putIfAbsent(formDecode(name), formDecode(value));
    }
    return out;
  }

  private static String formDecode(String s) {
    return PercentEncoding.decode(s.replace("+", "%20"));
  }

  /** Model time of the request. */
  public Instant now() {
    return now;
  }

  /** The request id the reply carries. */
  public String requestId() {
    return exchange.requestId();
  }

  /** A parameter, or null. */
  public String get(String name) {
    return params.get(name);
  }

  /** True when the parameter was sent (also empty). */
  public boolean has(String name) {
    return params.containsKey(name);
  }

  /**
   * The request in a canonical form (every parameter, sorted by name), so that a retry of the same call compares
   * equal and any other call does not.
   */
  public String fingerprint() {
    return new TreeMap<>(params).toString();
  }

  /** A required member: null and a violation when missing or empty. */
  public String required(String name, String member, List<String> v) {
    String value = params.get(name);
    if (value == null || value.isEmpty()) {
      v.add(AwsErrors.violation(null, member, "Member must not be null"));
    }
    return value;
  }

  /** A string member with length limits (null when absent). */
  public String string(String name, String member, int min, int max, List<String> v) {
    String value = params.get(name);
    if (value != null && (value.length() < min || value.length() > max)) {
      v.add(AwsErrors.violation(value.length() > 64 ? value.substring(0, 64) + "..." : value, member,
          "Member must have length " + (value.length() < min ? "greater than or equal to " + min
              : "less than or equal to " + max)));
    }
    return value;
  }

  /** A member matching {@code pattern} (null when absent). */
  public String matching(String name, String member, Pattern pattern, List<String> v) {
    String value = params.get(name);
    if (value != null && !pattern.matcher(value).matches()) {
      v.add(AwsErrors.violation(value, member, "Member must satisfy regular expression pattern: " + pattern));
    }
    return value;
  }

  /** An enum member (null when absent). */
  public String oneOf(String name, String member, List<String> values, List<String> v) {
    String value = params.get(name);
    if (value != null && !values.contains(value)) {
      v.add(AwsErrors.violation(value, member, "Member must satisfy enum value set: " + values));
    }
    return value;
  }

  /** The required OperationId of reads and stops. */
  public String operationId(List<String> v) {
    String id = required("OperationId", "operationId", v);
    checkToken(id, "operationId", v);
    return id;
  }

  /** An optional idempotency token (OperationId of writes, ClientRequestToken), checked against its pattern. */
  public String token(String name, String member, List<String> v) {
    String id = params.get(name);
    if (id != null && id.isEmpty()) {
      v.add(AwsErrors.violation(id, member, "Member must have length greater than or equal to 1"));
      return id;
    }
    checkToken(id, member, v);
    return id;
  }

  private static void checkToken(String id, String member, List<String> v) {
    if (id != null && !id.isEmpty() && (id.length() > 128 || !TOKEN.matcher(id).matches())) {
      v.add(AwsErrors.violation(id, member,
          "Member must satisfy regular expression pattern: [a-zA-Z0-9][-a-zA-Z0-9]*"));
    }
  }

  /** CallAs (default SELF). */
  public String callAs(List<String> v) {
    String c = params.get("CallAs");
    if (c == null) {
      return "SELF";
    }
    if (!c.equals("SELF") && !c.equals("DELEGATED_ADMIN")) {
      v.add(AwsErrors.violation(c, "callAs", "Member must satisfy enum value set: [SELF, DELEGATED_ADMIN]"));
    }
    return c;
  }

  /** MaxResults 1..100 (default 100). */
  public int maxResults(List<String> v) {
    Integer n = integer("MaxResults", "maxResults", 1, 100, v);
    return n == null ? 100 : n;
  }

  /** An integer member within bounds (null when absent). */
  public Integer integer(String name, String member, int min, int max, List<String> v) {
    String m = params.get(name);
    if (m == null) {
      return null;
    }
    try {
      int n = Integer.parseInt(m);
      if (n < min) {
        v.add(AwsErrors.violation(n, member, "Member must have value greater than or equal to " + min));
      } else if (n > max) {
        v.add(AwsErrors.violation(n, member, "Member must have value less than or equal to " + max));
      }
      return n;
    } catch (NumberFormatException e) {
      v.add(AwsErrors.violation(m, member, "Member must be an integer"));
      return null;
    }
  }

  /** A boolean member (null when absent). */
  public Boolean bool(String name, String member, List<String> v) {
    String m = params.get(name);
    if (m == null) {
      return null;
    }
    if (!m.equals("true") && !m.equals("false")) {
      v.add(AwsErrors.violation(m, member, "Member must be true or false"));
      return null;
    }
    return Boolean.valueOf(m);
  }

  /** A list member {@code Name.member.N}, in N order ({@code Name=} is the empty list); empty when absent. */
  public List<String> list(String name) {
    List<String> out = new ArrayList<>();
    for (int i = 1; params.containsKey(name + ".member." + i); i++) {
      out.add(params.get(name + ".member." + i));
    }
    return out;
  }

  /** A list of structures {@code Name.member.N.Field}: each item's fields by field name, in N order. */
  public List<Map<String, String>> structures(String name) {
    List<Map<String, String>> out = new ArrayList<>();
    for (int i = 1; ; i++) {
      String prefix = name + ".member." + i + ".";
      Map<String, String> item = new LinkedHashMap<>();
      for (Map.Entry<String, String> e : params.entrySet()) {
        if (e.getKey().startsWith(prefix)) {
          item.put(e.getKey().substring(prefix.length()), e.getValue());
        }
      }
      if (item.isEmpty()) {
        return out;
      }
      out.add(item);
    }
  }

  /** True when some parameter starts with {@code prefix + "."} (a structure member was sent). */
  public boolean hasStructure(String prefix) {
    for (String k : params.keySet()) {
      if (k.startsWith(prefix + ".")) {
        return true;
      }
    }
    return false;
  }

  /** {@code Filters.member.N.Name} / {@code .Values} pairs, in N order. */
  public List<String[]> filters() {
    List<String[]> out = new ArrayList<>();
    for (int i = 1; params.containsKey("Filters.member." + i + ".Name") || params.containsKey("Filters.member." + i
        + ".Values"); i++) {
      out.add(new String[] {params.get("Filters.member." + i + ".Name"), params.get("Filters.member." + i
          + ".Values")});
    }
    return out;
  }

  /** Throws one ValidationError for all violations, if any. */
  public static void fail(List<String> violations) {
    String message = AwsErrors.validationMessage(violations);
    if (message != null) {
      throw new BadInput("ValidationError", message);
    }
  }

  /** Where a page continues ({@code NextToken}), or null for the first page. */
  public PageTokens.Cursor cursor(String scope) {
    String token = params.get("NextToken");
    if (token == null) {
      return null;
    }
    PageTokens.Cursor c = token.isEmpty() || token.length() > 1024 ? null : tokens.parse(token, scope);
    if (c == null) {
      throw new BadInput("ValidationError", "Invalid NextToken: it was not issued for a request with these "
          + "parameters");
    }
    return c;
  }

  /** Writes {@code NextToken} when more items follow the page. */
  public <T> void nextToken(Xml x, Pager.Page<T> page, String scope, Function<T, PageKey> key) {
    if (page.moreAfter() && !page.items().isEmpty()) {
      x.element("NextToken", tokens.issue(scope, key.apply(page.items().get(page.items().size() - 1)), false));
    }
  }
}
