package dev.stacksets.emulator.internal;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * The CloudFormation stack-set write actions: each checks its members as the AWS model constrains them, turns the
 * request into a {@link StackSetWrites} call (where the state rules live) and renders the refusals with the codes
 * and statuses of the AWS model ({@code NameAlreadyExistsException}, {@code OperationInProgressException},
 * {@code StackSetNotEmptyException}, {@code OperationIdAlreadyExistsException}: 409; {@code InvalidOperationException}:
 * 400; {@code StackSetNotFoundException}, {@code StackInstanceNotFoundException}, {@code OperationNotFoundException}:
 * 404). Thread-safe.
 */
final class CfnWrites {
  private static final Pattern NAME = Pattern.compile("[a-zA-Z][-a-zA-Z0-9]*");
  private static final Pattern NAME_OR_ID = Pattern.compile("[a-zA-Z][-a-zA-Z0-9]*(?::[a-zA-Z0-9]{8}-[a-zA-Z0-9]{4}"
      + "-[a-zA-Z0-9]{4}-[a-zA-Z0-9]{4}-[a-zA-Z0-9]{12})?");
  private static final Pattern EXECUTION_ROLE = Pattern.compile("[a-zA-Z_0-9+=,.@-]+");
  private static final Pattern OU = Pattern.compile("^(ou-[a-z0-9]{4,32}-[a-z0-9]{8,32}|r-[a-z0-9]{4,32})$");
  private static final List<String> PERMISSION_MODELS = List.of("SERVICE_MANAGED", "SELF_MANAGED");
  private static final List<String> CAPABILITIES = List.of("CAPABILITY_IAM", "CAPABILITY_NAMED_IAM",
      "CAPABILITY_AUTO_EXPAND");
  private static final List<String> FILTER_TYPES = List.of("NONE", "INTERSECTION", "DIFFERENCE", "UNION");
  private static final String DEFAULT_ADMIN_ROLE = "arn:aws:iam::" + SeedData.AWS_MANAGEMENT_ACCOUNT
      + ":role/AWSCloudFormationStackSetAdministrationRole";
  private static final String DEFAULT_EXECUTION_ROLE = "AWSCloudFormationStackSetExecutionRole";

  private final EmulatorModel model;
  private final StackSetWrites writes;

  CfnWrites(EmulatorModel model, StackSetWrites writes) {
    this.model = model;
    this.writes = writes;
  }

  void createStackSet(QueryRequest q, Xml x) {
    List<String> v = new ArrayList<>();
    q.callAs(v);
    String name = q.required("StackSetName", "stackSetName", v);
    if (name != null && !name.isEmpty() && (name.length() > 128 || !NAME.matcher(name).matches())) {
      v.add(AwsErrors.violation(name, "stackSetName", "Member must satisfy regular expression pattern: "
          + NAME + " and have length less than or equal to 128"));
    }
    String description = q.string("Description", "description", 1, 1024, v);
    String body = q.string("TemplateBody", "templateBody", 1, 51200, v);
    String url = q.string("TemplateURL", "templateURL", 1, 1024, v);
    String permissionModel = q.oneOf("PermissionModel", "permissionModel", PERMISSION_MODELS, v);
    String adminRole = q.string("AdministrationRoleARN", "administrationRoleARN", 20, 2048, v);
    String executionRole = executionRole(q, v);
    String token = q.token("ClientRequestToken", "clientRequestToken", v);
    DetailsBuilder d = new DetailsBuilder();
    settings(q, d, v);
    Boolean autoEnabled = q.bool("AutoDeployment.Enabled", "autoDeployment.enabled", v);
    Boolean retain = q.bool("AutoDeployment.RetainStacksOnAccountRemoval",
        "autoDeployment.retainStacksOnAccountRemoval", v);
    QueryRequest.fail(v);
    if ((body == null) == (url == null)) {
      throw new BadInput("ValidationError", "Exactly one of TemplateBody or TemplateURL must be specified.");
    }
    boolean serviceManaged = "SERVICE_MANAGED".equals(permissionModel);
    if (!serviceManaged && q.hasStructure("AutoDeployment")) {
      throw new BadInput("ValidationError", "AutoDeployment can be specified only for stack sets with the "
          + "SERVICE_MANAGED permission model.");
    }
    if (serviceManaged && (adminRole != null || executionRole != null)) {
      throw new BadInput("ValidationError", "AdministrationRoleARN and ExecutionRoleName can be specified only for "
          + "stack sets with the SELF_MANAGED permission model.");
    }
    d.templateBody = body;
    d.templateUrl = url;
    d.administrationRoleArn = serviceManaged ? null : adminRole != null ? adminRole : DEFAULT_ADMIN_ROLE;
    d.executionRoleName = serviceManaged ? null : executionRole != null ? executionRole : DEFAULT_EXECUTION_ROLE;
    d.autoDeployment = serviceManaged && Boolean.TRUE.equals(autoEnabled);
    d.retainStacksOnAccountRemoval = Boolean.TRUE.equals(retain);
    String id;
    try {
      id = writes.create(Provider.CLOUDFORMATION, name, description, serviceManaged ? "SERVICE_MANAGED"
          : "SELF_MANAGED", d.build(), token, q.fingerprint());
    } catch (WriteConflict e) {
      throw new ApiError(409, "NameAlreadyExistsException", "StackSet " + name + " already exists");
    }
    x.element("StackSetId", id);
  }

  void updateStackSet(QueryRequest q, Xml x) {
    List<String> v = new ArrayList<>();
    q.callAs(v);
    String name = q.required("StackSetName", "stackSetName", v);
    String description = q.string("Description", "description", 1, 1024, v);
    String body = q.string("TemplateBody", "templateBody", 1, 51200, v);
    String url = q.string("TemplateURL", "templateURL", 1, 1024, v);
    Boolean previous = q.bool("UsePreviousTemplate", "usePreviousTemplate", v);
    String adminRole = q.string("AdministrationRoleARN", "administrationRoleARN", 20, 2048, v);
    String executionRole = executionRole(q, v);
    String operationId = q.token("OperationId", "operationId", v);
    Preferences prefs = preferences(q, v);
    Boolean autoEnabled = q.bool("AutoDeployment.Enabled", "autoDeployment.enabled", v);
    Boolean retain = q.bool("AutoDeployment.RetainStacksOnAccountRemoval",
        "autoDeployment.retainStacksOnAccountRemoval", v);
    List<String> regions = regions(q, "Regions", v);
    List<String> accounts = accounts(q, "Accounts", "accounts", v);
    QueryRequest.fail(v);
    int templates = (body != null ? 1 : 0) + (url != null ? 1 : 0) + (Boolean.TRUE.equals(previous) ? 1 : 0);
    if (templates != 1) {
      throw new BadInput("ValidationError", "Exactly one of TemplateBody, TemplateURL or UsePreviousTemplate=true "
          + "must be specified.");
    }
    StackSet s = live(name);
    DetailsBuilder d = s.details().toBuilder();
    List<String> sv = new ArrayList<>();
    settings(q, d, sv);
    QueryRequest.fail(sv);
    if (body != null || url != null) {
      d.templateBody = body;
      d.templateUrl = url;
    }
    if (!s.serviceManaged()) {
      d.administrationRoleArn = adminRole != null ? adminRole : d.administrationRoleArn;
      d.executionRoleName = executionRole != null ? executionRole : d.executionRoleName;
    }
    if (s.serviceManaged()) {
      d.autoDeployment = autoEnabled != null ? autoEnabled : d.autoDeployment;
      d.retainStacksOnAccountRemoval = retain != null ? retain : d.retainStacksOnAccountRemoval;
    }
    Deployment target = deployment(q, s, accounts, regions.isEmpty() ? List.of() : regions, false);
    List<StackSetWrites.TargetRef> targets;
    if (regions.isEmpty() && target.accounts().isEmpty()) {
      targets = writes.all(s);
    } else {
      if (regions.isEmpty() || target.accounts().isEmpty()) {
        throw new BadInput("ValidationError", "Regions and Accounts (or DeploymentTargets) must be specified "
            + "together.");
      }
      targets = existing(s, regions, target, !s.serviceManaged());
    }
    Operation op = start(s, new StackSetWrites.OperationRequest("UPDATE", OpKind.UPDATE, targets, prefs, operationId,
        q.fingerprint(), false, target.named(), target.ous()), new StackSetWrites.SettingsChange(
            description != null ? description : s.description(), d.build()));
    x.element("OperationId", op.id());
  }

  void deleteStackSet(QueryRequest q, Xml x) {
    List<String> v = new ArrayList<>();
    q.callAs(v);
    String name = q.required("StackSetName", "stackSetName", v);
    QueryRequest.fail(v);
    StackSet s = live(name);
    try {
      writes.delete(s);
    } catch (WriteConflict e) {
      throw conflict(e, s);
    }
  }

  void createStackInstances(QueryRequest q, Xml x) {
    instances(q, x, "CREATE", OpKind.CREATE);
  }

  void updateStackInstances(QueryRequest q, Xml x) {
    instances(q, x, "UPDATE", OpKind.UPDATE);
  }

  void deleteStackInstances(QueryRequest q, Xml x) {
    instances(q, x, "DELETE", OpKind.DELETE);
  }

  private void instances(QueryRequest q, Xml x, String action, OpKind kind) {
    List<String> v = new ArrayList<>();
    q.callAs(v);
    String name = q.required("StackSetName", "stackSetName", v);
    if (kind == OpKind.UPDATE) {
      q.matching("StackSetName", "stackSetName", NAME_OR_ID, v);
    }
    List<String> regions = regions(q, "Regions", v);
    if (regions.isEmpty() && !q.has("Regions")) {
      v.add(AwsErrors.violation(null, "regions", "Member must not be null"));
    }
    List<String> accounts = accounts(q, "Accounts", "accounts", v);
    Preferences prefs = preferences(q, v);
    String operationId = q.token("OperationId", "operationId", v);
    Boolean retain = null;
    if (kind == OpKind.DELETE) {
      retain = q.bool("RetainStacks", "retainStacks", v);
      if (retain == null && !q.has("RetainStacks")) {
        v.add(AwsErrors.violation(null, "retainStacks", "Member must not be null"));
      }
    }
    QueryRequest.fail(v);
    StackSet s = live(name);
    Deployment target = deployment(q, s, accounts, regions, true);
    List<StackSetWrites.TargetRef> targets;
    if (kind == OpKind.CREATE) {
      targets = new ArrayList<>();
      for (String r : regions) {
        for (Map.Entry<String, String> a : target.accountOus().entrySet()) {
          targets.add(new StackSetWrites.TargetRef(r, a.getKey(), a.getValue()));
        }
      }
    } else {
      targets = existing(s, regions, target, kind == OpKind.UPDATE && !s.serviceManaged());
    }
    Operation op = start(s, new StackSetWrites.OperationRequest(action, kind, targets, prefs, operationId,
        q.fingerprint(), Boolean.TRUE.equals(retain), target.named(), target.ous()), null);
    x.element("OperationId", op.id());
  }

  void stopStackSetOperation(QueryRequest q, Xml x) {
    List<String> v = new ArrayList<>();
    q.callAs(v);
    String name = q.required("StackSetName", "stackSetName", v);
    String id = q.operationId(v);
    QueryRequest.fail(v);
    StackSet s = live(name);
    Operation op = CfnReads.operation(s, id, q.now());
    try {
      writes.stop(op);
    } catch (WriteConflict e) {
      throw new ApiError(400, "InvalidOperationException", "Operation " + id + " on StackSet " + s.name()
          + " has already ended with status " + op.statusAt(q.now()).cfn() + " and cannot be stopped");
    }
  }

  void detectStackSetDrift(QueryRequest q, Xml x) {
    List<String> v = new ArrayList<>();
    q.callAs(v);
    String name = q.required("StackSetName", "stackSetName", v);
    q.matching("StackSetName", "stackSetName", NAME_OR_ID, v);
    Preferences prefs = preferences(q, v);
    String operationId = q.token("OperationId", "operationId", v);
    QueryRequest.fail(v);
    StackSet s = live(name);
    List<String> accounts = new ArrayList<>();
    List<StackSetWrites.TargetRef> targets = writes.all(s);
    targets.forEach(t -> {
      if (!accounts.contains(t.account())) {
        accounts.add(t.account());
      }
    });
    Operation op = start(s, new StackSetWrites.OperationRequest("DETECT_DRIFT", OpKind.DETECT_DRIFT, targets, prefs,
        operationId, q.fingerprint(), false, s.serviceManaged() ? List.of() : accounts,
        s.serviceManaged() ? s.details().organizationalUnitIds() : List.of()), null);
    x.element("OperationId", op.id());
  }

  // ------------------------------------------------------------------------------------------------------ helpers

  private Operation start(StackSet s, StackSetWrites.OperationRequest request,
      StackSetWrites.SettingsChange change) {
    try {
      return writes.start(s, request, change);
    } catch (WriteConflict e) {
      throw conflict(e, s);
    }
  }

  private static ApiError conflict(WriteConflict e, StackSet s) {
    switch (e.reason()) {
      case OPERATION_IN_PROGRESS:
        return new ApiError(409, "OperationInProgressException", "Another Operation on StackSet "
            + CfnXml.stackSetArn(s) + " is in progress");
      case NOT_EMPTY:
        return new ApiError(409, "StackSetNotEmptyException", "StackSet " + s.name() + " is not empty: delete its "
            + "stack instances before deleting it");
      case OPERATION_ID_EXISTS:
        return new ApiError(409, "OperationIdAlreadyExistsException", "The operation id was already used for "
            + "another request on StackSet " + s.name());
      case NAME_EXISTS:
        return new ApiError(409, "NameAlreadyExistsException", "StackSet " + s.name() + " already exists");
      default:
        return new ApiError(400, "InvalidOperationException", e.getMessage());
    }
  }

  /** A stack set a write may change: not deleted. */
  private StackSet live(String nameOrId) {
    StackSet s = CfnReads.stackSet(model, nameOrId);
    if (s.details().deleted()) {
      throw new NotFoundError("StackSetNotFoundException", "StackSet " + nameOrId + " not found");
    }
    return s;
  }

  private static String executionRole(QueryRequest q, List<String> v) {
    String role = q.string("ExecutionRoleName", "executionRoleName", 1, 64, v);
    q.matching("ExecutionRoleName", "executionRoleName", EXECUTION_ROLE, v);
    return role;
  }

  /** Parameters, Capabilities, Tags and ManagedExecution: each replaces the old value when sent. */
  private static void settings(QueryRequest q, DetailsBuilder d, List<String> v) {
    if (q.has("Parameters") || q.hasStructure("Parameters")) {
      List<KeyValue> params = new ArrayList<>();
      for (Map<String, String> p : q.structures("Parameters")) {
        params.add(new KeyValue(p.get("ParameterKey"), p.getOrDefault("ParameterValue", "")));
      }
      d.parameters = params;
    }
    if (q.has("Capabilities") || q.hasStructure("Capabilities")) {
      List<String> caps = q.list("Capabilities");
      for (int i = 0; i < caps.size(); i++) {
        if (!CAPABILITIES.contains(caps.get(i))) {
          v.add(AwsErrors.violation(caps.get(i), "capabilities." + (i + 1) + ".member",
              "Member must satisfy enum value set: " + CAPABILITIES));
        }
      }
      d.capabilities = caps;
    }
    if (q.has("Tags") || q.hasStructure("Tags")) {
      List<KeyValue> tags = new ArrayList<>();
      List<Map<String, String>> items = q.structures("Tags");
      if (items.size() > 50) {
        v.add(AwsErrors.violation("[" + items.size() + " tags]", "tags",
            "Member must have length less than or equal to 50"));
      }
      for (int i = 0; i < items.size(); i++) {
        String key = items.get(i).get("Key");
        String value = items.get(i).get("Value");
        if (key == null || key.isEmpty() || value == null || value.isEmpty()) {
          v.add(AwsErrors.violation(null, "tags." + (i + 1) + ".member." + (key == null || key.isEmpty() ? "key"
              : "value"), "Member must not be null"));
        }
        tags.add(new KeyValue(key, value));
      }
      d.tags = tags;
    }
    Boolean managed = q.bool("ManagedExecution.Active", "managedExecution.active", v);
    if (managed != null) {
      d.managedExecution = managed;
    }
  }

  /** OperationPreferences, with the services' defaults for what is not sent. */
  static Preferences preferences(QueryRequest q, List<String> v) {
    String p = "OperationPreferences.";
    String type = q.oneOf(p + "RegionConcurrencyType", "operationPreferences.regionConcurrencyType",
        List.of("SEQUENTIAL", "PARALLEL"), v);
    List<String> order = regions(q, p + "RegionOrder", v);
    Integer tolerance = q.integer(p + "FailureToleranceCount", "operationPreferences.failureToleranceCount", 0,
        Integer.MAX_VALUE, v);
    Integer tolerancePct = q.integer(p + "FailureTolerancePercentage",
        "operationPreferences.failureTolerancePercentage", 0, 100, v);
    Integer concurrent = q.integer(p + "MaxConcurrentCount", "operationPreferences.maxConcurrentCount", 1,
        Integer.MAX_VALUE, v);
    Integer concurrentPct = q.integer(p + "MaxConcurrentPercentage", "operationPreferences.maxConcurrentPercentage",
        1, 100, v);
    String mode = q.oneOf(p + "ConcurrencyMode", "operationPreferences.concurrencyMode",
        List.of("STRICT_FAILURE_TOLERANCE", "SOFT_FAILURE_TOLERANCE"), v);
    if (tolerance != null && tolerancePct != null) {
      v.add("You can specify either FailureToleranceCount or FailureTolerancePercentage, but not both.");
    }
    if (concurrent != null && concurrentPct != null) {
      v.add("You can specify either MaxConcurrentCount or MaxConcurrentPercentage, but not both.");
    }
    return new Preferences(type == null ? "SEQUENTIAL" : type, order, tolerance == null ? 0 : tolerance,
        concurrent == null ? 1 : concurrent, mode == null ? "STRICT_FAILURE_TOLERANCE" : mode, tolerancePct,
        concurrentPct);
  }

  private static List<String> regions(QueryRequest q, String name, List<String> v) {
    List<String> regions = q.list(name);
    for (int i = 0; i < regions.size(); i++) {
      if (!CfnReads.REGION.matcher(regions.get(i)).matches()) {
        v.add(AwsErrors.violation(regions.get(i), lower(name) + "." + (i + 1) + ".member",
            "Member must satisfy regular expression pattern: " + CfnReads.REGION));
      }
    }
    return distinct(regions);
  }

  private static List<String> accounts(QueryRequest q, String name, String member, List<String> v) {
    List<String> accounts = q.list(name);
    for (int i = 0; i < accounts.size(); i++) {
      if (!CfnReads.ACCOUNT.matcher(accounts.get(i)).matches()) {
        v.add(AwsErrors.violation(accounts.get(i), member + "." + (i + 1) + ".member",
            "Member must satisfy regular expression pattern: " + CfnReads.ACCOUNT));
      }
    }
    return distinct(accounts);
  }

  /**
   * The accounts a request reaches.
   *
   * @param accountOus account to the OU it was reached through (null for a self-managed set)
   * @param named      the accounts the request named (self-managed)
   * @param ous        the OUs the request named (service-managed)
   */
  private record Deployment(Map<String, String> accountOus, List<String> named, List<String> ous) {
    List<String> accounts() {
      return new ArrayList<>(accountOus.keySet());
    }
  }

  /** Accounts (self-managed) or DeploymentTargets (either model), as the permission model allows. */
  private Deployment deployment(QueryRequest q, StackSet s, List<String> accounts, List<String> regions,
      boolean required) {
    List<String> v = new ArrayList<>();
    String dt = "DeploymentTargets.";
    List<String> dtAccounts = accounts(q, dt + "Accounts", "deploymentTargets.accounts", v);
    List<String> ous = q.list(dt + "OrganizationalUnitIds");
    for (int i = 0; i < ous.size(); i++) {
      if (!OU.matcher(ous.get(i)).matches()) {
        v.add(AwsErrors.violation(ous.get(i), "deploymentTargets.organizationalUnitIds." + (i + 1) + ".member",
            "Member must satisfy regular expression pattern: " + OU));
      }
    }
    String filter = q.oneOf(dt + "AccountFilterType", "deploymentTargets.accountFilterType", FILTER_TYPES, v);
    QueryRequest.fail(v);
    boolean hasTargets = q.hasStructure("DeploymentTargets");
    if (!accounts.isEmpty() && hasTargets) {
      throw new BadInput("ValidationError", "Specify either Accounts or DeploymentTargets, but not both.");
    }
    if (q.get("DeploymentTargets.AccountsUrl") != null) {
      throw new BadInput("ValidationError", "DeploymentTargets.AccountsUrl is not supported by the emulator; list "
          + "the accounts in DeploymentTargets.Accounts");
    }
    Map<String, String> out = new LinkedHashMap<>();
    if (s.serviceManaged()) {
      if (!accounts.isEmpty()) {
        throw new BadInput("ValidationError", "StackSets with the SERVICE_MANAGED permission model take "
            + "DeploymentTargets.OrganizationalUnitIds, not Accounts.");
      }
      if (ous.isEmpty() && (required || hasTargets)) {
        throw new BadInput("ValidationError", "DeploymentTargets.OrganizationalUnitIds must be specified for "
            + "StackSets with the SERVICE_MANAGED permission model.");
      }
      out.putAll(writes.organizationAccounts(s, ous, dtAccounts, filter));
      return new Deployment(out, List.of(), ous);
    }
    if (!ous.isEmpty()) {
      throw new BadInput("ValidationError", "StackSets with the SELF_MANAGED permission model take Accounts (or "
          + "DeploymentTargets.Accounts), not OrganizationalUnitIds.");
    }
    List<String> named = hasTargets ? dtAccounts : accounts;
    if (named.isEmpty() && required) {
      throw new BadInput("ValidationError", "Either Accounts or DeploymentTargets must be specified.");
    }
    named.forEach(a -> out.put(a, null));
    return new Deployment(out, named, List.of());
  }

  /** The existing instances of regions × the deployment's accounts; with {@code strict}, a missing one is a 404. */
  private List<StackSetWrites.TargetRef> existing(StackSet s, List<String> regions, Deployment d, boolean strict) {
    if (strict) {
      List<String> missing = writes.missing(s, regions, d.accounts());
      if (!missing.isEmpty()) {
        String first = missing.get(0);
        int slash = first.indexOf('/');
        throw new NotFoundError("StackInstanceNotFoundException", "StackInstance [" + first.substring(slash + 1)
            + ", " + first.substring(0, slash) + "] of StackSet " + s.name() + " not found");
      }
    }
    return writes.existing(s, regions, d.accounts());
  }

  private static List<String> distinct(List<String> l) {
    List<String> out = new ArrayList<>();
    for (String s : l) {
      if (!out.contains(s)) {
        out.add(s);
      }
    }
    return out;
  }

  private static String lower(String name) {
    String last = name.substring(name.lastIndexOf('.') + 1);
    return Character.toLowerCase(last.charAt(0)) + last.substring(1);
  }
}
