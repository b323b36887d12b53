package dev.stacksets.emulator.internal;

import java.time.Instant;
import java.util.List;

/**
 * Renders the model as CloudFormation's Query XML members (the shapes of the AWS model: StackSet, StackSetSummary,
 * StackSetOperation(Summary), StackSetOperationResultSummary, StackInstance(Summary), StackSetOperationPreferences,
 * StackSetDriftDetectionDetails). Knows nothing of requests; stateless.
 */
final class CfnXml {
  private CfnXml() {}

  /** ACTIVE or DELETED. */
  static String status(StackSet s) {
    return s.details().deleted() ? "DELETED" : "ACTIVE";
  }

  static String stackSetArn(StackSet s) {
    return "arn:aws:cloudformation:" + SeedData.AWS_REGIONS.get(0) + ":" + SeedData.AWS_MANAGEMENT_ACCOUNT
        + ":stackset/" + s.id();
  }

  static String stackId(StackSet s, Instance r) {
    return "arn:aws:cloudformation:" + r.region() + ":" + r.account() + ":stack/StackSet-" + s.name() + "-"
        + r.stackUuid().substring(0, 8) + "/" + r.stackUuid();
  }

  /** A StackSetSummary's members. */
  static void summary(Xml x, StackSet s, Instant now) {
    x.element("StackSetName", s.name()).element("StackSetId", s.id()).element("Description", s.description())
        .element("Status", status(s));
    autoDeployment(x, s);
    x.element("PermissionModel", s.permissionModel());
    Operation drift = latestDrift(s, now);
    x.element("DriftStatus", drift == null ? "NOT_CHECKED" : drifted(drift) ? "DRIFTED" : "IN_SYNC");
    if (drift != null) {
      x.element("LastDriftCheckTimestamp", Times.iso(drift.end()));
    }
    x.start("ManagedExecution").element("Active", s.details().managedExecution()).end();
  }

  /** A StackSet's members. */
  static void stackSet(Xml x, StackSet s, Instant now) {
    StackSet.Details d = s.details();
    x.element("StackSetName", s.name()).element("StackSetId", s.id()).element("Description", s.description())
        .element("Status", status(s)).element("TemplateBody", d.templateBody());
    keyValues(x, "Parameters", d.parameters(), "ParameterKey", "ParameterValue");
    if (d.capabilities().isEmpty()) {
      x.empty("Capabilities");
    } else {
      x.start("Capabilities");
      d.capabilities().forEach(c -> x.element("member", c));
      x.end();
    }
    keyValues(x, "Tags", d.tags(), "Key", "Value");
    x.element("StackSetARN", stackSetArn(s)).element("AdministrationRoleARN", d.administrationRoleArn())
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
    x.start("ManagedExecution").element("Active", d.managedExecution()).end();
    x.start("Regions");
    for (String r : s.regionsAt(now)) {
      x.element("member", r);
    }
    x.end();
  }

  private static void keyValues(Xml x, String name, List<KeyValue> items, String key, String value) {
    if (items.isEmpty()) {
      x.empty(name);
      return;
    }
    x.start(name);
    for (KeyValue kv : items) {
      x.start("member").element(key, kv.key()).element(value, kv.value()).end();
    }
    x.end();
  }

  /** A StackSetOperationSummary's members. */
  static void operationSummary(Xml x, Operation op, Instant now) {
    x.element("OperationId", op.id()).element("Action", op.action()).element("Status", op.statusAt(now).cfn())
        .element("CreationTimestamp", Times.iso(op.created()));
    Instant end = op.endedAt(now);
    if (end != null) {
      x.element("EndTimestamp", Times.iso(end));
    }
    x.element("StatusReason", op.statusReasonAt(now));
    x.start("StatusDetails").element("FailedStackInstancesCount", op.failedCountAt(now)).end();
    preferences(x, op.preferences());
  }

  /** A StackSetOperation's members. */
  static void operation(Xml x, StackSet s, Operation op, Instant now) {
    StackSet.Details d = s.details();
    x.element("OperationId", op.id()).element("StackSetId", s.id()).element("Action", op.action())
        .element("Status", op.statusAt(now).cfn());
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
  }

  /** A StackSetOperationResultSummary's members. */
  static void result(Xml x, Target t, Instant now) {
    TargetStatus st = t.statusAt(now);
    x.element("Account", t.account()).element("Region", t.region()).element("Status", st.cfn())
        .element("StatusReason", t.reasonAt(now));
    if (st != TargetStatus.PENDING && st != TargetStatus.CANCELLED) {
      x.start("AccountGateResult").element("Status", "SKIPPED").element("StatusReason",
          "Function not found: arn:aws:lambda:" + t.region() + ":" + t.account()
              + ":function:AWSCloudFormationStackSetAccountGate").end();
    }
    x.element("OrganizationalUnitId", t.organizationalUnitId());
  }

  /** The members of a stack instance (a summary, or with {@code ParameterOverrides} in full). */
  static void instance(Xml x, StackSet s, InstanceState i, boolean full) {
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

  static void autoDeployment(Xml x, StackSet s) {
    if (s.serviceManaged()) {
      x.start("AutoDeployment").element("Enabled", s.details().autoDeployment())
          .element("RetainStacksOnAccountRemoval", s.details().retainStacksOnAccountRemoval()).end();
    }
  }

  /** The latest drift detection of the set that has ended at {@code now}, or null. */
  static Operation latestDrift(StackSet s, Instant now) {
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

  static void driftDetails(Xml x, Operation op, Instant now) {
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

  /** StackSetOperationPreferences: a percentage, when the request gave one, instead of its count. */
  static void preferences(Xml x, Preferences p) {
    x.start("OperationPreferences").element("RegionConcurrencyType", p.regionConcurrencyType());
    if (p.regionOrder().isEmpty()) {
      x.empty("RegionOrder");
    } else {
      x.start("RegionOrder");
      p.regionOrder().forEach(r -> x.element("member", r));
      x.end();
    }
    if (p.failureTolerancePercentage() != null) {
      x.element("FailureTolerancePercentage", p.failureTolerancePercentage());
    } else {
      x.element("FailureToleranceCount", p.failureToleranceCount());
    }
    if (p.maxConcurrentPercentage() != null) {
      x.element("MaxConcurrentPercentage", p.maxConcurrentPercentage());
    } else {
      x.element("MaxConcurrentCount", p.maxConcurrentCount());
    }
    x.element("ConcurrencyMode", p.failureToleranceMode()).end();
  }
}
