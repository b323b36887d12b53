package dev.stacksets.emulator.internal;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Pattern;

/**
 * The CloudFormation stack-set read actions: each checks its members as the AWS model constrains them, selects from
 * the model at the request's time, pages, and hands the items to {@link CfnXml}. Thread-safe.
 */
final class CfnReads {
  static final Pattern ACCOUNT = Pattern.compile("^[0-9]{12}$");
  static final Pattern REGION = Pattern.compile("^[a-zA-Z0-9-]{1,128}$");
  private static final Set<String> INSTANCE_FILTERS = Set.of("DETAILED_STATUS", "LAST_OPERATION_ID",
      "DRIFT_STATUS");

  private final EmulatorModel model;

  CfnReads(EmulatorModel model) {
    this.model = model;
  }

  void listStackSets(QueryRequest q, Xml x) {
    List<String> v = new ArrayList<>();
    String callAs = q.callAs(v);
    int max = q.maxResults(v);
    String status = q.get("Status");
    if (status != null && !status.equals("ACTIVE") && !status.equals("DELETED")) {
      v.add(AwsErrors.violation(status, "status", "Member must satisfy enum value set: [ACTIVE, DELETED]"));
    }
    QueryRequest.fail(v);
    String scope = "ListStackSets|" + status + "|" + callAs;
    PageTokens.Cursor cursor = q.cursor(scope);
    List<StackSet> items = new ArrayList<>();
    for (StackSet s : model.stackSets(Provider.CLOUDFORMATION)) {
      if (status == null || status.equals(CfnXml.status(s))) {
        items.add(s);
      }
    }
    Pager.Page<StackSet> page = Pager.page(items, CfnReads::key, PageKey.ASC, cursor, max);
    x.start("Summaries");
    for (StackSet s : page.items()) {
      CfnXml.summary(x.start("member"), s, q.now());
      x.end();
    }
    x.end();
    q.nextToken(x, page, scope, CfnReads::key);
  }

  void describeStackSet(QueryRequest q, Xml x) {
    List<String> v = new ArrayList<>();
    q.callAs(v);
    String name = q.required("StackSetName", "stackSetName", v);
    QueryRequest.fail(v);
    CfnXml.stackSet(x.start("StackSet"), stackSet(model, name), q.now());
    x.end();
  }

  void listOperations(QueryRequest q, Xml x) {
    List<String> v = new ArrayList<>();
    String callAs = q.callAs(v);
    int max = q.maxResults(v);
    String name = q.required("StackSetName", "stackSetName", v);
    QueryRequest.fail(v);
    StackSet s = stackSet(model, name);
    Instant now = q.now();
    String scope = "ListStackSetOperations|" + s.id() + "|" + callAs;
    PageTokens.Cursor cursor = q.cursor(scope);
    List<Operation> items = new ArrayList<>();
    for (Operation op : s.operations()) {
      if (!op.created().isAfter(now)) {
        items.add(op);
      }
    }
    items.sort((a, b) -> PageKey.DESC.compare(key(a), key(b)));
    Pager.Page<Operation> page = Pager.page(items, CfnReads::key, PageKey.DESC, cursor, max);
    x.start("Summaries");
    for (Operation op : page.items()) {
      CfnXml.operationSummary(x.start("member"), op, now);
      x.end();
    }
    x.end();
    q.nextToken(x, page, scope, CfnReads::key);
  }

  void describeOperation(QueryRequest q, Xml x) {
    List<String> v = new ArrayList<>();
    q.callAs(v);
    String name = q.required("StackSetName", "stackSetName", v);
    String id = q.operationId(v);
    QueryRequest.fail(v);
    StackSet s = stackSet(model, name);
    CfnXml.operation(x.start("StackSetOperation"), s, operation(s, id, q.now()), q.now());
    x.end();
  }

  void listResults(QueryRequest q, Xml x) {
    List<String> v = new ArrayList<>();
    String callAs = q.callAs(v);
    int max = q.maxResults(v);
    String name = q.required("StackSetName", "stackSetName", v);
    String id = q.operationId(v);
    List<String[]> filters = q.filters();
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
    QueryRequest.fail(v);
    StackSet s = stackSet(model, name);
    Instant now = q.now();
    Operation op = operation(s, id, now);
    String scope = "ListStackSetOperationResults|" + s.id() + "|" + op.id() + "|" + wanted + "|" + callAs;
    PageTokens.Cursor cursor = q.cursor(scope);
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
      CfnXml.result(x.start("member"), targets.get(i), now);
      x.end();
    }
    x.end();
    q.nextToken(x, page, scope, i -> new PageKey(i, ""));
  }

  void listInstances(QueryRequest q, Xml x) {
    List<String> v = new ArrayList<>();
    String callAs = q.callAs(v);
    int max = q.maxResults(v);
    String name = q.required("StackSetName", "stackSetName", v);
    List<String[]> filters = q.filters();
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
    String account = q.matching("StackInstanceAccount", "stackInstanceAccount", ACCOUNT, v);
    String region = q.matching("StackInstanceRegion", "stackInstanceRegion", REGION, v);
    QueryRequest.fail(v);
    StackSet s = stackSet(model, name);
    String scope = "ListStackInstances|" + s.id() + "|" + new TreeMap<>(wanted) + "|" + account + "|" + region + "|"
        + callAs;
    PageTokens.Cursor cursor = q.cursor(scope);
    List<InstanceState> items = new ArrayList<>();
    for (InstanceState i : s.instancesAt(q.now())) {
      Instance r = i.instance();
      if ((account == null || account.equals(r.account())) && (region == null || region.equals(r.region()))
          && matches(wanted, "DETAILED_STATUS", i.cfnDetailedStatus())
          && matches(wanted, "LAST_OPERATION_ID", i.lastOperation().id())
          && matches(wanted, "DRIFT_STATUS", i.driftStatus())) {
        items.add(i);
      }
    }
    Pager.Page<InstanceState> page = Pager.page(items, CfnReads::key, PageKey.ASC, cursor, max);
    x.start("Summaries");
    for (InstanceState i : page.items()) {
      CfnXml.instance(x.start("member"), s, i, false);
      x.end();
    }
    x.end();
    q.nextToken(x, page, scope, CfnReads::key);
  }

  void describeInstance(QueryRequest q, Xml x) {
    List<String> v = new ArrayList<>();
    q.callAs(v);
    String name = q.required("StackSetName", "stackSetName", v);
    String account = q.required("StackInstanceAccount", "stackInstanceAccount", v);
    q.matching("StackInstanceAccount", "stackInstanceAccount", ACCOUNT, v);
    String region = q.required("StackInstanceRegion", "stackInstanceRegion", v);
    q.matching("StackInstanceRegion", "stackInstanceRegion", REGION, v);
    QueryRequest.fail(v);
    StackSet s = stackSet(model, name);
    for (InstanceState i : s.instancesAt(q.now())) {
      if (account.equals(i.instance().account()) && region.equals(i.instance().region())) {
        CfnXml.instance(x.start("StackInstance"), s, i, true);
        x.end();
        return;
      }
    }
    throw new NotFoundError("StackInstanceNotFoundException", "Stack instance [" + account + ", " + region
        + "] of StackSet " + name + " not found");
  }

  /**
   * ListStackSetAutoDeploymentTargets: for a service-managed set, the OUs it deploys to and the regions of their
   * stack instances (a self-managed set has none).
   */
  void listAutoDeploymentTargets(QueryRequest q, Xml x) {
    List<String> v = new ArrayList<>();
    String callAs = q.callAs(v);
    int max = q.maxResults(v);
    String name = q.required("StackSetName", "stackSetName", v);
    QueryRequest.fail(v);
    StackSet s = stackSet(model, name);
    Map<String, List<String>> regionsByOu = new TreeMap<>();
    if (s.serviceManaged()) {
      for (InstanceState i : s.instancesAt(q.now())) {
        String ou = i.instance().organizationalUnitId();
        if (ou != null) {
          List<String> regions = regionsByOu.computeIfAbsent(ou, k -> new ArrayList<>());
          if (!regions.contains(i.instance().region())) {
            regions.add(i.instance().region());
          }
        }
      }
    }
    List<String> ous = new ArrayList<>(regionsByOu.keySet());
    String scope = "ListStackSetAutoDeploymentTargets|" + s.id() + "|" + callAs;
    Pager.Page<String> page = Pager.page(ous, ou -> new PageKey(0, ou), PageKey.ASC, q.cursor(scope), max);
    x.start("Summaries");
    for (String ou : page.items()) {
      x.start("member").element("OrganizationalUnitId", ou).start("Regions");
      regionsByOu.get(ou).stream().sorted().forEach(r -> x.element("member", r));
      x.end().end();
    }
    x.end();
    q.nextToken(x, page, scope, ou -> new PageKey(0, ou));
  }

  // ------------------------------------------------------------------------------------------------------ lookups

  /** A stack set by name or id: 404 StackSetNotFoundException, also for a DELETED set named by name. */
  static StackSet stackSet(EmulatorModel model, String nameOrId) {
    StackSet s = model.stackSet(Provider.CLOUDFORMATION, nameOrId);
    if (s == null || (s.details().deleted() && !s.id().equals(nameOrId))) {
      throw new NotFoundError("StackSetNotFoundException", "StackSet " + nameOrId + " not found");
    }
    return s;
  }

  /** An operation visible at {@code now}: 404 OperationNotFoundException otherwise. */
  static Operation operation(StackSet s, String id, Instant now) {
    Operation op = s.operation(id);
    if (op == null || op.created().isAfter(now)) {
      throw new NotFoundError("OperationNotFoundException", "Operation " + id + " not found for StackSet "
          + s.name());
    }
    return op;
  }

  private static boolean matches(Map<String, String> wanted, String name, String actual) {
    String w = wanted.get(name);
    return w == null || w.equals(actual);
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
}
