package dev.stacksets.emulator.internal;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The in-memory state all three protocols read: stack sets (with operations and instances) per provider, and Config
 * organization conformance packs. Reads are lock-free views at a model time; writes (new stack sets, operations,
 * pack updates) are synchronized on the model. Thread-safe.
 */
public final class EmulatorModel {
  private final EmulatorClock clock;
  private final IdSource ids;
  private final Map<Provider, Map<String, StackSet>> stackSets = new EnumMap<>(Provider.class);
  private final Map<String, ConformancePack> packs = new LinkedHashMap<>();
  private long nextSeq;
  private volatile Snapshot snapshot = new Snapshot(Map.of(), List.of());

  private record Snapshot(Map<Provider, List<StackSet>> stackSets, List<ConformancePack> packs) {}

  /** An empty model. */
  public EmulatorModel(EmulatorClock clock, long seed) {
    this.clock = clock;
    this.ids = new IdSource(seed ^ 0x5DEECE66DL);
    for (Provider p : Provider.values()) {
      stackSets.put(p, new LinkedHashMap<>());
    }
    publish();
  }

  public EmulatorClock clock() {
    return clock;
  }

  /** Identifier source for new objects. */
  public IdSource ids() {
    return ids;
  }

  /** Stack sets of a provider in creation order. */
  public List<StackSet> stackSets(Provider p) {
    return snapshot.stackSets.getOrDefault(p, List.of());
  }

  /** A stack set by name (or, for CloudFormation, by StackSetId), or null. */
  public StackSet stackSet(Provider p, String nameOrId) {
    for (StackSet s : stackSets(p)) {
      if (s.name().equals(nameOrId) || (p == Provider.CLOUDFORMATION && s.id().equals(nameOrId))) {
        return s;
      }
    }
    return null;
  }

  /** Conformance packs in creation order. */
  public List<ConformancePack> packs() {
    return snapshot.packs;
  }

  /** A conformance pack by name, or null. */
  public ConformancePack pack(String name) {
    for (ConformancePack p : packs()) {
      if (p.name().equals(name)) {
        return p;
      }
    }
    return null;
  }

  /** Adds a stack set; the name must be new for the provider. */
  public synchronized StackSet addStackSet(Provider provider, String name, String id, String description,
      String permissionModel, Instant created, Instant updated, StackSet.Details details) {
    Map<String, StackSet> byName = stackSets.get(provider);
    StackSet existing = byName.get(name);
    if (existing != null && !existing.details().deleted()) {
      throw new IllegalArgumentException("a " + provider + " stack set named " + name + " already exists");
    }
    StackSet s = new StackSet(provider, name, id, description, permissionModel, created, updated, details,
        nextSeq++);
    byName.remove(name);
    byName.put(name, s);
    publish();
    return s;
  }

  /** Adds a conformance pack; the name must be new, or its pack deleted by {@code created}. */
  public synchronized ConformancePack addPack(String name, Instant created) {
    ConformancePack existing = packs.get(name);
    if (existing != null && existing.existsAt(created)) {
      throw new IllegalArgumentException("a conformance pack named " + name + " already exists");
    }
    ConformancePack p = new ConformancePack(name, created);
    packs.remove(name);
    packs.put(name, p);
    publish();
    return p;
  }

  /** Removes a stack set (RFS deletes it outright). */
  public synchronized void removeStackSet(StackSet set) {
    if (stackSets.get(set.provider()).remove(set.name(), set)) {
      publish();
    }
  }

  /** Replaces a stack set's description and settings at {@code at}. */
  public synchronized void updateStackSet(StackSet set, String description, StackSet.Details details, Instant at) {
    set.update(description, details, at);
  }

  /** Puts a re-planned operation (say, stopped) in the place of the original. */
  public synchronized void replaceOperation(Operation old, Operation replacement) {
    old.stackSet().replaceOperation(old, replacement);
  }

  /** Records a planned operation on its stack set. */
  public synchronized void addOperation(Operation op) {
    op.stackSet().addOperation(op);
  }

  /**
   * Plans and records a new operation created now.
   *
   * @param set           the stack set
   * @param action        native action
   * @param regions       regions to target (empty: all regions with instances; required for CREATE)
   * @param accounts      accounts to target (empty: all accounts with instances; required for CREATE)
   * @param failing       how many targets fail
   * @param queueTime     time queued
   * @param targetTime    typical time per target
   * @param preferences   operation preferences
   * @param stopAfter     stop after this long running, or null
   */
  public synchronized Operation startOperation(StackSet set, String action, List<String> regions,
      List<String> accounts, int failing, Duration queueTime, Duration targetTime, Preferences preferences,
      Duration stopAfter) {
    OpKind kind = OpKind.of(set.provider(), action);
    if (kind == null) {
      throw new IllegalArgumentException("unknown " + set.provider() + " action: " + action);
    }
    if (set.details().deleted()) {
      throw new IllegalArgumentException("stack set " + set.name() + " is deleted");
    }
    Instant now = clock.now();
    List<String[]> targets = new ArrayList<>();
    if (kind == OpKind.CREATE) {
      if (regions.isEmpty() || accounts.isEmpty()) {
        throw new IllegalArgumentException("a create operation needs regions and accounts");
      }
      for (String r : regions) {
        for (String a : accounts) {
          targets.add(new String[] {r, a});
        }
      }
    } else {
      for (InstanceState s : set.instancesAt(now)) {
        Instance i = s.instance();
        if ((regions.isEmpty() || regions.contains(i.region()))
            && (accounts.isEmpty() || accounts.contains(i.account()))) {
          targets.add(new String[] {i.region(), i.account()});
        }
      }
      if (targets.isEmpty()) {
        throw new IllegalArgumentException("no stack instances of " + set.name() + " match regions " + regions
            + " and accounts " + accounts);
      }
    }
    long seed = ids.random().nextLong();
    OperationPlanner planner = new OperationPlanner().id(ids.uuid()).stackSet(set).action(action, kind)
        .created(now).queueTime(queueTime).targetTime(targetTime).preferences(preferences).stopAfter(stopAfter)
        .accounts(set.serviceManaged() ? List.of() : distinct(targets, 1))
        .organizationalUnitIds(set.serviceManaged() ? set.details().organizationalUnitIds() : List.of());
    Set<Integer> failIdx = spread(targets.size(), failing);
    for (int i = 0; i < targets.size(); i++) {
      String[] t = targets.get(i);
      Instance existing = set.instanceRecord(t[0], t[1]);
      String ou = existing != null ? existing.organizationalUnitId()
          : set.serviceManaged() && !set.details().organizationalUnitIds().isEmpty()
              ? set.details().organizationalUnitIds().get(0) : null;
      // drift detection does not fail targets: the "failing" ones are reported as drifted instead
      boolean drift = kind == OpKind.DETECT_DRIFT;
      boolean fails = failIdx.contains(i) && !drift;
      planner.addTarget(new OperationPlanner.TargetPlan(t[0], t[1], ou, fails,
          fails ? SeedData.failureReason(set.provider(), t[1], i) : null, drift && failIdx.contains(i)));
    }
    Operation op = planner.plan(seed);
    addOperation(op);
    return op;
  }

  /** Records a status change for accounts of a pack. */
  public synchronized void addPackChange(ConformancePack pack, String accountId, String memberPackName,
      ConformancePack.Change change) {
    pack.member(accountId, memberPackName).add(change);
  }

  private static List<String> distinct(List<String[]> targets, int idx) {
    List<String> out = new ArrayList<>();
    for (String[] t : targets) {
      if (!out.contains(t[idx])) {
        out.add(t[idx]);
      }
    }
    return out;
  }

  /** {@code count} indexes spread evenly over {@code size}. */
  static Set<Integer> spread(int size, int count) {
    Set<Integer> out = new java.util.HashSet<>();
    int n = Math.min(Math.max(count, 0), size);
    for (int k = 0; k < n; k++) {
      out.add((int) (((long) (2 * k + 1) * size) / (2L * n)));
    }
    return out;
  }

  private void publish() {
    Map<Provider, List<StackSet>> s = new EnumMap<>(Provider.class);
    for (Map.Entry<Provider, Map<String, StackSet>> e : stackSets.entrySet()) {
      s.put(e.getKey(), List.copyOf(e.getValue().values()));
    }
    snapshot = new Snapshot(s, List.copyOf(packs.values()));
  }
}
