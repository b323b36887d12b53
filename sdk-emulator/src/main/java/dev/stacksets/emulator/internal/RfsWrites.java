package dev.stacksets.emulator.internal;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.stacksets.core.internal.util.Json;
import dev.stacksets.emulator.internal.RestFrontEnd.RestResult;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The RFS stack-set write APIs (RFS reference §3): each reads its JSON body, turns it into a {@link StackSetWrites}
 * call (where the state rules live) and renders refusals with RFS statuses: 409 for a name in use and for an
 * operation in progress, 403 for deleting a stack set that still has instances, 404 for unknown stack sets and
 * instances (the codes are the emulator's own, see {@link RfsErrors}). Thread-safe.
 */
final class RfsWrites {
  private static final Pattern DOMAIN_ID = Pattern.compile("[A-Za-z0-9_-]{1,64}");
  private static final Pattern REGION = Pattern.compile("[a-z0-9-]{1,64}");
  private static final Pattern OU = Pattern.compile("[A-Za-z0-9_-]{1,128}");
  private static final Set<String> FILTER_TYPES = Set.of("NONE", "INTERSECTION", "DIFFERENCE", "UNION");

  private final EmulatorModel model;
  private final StackSetWrites writes;

  RfsWrites(EmulatorModel model, StackSetWrites writes) {
    this.model = model;
    this.writes = writes;
  }

  RestResult createStackSet(RestRequest r) {
    r.checkQuery(Set.of(), Set.of());
    ObjectNode b = r.body();
    String name = text(b, "stack_set_name");
    if (name == null) {
      throw new BadInput(RfsErrors.MISSING_PARAMETER, "Missing required parameter(s): stack_set_name");
    }
    if (!RfsReads.NAME.matcher(name).matches()) {
      throw new BadInput("invalid stack_set_name '" + name + "': only letters, digits, underscores and hyphens are "
          + "allowed, starting with a letter, at most 128 characters");
    }
    RestRequest.callIdentity(text(b, "call_identity"));
    String description = length(b, "stack_set_description", 1024);
    String permission = text(b, "permission_model");
    if (permission != null && !permission.equals("SELF_MANAGED") && !permission.equals("SERVICE_MANAGED")) {
      throw new BadInput("invalid permission_model '" + permission + "': expected SELF_MANAGED or SERVICE_MANAGED");
    }
    boolean serviceManaged = "SERVICE_MANAGED".equals(permission);
    DetailsBuilder d = new DetailsBuilder();
    d.administrationAgencyName = text(b, "administration_agency_name");
    d.administrationAgencyUrn = text(b, "administration_agency_urn");
    d.managedAgencyName = text(b, "managed_agency_name");
    if (serviceManaged) {
      if (d.administrationAgencyName != null || d.administrationAgencyUrn != null || d.managedAgencyName != null) {
        throw new BadInput("administration_agency_name, administration_agency_urn and managed_agency_name are only "
            + "allowed when permission_model is SELF_MANAGED");
      }
    } else {
      if ((d.administrationAgencyName == null) == (d.administrationAgencyUrn == null)) {
        throw new BadInput("a SELF_MANAGED stack set needs exactly one of administration_agency_name and "
            + "administration_agency_urn");
      }
      if (d.managedAgencyName == null) {
        throw new BadInput(RfsErrors.MISSING_PARAMETER, "Missing required parameter(s): managed_agency_name (a "
            + "SELF_MANAGED stack set needs it)");
      }
    }
    template(b, d, false);
    d.initialStackDescription = length(b, "initial_stack_description", 1024);
    d.enableParallelOperation = parallel(b, false);
    String id;
    try {
      id = writes.create(Provider.RFS, name, description == null ? "" : description, serviceManaged
          ? "SERVICE_MANAGED" : "SELF_MANAGED", d.build(), null, null);
    } catch (WriteConflict e) {
      throw new ApiError(409, RfsErrors.NAME_EXISTS, "The stack set " + name + " already exists");
    }
    ObjectNode o = Json.mapper().createObjectNode();
    o.put("stack_set_id", id);
    return RestResult.ok(o);
  }

  RestResult updateStackSet(RestRequest r) {
    r.checkQuery(Set.of(), Set.of());
    ObjectNode b = r.body();
    StackSet s = RfsReads.stackSet(model, r, RestRequest.callIdentity(text(b, "call_identity")),
        text(b, "stack_set_id"));
    DetailsBuilder d = s.details().toBuilder();
    String adminName = text(b, "administration_agency_name");
    String adminUrn = text(b, "administration_agency_urn");
    String managed = text(b, "managed_agency_name");
    if (adminName != null || adminUrn != null || managed != null) {
      if (s.serviceManaged()) {
        throw new BadInput("administration_agency_name, administration_agency_urn and managed_agency_name are only "
            + "allowed for SELF_MANAGED stack sets");
      }
      if (adminName != null && adminUrn != null) {
        throw new BadInput("give only one of administration_agency_name and administration_agency_urn");
      }
      if (adminName != null) {
        d.administrationAgencyName = adminName;
        d.administrationAgencyUrn = null;
      }
      if (adminUrn != null) {
        d.administrationAgencyUrn = adminUrn;
        d.administrationAgencyName = null;
      }
      if (managed != null) {
        d.managedAgencyName = managed;
      }
    }
    String description = length(b, "stack_set_description", 1024);
    String initial = length(b, "initial_stack_description", 1024);
    if (initial != null) {
      d.initialStackDescription = initial;
    }
    d.enableParallelOperation = parallel(b, d.enableParallelOperation);
    try {
      writes.update(s, new StackSetWrites.SettingsChange(description != null ? description : s.description(),
          d.build()));
    } catch (WriteConflict e) {
      throw conflict(e, s);
    }
    return RestResult.noContent();
  }

  RestResult deleteStackSet(RestRequest r) {
    r.checkQuery(RfsReads.SHOW_SINGLE, Set.of());
    StackSet s = RfsReads.stackSet(model, r, r.callIdentity());
    try {
      writes.delete(s);
    } catch (WriteConflict e) {
      throw conflict(e, s);
    }
    return RestResult.noContent();
  }

  RestResult deployStackSet(RestRequest r) {
    r.checkQuery(Set.of(), Set.of());
    ObjectNode b = r.body();
    StackSet s = RfsReads.stackSet(model, r, RestRequest.callIdentity(text(b, "call_identity")),
        text(b, "stack_set_id"));
    Targets t = targets(b, s);
    DetailsBuilder d = s.details().toBuilder();
    template(b, d, true);
    // "DeployStackSet selects the Cartesian product regions x domain_ids among existing instances" (reference §3.2)
    List<StackSetWrites.TargetRef> targets = existing(s, t, false);
    return started(s, new StackSetWrites.OperationRequest("DEPLOY_STACK_SET", OpKind.UPDATE, targets,
        preferences(b), null, null, false, t.named(), t.ous()), new StackSetWrites.SettingsChange(s.description(),
            d.build()));
  }

  RestResult createStackInstances(RestRequest r) {
    r.checkQuery(Set.of(), Set.of());
    ObjectNode b = r.body();
    StackSet s = RfsReads.stackSet(model, r, RestRequest.callIdentity(text(b, "call_identity")),
        text(b, "stack_set_id"));
    Targets t = targets(b, s);
    varOverrides(b);
    List<StackSetWrites.TargetRef> targets = new ArrayList<>();
    for (String region : t.regions()) {
      t.accountOus().forEach((a, ou) -> targets.add(new StackSetWrites.TargetRef(region, a, ou)));
    }
    return started(s, new StackSetWrites.OperationRequest("CREATE_STACK_INSTANCES", OpKind.CREATE, targets,
        preferences(b), null, null, false, t.named(), t.ous()), null);
  }

  RestResult updateStackInstances(RestRequest r) {
    r.checkQuery(Set.of(), Set.of());
    ObjectNode b = r.body();
    StackSet s = RfsReads.stackSet(model, r, RestRequest.callIdentity(text(b, "call_identity")),
        text(b, "stack_set_id"));
    Targets t = targets(b, s);
    varOverrides(b);
    return started(s, new StackSetWrites.OperationRequest("UPDATE_STACK_INSTANCES", OpKind.UPDATE,
        existing(s, t, !s.serviceManaged()), preferences(b), null, null, false, t.named(), t.ous()), null);
  }

  RestResult deleteStackInstances(RestRequest r) {
    r.checkQuery(Set.of(), Set.of());
    ObjectNode b = r.body();
    StackSet s = RfsReads.stackSet(model, r, RestRequest.callIdentity(text(b, "call_identity")),
        text(b, "stack_set_id"));
    Targets t = targets(b, s);
    return started(s, new StackSetWrites.OperationRequest("DELETE_STACK_INSTANCES", OpKind.DELETE,
        existing(s, t, false), preferences(b), null, null, false, t.named(), t.ous()), null);
  }

  // ------------------------------------------------------------------------------------------------------ helpers

  private RestResult started(StackSet s, StackSetWrites.OperationRequest request,
      StackSetWrites.SettingsChange change) {
    Operation op;
    try {
      op = writes.start(s, request, change);
    } catch (WriteConflict e) {
      throw conflict(e, s);
    }
    ObjectNode o = Json.mapper().createObjectNode();
    o.put("stack_set_operation_id", op.id());
    return RestResult.ok(o);
  }

  private static ApiError conflict(WriteConflict e, StackSet s) {
    switch (e.reason()) {
      case NOT_EMPTY:
        return new ApiError(403, RfsErrors.STATE_FORBIDS, "The stack set " + s.name() + " cannot be deleted: it "
            + "still has stack instances");
      case NAME_EXISTS:
        return new ApiError(409, RfsErrors.NAME_EXISTS, "The stack set " + s.name() + " already exists");
      default:
        return new ApiError(409, RfsErrors.OPERATION_IN_PROGRESS, "Another request is operating on the stack set "
            + s.name() + "; try again when its operation has finished");
    }
  }

  /**
   * The deployment targets of a request.
   *
   * @param regions    the regions
   * @param accountOus account (domain id) to the OU it was reached through (null for self-managed)
   * @param named      the domain ids the request named (self-managed)
   * @param ous        the OUs the request named (service-managed)
   */
  private record Targets(List<String> regions, Map<String, String> accountOus, List<String> named,
      List<String> ous) {
    List<String> accounts() {
      return new ArrayList<>(accountOus.keySet());
    }
  }

  private Targets targets(ObjectNode b, StackSet s) {
    JsonNode dt = b.get("deployment_targets");
    if (dt == null || dt.isNull()) {
      throw new BadInput(RfsErrors.MISSING_PARAMETER, "Missing required parameter(s): deployment_targets");
    }
    if (!dt.isObject()) {
      throw new BadInput("deployment_targets must be an object");
    }
    List<String> regions = strings(dt, "deployment_targets.regions", "regions", REGION);
    if (regions.isEmpty()) {
      throw new BadInput(RfsErrors.MISSING_PARAMETER, "Missing required parameter(s): deployment_targets.regions");
    }
    if (dt.hasNonNull("domain_ids_uri")) {
      throw new BadInput("deployment_targets.domain_ids_uri is not supported by the emulator; list the domain ids "
          + "in deployment_targets.domain_ids");
    }
    List<String> domains = strings(dt, "deployment_targets.domain_ids", "domain_ids", DOMAIN_ID);
    List<String> ous = strings(dt, "deployment_targets.organizational_unit_ids", "organizational_unit_ids", OU);
    String filter = text(dt, "domain_id_filter_type");
    if (filter != null && !FILTER_TYPES.contains(filter)) {
      throw new BadInput("invalid deployment_targets.domain_id_filter_type '" + filter + "': expected one of "
          + new java.util.TreeSet<>(FILTER_TYPES));
    }
    Map<String, String> accountOus = new LinkedHashMap<>();
    if (s.serviceManaged()) {
      if (ous.isEmpty()) {
        throw new BadInput(RfsErrors.MISSING_PARAMETER, "Missing required parameter(s): "
            + "deployment_targets.organizational_unit_ids (the stack set is SERVICE_MANAGED)");
      }
      accountOus.putAll(writes.organizationAccounts(s, ous, domains, filter));
      return new Targets(regions, accountOus, List.of(), ous);
    }
    if (!ous.isEmpty() || filter != null) {
      throw new BadInput("organizational_unit_ids and domain_id_filter_type are only allowed for SERVICE_MANAGED "
          + "stack sets");
    }
    if (domains.isEmpty()) {
      throw new BadInput(RfsErrors.MISSING_PARAMETER, "Missing required parameter(s): deployment_targets.domain_ids");
    }
    domains.forEach(a -> accountOus.put(a, null));
    return new Targets(regions, accountOus, domains, List.of());
  }

  /** The existing instances of the targets; with {@code strict}, a missing one is a 404. */
  private List<StackSetWrites.TargetRef> existing(StackSet s, Targets t, boolean strict) {
    if (strict) {
      List<String> missing = writes.missing(s, t.regions(), t.accounts());
      if (!missing.isEmpty()) {
        throw new NotFoundError(RfsErrors.INSTANCE_NOT_FOUND, "The stack instance " + missing.get(0)
            + " does not exist in stack set " + s.name());
      }
    }
    return writes.existing(s, t.regions(), t.accounts());
  }

  /** template_body | template_uri (at most one; with {@code required}, exactly one), vars_body | vars_uri. */
  private static void template(ObjectNode b, DetailsBuilder d, boolean required) {
    String body = text(b, "template_body");
    String uri = text(b, "template_uri");
    if (body != null && uri != null) {
      throw new BadInput("give only one of template_body and template_uri");
    }
    if (required && body == null && uri == null) {
      throw new BadInput(RfsErrors.MISSING_PARAMETER, "Missing required parameter(s): template_body or "
          + "template_uri (a deployment replaces the template)");
    }
    String vars = text(b, "vars_body");
    String varsUri = text(b, "vars_uri");
    if (vars != null && varsUri != null) {
      throw new BadInput("give only one of vars_body and vars_uri");
    }
    if (body != null || uri != null || required) {
      d.templateBody = body;
      d.templateUrl = uri;
      d.varsBody = vars;
      d.varsUri = varsUri;
    } else {
      d.varsBody = vars;
      d.varsUri = varsUri;
    }
  }

  private static boolean parallel(ObjectNode b, boolean fallback) {
    JsonNode m = b.get("managed_operation");
    if (m == null || m.isNull()) {
      return fallback;
    }
    if (!m.isObject()) {
      throw new BadInput("managed_operation must be an object");
    }
    JsonNode p = m.get("enable_parallel_operation");
    if (p == null || p.isNull()) {
      return fallback;
    }
    if (!p.isBoolean()) {
      throw new BadInput("managed_operation.enable_parallel_operation must be a boolean");
    }
    return p.asBoolean();
  }

  private static void varOverrides(ObjectNode b) {
    JsonNode v = b.get("var_overrides");
    if (v != null && !v.isNull() && !v.isObject()) {
      throw new BadInput("var_overrides must be an object");
    }
  }

  /** operation_preferences, with the defaults for what is not sent. */
  private static Preferences preferences(ObjectNode b) {
    JsonNode p = b.get("operation_preferences");
    if (p == null || p.isNull()) {
      return Preferences.DEFAULT;
    }
    if (!p.isObject()) {
      throw new BadInput("operation_preferences must be an object");
    }
    String type = text(p, "region_concurrency_type");
    if (type != null && !type.equals("SEQUENTIAL") && !type.equals("PARALLEL")) {
      throw new BadInput("invalid operation_preferences.region_concurrency_type '" + type
          + "': expected SEQUENTIAL or PARALLEL");
    }
    List<String> order = strings(p, "operation_preferences.region_order", "region_order", REGION);
    Integer tolerance = integer(p, "failure_tolerance_count", 0, Integer.MAX_VALUE);
    Integer tolerancePct = integer(p, "failure_tolerance_percentage", 0, 100);
    Integer concurrent = integer(p, "max_concurrent_count", 1, Integer.MAX_VALUE);
    Integer concurrentPct = integer(p, "max_concurrent_percentage", 1, 100);
    String mode = text(p, "failure_tolerance_mode");
    if (mode != null && !mode.equals("STRICT_FAILURE_TOLERANCE") && !mode.equals("SOFT_FAILURE_TOLERANCE")) {
      throw new BadInput("invalid operation_preferences.failure_tolerance_mode '" + mode
          + "': expected STRICT_FAILURE_TOLERANCE or SOFT_FAILURE_TOLERANCE");
    }
    if (tolerance != null && tolerancePct != null) {
      throw new BadInput("give only one of failure_tolerance_count and failure_tolerance_percentage");
    }
    if (concurrent != null && concurrentPct != null) {
      throw new BadInput("give only one of max_concurrent_count and max_concurrent_percentage");
    }
    return new Preferences(type == null ? "SEQUENTIAL" : type, order, tolerance == null ? 0 : tolerance,
        concurrent == null ? 1 : concurrent, mode == null ? "STRICT_FAILURE_TOLERANCE" : mode, tolerancePct,
        concurrentPct);
  }

  private static Integer integer(JsonNode o, String field, int min, int max) {
    JsonNode v = o.get(field);
    if (v == null || v.isNull()) {
      return null;
    }
    if (!v.canConvertToInt() || !v.isIntegralNumber()) {
      throw new BadInput("operation_preferences." + field + " must be an integer");
    }
    int n = v.asInt();
    if (n < min || n > max) {
      throw new BadInput("invalid operation_preferences." + field + " " + n + ": expected " + min + " to " + max);
    }
    return n;
  }

  private static List<String> strings(JsonNode o, String label, String field, Pattern pattern) {
    JsonNode v = o.get(field);
    List<String> out = new ArrayList<>();
    if (v == null || v.isNull()) {
      return out;
    }
    if (!v.isArray()) {
      throw new BadInput(label + " must be an array of strings");
    }
    for (JsonNode item : v) {
      if (!item.isTextual() || !pattern.matcher(item.asText()).matches()) {
        throw new BadInput("invalid " + label + " item " + item);
      }
      if (!out.contains(item.asText())) {
        out.add(item.asText());
      }
    }
    return out;
  }

  private static String text(JsonNode o, String field) {
    JsonNode v = o.get(field);
    if (v == null || v.isNull()) {
      return null;
    }
    if (!v.isTextual()) {
      throw new BadInput(field + " must be a string");
    }
    return v.asText();
  }

  private static String length(JsonNode o, String field, int max) {
    String v = text(o, field);
    if (v != null && v.length() > max) {
      throw new BadInput(field + " must be at most " + max + " characters");
    }
    return v;
  }
}
