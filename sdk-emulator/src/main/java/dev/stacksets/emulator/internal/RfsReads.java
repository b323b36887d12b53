package dev.stacksets.emulator.internal;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.stacksets.core.internal.util.Json;
import dev.stacksets.emulator.internal.RestFrontEnd.RestResult;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The RFS stack-set read APIs with the documented query rules: the filter grammar and fields per API,
 * {@code create_time} sorting (default descending), {@code stack_set_id} strong match, {@code call_identity},
 * {@code marker}/{@code limit} paging with {@code page_info}; items rendered by {@link RfsJson}. Thread-safe.
 */
final class RfsReads {
  static final Pattern NAME = Pattern.compile("[\\p{L}][\\p{L}\\p{Nd}_-]{0,127}");
  static final Set<String> SHOW_SINGLE = Set.of("stack_set_id", "call_identity");
  private static final Set<String> PAGED_SINGLE =
      Set.of("stack_set_id", "filter", "call_identity", "marker", "limit");
  private static final Set<String> SORT = Set.of("sort_key", "sort_dir");
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

  RfsReads(EmulatorModel model) {
    this.model = model;
  }

  RestResult listStackSets(RestRequest r) {
    r.checkQuery(Set.of("filter", "call_identity", "marker", "limit"), SORT);
    RfsFilter filter = RfsFilter.parse(r.single("filter"), STACK_SET_FILTERS);
    boolean asc = r.sortAscending();
    String callIdentity = r.callIdentity();
    List<StackSet> items = new ArrayList<>();
    for (StackSet s : model.stackSets(Provider.RFS)) {
      if (filter.matches(f -> s.permissionModel())) {
        items.add(s);
      }
    }
    Comparator<PageKey> order = asc ? PageKey.ASC : PageKey.DESC;
    items.sort((a, b) -> order.compare(key(a), key(b)));
    String scope = "ListStackSets|" + filter.canonical() + "|" + asc + "|" + callIdentity;
    boolean paged = r.call().queryValues("limit").size() + r.call().queryValues("marker").size() > 0;
    int limit = paged ? r.limit() : Integer.MAX_VALUE;
    Pager.Page<StackSet> page = Pager.page(items, RfsReads::key, order, r.cursor(scope), limit);
    ObjectNode root = Json.mapper().createObjectNode();
    ArrayNode arr = root.putArray("stack_sets");
    for (StackSet s : page.items()) {
      RfsJson.stackSet(arr.addObject(), s, r.now());
    }
    r.pageInfo(root, page, scope, RfsReads::key);
    return RestResult.ok(root);
  }

  RestResult showStackSetMetadata(RestRequest r) {
    r.checkQuery(SHOW_SINGLE, Set.of());
    StackSet s = stackSet(model, r, r.callIdentity());
    ObjectNode o = Json.mapper().createObjectNode();
    RfsJson.metadata(o, s, r.now());
    return RestResult.ok(o);
  }

  /**
   * ShowStackSetTemplate: a temporary redirect to where the template can be fetched (the emulator serves it at
   * {@code /_emulator/rfs/templates/{stack_set_id}}, standing in for the pre-signed OBS URL), or to its
   * {@code template_uri}.
   */
  RestResult showTemplate(RestRequest r) {
    r.checkQuery(SHOW_SINGLE, Set.of("access_control_source_ips", "access_control_source_vpc_ids"));
    StackSet s = stackSet(model, r, r.callIdentity());
    StackSet.Details d = s.details();
    String location;
    if (d.templateBody() != null) {
      String host = r.call().header("Host");
      location = "http://" + (host == null ? "127.0.0.1" : host) + "/_emulator/rfs/templates/" + s.id()
          + "?expires=" + r.now().plusSeconds(300).getEpochSecond();
    } else if (d.templateUrl() != null) {
      location = d.templateUrl();
    } else {
      throw new NotFoundError(RfsErrors.TEMPLATE_NOT_FOUND, "The stack set " + s.name() + " has no template");
    }
    return new RestResult(307, null, Map.of("Location", location));
  }

  RestResult listOperations(RestRequest r) {
    r.checkQuery(PAGED_SINGLE, SORT);
    RfsFilter filter = RfsFilter.parse(r.single("filter"), OPERATION_FILTERS);
    boolean asc = r.sortAscending();
    int limit = r.limit();
    String callIdentity = r.callIdentity();
    StackSet s = stackSet(model, r, callIdentity);
    Instant now = r.now();
    String scope = "ListStackSetOperations|" + s.id() + "|" + filter.canonical() + "|" + asc + "|" + callIdentity;
    PageTokens.Cursor cursor = r.cursor(scope);
    List<Operation> items = new ArrayList<>();
    for (Operation op : s.operations()) {
      if (!op.created().isAfter(now)
          && filter.matches(f -> "status".equals(f) ? op.statusAt(now).rfs() : op.action())) {
        items.add(op);
      }
    }
    Comparator<PageKey> order = asc ? PageKey.ASC : PageKey.DESC;
    items.sort((a, b) -> order.compare(key(a), key(b)));
    Pager.Page<Operation> page = Pager.page(items, RfsReads::key, order, cursor, limit);
    ObjectNode root = Json.mapper().createObjectNode();
    ArrayNode arr = root.putArray("stack_set_operations");
    for (Operation op : page.items()) {
      RfsJson.operationSummary(arr.addObject(), s, op, now);
    }
    r.pageInfo(root, page, scope, RfsReads::key);
    return RestResult.ok(root);
  }

  RestResult showOperation(RestRequest r) {
    r.checkQuery(SHOW_SINGLE, Set.of());
    StackSet s = stackSet(model, r, r.callIdentity());
    String id = r.path("stack_set_operation_id");
    Operation op = s.operation(id);
    if (op == null || op.created().isAfter(r.now())) {
      throw new NotFoundError(RfsErrors.OPERATION_NOT_FOUND, "The stack set operation " + id
          + " does not exist in stack set " + s.name());
    }
    ObjectNode o = Json.mapper().createObjectNode();
    RfsJson.operation(o, s, op, r.now());
    return RestResult.ok(o);
  }

  RestResult listInstances(RestRequest r) {
    r.checkQuery(PAGED_SINGLE, SORT);
    RfsFilter filter = RfsFilter.parse(r.single("filter"), INSTANCE_FILTERS);
    boolean asc = r.sortAscending();
    int limit = r.limit();
    String callIdentity = r.callIdentity();
    StackSet s = stackSet(model, r, callIdentity);
    String scope = "ListStackInstances|" + s.id() + "|" + filter.canonical() + "|" + asc + "|" + callIdentity;
    PageTokens.Cursor cursor = r.cursor(scope);
    List<InstanceState> items = new ArrayList<>();
    for (InstanceState i : s.instancesAt(r.now())) {
      if (filter.matches(f -> "region".equals(f) ? i.instance().region() : i.instance().account())) {
        items.add(i);
      }
    }
    Comparator<PageKey> order = asc ? PageKey.ASC : PageKey.DESC;
    items.sort((a, b) -> order.compare(key(a), key(b)));
    Pager.Page<InstanceState> page = Pager.page(items, RfsReads::key, order, cursor, limit);
    ObjectNode root = Json.mapper().createObjectNode();
    ArrayNode arr = root.putArray("stack_instances");
    for (InstanceState i : page.items()) {
      RfsJson.instance(arr.addObject(), i);
    }
    r.pageInfo(root, page, scope, RfsReads::key);
    return RestResult.ok(root);
  }

  RestResult showInstance(RestRequest r) {
    r.checkQuery(SHOW_SINGLE, Set.of());
    String callIdentity = r.callIdentity();
    String addr = r.path("stack_instance_addr");
    int slash = addr.indexOf('/');
    if (slash <= 0 || slash == addr.length() - 1 || addr.indexOf('/', slash + 1) >= 0) {
      throw new BadInput("invalid stack_instance_addr '" + addr + "': expected {region}/{stack_domain_id}");
    }
    StackSet s = stackSet(model, r, callIdentity);
    Instance record = s.instanceRecord(addr.substring(0, slash), addr.substring(slash + 1));
    InstanceState state = record == null ? null : record.at(r.now());
    if (state == null) {
      throw new NotFoundError(RfsErrors.INSTANCE_NOT_FOUND, "The stack instance " + addr
          + " does not exist in stack set " + s.name());
    }
    ObjectNode o = Json.mapper().createObjectNode();
    RfsJson.instance(o, state);
    if (Math.floorMod(record.stackUuid().hashCode(), 4) == 0) {
      ObjectNode overrides = o.putObject("var_overrides");
      overrides.put("vars_body", "instance_name = \"" + record.region() + "-" + record.account().substring(0,
          Math.min(8, record.account().length())) + "\"");
      overrides.putArray("use_stack_set_vars").add("cidr");
    }
    return RestResult.ok(o);
  }

  // ------------------------------------------------------------------------------------------------------ lookups

  /**
   * The stack set the path names: 400 for a name breaking the pattern, 404 when unknown, 400 when
   * {@code stack_set_id} (query, or {@code bodyId} of a write) differs from its id, 400 for DELEGATED_ADMIN on a
   * self-managed set.
   */
  static StackSet stackSet(EmulatorModel model, RestRequest r, String callIdentity) {
    return stackSet(model, r, callIdentity, r.single("stack_set_id"));
  }

  static StackSet stackSet(EmulatorModel model, RestRequest r, String callIdentity, String expectedId) {
    String name = r.path("stack_set_name");
    if (!NAME.matcher(name).matches()) {
      throw new BadInput("invalid stack_set_name '" + name + "': only letters, digits, underscores and hyphens are "
          + "allowed, starting with a letter, at most 128 characters");
    }
    StackSet s = model.stackSet(Provider.RFS, name);
    if (s == null) {
      throw new NotFoundError(RfsErrors.STACK_SET_NOT_FOUND, "The stack set " + name + " does not exist");
    }
    if (expectedId != null && !expectedId.equals(s.id())) {
      throw new BadInput("the stack_set_id " + expectedId + " does not match the current id of stack set " + name);
    }
    if ("DELEGATED_ADMIN".equals(callIdentity) && !s.serviceManaged()) {
      throw new BadInput("call_identity is only supported when the stack set permission model is SERVICE_MANAGED");
    }
    return s;
  }

  private static PageKey key(StackSet s) {
    return new PageKey(s.created().toEpochMilli(), s.name());
  }

  private static PageKey key(Operation op) {
    return new PageKey(op.created().toEpochMilli(), op.id());
  }

  private static PageKey key(InstanceState i) {
    return new PageKey(i.created().toEpochMilli(), i.instance().region() + "/" + i.instance().account());
  }
}
