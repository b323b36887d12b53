package dev.stacksets.cfn.internal;

import dev.stacksets.cfn.model.AutoDeployment;
import dev.stacksets.cfn.model.CallAs;
import dev.stacksets.cfn.model.CreateStackInstancesRequest;
import dev.stacksets.cfn.model.CreateStackSetRequest;
import dev.stacksets.cfn.model.DeleteStackInstancesRequest;
import dev.stacksets.cfn.model.DeleteStackSetRequest;
import dev.stacksets.cfn.model.DeploymentTargets;
import dev.stacksets.cfn.model.DetectStackSetDriftRequest;
import dev.stacksets.cfn.model.ListStackSetAutoDeploymentTargetsRequest;
import dev.stacksets.cfn.model.ManagedExecution;
import dev.stacksets.cfn.model.Parameter;
import dev.stacksets.cfn.model.PermissionModels;
import dev.stacksets.cfn.model.RegionConcurrencyType;
import dev.stacksets.cfn.model.StackSetOperationPreferences;
import dev.stacksets.cfn.model.StopStackSetOperationRequest;
import dev.stacksets.cfn.model.Tag;
import dev.stacksets.cfn.model.UpdateStackInstancesRequest;
import dev.stacksets.cfn.model.UpdateStackSetRequest;
import java.util.List;
import java.util.function.BiConsumer;
import java.util.regex.Pattern;

/**
 * The request halves of the write entries of {@link CfnOperations} (and of ListStackSetAutoDeploymentTargets):
 * {@code validate} checks a request against the constraints of the CloudFormation API model (lengths, patterns,
 * ranges, required members) and the either/or rules its documentation states, {@code write} adds its members to the
 * Query form in the model's member order, as the AWS SDK for Java v2 marshaller does: nested structures as
 * {@code Name.Member}, lists as {@code Name.member.N} (1-based; a present but empty list as {@code Name=}), booleans
 * as {@code true}/{@code false}. Every failure is an {@link IllegalArgumentException} naming the members; nothing
 * is sent. Stateless and thread-safe.
 */
final class CfnWriteRequests {
  /** A new stack set's name (CreateStackSet documentation; at most 128 characters). */
  private static final Pattern NEW_STACK_SET_NAME = Pattern.compile("[a-zA-Z][-a-zA-Z0-9]*");
  private static final Pattern EXECUTION_ROLE_NAME = Pattern.compile("[a-zA-Z_0-9+=,.@-]+");
  private static final Pattern ACCOUNTS_URL = Pattern.compile("(s3://|http(s?)://).+");
  private static final Pattern ORGANIZATIONAL_UNIT_ID =
      Pattern.compile("(ou-[a-z0-9]{4,32}-[a-z0-9]{8,32}|r-[a-z0-9]{4,32})");
  private static final int MAX_TAGS = 50;
  private static final String SERVICE_MANAGED = PermissionModels.SERVICE_MANAGED.value();
  private static final String SELF_MANAGED = PermissionModels.SELF_MANAGED.value();

  private CfnWriteRequests() {}

  /** Checks {@code CreateStackSet}. */
  static void validate(CreateStackSetRequest r) {
    String name = Validation.required(r.stackSetName(), "stackSetName");
    Validation.length(name, "stackSetName", 1, 128);
    Validation.pattern(name, "stackSetName", NEW_STACK_SET_NAME,
        "start with a letter and hold only letters, digits and hyphens");
    Validation.length(r.description(), "description", 1, 1024);
    Validation.exclusive(r.templateBody() != null, "templateBody", r.templateUrl() != null, "templateUrl");
    if (r.templateBody() == null && r.templateUrl() == null && r.stackId() == null) {
      throw new IllegalArgumentException(
          "one of templateBody and templateUrl is required (or stackId, to import an existing stack)");
    }
    template(r.templateBody(), r.templateUrl());
    Validation.notBlank(r.stackId(), "stackId");
    parameters(r.parameters(), "parameters");
    tags(r.tags());
    roles(r.administrationRoleArn(), r.executionRoleName());
    Validation.notBlank(r.permissionModelAsString(), "permissionModel");
    // the permission model is known here: SELF_MANAGED when absent (the documented default)
    String model = r.permissionModelAsString() == null ? SELF_MANAGED : r.permissionModelAsString();
    if (model.equals(SERVICE_MANAGED)) {
      onlySelfManaged(r.administrationRoleArn() != null, "administrationRoleArn", model);
      onlySelfManaged(r.executionRoleName() != null, "executionRoleName", model);
    } else if (model.equals(SELF_MANAGED)) {
      String why = r.permissionModelAsString() == null ? "SELF_MANAGED, the default" : SELF_MANAGED;
      onlyServiceManaged(r.autoDeployment() != null, "autoDeployment", why);
      onlyServiceManaged(r.callAs() == CallAs.DELEGATED_ADMIN, "callAs DELEGATED_ADMIN", why);
    }
    CfnRequests.callAs(r.callAsAsString());
    key(r.clientRequestToken(), "clientRequestToken");
  }

  /** Writes {@code CreateStackSet}. */
  static void write(CreateStackSetRequest r, QueryForm form) {
    form.add("StackSetName", r.stackSetName())
        .add("Description", r.description())
        .add("TemplateBody", r.templateBody())
        .add("TemplateURL", r.templateUrl())
        .add("StackId", r.stackId());
    list(form, "Parameters", r.hasParameters(), r.parameters(), CfnWriteRequests::parameter);
    strings(form, "Capabilities", r.hasCapabilities(), r.capabilitiesAsStrings());
    list(form, "Tags", r.hasTags(), r.tags(), CfnWriteRequests::tag);
    form.add("AdministrationRoleARN", r.administrationRoleArn())
        .add("ExecutionRoleName", r.executionRoleName())
        .add("PermissionModel", r.permissionModelAsString());
    autoDeployment(form, "AutoDeployment", r.autoDeployment());
    form.add("CallAs", r.callAsAsString())
        .add("ClientRequestToken", r.clientRequestToken());
    managedExecution(form, "ManagedExecution", r.managedExecution());
  }

  /** Checks {@code UpdateStackSet}. */
  static void validate(UpdateStackSetRequest r) {
    CfnRequests.stackSetName(r.stackSetName());
    Validation.length(r.description(), "description", 1, 1024);
    boolean previous = Boolean.TRUE.equals(r.usePreviousTemplate());
    Validation.exclusive(r.templateBody() != null, "templateBody", r.templateUrl() != null, "templateUrl");
    Validation.exclusive(r.templateBody() != null, "templateBody", previous, "usePreviousTemplate(true)");
    Validation.exclusive(r.templateUrl() != null, "templateUrl", previous, "usePreviousTemplate(true)");
    if (r.templateBody() == null && r.templateUrl() == null && !previous) {
      throw new IllegalArgumentException(
          "one of templateBody, templateUrl and usePreviousTemplate(true) is required");
    }
    template(r.templateBody(), r.templateUrl());
    parameters(r.parameters(), "parameters");
    tags(r.tags());
    preferences(r.operationPreferences());
    roles(r.administrationRoleArn(), r.executionRoleName());
    Validation.exclusive(r.hasAccounts(), "accounts", r.deploymentTargets() != null, "deploymentTargets");
    deploymentTargets(r.deploymentTargets());
    accounts(r.accounts(), "accounts");
    regions(r.regions(), "regions");
    if (r.hasAccounts() && !r.hasRegions()) {
      throw new IllegalArgumentException("accounts needs regions: give the Regions of the instances to update");
    }
    if (r.hasRegions() && !r.hasAccounts() && r.deploymentTargets() == null) {
      throw new IllegalArgumentException(
          "regions needs accounts or deploymentTargets: give the accounts of the instances to update");
    }
    Validation.exclusive(r.autoDeployment() != null, "autoDeployment", r.deploymentTargets() != null,
        "deploymentTargets");
    Validation.exclusive(r.autoDeployment() != null, "autoDeployment", r.hasRegions(), "regions");
    Validation.notBlank(r.permissionModelAsString(), "permissionModel");
    String model = r.permissionModelAsString(); // null: unknown here (the stack set's own model applies)
    if (SERVICE_MANAGED.equals(model)) {
      onlySelfManaged(r.administrationRoleArn() != null, "administrationRoleArn", model);
      onlySelfManaged(r.executionRoleName() != null, "executionRoleName", model);
      onlySelfManaged(r.hasAccounts(), "accounts", model);
    } else if (SELF_MANAGED.equals(model)) {
      onlyServiceManaged(r.deploymentTargets() != null, "deploymentTargets", model);
      onlyServiceManaged(r.autoDeployment() != null, "autoDeployment", model);
    }
    key(r.operationId(), "operationId");
    CfnRequests.callAs(r.callAsAsString());
  }

  /** Writes {@code UpdateStackSet}. */
  static void write(UpdateStackSetRequest r, QueryForm form) {
    form.add("StackSetName", r.stackSetName())
        .add("Description", r.description())
        .add("TemplateBody", r.templateBody())
        .add("TemplateURL", r.templateUrl())
        .add("UsePreviousTemplate", r.usePreviousTemplate());
    list(form, "Parameters", r.hasParameters(), r.parameters(), CfnWriteRequests::parameter);
    strings(form, "Capabilities", r.hasCapabilities(), r.capabilitiesAsStrings());
    list(form, "Tags", r.hasTags(), r.tags(), CfnWriteRequests::tag);
    preferences(form, "OperationPreferences", r.operationPreferences());
    form.add("AdministrationRoleARN", r.administrationRoleArn())
        .add("ExecutionRoleName", r.executionRoleName());
    deploymentTargets(form, "DeploymentTargets", r.deploymentTargets());
    form.add("PermissionModel", r.permissionModelAsString());
    autoDeployment(form, "AutoDeployment", r.autoDeployment());
    form.add("OperationId", r.operationId());
    strings(form, "Accounts", r.hasAccounts(), r.accounts());
    strings(form, "Regions", r.hasRegions(), r.regions());
    form.add("CallAs", r.callAsAsString());
    managedExecution(form, "ManagedExecution", r.managedExecution());
  }

  /** Checks {@code DeleteStackSet}. */
  static void validate(DeleteStackSetRequest r) {
    CfnRequests.stackSetName(r.stackSetName());
    CfnRequests.callAs(r.callAsAsString());
  }

  /** Writes {@code DeleteStackSet}. */
  static void write(DeleteStackSetRequest r, QueryForm form) {
    form.add("StackSetName", r.stackSetName())
        .add("CallAs", r.callAsAsString());
  }

  /** Checks {@code CreateStackInstances}. */
  static void validate(CreateStackInstancesRequest r) {
    instances(r.stackSetName(), r.hasAccounts(), r.accounts(), r.deploymentTargets(), r.hasRegions(), r.regions());
    parameters(r.parameterOverrides(), "parameterOverrides");
    preferences(r.operationPreferences());
    key(r.operationId(), "operationId");
    CfnRequests.callAs(r.callAsAsString());
  }

  /** Writes {@code CreateStackInstances}. */
  static void write(CreateStackInstancesRequest r, QueryForm form) {
    form.add("StackSetName", r.stackSetName());
    strings(form, "Accounts", r.hasAccounts(), r.accounts());
    deploymentTargets(form, "DeploymentTargets", r.deploymentTargets());
    strings(form, "Regions", r.hasRegions(), r.regions());
    list(form, "ParameterOverrides", r.hasParameterOverrides(), r.parameterOverrides(), CfnWriteRequests::parameter);
    preferences(form, "OperationPreferences", r.operationPreferences());
    form.add("OperationId", r.operationId())
        .add("CallAs", r.callAsAsString());
  }

  /** Checks {@code UpdateStackInstances}. */
  static void validate(UpdateStackInstancesRequest r) {
    instances(r.stackSetName(), r.hasAccounts(), r.accounts(), r.deploymentTargets(), r.hasRegions(), r.regions());
    parameters(r.parameterOverrides(), "parameterOverrides");
    preferences(r.operationPreferences());
    key(r.operationId(), "operationId");
    CfnRequests.callAs(r.callAsAsString());
  }

  /** Writes {@code UpdateStackInstances}. */
  static void write(UpdateStackInstancesRequest r, QueryForm form) {
    form.add("StackSetName", r.stackSetName());
    strings(form, "Accounts", r.hasAccounts(), r.accounts());
    deploymentTargets(form, "DeploymentTargets", r.deploymentTargets());
    strings(form, "Regions", r.hasRegions(), r.regions());
    list(form, "ParameterOverrides", r.hasParameterOverrides(), r.parameterOverrides(), CfnWriteRequests::parameter);
    preferences(form, "OperationPreferences", r.operationPreferences());
    form.add("OperationId", r.operationId())
        .add("CallAs", r.callAsAsString());
  }

  /** Checks {@code DeleteStackInstances}. */
  static void validate(DeleteStackInstancesRequest r) {
    instances(r.stackSetName(), r.hasAccounts(), r.accounts(), r.deploymentTargets(), r.hasRegions(), r.regions());
    preferences(r.operationPreferences());
    if (r.retainStacks() == null) {
      throw new IllegalArgumentException("retainStacks is required: true keeps the stacks (only removing them from "
          + "the stack set), false deletes them");
    }
    key(r.operationId(), "operationId");
    CfnRequests.callAs(r.callAsAsString());
  }

  /** Writes {@code DeleteStackInstances}. */
  static void write(DeleteStackInstancesRequest r, QueryForm form) {
    form.add("StackSetName", r.stackSetName());
    strings(form, "Accounts", r.hasAccounts(), r.accounts());
    deploymentTargets(form, "DeploymentTargets", r.deploymentTargets());
    strings(form, "Regions", r.hasRegions(), r.regions());
    preferences(form, "OperationPreferences", r.operationPreferences());
    form.add("RetainStacks", r.retainStacks())
        .add("OperationId", r.operationId())
        .add("CallAs", r.callAsAsString());
  }

  /** Checks {@code StopStackSetOperation}. */
  static void validate(StopStackSetOperationRequest r) {
    CfnRequests.stackSetName(r.stackSetName());
    CfnRequests.operationId(r.operationId());
    CfnRequests.callAs(r.callAsAsString());
  }

  /** Writes {@code StopStackSetOperation}. */
  static void write(StopStackSetOperationRequest r, QueryForm form) {
    form.add("StackSetName", r.stackSetName())
        .add("OperationId", r.operationId())
        .add("CallAs", r.callAsAsString());
  }

  /** Checks {@code DetectStackSetDrift}. */
  static void validate(DetectStackSetDriftRequest r) {
    CfnRequests.stackSetName(r.stackSetName());
    preferences(r.operationPreferences());
    key(r.operationId(), "operationId");
    CfnRequests.callAs(r.callAsAsString());
  }

  /** Writes {@code DetectStackSetDrift}. */
  static void write(DetectStackSetDriftRequest r, QueryForm form) {
    form.add("StackSetName", r.stackSetName());
    preferences(form, "OperationPreferences", r.operationPreferences());
    form.add("OperationId", r.operationId())
        .add("CallAs", r.callAsAsString());
  }

  /** Checks {@code ListStackSetAutoDeploymentTargets}. */
  static void validate(ListStackSetAutoDeploymentTargetsRequest r) {
    CfnRequests.stackSetName(r.stackSetName());
    CfnRequests.paging(r.maxResults(), r.callAsAsString(), r.nextToken());
  }

  /** Writes {@code ListStackSetAutoDeploymentTargets}. */
  static void write(ListStackSetAutoDeploymentTargetsRequest r, QueryForm form) {
    form.add("StackSetName", r.stackSetName())
        .add("NextToken", r.nextToken())
        .add("MaxResults", r.maxResults())
        .add("CallAs", r.callAsAsString());
  }

  // ---- the checks shared by the writes

  /**
   * The targets of Create/Update/DeleteStackInstances: the stack set, exactly one of {@code accounts} (not empty)
   * and {@code deploymentTargets}, and at least one Region.
   */
  private static void instances(String stackSetName, boolean hasAccounts, List<String> accounts,
      DeploymentTargets deploymentTargets, boolean hasRegions, List<String> regions) {
    CfnRequests.stackSetName(stackSetName);
    Validation.exclusive(hasAccounts, "accounts", deploymentTargets != null, "deploymentTargets");
    if (!hasAccounts && deploymentTargets == null) {
      throw new IllegalArgumentException(
          "one of accounts (self-managed permissions) and deploymentTargets (service-managed) is required");
    }
    if (hasAccounts && accounts.isEmpty()) {
      throw new IllegalArgumentException("accounts must hold at least one account id");
    }
    accounts(accounts, "accounts");
    deploymentTargets(deploymentTargets);
    if (!hasRegions || regions.isEmpty()) {
      throw new IllegalArgumentException("regions is required: give at least one Region");
    }
    regions(regions, "regions");
  }

  private static void accounts(List<String> accounts, String name) {
    for (int i = 0; i < accounts.size(); i++) {
      Validation.pattern(accounts.get(i), name + "[" + i + "]", CfnRequests.ACCOUNT, "be a 12-digit account id");
    }
  }

  private static void regions(List<String> regions, String name) {
    for (int i = 0; i < regions.size(); i++) {
      Validation.pattern(regions.get(i), name + "[" + i + "]", CfnRequests.REGION,
          "be 1 to 128 letters, digits or hyphens");
    }
  }

  private static void deploymentTargets(DeploymentTargets t) {
    if (t == null) {
      return;
    }
    accounts(t.accounts(), "deploymentTargets.accounts");
    Validation.length(t.accountsUrl(), "deploymentTargets.accountsUrl", 1, 5120);
    Validation.pattern(t.accountsUrl(), "deploymentTargets.accountsUrl", ACCOUNTS_URL,
        "be an s3://, http:// or https:// URL");
    List<String> units = t.organizationalUnitIds();
    for (int i = 0; i < units.size(); i++) {
      Validation.pattern(units.get(i), "deploymentTargets.organizationalUnitIds[" + i + "]", ORGANIZATIONAL_UNIT_ID,
          "be an organization root id (r-...) or an OU id (ou-...-...)");
    }
    Validation.notBlank(t.accountFilterTypeAsString(), "deploymentTargets.accountFilterType");
  }

  /**
   * {@code FailureToleranceCount} xor {@code FailureTolerancePercentage}, {@code MaxConcurrentCount} xor
   * {@code MaxConcurrentPercentage}, their ranges, and a Region order only with sequential Regions.
   */
  private static void preferences(StackSetOperationPreferences p) {
    if (p == null) {
      return;
    }
    String at = "operationPreferences.";
    Validation.exclusive(p.failureToleranceCount() != null, at + "failureToleranceCount",
        p.failureTolerancePercentage() != null, at + "failureTolerancePercentage");
    Validation.exclusive(p.maxConcurrentCount() != null, at + "maxConcurrentCount",
        p.maxConcurrentPercentage() != null, at + "maxConcurrentPercentage");
    Validation.atLeast(p.failureToleranceCount(), at + "failureToleranceCount", 0);
    Validation.range(p.failureTolerancePercentage(), at + "failureTolerancePercentage", 0, 100);
    Validation.atLeast(p.maxConcurrentCount(), at + "maxConcurrentCount", 1);
    Validation.range(p.maxConcurrentPercentage(), at + "maxConcurrentPercentage", 1, 100);
    Validation.notBlank(p.regionConcurrencyTypeAsString(), at + "regionConcurrencyType");
    Validation.notBlank(p.concurrencyModeAsString(), at + "concurrencyMode");
    if (p.regionConcurrencyType() == RegionConcurrencyType.PARALLEL && !p.regionOrder().isEmpty()) {
      throw new IllegalArgumentException(at + "regionOrder goes only with regionConcurrencyType SEQUENTIAL (the "
          + "default), not PARALLEL");
    }
    regions(p.regionOrder(), at + "regionOrder");
  }

  private static void parameters(List<Parameter> parameters, String name) {
    for (int i = 0; i < parameters.size(); i++) {
      Parameter p = parameters.get(i);
      String at = name + "[" + i + "]";
      Validation.exclusive(p.parameterValue() != null, at + ".parameterValue",
          Boolean.TRUE.equals(p.usePreviousValue()), at + ".usePreviousValue(true)");
    }
  }

  private static void tags(List<Tag> tags) {
    Validation.atMost(tags, "tags", MAX_TAGS);
    for (int i = 0; i < tags.size(); i++) {
      Tag t = tags.get(i);
      String at = "tags[" + i + "]";
      Validation.length(Validation.required(t.key(), at + ".key"), at + ".key", 1, 128);
      Validation.length(Validation.required(t.value(), at + ".value"), at + ".value", 1, 256);
    }
  }

  private static void template(String body, String url) {
    if (body != null && body.isEmpty()) {
      throw new IllegalArgumentException("templateBody must not be empty");
    }
    Validation.length(url, "templateUrl", 1, 5120);
  }

  private static void roles(String administrationRoleArn, String executionRoleName) {
    Validation.length(administrationRoleArn, "administrationRoleArn", 20, 2048);
    Validation.length(executionRoleName, "executionRoleName", 1, 64);
    Validation.pattern(executionRoleName, "executionRoleName", EXECUTION_ROLE_NAME,
        "hold only letters, digits and _+=,.@-");
  }

  /** An {@code OperationId} or {@code ClientRequestToken}: optional here (the client sets one before sending). */
  private static void key(String value, String name) {
    Validation.length(value, name, 1, 128);
    Validation.pattern(value, name, CfnRequests.OPERATION_ID,
        "start with a letter or digit and hold only letters, digits and hyphens");
  }

  private static void onlySelfManaged(boolean given, String member, String model) {
    if (given) {
      throw new IllegalArgumentException(member + " is only valid with SELF_MANAGED permissions (permissionModel is "
          + model + ")");
    }
  }

  private static void onlyServiceManaged(boolean given, String member, String model) {
    if (given) {
      throw new IllegalArgumentException(member + " is only valid with SERVICE_MANAGED permissions (permissionModel "
          + "is " + model + ")");
    }
  }

  // ---- the writers of the shared structures

  /** {@code Name.member.N...} for each item (1-based); a present but empty list as {@code Name=}. */
  private static <T> void list(QueryForm form, String name, boolean present, List<T> items,
      BiConsumer<QueryForm, ItemPrefix<T>> item) {
    if (present && items.isEmpty()) {
      form.add(name, "");
    }
    for (int i = 0; i < items.size(); i++) {
      item.accept(form, new ItemPrefix<>(name + ".member." + (i + 1), items.get(i)));
    }
  }

  private static void strings(QueryForm form, String name, boolean present, List<String> values) {
    list(form, name, present, values, (f, v) -> f.add(v.prefix(), v.item()));
  }

  private static void parameter(QueryForm form, ItemPrefix<Parameter> p) {
    form.add(p.prefix() + ".ParameterKey", p.item().parameterKey())
        .add(p.prefix() + ".ParameterValue", p.item().parameterValue())
        .add(p.prefix() + ".UsePreviousValue", p.item().usePreviousValue())
        .add(p.prefix() + ".ResolvedValue", p.item().resolvedValue());
  }

  private static void tag(QueryForm form, ItemPrefix<Tag> t) {
    form.add(t.prefix() + ".Key", t.item().key())
        .add(t.prefix() + ".Value", t.item().value());
  }

  private static void preferences(QueryForm form, String name, StackSetOperationPreferences p) {
    if (p == null) {
      return;
    }
    form.add(name + ".RegionConcurrencyType", p.regionConcurrencyTypeAsString());
    strings(form, name + ".RegionOrder", p.hasRegionOrder(), p.regionOrder());
    form.add(name + ".FailureToleranceCount", p.failureToleranceCount())
        .add(name + ".FailureTolerancePercentage", p.failureTolerancePercentage())
        .add(name + ".MaxConcurrentCount", p.maxConcurrentCount())
        .add(name + ".MaxConcurrentPercentage", p.maxConcurrentPercentage())
        .add(name + ".ConcurrencyMode", p.concurrencyModeAsString());
  }

  private static void deploymentTargets(QueryForm form, String name, DeploymentTargets t) {
    if (t == null) {
      return;
    }
    strings(form, name + ".Accounts", t.hasAccounts(), t.accounts());
    form.add(name + ".AccountsUrl", t.accountsUrl());
    strings(form, name + ".OrganizationalUnitIds", t.hasOrganizationalUnitIds(), t.organizationalUnitIds());
    form.add(name + ".AccountFilterType", t.accountFilterTypeAsString());
  }

  private static void autoDeployment(QueryForm form, String name, AutoDeployment a) {
    if (a == null) {
      return;
    }
    form.add(name + ".Enabled", a.enabled())
        .add(name + ".RetainStacksOnAccountRemoval", a.retainStacksOnAccountRemoval());
    strings(form, name + ".DependsOn", a.hasDependsOn(), a.dependsOn());
  }

  private static void managedExecution(QueryForm form, String name, ManagedExecution m) {
    if (m == null) {
      return;
    }
    form.add(name + ".Active", m.active());
  }

  /** One list item and its key prefix, {@code Name.member.N}. */
  private record ItemPrefix<T>(String prefix, T item) {}
}
