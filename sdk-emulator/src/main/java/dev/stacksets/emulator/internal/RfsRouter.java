package dev.stacksets.emulator.internal;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.stacksets.core.internal.util.Json;
import dev.stacksets.core.internal.util.PercentEncoding;
import dev.stacksets.emulator.model.EmulatorService;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Pattern;

/**
 * RFS stack-set read APIs (REST + JSON under {@code /v1/stack-sets}) with the documented query rules: filter grammar
 * and fields per API, {@code create_time} sorting (default descending, 400 on unequal sort_key/sort_dir counts),
 * {@code stack_set_id} strong match, {@code call_identity}, {@code marker}/{@code limit} paging with
 * {@code page_info}, the mandatory {@code Client-Request-Id}, and errors as
 * {@code {"error_code","error_msg"}} with an {@code X-Request-Id} header. Thread-safe.
 */
public final class RfsRouter implements ServiceRouter {
  static final String MISSING_PARAMETER = "RF.10011001";
  static final String UNRECOGNIZED_PARAMETER = "RF.10011002";
  static final String INVALID_PARAMETER = "RF.10011003";
  static final String STACK_SET_NOT_FOUND = "RF.10041001";
  static final String OPERATION_NOT_FOUND = "RF.10041002";
  static final String INSTANCE_NOT_FOUND = "RF.10041003";
  static final String INTERNAL_ERROR = "RF.10010001";
  static final String GATEWAY_AUTH = "APIGW.0301";
  static final String GATEWAY_NO_API = "APIGW.0101";
  static final String GATEWAY_TOO_LARGE = "APIGW.0201";
  static final String GATEWAY_THROTTLED = "APIGW.0308";

  private static final String JSON = "application/json;charset=UTF-8";
  private static final int DEFAULT_LIMIT = 100;
  private static final Pattern NAME = Pattern.compile("[\\p{L}][\\p{L}\\p{Nd}_-]{0,127}");
  private static final Set<String> CALL_IDENTITIES = Set.of("SELF", "DELEGATED_ADMIN");
  private static final Set<String> PAGED_SINGLE =
      Set.of("stack_set_id", "filter", "call_identity", "marker", "limit");
  private static final Set<String> SORT = Set.of("sort_key", "sort_dir");
  private static final Set<String> SHOW_SINGLE = Set.of("stack_set_id", "call_identity");
  private static final Map<String, Set<String>> STACK_SET_FILTERS =
      Map.of("permission_model", Set.of("SELF_MANAGED", "SERVICE_MANAGED"));
  private static final Map<String, Set<String>> OPERATION_FILTERS = Map.of(
      "status", Set.of("QUEUE_IN_PROGRESS", "OPERATION_IN_PROGRESS", "OPERATION_COMPLETE", "OPERATION_FAILED",
          "STOP_IN_PROGRESS", "STOP_COMPLETE", "STOP_FAILED"),
      "action", Set.of("CREATE_STACK_INSTANCES", "DELETE_STACK_INSTANCES", "DEPLOY_STACK_SET",
          "DEPLOY_STACK_INSTANCES", "UPDATE_STACK_INSTANCES"));
  private static final Map<String, Set<String>> INSTANCE_FILTERS =
      Map.of("region", Set.of(), "stack_domain_id", Set.of());

  private final EmulatorModel model;
  private final HuaweiAuth auth;
  private final PageTokens tokens;

  public RfsRouter(EmulatorModel model, HuaweiAuth auth, PageTokens tokens) {
    this.model = model;
    this.auth = auth;
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

  private record Route(String operation, String stackSetName, String operationId, String instanceAddr) {}

  @Override
  public String operationName(HttpCall call) {
    Route r = route(call);
    return r == null ? null : r.operation();
  }

  private static Route route(HttpCall call) {
    String[] raw = call.rawPath().split("/", -1);
    // "", "v1", "stack-sets", name, ...
    if (raw.length < 3 || !raw[0].isEmpty() || !"v1".equals(raw[1]) || !"stack-sets".equals(raw[2])) {
      return null;
    }
    int n = raw.length;
    if (n > 3 && raw[n - 1].isEmpty()) {
      n--; // tolerate one trailing slash
    }
    String[] seg = new String[n];
    for (int i = 0; i < n; i++) {
      seg[i] = PercentEncoding.decode(raw[i]);
      if (i >= 3 && seg[i].isEmpty()) {
        return null;
      }
    }
    if (!"GET".equals(call.method())) {
      return null;
    }
    if (n == 3) {
      return new Route("ListStackSets", null, null, null);
    }
    String name = seg[3];
    if (n == 5 && "metadata".equals(seg[4])) {
      return new Route("ShowStackSetMetadata", name, null, null);
    }
    if (n == 5 && "operations".equals(seg[4])) {
      return new Route("ListStackSetOperations", name, null, null);
    }
    if (n == 7 && "operations".equals(seg[4]) && "metadata".equals(seg[6])) {
      return new Route("ShowStackSetOperationMetadata", name, seg[5], null);
    }
    if (n == 5 && "stack-instances".equals(seg[4])) {
      return new Route("ListStackInstances", name, null, null);
    }
    if (n == 6 && "stack-instances".equals(seg[4])) {
      return new Route("ShowStackInstance", name, null, seg[5]);
    }
    if (n == 7 && "stack-instances".equals(seg[4])) {
      // an unescaped "/" in stack_instance_addr
      return new Route("ShowStackInstance", name, null, seg[5] + "/" + seg[6]);
    }
    return null;
  }

  @Override
  public HttpReply handle(HttpCall call, Exchange ex) {
    Route route = route(call);
    if (route == null) {
      return gateway(404, GATEWAY_NO_API, "The API does not exist or has not been published in the environment",
          ex);
    }
    ex.operation(route.operation());
    AuthFailure failure = auth.verify(call);
    if (failure != null) {
      return gateway(401, GATEWAY_AUTH, "Incorrect IAM authentication information: " + failure.message(), ex);
    }
    String clientRequestId = call.header("Client-Request-Id");
    ex.clientRequestId(clientRequestId);
    if (clientRequestId == null || clientRequestId.isBlank()) {
      return error(400, MISSING_PARAMETER, "Missing required parameter(s): Client-Request-Id", ex);
    }
    try {
      Instant now = model.clock().now();
      switch (route.operation()) {
        case "ListStackSets":
          return ok(listStackSets(call, now));
        case "ShowStackSetMetadata":
          return ok(showStackSetMetadata(call, route, now));
        case "ListStackSetOperations":
          return ok(listOperations(call, route, now));
        case "ShowStackSetOperationMetadata":
          return ok(showOperation(call, route, now));
        case "ListStackInstances":
          return ok(listInstances(call, route, now));
        default:
          return ok(showInstance(call, route, now));
      }
    } catch (BadInput e) {
      return error(400, e.code() == null ? INVALID_PARAMETER : e.code(), e.getMessage(), ex);
    } catch (NotFoundError e) {
      return error(404, e.code(), e.getMessage(), ex);
    }
  }

  // ---------------------------------------------------------------------------------------------------- operations

  private ObjectNode listStackSets(HttpCall call, Instant now) {
    QueryRules.check(call.query(), Set.of("filter", "call_identity", "marker", "limit"), SORT,
        UNRECOGNIZED_PARAMETER);
    RfsFilter filter = RfsFilter.parse(single(call, "filter"), STACK_SET_FILTERS);
    boolean asc = sortAscending(call);
    String callIdentity = callIdentity(call);
    List<StackSet> items = new ArrayList<>();
    for (StackSet s : model.stackSets(Provider.RFS)) {
      if (filter.matches(f -> s.permissionModel())) {
        items.add(s);
      }
    }
    Comparator<PageKey> order = asc ? PageKey.ASC : PageKey.DESC;
    items.sort((a, b) -> order.compare(key(a), key(b)));
    String scope = "ListStackSets|" + filter.canonical() + "|" + asc + "|" + callIdentity;
    boolean paged = call.queryValues("limit").size() + call.queryValues("marker").size() > 0;
    int limit = paged ? limit(call) : Integer.MAX_VALUE;
    Pager.Page<StackSet> page = Pager.page(items, RfsRouter::key, order, cursor(call, scope), limit);
    ObjectNode root = Json.mapper().createObjectNode();
    ArrayNode arr = root.putArray("stack_sets");
    for (StackSet s : page.items()) {
      ObjectNode o = arr.addObject();
      o.put("stack_set_id", s.id());
      o.put("stack_set_name", s.name());
      o.put("stack_set_description", s.description());
      o.put("permission_model", s.permissionModel());
      o.put("status", s.rfsStatusAt(now));
      o.put("create_time", Times.iso(s.created()));
      o.put("update_time", Times.iso(s.updatedAt(now)));
    }
    pageInfo(root, page, scope, RfsRouter::key);
    return root;
  }

  private ObjectNode showStackSetMetadata(HttpCall call, Route route, Instant now) {
    QueryRules.check(call.query(), SHOW_SINGLE, Set.of(), UNRECOGNIZED_PARAMETER);
    String callIdentity = callIdentity(call);
    StackSet s = stackSet(call, route, callIdentity);
    StackSet.Details d = s.details();
    ObjectNode o = Json.mapper().createObjectNode();
    o.put("stack_set_id", s.id());
    o.put("stack_set_name", s.name());
    o.put("stack_set_description", s.description());
    putIfNotNull(o, "initial_stack_description", d.initialStackDescription());
    o.put("permission_model", s.permissionModel());
    putIfNotNull(o, "administration_agency_name", d.administrationAgencyName());
    putIfNotNull(o, "administration_agency_urn", d.administrationAgencyUrn());
    putIfNotNull(o, "managed_agency_name", d.managedAgencyName());
    o.put("status", s.rfsStatusAt(now));
    putIfNotNull(o, "vars_body", d.varsBody());
    o.put("create_time", Times.iso(s.created()));
    o.put("update_time", Times.iso(s.updatedAt(now)));
    o.putObject("managed_operation").put("enable_parallel_operation", d.enableParallelOperation());
    if (s.serviceManaged()) {
      ArrayNode ous = o.putArray("organizational_unit_ids");
      d.organizationalUnitIds().forEach(ous::add);
    }
    return o;
  }

  private ObjectNode listOperations(HttpCall call, Route route, Instant now) {
    QueryRules.check(call.query(), PAGED_SINGLE, SORT, UNRECOGNIZED_PARAMETER);
    RfsFilter filter = RfsFilter.parse(single(call, "filter"), OPERATION_FILTERS);
    boolean asc = sortAscending(call);
    int limit = limit(call);
    String callIdentity = callIdentity(call);
    StackSet s = stackSet(call, route, callIdentity);
    String scope = "ListStackSetOperations|" + s.id() + "|" + filter.canonical() + "|" + asc + "|" + callIdentity;
    PageTokens.Cursor cursor = cursor(call, scope);
    List<Operation> items = new ArrayList<>();
    for (Operation op : s.operations()) {
      if (!op.created().isAfter(now)
          && filter.matches(f -> "status".equals(f) ? op.statusAt(now).rfs() : op.action())) {
        items.add(op);
      }
    }
    Comparator<PageKey> order = asc ? PageKey.ASC : PageKey.DESC;
    items.sort((a, b) -> order.compare(key(a), key(b)));
    Pager.Page<Operation> page = Pager.page(items, RfsRouter::key, order, cursor, limit);
    ObjectNode root = Json.mapper().createObjectNode();
    ArrayNode arr = root.putArray("stack_set_operations");
    for (Operation op : page.items()) {
      ObjectNode o = arr.addObject();
      o.put("operation_id", op.id());
      o.put("stack_set_id", s.id());
      o.put("stack_set_name", s.name());
      o.put("action", op.action());
      o.put("status", op.statusAt(now).rfs());
      putIfNotNull(o, "status_message", op.statusReasonAt(now));
      o.put("create_time", Times.iso(op.created()));
      o.put("update_time", Times.iso(op.updatedAt(now)));
    }
    pageInfo(root, page, scope, RfsRouter::key);
    return root;
  }

  private ObjectNode showOperation(HttpCall call, Route route, Instant now) {
    QueryRules.check(call.query(), SHOW_SINGLE, Set.of(), UNRECOGNIZED_PARAMETER);
    String callIdentity = callIdentity(call);
    StackSet s = stackSet(call, route, callIdentity);
    Operation op = s.operation(route.operationId());
    if (op == null || op.created().isAfter(now)) {
      throw new NotFoundError(OPERATION_NOT_FOUND, "The stack set operation " + route.operationId()
          + " does not exist in stack set " + s.name());
    }
    StackSet.Details d = s.details();
    ObjectNode o = Json.mapper().createObjectNode();
    o.put("stack_set_operation_id", op.id());
    o.put("stack_set_id", s.id());
    o.put("stack_set_name", s.name());
    o.put("status", op.statusAt(now).rfs());
    putIfNotNull(o, "status_message", op.statusReasonAt(now));
    o.put("action", op.action());
    putIfNotNull(o, "administration_agency_name", d.administrationAgencyName());
    putIfNotNull(o, "administration_agency_urn", d.administrationAgencyUrn());
    putIfNotNull(o, "managed_agency_name", d.managedAgencyName());
    ObjectNode targets = o.putObject("deployment_targets");
    ArrayNode regions = targets.putArray("regions");
    op.regions().forEach(regions::add);
    if (s.serviceManaged()) {
      ArrayNode ous = targets.putArray("organizational_unit_ids");
      op.organizationalUnitIds().forEach(ous::add);
      targets.put("domain_id_filter_type", "NONE");
    } else {
      ArrayNode domains = targets.putArray("domain_ids");
      op.accounts().forEach(domains::add);
    }
    o.put("create_time", Times.iso(op.created()));
    o.put("update_time", Times.iso(op.updatedAt(now)));
    Preferences p = op.preferences();
    ObjectNode prefs = o.putObject("operation_preferences");
    prefs.put("region_concurrency_type", p.regionConcurrencyType());
    if (!p.regionOrder().isEmpty()) {
      ArrayNode order = prefs.putArray("region_order");
      p.regionOrder().forEach(order::add);
    }
    prefs.put("failure_tolerance_count", p.failureToleranceCount());
    prefs.put("max_concurrent_count", p.maxConcurrentCount());
    prefs.put("failure_tolerance_mode", p.failureToleranceMode());
    return o;
  }

  private ObjectNode listInstances(HttpCall call, Route route, Instant now) {
    QueryRules.check(call.query(), PAGED_SINGLE, SORT, UNRECOGNIZED_PARAMETER);
    RfsFilter filter = RfsFilter.parse(single(call, "filter"), INSTANCE_FILTERS);
    boolean asc = sortAscending(call);
    int limit = limit(call);
    String callIdentity = callIdentity(call);
    StackSet s = stackSet(call, route, callIdentity);
    String scope = "ListStackInstances|" + s.id() + "|" + filter.canonical() + "|" + asc + "|" + callIdentity;
    PageTokens.Cursor cursor = cursor(call, scope);
    List<InstanceState> items = new ArrayList<>();
    for (InstanceState i : s.instancesAt(now)) {
      if (filter.matches(f -> "region".equals(f) ? i.instance().region() : i.instance().account())) {
        items.add(i);
      }
    }
    Comparator<PageKey> order = asc ? PageKey.ASC : PageKey.DESC;
    items.sort((a, b) -> order.compare(key(a), key(b)));
    Pager.Page<InstanceState> page = Pager.page(items, RfsRouter::key, order, cursor, limit);
    ObjectNode root = Json.mapper().createObjectNode();
    ArrayNode arr = root.putArray("stack_instances");
    for (InstanceState i : page.items()) {
      instance(arr.addObject(), i);
    }
    pageInfo(root, page, scope, RfsRouter::key);
    return root;
  }

  private ObjectNode showInstance(HttpCall call, Route route, Instant now) {
    QueryRules.check(call.query(), SHOW_SINGLE, Set.of(), UNRECOGNIZED_PARAMETER);
    String callIdentity = callIdentity(call);
    String addr = route.instanceAddr();
    int slash = addr.indexOf('/');
    if (slash <= 0 || slash == addr.length() - 1 || addr.indexOf('/', slash + 1) >= 0) {
      throw new BadInput("invalid stack_instance_addr '" + addr + "': expected {region}/{stack_domain_id}");
    }
    StackSet s = stackSet(call, route, callIdentity);
    Instance record = s.instanceRecord(addr.substring(0, slash), addr.substring(slash + 1));
    InstanceState state = record == null ? null : record.at(now);
    if (state == null) {
      throw new NotFoundError(INSTANCE_NOT_FOUND, "The stack instance " + addr + " does not exist in stack set "
          + s.name());
    }
    ObjectNode o = Json.mapper().createObjectNode();
    instance(o, state);
    if (Math.floorMod(record.stackUuid().hashCode(), 4) == 0) {
      ObjectNode overrides = o.putObject("var_overrides");
      overrides.put("vars_body", "instance_name = \"" + record.region() + "-" + record.account().substring(0, 8)
          + "\"");
      overrides.putArray("use_stack_set_vars").add("cidr");
    }
    return o;
  }

  private static void instance(ObjectNode o, InstanceState i) {
    Instance r = i.instance();
    StackSet s = r.stackSet();
    boolean stackExists = !(i.status() == TargetStatus.PENDING && i.lastOperation().kind() == OpKind.CREATE);
    if (stackExists) {
      o.put("stack_id", r.stackUuid());
    }
    o.put("stack_name", s.name());
    o.put("stack_set_id", s.id());
    o.put("stack_set_name", s.name());
    o.put("status", i.rfsStatus());
    putIfNotNull(o, "status_message", i.reason());
    o.put("stack_domain_id", r.account());
    o.put("latest_stack_set_operation_id", i.lastOperation().id());
    o.put("region", r.region());
    o.put("create_time", Times.iso(i.created()));
    o.put("update_time", Times.iso(i.updated()));
  }

  // ---------------------------------------------------------------------------------------------------- helpers

  private static PageKey key(StackSet s) {
    return new PageKey(s.created().toEpochMilli(), s.name());
  }

  private static PageKey key(Operation op) {
    return new PageKey(op.created().toEpochMilli(), op.id());
  }

  private static PageKey key(InstanceState i) {
    return new PageKey(i.created().toEpochMilli(), i.instance().region() + "/" + i.instance().account());
  }

  private StackSet stackSet(HttpCall call, Route route, String callIdentity) {
    String name = route.stackSetName();
    if (!NAME.matcher(name).matches()) {
      throw new BadInput("invalid stack_set_name '" + name + "': only letters, digits, underscores and hyphens are "
          + "allowed, starting with a letter, at most 128 characters");
    }
    StackSet s = model.stackSet(Provider.RFS, name);
    if (s == null) {
      throw new NotFoundError(STACK_SET_NOT_FOUND, "The stack set " + name + " does not exist");
    }
    String id = single(call, "stack_set_id");
    if (id != null && !id.equals(s.id())) {
      throw new BadInput("the stack_set_id " + id + " does not match the current id of stack set " + name);
    }
    if ("DELEGATED_ADMIN".equals(callIdentity) && !s.serviceManaged()) {
      throw new BadInput("call_identity is only supported when the stack set permission model is SERVICE_MANAGED");
    }
    return s;
  }

  private static String single(HttpCall call, String name) {
    List<String> v = call.queryValues(name);
    return v.isEmpty() ? null : v.get(0);
  }

  private static String callIdentity(HttpCall call) {
    String v = single(call, "call_identity");
    if (v == null) {
      return "SELF";
    }
    if (!CALL_IDENTITIES.contains(v)) {
      throw new BadInput("invalid call_identity '" + v + "': expected SELF or DELEGATED_ADMIN");
    }
    return v;
  }

  private static boolean sortAscending(HttpCall call) {
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

  private static int limit(HttpCall call) {
    String v = single(call, "limit");
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

  private PageTokens.Cursor cursor(HttpCall call, String scope) {
    String marker = single(call, "marker");
    if (marker == null) {
      return null;
    }
    PageTokens.Cursor c = tokens.parse(marker, scope);
    if (c == null) {
      throw new BadInput("invalid marker: it was not issued for a request with these parameters");
    }
    return c;
  }

  private <T> void pageInfo(ObjectNode root, Pager.Page<T> page, String scope,
      java.util.function.Function<T, PageKey> key) {
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

  private static void putIfNotNull(ObjectNode o, String name, String value) {
    if (value != null) {
      o.put(name, value);
    }
  }

  // ---------------------------------------------------------------------------------------------------- replies

  private static HttpReply ok(ObjectNode body) {
    return new HttpReply(200, JSON, bytes(body), null);
  }

  private static HttpReply error(int status, String code, String message, Exchange ex) {
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
    return gateway(429, GATEWAY_THROTTLED,
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
        return error(500, INTERNAL_ERROR, "Internal Server Error.", ex);
    }
  }

  @Override
  public HttpReply tooLarge(long limit, Exchange ex) {
    return gateway(413, GATEWAY_TOO_LARGE, "Request entity too large: the body exceeds " + limit + " bytes", ex);
  }
}
