package dev.stacksets.emulator.internal;

import dev.stacksets.core.http.QueryParam;
import dev.stacksets.core.internal.util.PercentEncoding;
import dev.stacksets.emulator.model.EmulatorService;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Pattern;

/**
 * CloudFormation stack-set read APIs over the Query protocol (version 2010-05-15): a form-encoded {@code POST /}
 * (or a {@code GET /?Action=...}), SigV4 with the service name {@code cloudformation}, XML replies in
 * {@code <XResponse><XResult>} with {@code ResponseMetadata}, {@code NextToken}/{@code MaxResults} paging, and
 * {@code <ErrorResponse>} errors with the documented codes and statuses. Thread-safe.
 */
public final class CloudFormationRouter implements ServiceRouter {
  static final String NAMESPACE = "http://cloudformation.amazonaws.com/doc/2010-05-15/";
  private static final String XML = "text/xml";
  private static final String VERSION = "2010-05-15";
  private static final Pattern OPERATION_ID = Pattern.compile("[a-zA-Z0-9][-a-zA-Z0-9]*");
  private static final Pattern ACCOUNT = Pattern.compile("[0-9]{12}");
  private static final Pattern REGION = Pattern.compile("[a-zA-Z0-9-]{1,128}");
  private static final Set<String> RESULT_STATUSES = Set.of("PENDING", "RUNNING", "SUCCEEDED", "FAILED",
      "CANCELLED");
  private static final Set<String> INSTANCE_FILTERS = Set.of("DETAILED_STATUS", "LAST_OPERATION_ID",
      "DRIFT_STATUS");
  private static final Set<String> OPERATIONS = Set.of("ListStackSets", "DescribeStackSet",
      "ListStackSetOperations", "DescribeStackSetOperation", "ListStackSetOperationResults", "ListStackInstances",
      "DescribeStackInstance");

  private final EmulatorModel model;
  private final AwsAuth auth;
  private final PageTokens tokens;

  public CloudFormationRouter(EmulatorModel model, AwsAuth auth, PageTokens tokens) {
    this.model = model;
    this.auth = auth;
    this.tokens = tokens;
  }

  @Override
  public EmulatorService service() {
    return EmulatorService.CLOUDFORMATION;
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
    String action = params(call).get("Action");
    return action != null && OPERATIONS.contains(action) ? action : null;
  }

  /** The request parameters: the form body of a POST, the query of a GET. Later duplicates are ignored. */
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

  @Override
  public HttpReply handle(HttpCall call, Exchange ex) {
    Map<String, String> p = params(call);
    String action = p.get("Action");
    if (action != null && OPERATIONS.contains(action)) {
      ex.operation(action);
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
    if (action == null || action.isEmpty()) {
      return error(400, "Sender", "MissingAction", "The request must contain the parameter Action", ex);
    }
    if (!OPERATIONS.contains(action) || !VERSION.equals(p.get("Version"))) {
      return error(400, "Sender", "InvalidAction", "Could not find operation " + action + " for version "
          + p.get("Version"), ex);
    }
    try {
      Instant now = model.clock().now();
      Xml x = Xml.document(action + "Response", NAMESPACE).start(action + "Result");
      switch (action) {
        case "ListStackSets":
          listStackSets(p, x, now);
          break;
        case "DescribeStackSet":
          describeStackSet(p, x, now);
          break;
        case "ListStackSetOperations":
          listOperations(p, x, now);
          break;
        case "DescribeStackSetOperation":
          describeOperation(p, x, now);
          break;
        case "ListStackSetOperationResults":
          listResults(p, x, now);
          break;
        case "DescribeStackInstance":
          describeInstance(p, x, now);
          break;
        default:
          listInstances(p, x, now);
      }
      x.end().start("ResponseMetadata").element("RequestId", ex.requestId()).end();
      return HttpReply.ok(XML, x.finish());
    } catch (BadInput e) {
      return error(400, "Sender", e.code() == null ? "ValidationError" : e.code(), e.getMessage(), ex);
    } catch (NotFoundError e) {
      return error(404, "Sender", e.code(), e.getMessage(), ex);
    }
  }

  // ---------------------------------------------------------------------------------------------------- operations

  private void listStackSets(Map<String, String> p, Xml x, Instant now) {
    List<String> v = new ArrayList<>();
    String callAs = callAs(p, v);
    int max = maxResults(p, v);
    String status = p.get("Status");
    if (status != null && !status.equals("ACTIVE") && !status.equals("DELETED")) {
      v.add(AwsErrors.violation(status, "status", "Member must satisfy enum value set: [ACTIVE, DELETED]"));
    }
    fail(v);
    String scope = "ListStackSets|" + status + "|" + callAs;
    PageTokens.Cursor cursor = cursor(p, scope);
    List<StackSet> items = new ArrayList<>();
    for (StackSet s : model.stackSets(Provider.CLOUDFORMATION)) {
      if (status == null || status.equals(status(s))) {
        items.add(s);
      }
    }
    Pager.Page<StackSet> page = Pager.page(items, CloudFormationRouter::key, PageKey.ASC, cursor, max);
    x.start("Summaries");
    for (StackSet s : page.items()) {
      x.start("member").element("StackSetName", s.name()).element("StackSetId", s.id())
          .element("Description", s.description()).element("Status", status(s));
      autoDeployment(x, s);
      x.element("PermissionModel", s.permissionModel());
      Operation drift = latestDrift(s, now);
      x.element("DriftStatus", drift == null ? "NOT_CHECKED" : drifted(drift) ? "DRIFTED" : "IN_SYNC");
      if (drift != null) {
        x.element("LastDriftCheckTimestamp", Times.iso(drift.end()));
      }
      x.start("ManagedExecution").element("Active", false).end();
      x.end();
    }
    x.end();
    nextToken(x, page, scope, CloudFormationRouter::key);
  }

  private void describeStackSet(Map<String, String> p, Xml x, Instant now) {
    List<String> v = new ArrayList<>();
    callAs(p, v);
    String name = required(p, "StackSetName", "stackSetName", v);
    fail(v);
    StackSet s = stackSet(name);
    StackSet.Details d = s.details();
    x.start("StackSet").element("StackSetName", s.name()).element("StackSetId", s.id())
        .element("Description", s.description()).element("Status", status(s))
        .element("TemplateBody", d.templateBody()).empty("Parameters").empty("Capabilities").empty("Tags")
        .element("StackSetARN", "arn:aws:cloudformation:" + SeedData.AWS_REGIONS.get(0) + ":"
            + SeedData.AWS_MANAGEMENT_ACCOUNT + ":stackset/" + s.id())
        .element("AdministrationRoleARN", d.administrationRoleArn())
        .element("ExecutionRoleName", d.executionRoleName());
    Operation drift = latestDrift(s, now);
    if (drift != null) {
      driftDetails(x, drift, now);
    }
    autoDeployment(x, s);
    x.element("PermissionModel", s.permissionModel());
    if (s.serviceManaged()) {
      x.start("OrganizationalUnitIds");
      for (String ou : d.organizationalUnitIds()) {
        if (ou.startsWith("ou-")) {
          x.element("member", ou);
        }
      }
      x.end();
    }
    x.start("ManagedExecution").element("Active", false).end();
    x.start("Regions");
    for (String r : s.regionsAt(now)) {
      x.element("member", r);
    }
    x.end().end();
  }

  private void listOperations(Map<String, String> p, Xml x, Instant now) {
    List<String> v = new ArrayList<>();
    String callAs = callAs(p, v);
    int max = maxResults(p, v);
    String name = required(p, "StackSetName", "stackSetName", v);
    fail(v);
    StackSet s = stackSet(name);
    String scope = "ListStackSetOperations|" + s.id() + "|" + callAs;
    PageTokens.Cursor cursor = cursor(p, scope);
    List<Operation> items = new ArrayList<>();
    for (Operation op : s.operations()) {
      if (!op.created().isAfter(now)) {
        items.add(op);
      }
    }
    items.sort((a, b) -> PageKey.DESC.compare(key(a), key(b)));
    Pager.Page<Operation> page = Pager.page(items, CloudFormationRouter::key, PageKey.DESC, cursor, max);
    x.start("Summaries");
    for (Operation op : page.items()) {
      x.start("member").element("OperationId", op.id()).element("Action", op.action())
          .element("Status", op.statusAt(now).cfn()).element("CreationTimestamp", Times.iso(op.created()));
      Instant end = op.endedAt(now);
      if (end != null) {
        x.element("EndTimestamp", Times.iso(end));
      }
      x.element("StatusReason", op.statusReasonAt(now));
      x.start("StatusDetails").element("FailedStackInstancesCount", op.failedCountAt(now)).end();
      preferences(x, op.preferences());
      x.end();
    }
    x.end();
    nextToken(x, page, scope, CloudFormationRouter::key);
  }

  private void describeOperation(Map<String, String> p, Xml x, Instant now) {
    List<String> v = new ArrayList<>();
    callAs(p, v);
    String name = required(p, "StackSetName", "stackSetName", v);
    String id = operationId(p, v);
    fail(v);
    StackSet s = stackSet(name);
    Operation op = operation(s, id, now);
    StackSet.Details d = s.details();
    x.start("StackSetOperation").element("OperationId", op.id()).element("StackSetId", s.id())
        .element("Action", op.action()).element("Status", op.statusAt(now).cfn());
    preferences(x, op.preferences());
    if (op.kind() == OpKind.DELETE) {
      x.element("RetainStacks", op.retainStacks());
    }
    x.element("AdministrationRoleARN", d.administrationRoleArn()).element("ExecutionRoleName",
        d.executionRoleName()).element("CreationTimestamp", Times.iso(op.created()));
    Instant end = op.endedAt(now);
    if (end != null) {
      x.element("EndTimestamp", Times.iso(end));
    }
    x.start("DeploymentTargets");
    if (s.serviceManaged()) {
      x.start("OrganizationalUnitIds");
      op.organizationalUnitIds().forEach(ou -> x.element("member", ou));
      x.end().element("AccountFilterType", "NONE");
    } else {
      x.start("Accounts");
      op.accounts().forEach(a -> x.element("member", a));
      x.end();
    }
    x.end();
    if (op.kind() == OpKind.DETECT_DRIFT) {
      driftDetails(x, op, now);
    }
    x.element("StatusReason", op.statusReasonAt(now));
    x.start("StatusDetails").element("FailedStackInstancesCount", op.failedCountAt(now)).end();
    x.end();
  }

  private void listResults(Map<String, String> p, Xml x, Instant now) {
    List<String> v = new ArrayList<>();
    String callAs = callAs(p, v);
    int max = maxResults(p, v);
    String name = required(p, "StackSetName", "stackSetName", v);
    String id = operationId(p, v);
    List<String[]> filters = filters(p, v);
    String wanted = null;
    if (filters.size() > 1) {
      v.add(AwsErrors.violation("[" + filters.size() + " filters]", "filters",
          "Member must have length less than or equal to 1"));
    }
    for (int i = 0; i < filters.size(); i++) {
      String[] f = filters.get(i);
      if (!"OPERATION_RESULT_STATUS".equals(f[0])) {
        v.add(AwsErrors.violation(f[0], "filters." + (i + 1) + ".member.name",
            "Member must satisfy enum value set: [OPERATION_RESULT_STATUS]"));
      }
      if (f[1] == null || !f[1].matches("^\\S{6,9}$")) {
        v.add(AwsErrors.violation(f[1], "filters." + (i + 1) + ".member.values",
            "Member must satisfy regular expression pattern: ^\\S{6,9}$"));
      }
      wanted = f[1];
    }
    fail(v);
    StackSet s = stackSet(name);
    Operation op = operation(s, id, now);
    String scope = "ListStackSetOperationResults|" + s.id() + "|" + op.id() + "|" + wanted + "|" + callAs;
    PageTokens.Cursor cursor = cursor(p, scope);
    List<Integer> items = new ArrayList<>();
    List<Target> targets = op.targets();
    for (int i = 0; i < targets.size(); i++) {
      if (wanted == null || wanted.equals(targets.get(i).statusAt(now).cfn())) {
        items.add(i);
      }
    }
    Pager.Page<Integer> page = Pager.page(items, i -> new PageKey(i, ""), PageKey.ASC, cursor, max);
    x.start("Summaries");
    for (int i : page.items()) {
      Target t = targets.get(i);
      TargetStatus st = t.statusAt(now);
      x.start("member").element("Account", t.account()).element("Region", t.region()).element("Status", st.cfn())
          .element("StatusReason", t.reasonAt(now));
      if (st != TargetStatus.PENDING && st != TargetStatus.CANCELLED) {
        x.start("AccountGateResult").element("Status", "SKIPPED").element("StatusReason",
            "Function not found: arn:aws:lambda:" + t.region() + ":" + t.account()
                + ":function:AWSCloudFormationStackSetAccountGate").end();
      }
      x.element("OrganizationalUnitId", t.organizationalUnitId());
      x.end();
    }
    x.end();
    nextToken(x, page, scope, i -> new PageKey(i, ""));
  }

  private void listInstances(Map<String, String> p, Xml x, Instant now) {
    List<String> v = new ArrayList<>();
    String callAs = callAs(p, v);
    int max = maxResults(p, v);
    String name = required(p, "StackSetName", "stackSetName", v);
    List<String[]> filters = filters(p, v);
    if (filters.size() > 3) {
      v.add(AwsErrors.violation("[" + filters.size() + " filters]", "filters",
          "Member must have length less than or equal to 3"));
    }
    Map<String, String> wanted = new LinkedHashMap<>();
    for (int i = 0; i < filters.size(); i++) {
      String[] f = filters.get(i);
      if (!INSTANCE_FILTERS.contains(f[0])) {
        v.add(AwsErrors.violation(f[0], "filters." + (i + 1) + ".member.name",
            "Member must satisfy enum value set: [DETAILED_STATUS, LAST_OPERATION_ID, DRIFT_STATUS]"));
      } else if (wanted.containsKey(f[0])) {
        v.add("The filter " + f[0] + " was given more than once");
      }
      if (f[1] == null || !f[1].matches("^\\S{1,128}$")) {
        v.add(AwsErrors.violation(f[1], "filters." + (i + 1) + ".member.values",
            "Member must satisfy regular expression pattern: ^\\S{1,128}$"));
      }
      wanted.put(f[0], f[1]);
    }
    String account = p.get("StackInstanceAccount");
    if (account != null && !ACCOUNT.matcher(account).matches()) {
      v.add(AwsErrors.violation(account, "stackInstanceAccount",
          "Member must satisfy regular expression pattern: ^[0-9]{12}$"));
    }
    String region = p.get("StackInstanceRegion");
    if (region != null && !REGION.matcher(region).matches()) {
      v.add(AwsErrors.violation(region, "stackInstanceRegion",
          "Member must satisfy regular expression pattern: ^[a-zA-Z0-9-]{1,128}$"));
    }
    fail(v);
    StackSet s = stackSet(name);
    String scope = "ListStackInstances|" + s.id() + "|" + new java.util.TreeMap<>(wanted) + "|" + account + "|"
        + region + "|" + callAs;
    PageTokens.Cursor cursor = cursor(p, scope);
    List<InstanceState> items = new ArrayList<>();
    for (InstanceState i : s.instancesAt(now)) {
      Instance r = i.instance();
      if ((account == null || account.equals(r.account())) && (region == null || region.equals(r.region()))
          && matches(wanted, "DETAILED_STATUS", i.cfnDetailedStatus())
          && matches(wanted, "LAST_OPERATION_ID", i.lastOperation().id())
          && matches(wanted, "DRIFT_STATUS", i.driftStatus())) {
        items.add(i);
      }
    }
    Pager.Page<InstanceState> page = Pager.page(items, CloudFormationRouter::key, PageKey.ASC, cursor, max);
    x.start("Summaries");
    for (InstanceState i : page.items()) {
      instance(x.start("member"), s, i, false);
      x.end();
    }
    x.end();
    nextToken(x, page, scope, CloudFormationRouter::key);
  }

  private void describeInstance(Map<String, String> p, Xml x, Instant now) {
    List<String> v = new ArrayList<>();
    callAs(p, v);
    String name = required(p, "StackSetName", "stackSetName", v);
    String account = required(p, "StackInstanceAccount", "stackInstanceAccount", v);
    if (account != null && !ACCOUNT.matcher(account).matches()) {
      v.add(AwsErrors.violation(account, "stackInstanceAccount",
          "Member must satisfy regular expression pattern: ^[0-9]{12}$"));
    }
    String region = required(p, "StackInstanceRegion", "stackInstanceRegion", v);
    if (region != null && !REGION.matcher(region).matches()) {
      v.add(AwsErrors.violation(region, "stackInstanceRegion",
          "Member must satisfy regular expression pattern: ^[a-zA-Z0-9-]{1,128}$"));
    }
    fail(v);
    StackSet s = stackSet(name);
    for (InstanceState i : s.instancesAt(now)) {
      if (account.equals(i.instance().account()) && region.equals(i.instance().region())) {
        instance(x.start("StackInstance"), s, i, true);
        x.end();
        return;
      }
    }
    throw new NotFoundError("StackInstanceNotFoundException", "Stack instance [" + account + ", " + region
        + "] of StackSet " + name + " not found");
  }

  /** The members of a stack instance (a summary, or with {@code ParameterOverrides} in full). */
  private static void instance(Xml x, StackSet s, InstanceState i, boolean full) {
    Instance r = i.instance();
    x.element("StackSetId", s.id()).element("Region", r.region()).element("Account", r.account());
    if (!(i.status() == TargetStatus.PENDING && i.lastOperation().kind() == OpKind.CREATE)) {
      x.element("StackId", stackId(s, r));
    }
    if (full) {
      x.empty("ParameterOverrides");
    }
    x.element("Status", i.cfnStatus()).element("StatusReason", i.reason())
        .start("StackInstanceStatus").element("DetailedStatus", i.cfnDetailedStatus()).end()
        .element("OrganizationalUnitId", r.organizationalUnitId()).element("DriftStatus", i.driftStatus());
    if (i.driftCheckedAt() != null) {
      x.element("LastDriftCheckTimestamp", Times.iso(i.driftCheckedAt()));
    }
    x.element("LastOperationId", i.lastOperation().id());
  }

  // ---------------------------------------------------------------------------------------------------- helpers

  static String stackId(StackSet s, Instance r) {
    return "arn:aws:cloudformation:" + r.region() + ":" + r.account() + ":stack/StackSet-" + s.name() + "-"
        + r.stackUuid().substring(0, 8) + "/" + r.stackUuid();
  }

  private static boolean matches(Map<String, String> wanted, String name, String actual) {
    String w = wanted.get(name);
    return w == null || w.equals(actual);
  }

  private static String status(StackSet s) {
    return s.details().deleted() ? "DELETED" : "ACTIVE";
  }

  private static void autoDeployment(Xml x, StackSet s) {
    if (s.serviceManaged()) {
      x.start("AutoDeployment").element("Enabled", s.details().autoDeployment())
          .element("RetainStacksOnAccountRemoval", false).end();
    }
  }

  private static Operation latestDrift(StackSet s, Instant now) {
    List<Operation> ops = s.operations();
    for (int i = ops.size() - 1; i >= 0; i--) {
      Operation op = ops.get(i);
      if (op.kind() == OpKind.DETECT_DRIFT && !op.created().isAfter(now) && op.statusAt(now).terminal()) {
        return op;
      }
    }
    return null;
  }

  private static boolean drifted(Operation drift) {
    for (Target t : drift.targets()) {
      if (t.drifted()) {
        return true;
      }
    }
    return false;
  }

  private static void driftDetails(Xml x, Operation op, Instant now) {
    int total = op.targets().size();
    int drifted = 0;
    int inSync = 0;
    int inProgress = 0;
    int failed = 0;
    for (Target t : op.targets()) {
      TargetStatus st = t.statusAt(now);
      if (st == TargetStatus.SUCCEEDED) {
        if (t.drifted()) {
          drifted++;
        } else {
          inSync++;
        }
      } else if (st == TargetStatus.RUNNING || st == TargetStatus.PENDING) {
        inProgress++;
      } else {
        failed++;
      }
    }
    OpStatus status = op.statusAt(now);
    String detection = !status.terminal() ? "IN_PROGRESS" : status == OpStatus.STOPPED ? "STOPPED"
        : failed == 0 ? "COMPLETED" : failed == total ? "FAILED" : "PARTIAL_SUCCESS";
    x.start("StackSetDriftDetectionDetails")
        .element("DriftStatus", status.terminal() ? drifted > 0 ? "DRIFTED" : "IN_SYNC" : "NOT_CHECKED")
        .element("DriftDetectionStatus", detection);
    if (status.terminal()) {
      x.element("LastDriftCheckTimestamp", Times.iso(op.end()));
    }
    x.element("TotalStackInstancesCount", total).element("DriftedStackInstancesCount", drifted)
        .element("InSyncStackInstancesCount", inSync).element("InProgressStackInstancesCount", inProgress)
        .element("FailedStackInstancesCount", failed).end();
  }

  private static void preferences(Xml x, Preferences p) {
    x.start("OperationPreferences").element("RegionConcurrencyType", p.regionConcurrencyType());
    if (p.regionOrder().isEmpty()) {
      x.empty("RegionOrder");
    } else {
      x.start("RegionOrder");
      p.regionOrder().forEach(r -> x.element("member", r));
      x.end();
    }
    x.element("FailureToleranceCount", p.failureToleranceCount())
        .element("MaxConcurrentCount", p.maxConcurrentCount())
        .element("ConcurrencyMode", p.failureToleranceMode()).end();
  }

  private static PageKey key(StackSet s) {
    return new PageKey(s.seq(), s.name());
  }

  private static PageKey key(Operation op) {
    return new PageKey(op.created().toEpochMilli(), op.id());
  }

  private static PageKey key(InstanceState i) {
    return new PageKey(0, i.instance().region() + "/" + i.instance().account());
  }

  private StackSet stackSet(String nameOrId) {
    StackSet s = model.stackSet(Provider.CLOUDFORMATION, nameOrId);
    if (s == null || (s.details().deleted() && !s.id().equals(nameOrId))) {
      throw new NotFoundError("StackSetNotFoundException", "StackSet " + nameOrId + " not found");
    }
    return s;
  }

  private static Operation operation(StackSet s, String id, Instant now) {
    Operation op = s.operation(id);
    if (op == null || op.created().isAfter(now)) {
      throw new NotFoundError("OperationNotFoundException", "Operation " + id + " not found for StackSet "
          + s.name());
    }
    return op;
  }

  private static String required(Map<String, String> p, String name, String member, List<String> v) {
    String value = p.get(name);
    if (value == null || value.isEmpty()) {
      v.add(AwsErrors.violation(null, member, "Member must not be null"));
    }
    return value;
  }

  private static String operationId(Map<String, String> p, List<String> v) {
    String id = required(p, "OperationId", "operationId", v);
    if (id != null && !id.isEmpty() && (id.length() > 128 || !OPERATION_ID.matcher(id).matches())) {
      v.add(AwsErrors.violation(id, "operationId",
          "Member must satisfy regular expression pattern: [a-zA-Z0-9][-a-zA-Z0-9]*"));
    }
    return id;
  }

  private static String callAs(Map<String, String> p, List<String> v) {
    String c = p.get("CallAs");
    if (c == null) {
      return "SELF";
    }
    if (!c.equals("SELF") && !c.equals("DELEGATED_ADMIN")) {
      v.add(AwsErrors.violation(c, "callAs", "Member must satisfy enum value set: [SELF, DELEGATED_ADMIN]"));
    }
    return c;
  }

  private static int maxResults(Map<String, String> p, List<String> v) {
    String m = p.get("MaxResults");
    if (m == null) {
      return 100;
    }
    try {
      int n = Integer.parseInt(m);
      if (n < 1) {
        v.add(AwsErrors.violation(n, "maxResults", "Member must have value greater than or equal to 1"));
      } else if (n > 100) {
        v.add(AwsErrors.violation(n, "maxResults", "Member must have value less than or equal to 100"));
      }
      return n;
    } catch (NumberFormatException e) {
      v.add(AwsErrors.violation(m, "maxResults", "Member must be an integer"));
      return 100;
    }
  }

  /** {@code Filters.member.N.Name} / {@code .Values}, in N order. */
  private static List<String[]> filters(Map<String, String> p, List<String> v) {
    List<String[]> out = new ArrayList<>();
    for (int i = 1; p.containsKey("Filters.member." + i + ".Name") || p.containsKey("Filters.member." + i
        + ".Values"); i++) {
      out.add(new String[] {p.get("Filters.member." + i + ".Name"), p.get("Filters.member." + i + ".Values")});
    }
    return out;
  }

  private static void fail(List<String> violations) {
    String message = AwsErrors.validationMessage(violations);
    if (message != null) {
      throw new BadInput("ValidationError", message);
    }
  }

  private PageTokens.Cursor cursor(Map<String, String> p, String scope) {
    String token = p.get("NextToken");
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

  private <T> void nextToken(Xml x, Pager.Page<T> page, String scope, java.util.function.Function<T, PageKey> key) {
    if (page.moreAfter() && !page.items().isEmpty()) {
      x.element("NextToken", tokens.issue(scope, key.apply(page.items().get(page.items().size() - 1)), false));
    }
  }

  // ---------------------------------------------------------------------------------------------------- replies

  private static HttpReply error(int status, String type, String code, String message, Exchange ex) {
    String body = Xml.document("ErrorResponse", NAMESPACE).start("Error").element("Type", type)
        .element("Code", code).element("Message", message).end().element("RequestId", ex.requestId()).finish();
    return HttpReply.error(status, XML, body, code);
  }

  private static HttpReply authError(AuthFailure f, Exchange ex) {
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
