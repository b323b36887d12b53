package dev.stacksets.emulator.internal;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.stacksets.core.internal.util.Hashing;
import dev.stacksets.core.internal.util.Json;
import dev.stacksets.emulator.model.EmulatorService;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

/**
 * RFS's REST + JSON protocol as a table of routes (method + path template to handler). The gateway's answers (no
 * such API, signature failures, throttling, oversized bodies) and the service's checks before any handler runs
 * (the mandatory {@code Client-Request-Id}) live here, as do the JSON error body {@code {"error_code","error_msg"}}
 * and the idempotent replay of writes: a write repeated with the same {@code Client-Request-Id} (same API, same stack
 * set) gets the first successful reply again and changes nothing. Thread-safe when the handlers are.
 */
public final class RestFrontEnd implements ServiceRouter {
  private static final String JSON = "application/json;charset=UTF-8";
  private static final int REPLAYS_KEPT = 10_000;

  /** One API: reads the request and returns the reply's status, body and headers. */
  @FunctionalInterface
  public interface Handler {
    RestResult handle(RestRequest request);
  }

  /**
   * A handler's reply.
   *
   * @param status  the HTTP status
   * @param body    the JSON body, or null for none
   * @param headers extra headers (say {@code Location})
   */
  public record RestResult(int status, ObjectNode body, Map<String, String> headers) {
    /** 200 with a body. */
    public static RestResult ok(ObjectNode body) {
      return new RestResult(200, body, Map.of());
    }

    /** 204, no body. */
    public static RestResult noContent() {
      return new RestResult(204, null, Map.of());
    }
  }

  /**
   * One route.
   *
   * @param method  the HTTP method
   * @param path    the path template
   * @param name    the API name (for the request log)
   * @param write   whether it changes state (and so replays by {@code Client-Request-Id})
   * @param handler the handler
   */
  public record Route(String method, PathTemplate path, String name, boolean write, Handler handler) {
    /** A read. */
    public static Route read(String method, String template, String name, Handler handler) {
      return new Route(method, new PathTemplate(template), name, false, handler);
    }

    /** A write. */
    public static Route write(String method, String template, String name, Handler handler) {
      return new Route(method, new PathTemplate(template), name, true, handler);
    }
  }

  private record Matched(Route route, Map<String, String> vars) {}

  private record Replay(int status, byte[] body, Map<String, String> headers) {}

  private final List<Route> routes;
  private final HuaweiAuth auth;
  private final EmulatorClock clock;
  private final PageTokens tokens;
  private final Map<String, Replay> replays = new LinkedHashMap<>(16, 0.75f, false) {
    private static final long serialVersionUID = 1L;

    @Override
    protected boolean removeEldestEntry(Map.Entry<String, Replay> eldest) {
      return size() > REPLAYS_KEPT;
    }
  };
  private final Map<String, Object> inFlight = new ConcurrentHashMap<>();

  public RestFrontEnd(List<Route> routes, HuaweiAuth auth, EmulatorClock clock, PageTokens tokens) {
    this.routes = List.copyOf(routes);
    this.auth = auth;
    this.clock = clock;
    this.tokens = tokens;
  }

  @Override
  public EmulatorService service() {
    return EmulatorService.RFS;
  }

  @Override
  public String newRequestId() {
    return UUID.randomUUID().toString().replace("-", "");
  }

  @Override
  public String requestIdHeader() {
    return "X-Request-Id";
  }

  @Override
  public String operationName(HttpCall call) {
    Matched m = match(call);
    return m == null ? null : m.route().name();
  }

  private Matched match(HttpCall call) {
    for (Route r : routes) {
      if (r.method().equals(call.method())) {
        Map<String, String> vars = r.path().match(call.rawPath());
        if (vars != null) {
          return new Matched(r, vars);
        }
      }
    }
    return null;
  }

  @Override
  public HttpReply handle(HttpCall call, Exchange ex) {
    Matched m = match(call);
    if (m == null) {
      return gateway(404, RfsErrors.GATEWAY_NO_API,
          "The API does not exist or has not been published in the environment", ex);
    }
    Route route = m.route();
    ex.operation(route.name());
    AuthFailure failure = auth.verify(call);
    if (failure != null) {
      return gateway(401, RfsErrors.GATEWAY_AUTH, "Incorrect IAM authentication information: " + failure.message(),
          ex);
    }
    String clientRequestId = call.header("Client-Request-Id");
    ex.clientRequestId(clientRequestId);
    if (clientRequestId == null || clientRequestId.isBlank()) {
      return error(400, RfsErrors.MISSING_PARAMETER, "Missing required parameter(s): Client-Request-Id");
    }
    if (!route.write()) {
      return run(route, new RestRequest(call, m.vars(), clock.now(), ex, tokens));
    }
    // same API, same stack set (named in the path, or in the body of CreateStackSet), same Client-Request-Id
    String set = m.vars().containsKey("stack_set_name") ? m.vars().get("stack_set_name")
        : Hashing.sha256Hex(call.body());
    String key = route.name() + "|" + set + "|" + clientRequestId;
    Object lock = inFlight.computeIfAbsent(key, k -> new Object());
    try {
      synchronized (lock) {
        Replay first;
        synchronized (replays) {
          first = replays.get(key);
        }
        if (first != null) {
          HttpReply r = new HttpReply(first.status(), first.body().length == 0 ? null : JSON, first.body(), null);
          first.headers().forEach(r::header);
          return r;
        }
        HttpReply reply = run(route, new RestRequest(call, m.vars(), clock.now(), ex, tokens));
        if (reply.status() / 100 == 2 || reply.status() / 100 == 3) {
          synchronized (replays) {
            replays.put(key, new Replay(reply.status(), reply.body(), Map.copyOf(reply.headers())));
          }
        }
        return reply;
      }
    } finally {
      inFlight.remove(key, lock);
    }
  }

  private static HttpReply run(Route route, RestRequest request) {
    try {
      RestResult result = route.handler().handle(request);
      HttpReply reply = result.body() == null ? new HttpReply(result.status(), null, null, null)
          : new HttpReply(result.status(), JSON, bytes(result.body()), null);
      result.headers().forEach(reply::header);
      return reply;
    } catch (BadInput e) {
      return error(400, e.code() == null ? RfsErrors.INVALID_PARAMETER : e.code(), e.getMessage());
    } catch (NotFoundError e) {
      return error(404, e.code(), e.getMessage());
    } catch (ApiError e) {
      return error(e.status(), e.code(), e.getMessage());
    }
  }

  private static HttpReply error(int status, String code, String message) {
    ObjectNode o = Json.mapper().createObjectNode();
    o.put("error_code", code);
    o.put("error_msg", message);
    return new HttpReply(status, JSON, bytes(o), code);
  }

  /** API gateway errors also carry the request id in the body. */
  private static HttpReply gateway(int status, String code, String message, Exchange ex) {
    ObjectNode o = Json.mapper().createObjectNode();
    o.put("error_code", code);
    o.put("error_msg", message);
    o.put("request_id", ex.requestId());
    return new HttpReply(status, JSON, bytes(o), code);
  }

  private static byte[] bytes(ObjectNode node) {
    try {
      return Json.mapper().writeValueAsBytes(node);
    } catch (JsonProcessingException e) {
      return "{}".getBytes(StandardCharsets.UTF_8);
    }
  }

  @Override
  public HttpReply throttled(Exchange ex) {
    return gateway(429, RfsErrors.GATEWAY_THROTTLED,
        "The throttling threshold has been reached: policy user over ratelimit,limit:100,time:1 minute", ex)
        .header("Retry-After", "1");
  }

  @Override
  public HttpReply serverError(int status, Exchange ex) {
    switch (status) {
      case 502:
        return gateway(502, "APIGW.0202", "Backend unavailable", ex);
      case 503:
        return gateway(503, "APIGW.0203", "Backend unavailable", ex);
      case 504:
        return gateway(504, "APIGW.0204", "Backend timeout", ex);
      default:
        return error(500, RfsErrors.INTERNAL_ERROR, "Internal Server Error.");
    }
  }

  @Override
  public HttpReply tooLarge(long limit, Exchange ex) {
    return gateway(413, RfsErrors.GATEWAY_TOO_LARGE, "Request entity too large: the body exceeds " + limit
        + " bytes", ex);
  }
}
