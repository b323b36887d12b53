package dev.stacksets.examples;

import dev.stacksets.cfn.CloudFormationClient;
import dev.stacksets.cfn.config.model.OrganizationConformancePackDetailedStatus;
import dev.stacksets.cfn.model.StackSetOperationResultSummary;
import dev.stacksets.cfn.model.StackSetSummary;
import dev.stacksets.core.operation.OperationTargetResult;
import dev.stacksets.core.operation.StackSetOperation;
import dev.stacksets.core.operation.StackSetOperationView;
import dev.stacksets.core.paginate.Page;
import dev.stacksets.emulator.OperationSpec;
import dev.stacksets.emulator.StackSetEmulator;
import dev.stacksets.examples.cli.Progress;
import dev.stacksets.examples.cli.Table;
import dev.stacksets.rfs.RfsClient;
import dev.stacksets.rfs.model.Action;
import dev.stacksets.rfs.model.OperationFilter;
import dev.stacksets.rfs.model.SortDirection;
import dev.stacksets.rfs.model.StackSet;
import java.io.PrintStream;
import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * The guided demo: starts the embedded emulator and walks through both clouds with the SDK's typed clients, the
 * lazy paginators, Config statuses, the neutral cross-cloud view and the waiter. Every section prints an aligned
 * table; paging progress goes to stderr.
 *
 * <p>Not thread-safe; run once.
 *
 * <pre>{@code
 * new Tour(System.out, System.err).run();
 * }</pre>
 */
public final class Tour {
  /** Emulator time runs this much faster than the wall clock, so the waiting section takes seconds. */
  static final double TIME_SPEED = 600;

  private final PrintStream out;
  private final PrintStream err;
  private final boolean terminal;

  /** Prints tables on {@code out}, progress on {@code err} as plain lines. */
  public Tour(PrintStream out, PrintStream err) {
    this(out, err, false);
  }

  /**
   * Prints tables on {@code out}, progress on {@code err}.
   *
   * @param terminal whether {@code err} is an interactive terminal (progress redrawn in place) or not (plain lines)
   */
  public Tour(PrintStream out, PrintStream err, boolean terminal) {
    this.out = out;
    this.err = err;
    this.terminal = terminal;
  }

  /** Runs every section against a fresh embedded emulator. */
  public void run() {
    try (Connection c = Connection.emulator(TIME_SPEED)) {
      StackSetEmulator emulator = c.emulatorOrNull();
      out.println("stacksets-java tour: an embedded emulator serves RFS, CloudFormation and Config on "
          + emulator.endpoint());
      RfsClient rfs = c.rfs();
      CloudFormationClient cfn = c.cloudFormation();

      String rfsSet = stackSets(rfs, cfn);
      String cfnSet = cfn.listStackSetsPaginator(r -> r.status("ACTIVE")).stream()
          .map(StackSetSummary::stackSetName).findFirst().orElseThrow();
      String rfsOp = filteredOperations(rfs, rfsSet);
      operationMetadata(rfs, rfsSet, rfsOp);
      largeOperationResults(cfn, emulator);
      conformancePacks(c, emulator);
      neutralView(rfs, cfn, rfsSet, cfnSet);
      waitForOperation(rfs, emulator, rfsSet);
      out.println();
      out.println("Done. " + emulator.requestCount() + " signed requests served by the emulator.");
    }
  }

  private void section(String title) {
    out.println();
    out.println("== " + title);
  }

  private String stackSets(RfsClient rfs, CloudFormationClient cfn) {
    section("Stack sets on both clouds");
    Table t = new Table("PROVIDER", "NAME", "STATUS", "PERMISSION MODEL", "ID");
    List<StackSet> rfsSets = rfs.listStackSets().stackSets();
    for (StackSet s : rfsSets) {
      t.row("RFS", s.stackSetName(), s.statusAsString(), s.permissionModelAsString(), s.stackSetId());
    }
    for (StackSetSummary s : cfn.listStackSetsPaginator(r -> r.maxResults(50))) {
      t.row("CloudFormation", s.stackSetName(), s.statusAsString(), s.permissionModelAsString(), s.stackSetId());
    }
    t.print(out);
    return rfsSets.stream().max(Comparator.comparingLong(s -> rfs.listStackSetOperationsPaginator(
        r -> r.stackSetName(s.stackSetName()).limit(1000)).stream().count()))
        .orElseThrow().stackSetName();
  }

  private String filteredOperations(RfsClient rfs, String stackSet) {
    section("RFS operations of " + stackSet
        + ": filter action==DEPLOY_STACK_SET|action==CREATE_STACK_INSTANCES, oldest first, first 8");
    List<dev.stacksets.rfs.model.StackSetOperation> ops = rfs.listStackSetOperations(r -> r
        .stackSetName(stackSet)
        .filter(OperationFilter.action(Action.DEPLOY_STACK_SET).or(Action.CREATE_STACK_INSTANCES))
        .sortByCreateTime(SortDirection.ASC)
        .limit(10)).stackSetOperations();
    Table t = new Table("OPERATION ID", "ACTION", "STATUS", "CREATED", "MESSAGE").abbreviate("MESSAGE");
    ops.stream().limit(8).forEach(o -> t.row(o.operationId(), o.actionAsString(), o.statusAsString(),
        o.createTime(), o.statusMessage()));
    t.print(out);
    return ops.get(0).operationId();
  }

  private void operationMetadata(RfsClient rfs, String stackSet, String operationId) {
    section("Metadata of RFS operation " + operationId);
    dev.stacksets.rfs.model.StackSetOperation op = rfs.showStackSetOperationMetadata(r -> r
        .stackSetName(stackSet).operationId(operationId)).stackSetOperation();
    Table t = new Table("FIELD", "VALUE");
    t.row("stack_set_operation_id", op.operationId());
    t.row("stack_set_name", op.stackSetName());
    t.row("action", op.actionAsString());
    t.row("status", op.statusAsString());
    t.row("status_message", op.statusMessage());
    t.row("create_time", op.createTime());
    t.row("update_time", op.updateTime());
    if (op.deploymentTargets() != null) {
      t.row("deployment_targets.regions", String.join(",", op.deploymentTargets().regions()));
      t.row("deployment_targets.domain_ids", op.deploymentTargets().domainIds().size() + " domains");
    }
    if (op.operationPreferences() != null) {
      t.row("operation_preferences.region_concurrency_type",
          op.operationPreferences().regionConcurrencyTypeAsString());
    }
    t.print(out);
  }

  private void largeOperationResults(CloudFormationClient cfn, StackSetEmulator emulator) {
    // the emulator's largest operation (a test hook; a real application already knows its operation ids)
    String stackSet = null;
    String operationId = null;
    int most = -1;
    for (String set : emulator.cloudFormation().stackSetNames()) {
      for (String id : emulator.cloudFormation().operationIds(set)) {
        int n = emulator.cloudFormation().operationTargets(set, id).size();
        if (n > most) {
          most = n;
          stackSet = set;
          operationId = id;
        }
      }
    }
    String name = stackSet;
    String opId = operationId;
    section("Every result of CloudFormation operation " + opId + " on " + name + ", paged lazily (MaxResults=100)");
    Progress progress = new Progress(err, "ListStackSetOperationResults", terminal);
    Map<String, Integer> byStatus = new TreeMap<>();
    for (Page<StackSetOperationResultSummary> page : cfn.listStackSetOperationResultsPaginator(r -> r
        .stackSetName(name).operationId(opId).maxResults(100)).pages()) {
      for (StackSetOperationResultSummary s : page.items()) {
        byStatus.merge(s.statusAsString(), 1, Integer::sum);
      }
      progress.page(page.items().size());
    }
    progress.done();
    Table t = new Table("STATUS", "RESULTS");
    byStatus.forEach(t::row);
    t.row("total", progress.items() + " in " + progress.pages() + " pages");
    t.print(out);
  }

  private void conformancePacks(Connection c, StackSetEmulator emulator) {
    String pack = emulator.config().conformancePackNames().get(0);
    section("Config conformance pack " + pack + ": per-account status (first 8)");
    List<OrganizationConformancePackDetailedStatus> statuses = c.config()
        .getOrganizationConformancePackDetailedStatusPaginator(r -> r.organizationConformancePackName(pack).limit(100))
        .stream().collect(Collectors.toList());
    Table t = new Table("ACCOUNT", "STATUS", "LAST UPDATE", "ERROR").abbreviate("ERROR");
    statuses.stream().limit(8).forEach(s -> t.row(s.accountId(), s.statusAsString(), s.lastUpdateTime(),
        s.errorCode() == null ? null : s.errorCode() + ": " + s.errorMessage()));
    t.print(out);
    Map<String, Long> counts = statuses.stream().collect(Collectors.groupingBy(
        OrganizationConformancePackDetailedStatus::statusAsString, TreeMap::new, Collectors.counting()));
    out.println("  " + statuses.size() + " accounts: " + counts);
  }

  private void neutralView(RfsClient rfs, CloudFormationClient cfn, String rfsSet, String cfnSet) {
    section("Both clouds in one view: the 12 most recent operations, merged by creation time");
    Table t = new Table("CREATED", "PROVIDER", "STACK SET", "ACTION", "STATUS", "NATIVE STATUS", "OPERATION ID");
    StackSetOperationView.merge(rfs.operations().listOperations(rfsSet), cfn.operations().listOperations(cfnSet))
        .stream().limit(12)
        .forEach(o -> t.row(o.createdAt(), o.provider(), o.stackSetName(), o.action(), o.status(),
            o.nativeStatus(), o.operationId()));
    t.print(out);
  }

  private void waitForOperation(RfsClient rfs, StackSetEmulator emulator, String stackSet) {
    String opId = emulator.rfs().startOperation(stackSet, OperationSpec.builder().action("DEPLOY_STACK_SET")
        .failingTargets(1).failureToleranceCount(2).build());
    section("Waiting for a new RFS operation " + opId + " to finish (emulator time runs " + (int) TIME_SPEED
        + "x)");
    StackSetOperationView ops = rfs.operations();
    StackSetOperation started = ops.getOperation(stackSet, opId);
    Instant begin = Instant.now();
    StackSetOperation done = ops.waitUntilComplete(stackSet, opId, Duration.ofMinutes(2));
    Table t = new Table("OPERATION ID", "ACTION", "STARTED AS", "ENDED AS", "NATIVE STATUS", "WAITED");
    t.row(opId, done.action(), started.status(), done.status(), done.nativeStatus(),
        Duration.between(begin, Instant.now()).toMillis() + " ms");
    t.print(out);
    Map<String, Integer> byStatus = new TreeMap<>();
    Table failed = new Table("DOMAIN", "REGION", "RESULT", "NATIVE STATUS", "REASON").abbreviate("REASON");
    for (OperationTargetResult target : ops.listTargetResults(stackSet, opId)) {
      byStatus.merge(target.status().toString(), 1, Integer::sum);
      if (target.status() != dev.stacksets.core.operation.TargetStatus.SUCCEEDED) {
        failed.row(target.account(), target.region(), target.status(), target.nativeStatus(), target.reason());
      }
    }
    out.println("  per-target results: " + byStatus);
    if (failed.size() > 0) {
      failed.print(out);
    }
  }
}
