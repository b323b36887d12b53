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
  private final String description;
  private final String permissionModel;
  private final Instant created;
  private final Instant updated;
  private final Details details;
  private final CopyOnWriteArrayList<Operation> operations = new CopyOnWriteArrayList<>();
  private final ConcurrentSkipListMap<String, Instance> instances = new ConcurrentSkipListMap<>();

  /**
   * Provider-specific descriptive fields; unused ones are null or empty.
   *
   * @param administrationAgencyName RFS self-managed admin agency (or null when the URN is used)
   * @param administrationAgencyUrn  RFS self-managed admin agency URN (or null)
   * @param managedAgencyName        RFS self-managed member agency
   * @param initialStackDescription  RFS description given to new stacks
   * @param varsBody                 RFS vars
   * @param enableParallelOperation  RFS managed_operation.enable_parallel_operation
   * @param organizationalUnitIds    service-managed OUs
   * @param administrationRoleArn    CFN self-managed admin role
   * @param executionRoleName        CFN self-managed execution role
   * @param templateBody             the template
   * @param deleted                  CFN: the set is DELETED
   * @param autoDeployment           CFN service-managed auto deployment
   */
  public record Details(String administrationAgencyName, String administrationAgencyUrn, String managedAgencyName,
      String initialStackDescription, String varsBody, boolean enableParallelOperation,
      List<String> organizationalUnitIds, String administrationRoleArn, String executionRoleName,
      String templateBody, boolean deleted, boolean autoDeployment) {
    /** Copies the list. */
    public Details {
      organizationalUnitIds = List.copyOf(organizationalUnitIds);
    }
  }

  StackSet(Provider provider, String name, String id, String description, String permissionModel, Instant created,
      Instant updated, Details details) {
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
