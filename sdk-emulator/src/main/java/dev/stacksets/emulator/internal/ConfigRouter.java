package dev.stacksets.emulator.internal;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.stacksets.core.internal.util.Json;
import dev.stacksets.emulator.model.EmulatorService;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Pattern;

/**
 * AWS Config over JSON 1.1 ({@code POST /}, {@code X-Amz-Target: StarlingDoveService.<Operation>},
 * {@code Content-Type: application/x-amz-json-1.1}, SigV4 with the service name {@code config}):
 * GetOrganizationConformancePackDetailedStatus with {@code Filters}, {@code Limit} and {@code NextToken}, epoch-second
 * timestamps, and {@code {"__type","message"}} errors. Thread-safe.
 */
public final class ConfigRouter implements ServiceRouter {
  private static final String JSON = "application/x-amz-json-1.1";
  private static final String PREFIX = "StarlingDoveService.";
  private static final String OPERATION = "GetOrganizationConformancePackDetailedStatus";
  private static final Pattern PACK_NAME = Pattern.compile("[a-zA-Z][-a-zA-Z0-9]*");
  private static final Pattern ACCOUNT = Pattern.compile("\\d{12}");
  private static final Set<String> STATUSES = Set.of("CREATE_SUCCESSFUL", "CREATE_IN_PROGRESS", "CREATE_FAILED",
      "DELETE_SUCCESSFUL", "DELETE_FAILED", "DELETE_IN_PROGRESS", "UPDATE_SUCCESSFUL", "UPDATE_IN_PROGRESS",
      "UPDATE_FAILED");

  private final EmulatorModel model;
  private final AwsAuth auth;
  private final PageTokens tokens;

  public ConfigRouter(EmulatorModel model, AwsAuth auth, PageTokens tokens) {
    this.model = model;
    this.auth = auth;
    this.tokens = tokens;
  }

  @Override
  public EmulatorService service() {
    return EmulatorService.CONFIG;
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
    return (PREFIX + OPERATION).equals(target) ? OPERATION : null;
  }

  @Override
  public HttpReply handle(HttpCall call, Exchange ex) {
    ex.operation(operationName(call));
    AuthFailure failure = auth.verify(call);
    if (failure != null) {
      return authError(failure, ex);
    }
    String target = call.header("X-Amz-Target");
    if (!"POST".equals(call.method()) || target == null || !target.startsWith(PREFIX)
        || !OPERATION.equals(target.substring(PREFIX.length()))) {
      return error(400, "UnknownOperationException", target == null ? "Missing X-Amz-Target header"
          : "Unknown operation " + target, ex);
    }
    if (!JSON.equals(call.mediaType())) {
      return error(400, "SerializationException", "Unsupported Content-Type '" + call.header("Content-Type")
          + "': expected " + JSON, ex);
    }
    JsonNode body;
    try {
      body = Json.mapper().readTree(call.body());
    } catch (IOException e) {
      return error(400, "SerializationException", "The request body is not valid JSON", ex);
    }
    if (body == null || !body.isObject()) {
      return error(400, "SerializationException", "Start of structure or map found where not expected: the body "
          + "must be a JSON object", ex);
    }
    try {
      return HttpReply.ok(JSON, write(detailedStatus(body, model.clock().now())));
    } catch (BadInput e) {
      return error(400, e.code(), e.getMessage(), ex);
    } catch (NotFoundError e) {
      return error(400, e.code(), e.getMessage(), ex);
    }
  }

  private ObjectNode detailedStatus(JsonNode body, Instant now) {
    String name = text(body, "OrganizationConformancePackName");
    String token = text(body, "NextToken");
    JsonNode limitNode = body.get("Limit");
    if (limitNode != null && !limitNode.isNull() && !limitNode.canConvertToInt()) {
      throw new BadInput("SerializationException", "Limit must be an integer");
    }
    int limit = limitNode == null || limitNode.isNull() ? 0 : limitNode.asInt();
    JsonNode filters = body.get("Filters");
    if (filters != null && !filters.isNull() && !filters.isObject()) {
      throw new BadInput("SerializationException", "Filters must be a structure");
    }
    String account = filters == null || filters.isNull() ? null : text(filters, "AccountId");
    String status = filters == null || filters.isNull() ? null : text(filters, "Status");

    List<String> v = new ArrayList<>();
    if (name == null) {
      v.add(AwsErrors.violation(null, "organizationConformancePackName", "Member must not be null"));
    } else if (name.isEmpty() || name.length() > 128 || !PACK_NAME.matcher(name).matches()) {
      v.add(AwsErrors.violation(name, "organizationConformancePackName",
          "Member must satisfy regular expression pattern: [a-zA-Z][-a-zA-Z0-9]* and length 1 to 128"));
    }
    if (limit < 0) {
      v.add(AwsErrors.violation(limit, "limit", "Member must have value greater than or equal to 0"));
    } else if (limit > 100) {
      v.add(AwsErrors.violation(limit, "limit", "Member must have value less than or equal to 100"));
    }
    if (account != null && !ACCOUNT.matcher(account).matches()) {
      v.add(AwsErrors.violation(account, "filters.accountId", "Member must satisfy regular expression pattern: "
          + "\\d{12}"));
    }
    if (status != null && !STATUSES.contains(status)) {
      v.add(AwsErrors.violation(status, "filters.status", "Member must satisfy enum value set: "
          + new java.util.TreeSet<>(STATUSES)));
    }
    String message = AwsErrors.validationMessage(v);
    if (message != null) {
      throw new BadInput("ValidationException", message);
    }
    ConformancePack pack = model.pack(name);
    if (pack == null) {
      throw new NotFoundError("NoSuchOrganizationConformancePackException",
          "Could not find an organization conformance pack named '" + name + "'");
    }
    String scope = OPERATION + "|" + name + "|" + account + "|" + status;
    PageTokens.Cursor cursor = null;
    if (token != null) {
      cursor = token.isEmpty() ? null : tokens.parse(token, scope);
      if (cursor == null) {
        throw new BadInput("InvalidNextTokenException", "The specified next token is not valid for this request");
      }
    }
    List<Row> rows = new ArrayList<>();
    for (ConformancePack.Member m : pack.members()) {
      ConformancePack.Change c = m.at(now);
      if (c != null && (account == null || account.equals(m.accountId()))
          && (status == null || status.equals(c.status()))) {
        rows.add(new Row(m, c));
      }
    }
    Pager.Page<Row> page = Pager.page(rows, r -> new PageKey(0, r.member.accountId()), PageKey.ASC, cursor,
        limit == 0 ? 100 : limit);
    ObjectNode root = Json.mapper().createObjectNode();
    ArrayNode arr = root.putArray("OrganizationConformancePackDetailedStatuses");
    for (Row r : page.items()) {
      ObjectNode o = arr.addObject();
      o.put("AccountId", r.member.accountId());
      o.put("ConformancePackName", r.member.memberPackName());
      o.put("Status", r.change.status());
      if (r.change.errorCode() != null) {
        o.put("ErrorCode", r.change.errorCode());
        o.put("ErrorMessage", r.change.errorMessage());
      }
      o.put("LastUpdateTime", Times.epochSeconds(r.change.at()));
    }
    if (page.moreAfter() && !page.items().isEmpty()) {
      Row last = page.items().get(page.items().size() - 1);
      root.put("NextToken", tokens.issue(scope, new PageKey(0, last.member.accountId()), false));
    }
    return root;
  }

  private record Row(ConformancePack.Member member, ConformancePack.Change change) {}

  private static String text(JsonNode node, String field) {
    JsonNode v = node.get(field);
    if (v == null || v.isNull()) {
      return null;
    }
    if (!v.isTextual()) {
      throw new BadInput("SerializationException", field + " must be a string");
    }
    return v.asText();
  }

  private static String write(ObjectNode node) {
    try {
      return Json.mapper().writeValueAsString(node);
    } catch (JsonProcessingException e) {
      return "{}";
    }
  }

  private static HttpReply error(int status, String type, String message, Exchange ex) {
    ObjectNode o = Json.mapper().createObjectNode();
    o.put("__type", type);
    o.put("message", message);
    return new HttpReply(status, JSON, write(o).getBytes(StandardCharsets.UTF_8), type);
  }

  private static HttpReply authError(AuthFailure f, Exchange ex) {
    switch (f.kind()) {
      case MISSING:
        return error(400, "MissingAuthenticationTokenException", "Missing Authentication Token", ex);
      case MALFORMED:
        return error(400, "IncompleteSignatureException", f.message(), ex);
      case UNKNOWN_KEY:
      case BAD_TOKEN:
        return error(400, "UnrecognizedClientException", f.message(), ex);
      default:
        return error(400, "InvalidSignatureException", f.message(), ex);
    }
  }

  @Override
  public HttpReply throttled(Exchange ex) {
    return error(400, "ThrottlingException", "Rate exceeded", ex);
  }

  @Override
  public HttpReply serverError(int status, Exchange ex) {
    if (status == 503) {
      return error(503, "ServiceUnavailable", "Service is unavailable, try again later", ex);
    }
    return error(status, "InternalFailure",
        "The request processing has failed because of an unknown error, exception or failure.", ex);
  }

  @Override
  public HttpReply tooLarge(long limit, Exchange ex) {
    return error(413, "RequestEntityTooLargeException", "Request body must be at most " + limit + " bytes", ex);
  }
}
