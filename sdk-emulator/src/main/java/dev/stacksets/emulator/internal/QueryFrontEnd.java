package dev.stacksets.emulator.internal;

import dev.stacksets.emulator.model.EmulatorService;
import java.util.Map;
import java.util.UUID;

/**
 * The AWS Query protocol (a form-encoded {@code POST /} or a {@code GET /?Action=...}, SigV4, XML replies) as a table
 * of actions: the envelope ({@code <XResponse><XResult>...</XResult><ResponseMetadata>}), the checks before any
 * action runs (signature, method, content type, {@code Action}, {@code Version}) and the {@code <ErrorResponse>}
 * replies live here; each action's handler only reads its parameters and writes its result members. Thread-safe
 * when the handlers are.
 */
public final class QueryFrontEnd implements ServiceRouter {
  private static final String XML = "text/xml";

  /** One action: reads the request and writes the members of {@code <ActionResult>}. */
  @FunctionalInterface
  public interface Action {
    void handle(QueryRequest request, Xml result);
  }

  private final EmulatorService service;
  private final String version;
  private final String namespace;
  private final Map<String, Action> actions;
  private final AwsAuth auth;
  private final EmulatorClock clock;
  private final PageTokens tokens;

  /**
   * @param version   the API version every request must name
   * @param namespace the XML namespace of replies
   * @param actions   action name to handler
   */
  public QueryFrontEnd(EmulatorService service, String version, String namespace, Map<String, Action> actions,
      AwsAuth auth, EmulatorClock clock, PageTokens tokens) {
    this.service = service;
    this.version = version;
    this.namespace = namespace;
    this.actions = Map.copyOf(actions);
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
    String action = QueryRequest.params(call).get("Action");
    return action != null && actions.containsKey(action) ? action : null;
  }

  @Override
  public HttpReply handle(HttpCall call, Exchange ex) {
    Map<String, String> p = QueryRequest.params(call);
    String name = p.get("Action");
    Action action = name == null ? null : actions.get(name);
    if (action != null) {
      ex.operation(name);
    }
    AuthFailure failure = auth.verify(call);
    if (failure != null) {
      return authError(failure, ex);
    }
    if (!"GET".equals(call.method()) && !"POST".equals(call.method())) {
      return error(400, "Sender", "InvalidAction", "The Query protocol requires POST (or GET), not "
          + call.method(), ex);
    }
    if ("POST".equals(call.method()) && !"application/x-www-form-urlencoded".equals(call.mediaType())) {
      return error(400, "Sender", "InvalidParameterValue", "Unsupported Content-Type '" + call.header("Content-Type")
          + "': the Query protocol requires application/x-www-form-urlencoded", ex);
    }
    if (name == null || name.isEmpty()) {
      return error(400, "Sender", "MissingAction", "The request must contain the parameter Action", ex);
    }
    if (action == null || !version.equals(p.get("Version"))) {
      return error(400, "Sender", "InvalidAction", "Could not find operation " + name + " for version "
          + p.get("Version"), ex);
    }
    try {
      Xml x = Xml.document(name + "Response", namespace).start(name + "Result");
      action.handle(new QueryRequest(p, clock.now(), ex, tokens), x);
      x.end().start("ResponseMetadata").element("RequestId", ex.requestId()).end();
      return HttpReply.ok(XML, x.finish());
    } catch (BadInput e) {
      return error(400, "Sender", e.code() == null ? "ValidationError" : e.code(), e.getMessage(), ex);
    } catch (NotFoundError e) {
      return error(404, "Sender", e.code(), e.getMessage(), ex);
    } catch (ApiError e) {
      return error(e.status(), e.status() >= 500 ? "Receiver" : "Sender", e.code(), e.getMessage(), ex);
    }
  }

  private HttpReply error(int status, String type, String code, String message, Exchange ex) {
    String body = Xml.document("ErrorResponse", namespace).start("Error").element("Type", type)
        .element("Code", code).element("Message", message).end().element("RequestId", ex.requestId()).finish();
    return HttpReply.error(status, XML, body, code);
  }

  private HttpReply authError(AuthFailure f, Exchange ex) {
    switch (f.kind()) {
      case MISSING:
        return error(403, "Sender", "MissingAuthenticationToken", f.message(), ex);
      case MALFORMED:
        return error(400, "Sender", "IncompleteSignature", f.message(), ex);
      case UNKNOWN_KEY:
      case BAD_TOKEN:
        return error(403, "Sender", "InvalidClientTokenId", f.message(), ex);
      case EXPIRED:
        return error(400, "Sender", "RequestExpired", f.message(), ex);
      default:
        return error(403, "Sender", "SignatureDoesNotMatch", f.message(), ex);
    }
  }

  @Override
  public HttpReply throttled(Exchange ex) {
    return error(400, "Sender", "Throttling", "Rate exceeded", ex);
  }

  @Override
  public HttpReply serverError(int status, Exchange ex) {
    if (status == 503) {
      return error(503, "Receiver", "ServiceUnavailable", "Service is unavailable, try again later", ex);
    }
    return error(status, "Receiver", "InternalFailure",
        "The request processing has failed because of an unknown error, exception or failure.", ex);
  }

  @Override
  public HttpReply tooLarge(long limit, Exchange ex) {
    return error(413, "Sender", "RequestEntityTooLarge", "Request body must be at most " + limit + " bytes", ex);
  }
}
