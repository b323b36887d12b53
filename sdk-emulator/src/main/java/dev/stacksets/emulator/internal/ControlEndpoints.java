package dev.stacksets.emulator.internal;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.stacksets.core.internal.util.Json;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * The emulator's own endpoints under {@code /_emulator/}, unauthenticated (the server listens on loopback only):
 *
 * <ul>
 *   <li>{@code GET /_emulator/health}: 200 {@code {"status":"ok",...}} once the emulator serves (for scripts that
 *       wait for it);</li>
 *   <li>{@code POST /_emulator/time/advance?seconds=N}: moves emulator time forward, as
 *       {@code StackSetEmulator.advanceTime} does in a JVM;</li>
 *   <li>{@code GET /_emulator/rfs/templates/{stack_set_id}}: an RFS stack set's template, where
 *       ShowStackSetTemplate's redirect points (in place of the pre-signed OBS URL).</li>
 * </ul>
 *
 * Thread-safe.
 */
public final class ControlEndpoints implements Function<HttpCall, HttpReply> {
  /** The path prefix of the endpoints. */
  public static final String PREFIX = "/_emulator/";
  private static final String JSON = "application/json";
  /** At most 100 years at a time. */
  private static final long MAX_ADVANCE_SECONDS = 100L * 365 * 24 * 3600;

  private final EmulatorModel model;
  private final Supplier<ObjectNode> facts;

  /** @param facts what the health reply tells besides the status and time (endpoint, seed, ...) */
  public ControlEndpoints(EmulatorModel model, Supplier<ObjectNode> facts) {
    this.model = model;
    this.facts = facts;
  }

  @Override
  public HttpReply apply(HttpCall call) {
    String path = call.rawPath();
    if (path.equals(PREFIX + "health")) {
      if (!call.method().equals("GET") && !call.method().equals("HEAD")) {
        return error(405, "use GET");
      }
      ObjectNode o = Json.mapper().createObjectNode();
      o.put("status", "ok");
      o.setAll(facts.get());
      o.put("now", Times.iso(model.clock().now()));
      return HttpReply.ok(JSON, write(o));
    }
    if (path.equals(PREFIX + "time/advance")) {
      if (!call.method().equals("POST")) {
        return error(405, "use POST");
      }
      String seconds = call.queryValues("seconds").isEmpty() ? null : call.queryValues("seconds").get(0);
      long n;
      try {
        n = seconds == null ? -1 : Long.parseLong(seconds);
      } catch (NumberFormatException e) {
        n = -1;
      }
      if (n < 0 || n > MAX_ADVANCE_SECONDS) {
        return error(400, "give the query parameter seconds, a whole number from 0 to " + MAX_ADVANCE_SECONDS);
      }
      model.clock().advance(Duration.ofSeconds(n));
      ObjectNode o = Json.mapper().createObjectNode();
      o.put("now", Times.iso(model.clock().now()));
      return HttpReply.ok(JSON, write(o));
    }
    String templates = PREFIX + "rfs/templates/";
    if (path.startsWith(templates) && call.method().equals("GET")) {
      String id = path.substring(templates.length());
      for (StackSet s : model.stackSets(Provider.RFS)) {
        if (s.id().equals(id) && s.details().templateBody() != null) {
          return new HttpReply(200, "text/plain;charset=UTF-8",
              s.details().templateBody().getBytes(StandardCharsets.UTF_8), null);
        }
      }
      return error(404, "no RFS stack set with id " + id + " has a template");
    }
    return error(404, "no such emulator endpoint: " + call.method() + " " + path);
  }

  private static HttpReply error(int status, String message) {
    ObjectNode o = Json.mapper().createObjectNode();
    o.put("error", message);
    return HttpReply.error(status, JSON, write(o), null);
  }

  private static String write(ObjectNode o) {
    try {
      return Json.mapper().writeValueAsString(o);
    } catch (JsonProcessingException e) {
      return "{}";
    }
  }
}
