package dev.stacksets.emulator.internal;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ConcurrentSkipListMap;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * A stack set of either provider: its descriptive fields (fixed at creation), its operations (append-only, in
 * creation order) and its instances (one per region and account ever targeted). Thread-safe: readers see
 * copy-on-write lists; {@link #addOperation} is synchronized.
 */
public final class StackSet {
  private final Provider provider;
  private final String name;
  private final String id;
  private final String permissionModel;
  private final Instant created;
  private final long seq;
  private volatile String description;
  private volatile Instant updated;
  private volatile Details details;
  private final CopyOnWriteArrayList<Operation> operations = new CopyOnWriteArrayList<>();
  private final ConcurrentSkipListMap<String, Instance> instances = new ConcurrentSkipListMap<>();

  /**
   * Provider-specific settings; unused ones are null or empty.
   *
   * @param administrationAgencyName     RFS self-managed admin agency (or null when the URN is used)
   * @param administrationAgencyUrn      RFS self-managed admin agency URN (or null)
   * @param managedAgencyName            RFS self-managed member agency
   * @param initialStackDescription      RFS description given to new stacks
   * @param varsBody                     RFS vars
   * @param enableParallelOperation      RFS managed_operation.enable_parallel_operation
   * @param organizationalUnitIds        service-managed OUs
   * @param administrationRoleArn        CFN self-managed admin role
   * @param executionRoleName            CFN self-managed execution role
   * @param templateBody                 the template, or null when only a URL was given
   * @param deleted                      CFN: the set is DELETED
   * @param autoDeployment               CFN service-managed auto deployment
   * @param templateUrl                  CFN TemplateURL / RFS template_uri, or null
   * @param varsUri                      RFS vars_uri, or null
   * @param parameters                   CFN parameters
   * @param capabilities                 CFN capabilities
   * @param tags                         CFN tags
   * @param managedExecution             CFN ManagedExecution.Active
   * @param retainStacksOnAccountRemoval CFN AutoDeployment.RetainStacksOnAccountRemoval
   */
  public record Details(String administrationAgencyName, String administrationAgencyUrn, String managedAgencyName,
      String initialStackDescription, String varsBody, boolean enableParallelOperation,
      List<String> organizationalUnitIds, String administrationRoleArn, String executionRoleName,
      String templateBody, boolean deleted, boolean autoDeployment, String templateUrl, String varsUri,
      List<KeyValue> parameters, List<String> capabilities, List<KeyValue> tags, boolean managedExecution,
      boolean retainStacksOnAccountRemoval) {
    /** Copies the lists. */
    public Details {
      organizationalUnitIds = List.copyOf(organizationalUnitIds);
      parameters = List.copyOf(parameters);
      capabilities = List.copyOf(capabilities);
      tags = List.copyOf(tags);
    }

    /** The settings the seed data and the control API give: no URLs, parameters, tags or managed execution. */
    public Details(String administrationAgencyName, String administrationAgencyUrn, String managedAgencyName,
        String initialStackDescription, String varsBody, boolean enableParallelOperation,
        List<String> organizationalUnitIds, String administrationRoleArn, String executionRoleName,
        String templateBody, boolean deleted, boolean autoDeployment) {
      this(administrationAgencyName, administrationAgencyUrn, managedAgencyName, initialStackDescription, varsBody,
          enableParallelOperation, organizationalUnitIds, administrationRoleArn, executionRoleName, templateBody,
          deleted, autoDeployment, null, null, List.of(), List.of(), List.of(), false, false);
    }

    /** A builder holding these settings. */
    public DetailsBuilder toBuilder() {
      return new DetailsBuilder(this);
    }
  }

  StackSet(Provider provider, String name, String id, String description, String permissionModel, Instant created,
      Instant updated, Details details, long seq) {
    this.seq = seq;
    this.provider = provider;
    this.name = name;
    this.id = id;
    this.description = description;
    this.permissionModel = permissionModel;
    this.created = created;
    this.updated = updated;
    this.details = details;
  }

  public Provider provider() {
    return provider;
  }

  public String name() {
    return name;
  }

  /** RFS: a UUID; CloudFormation: {@code name:uuid}. */
  public String id() {
    return id;
  }

  public String description() {
    return description;
  }

  /** When the settings last changed (not counting operations; see {@link #updatedAt(Instant)}). */
  public Instant settingsUpdated() {
    return updated;
  }

  /** SELF_MANAGED or SERVICE_MANAGED. */
  public String permissionModel() {
    return permissionModel;
  }

  public boolean serviceManaged() {
    return "SERVICE_MANAGED".equals(permissionModel);
  }

  public Instant created() {
    return created;
  }

  /** The model's sequence number of the stack set: listings in creation order page by it. */
  public long seq() {
    return seq;
  }

  public Details details() {
    return details;
  }

  /** Operations in creation order (oldest first). */
  public List<Operation> operations() {
    return operations;
  }

  /** The operation with this id, or null. */
  public Operation operation(String operationId) {
    for (Operation op : operations) {
      if (op.id().equals(operationId)) {
        return op;
      }
    }
    return null;
  }

  /** Every instance record (also deleted ones); see {@link Instance#at(Instant)}. */
  public List<Instance> instanceRecords() {
    return new ArrayList<>(instances.values());
  }

  /** The instance record of a region and account, or null. */
  public Instance instanceRecord(String region, String account) {
    return instances.get(Target.key(region, account));
  }

  /** Instances that exist at {@code t}, ordered by region then account. */
  public List<InstanceState> instancesAt(Instant t) {
    List<InstanceState> out = new ArrayList<>();
    for (Instance i : instances.values()) {
      InstanceState s = i.at(t);
      if (s != null) {
        out.add(s);
      }
    }
    return out;
  }

  /** RFS status at {@code t}: OPERATION_IN_PROGRESS while an operation runs, else IDLE. */
  public String rfsStatusAt(Instant t) {
    for (int i = operations.size() - 1; i >= 0; i--) {
      Operation op = operations.get(i);
      if (!op.created().isAfter(t) && op.activeAt(t)) {
        return "OPERATION_IN_PROGRESS";
      }
    }
    return "IDLE";
  }

  /** Last update: the fixed update time, or the creation of a later whole-set deployment. */
  public Instant updatedAt(Instant t) {
    Instant u = updated;
    for (Operation op : operations) {
      if (!op.created().isAfter(t) && op.created().isAfter(u)
          && ("DEPLOY_STACK_SET".equals(op.action()) || "UPDATE".equals(op.action()))) {
        u = op.created();
      }
    }
    return u;
  }

  /** Regions with at least one instance at {@code t}. */
  public List<String> regionsAt(Instant t) {
    List<String> out = new ArrayList<>();
    for (InstanceState s : instancesAt(t)) {
      if (!out.contains(s.instance().region())) {
        out.add(s.instance().region());
      }
    }
    out.sort(null);
    return out;
  }

  /** Replaces the description and settings; callers hold the model's lock. */
  void update(String description, Details details, Instant at) {
    this.description = description;
    this.details = details;
    if (at.isAfter(updated)) {
      this.updated = at;
    }
  }

  /** True when an operation is queued or running at {@code t}. */
  public boolean busyAt(Instant t) {
    return "OPERATION_IN_PROGRESS".equals(rfsStatusAt(t));
  }

  /** Puts a re-planned operation in the place of the one with the same id (here and in its instances). */
  synchronized void replaceOperation(Operation old, Operation replacement) {
    int i = operations.indexOf(old);
    if (i < 0) {
      throw new IllegalStateException("operation " + old.id() + " is not in stack set " + name);
    }
    operations.set(i, replacement);
    for (Target target : old.targets()) {
      Instance inst = instances.get(target.key());
      if (inst != null) {
        inst.replace(old, replacement);
      }
    }
  }

  synchronized void addOperation(Operation op) {
    operations.add(op);
    for (Target target : op.targets()) {
      Instance inst = instances.computeIfAbsent(target.key(),
          k -> new Instance(this, target.region(), target.account(), target.organizationalUnitId(),
              IdSource.uuidFor(id + "/" + k)));
      inst.record(op);
    }
  }
}
