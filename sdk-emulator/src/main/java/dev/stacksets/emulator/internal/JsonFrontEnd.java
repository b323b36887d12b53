package dev.stacksets.emulator.internal;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.stacksets.core.internal.util.Json;
import dev.stacksets.emulator.model.EmulatorService;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.UUID;

/**
 * The AWS JSON 1.1 protocol ({@code POST /}, {@code X-Amz-Target: <prefix>.<Operation>},
 * {@code Content-Type: application/x-amz-json-1.1}, SigV4) as a table of targets: the checks before any operation
 * runs (signature, target, content type, a JSON object body) and the {@code {"__type","message"}} errors live here;
 * each operation's handler reads its request and returns the reply object. Thread-safe when the handlers are.
 */
public final class JsonFrontEnd implements ServiceRouter {
  private static final String JSON = "application/x-amz-json-1.1";

  /** One operation: reads the request, returns the reply's JSON object. */
  @FunctionalInterface
  public interface Operation {
    ObjectNode handle(JsonRequest request);
  }

  private final EmulatorService service;
  private final String prefix;
  private final Map<String, Operation> operations;
  private final AwsAuth auth;
  private final EmulatorClock clock;
  private final PageTokens tokens;

  /**
   * @param prefix     the target prefix, e.g. {@code StarlingDoveService}
   * @param operations operation name to handler
   */
  public JsonFrontEnd(EmulatorService service, String prefix, Map<String, Operation> operations, AwsAuth auth,
      EmulatorClock clock, PageTokens tokens) {
    this.service = service;
    this.prefix = prefix + ".";
    this.operations = Map.copyOf(operations);
    this.auth = auth;
    this.clock = clock;
    this.tokens = tokens;
  }

  @Override
  public EmulatorService service() {
    return service;
  }

  @Override
  public String newRequestId() {
    return UUID.randomUUID().toString();
  }

  @Override
  public String requestIdHeader() {
    return "x-amzn-RequestId";
  }

  @Override
  public String operationName(HttpCall call) {
    String target = call.header("X-Amz-Target");
    if (target == null || !target.startsWith(prefix)) {
      return null;
    }
    String name = target.substring(prefix.length());
    return operations.containsKey(name) ? name : null;
  }

  @Override
  public HttpReply handle(HttpCall call, Exchange ex) {
    String name = operationName(call);
    ex.operation(name);
    AuthFailure failure = auth.verify(call);
    if (failure != null) {
      return authError(failure);
    }
    String target = call.header("X-Amz-Target");
    if (!"POST".equals(call.method()) || name == null) {
      return error(400, "UnknownOperationException", target == null ? "Missing X-Amz-Target header"
          : "Unknown operation " + target);
    }
    if (!JSON.equals(call.mediaType())) {
      return error(400, "SerializationException", "Unsupported Content-Type '" + call.header("Content-Type")
          + "': expected " + JSON);
    }
    JsonNode body;
    try {
      body = Json.mapper().readTree(call.body());
    } catch (IOException e) {
      return error(400, "SerializationException", "The request body is not valid JSON");
    }
    if (body == null || !body.isObject()) {
      return error(400, "SerializationException", "Start of structure or map found where not expected: the body "
          + "must be a JSON object");
    }
    try {
      return HttpReply.ok(JSON, write(operations.get(name).handle(new JsonRequest(body, clock.now(), tokens))));
    } catch (BadInput e) {
      return error(400, e.code() == null ? "ValidationException" : e.code(), e.getMessage());
    } catch (NotFoundError e) {
      return error(400, e.code(), e.getMessage());
    } catch (ApiError e) {
      return error(e.status(), e.code(), e.getMessage());
    }
  }

  private static String write(ObjectNode node) {
    try {
      return Json.mapper().writeValueAsString(node);
    } catch (JsonProcessingException e) {
      return "{}";
    }
  }

  private static HttpReply error(int status, String type, String message) {
    ObjectNode o = Json.mapper().createObjectNode();
    o.put("__type", type);
    o.put("message", message);
    return new HttpReply(status, JSON, write(o).getBytes(StandardCharsets.UTF_8), type);
  }

  private static HttpReply authError(AuthFailure f) {
    switch (f.kind()) {
      case MISSING:
        return error(400, "MissingAuthenticationTokenException", "Missing Authentication Token");
      case MALFORMED:
        return error(400, "IncompleteSignatureException", f.message());
      case UNKNOWN_KEY:
      case BAD_TOKEN:
        return error(400, "UnrecognizedClientException", f.message());
      default:
        return error(400, "InvalidSignatureException", f.message());
    }
  }

  @Override
  public HttpReply throttled(Exchange ex) {
    return error(400, "ThrottlingException", "Rate exceeded");
  }

  @Override
  public HttpReply serverError(int status, Exchange ex) {
    if (status == 503) {
      return error(503, "ServiceUnavailable", "Service is unavailable, try again later");
    }
    return error(status, "InternalFailure",
        "The request processing has failed because of an unknown error, exception or failure.");
  }

  @Override
  public HttpReply tooLarge(long limit, Exchange ex) {
    return error(413, "RequestEntityTooLargeException", "Request body must be at most " + limit + " bytes");
  }
}
