package dev.stacksets.emulator.internal;

import java.time.Duration;
import java.time.Instant;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A stack-set operation with its whole schedule decided at creation ({@link OperationPlanner}): queued until
 * {@code runStart}, running (or stopping after {@code stopAt}) until {@code end}, then its outcome. Every status is a
 * pure function of model time, so reads need no locks and no background thread. Immutable.
 */
public final class Operation {
  private final String id;
  private final StackSet stackSet;
  private final String action;
  private final OpKind kind;
  private final Instant created;
  private final Instant runStart;
  private final Instant stopAt;
  private final Instant end;
  private final OpStatus outcome;
  private final String failureReason;
  private final List<Target> targets;
  private final Map<String, Target> targetsByKey;
  private final Preferences preferences;
  private final List<String> regions;
  private final List<String> accounts;
  private final List<String> organizationalUnitIds;
  private final boolean retainStacks;
  private final OperationPlanner.Inputs inputs;
  private final long seed;
  private final String fingerprint;

  Operation(String id, StackSet stackSet, String action, OpKind kind, Instant created, Instant runStart,
      Instant stopAt, Instant end, OpStatus outcome, String failureReason, List<Target> targets,
      Preferences preferences, List<String> regions, List<String> accounts, List<String> organizationalUnitIds,
      boolean retainStacks, OperationPlanner.Inputs inputs, long seed, String fingerprint) {
    this.id = id;
    this.stackSet = stackSet;
    this.action = action;
    this.kind = kind;
    this.created = created;
    this.runStart = runStart;
    this.stopAt = stopAt;
    this.end = end;
    this.outcome = outcome;
    this.failureReason = failureReason;
    this.targets = List.copyOf(targets);
    Map<String, Target> byKey = new LinkedHashMap<>();
    for (Target t : targets) {
      byKey.put(t.key(), t);
    }
    this.targetsByKey = Collections.unmodifiableMap(byKey);
    this.preferences = preferences;
    this.regions = List.copyOf(regions);
    this.accounts = List.copyOf(accounts);
    this.organizationalUnitIds = List.copyOf(organizationalUnitIds);
    this.retainStacks = retainStacks;
    this.inputs = inputs;
    this.seed = seed;
    this.fingerprint = fingerprint;
  }

  /** What the schedule was planned from (with {@link #seed()}): planning them again gives this operation. */
  public OperationPlanner.Inputs inputs() {
    return inputs;
  }

  /** The seed of the target durations. */
  public long seed() {
    return seed;
  }

  /** What the request that started it looked like (for idempotent replays), or null. */
  public String fingerprint() {
    return fingerprint;
  }

  /** When a stop took effect, or null. */
  public Instant stopAt() {
    return stopAt;
  }

  /**
   * This operation planned {@code delta} later, for {@code set}: every time moves by {@code delta}, nothing else
   * changes (planning the shifted inputs with the same seed gives the same operation).
   */
  Operation shifted(Duration delta, StackSet set) {
    List<Target> moved = new java.util.ArrayList<>(targets.size());
    for (Target t : targets) {
      moved.add(t.shifted(delta));
    }
    OperationPlanner.Inputs in = inputs;
    OperationPlanner.Inputs movedInputs = new OperationPlanner.Inputs(in.id(), in.action(), in.kind(),
        in.created().plus(delta), in.queueTime(), in.targetTime(), in.stopAt() == null ? null
            : in.stopAt().plus(delta), in.targets(), in.preferences(), in.accounts(), in.organizationalUnitIds(),
        in.retainStacks(), in.failureReason(), in.stopReason(), in.cancelReason());
    return new Operation(id, set, action, kind, created.plus(delta), runStart.plus(delta),
        stopAt == null ? null : stopAt.plus(delta), end.plus(delta), outcome, failureReason, moved, preferences,
        regions, accounts, organizationalUnitIds, retainStacks, movedInputs, seed, fingerprint);
  }

  /**
   * This operation stopped at {@code t}: everything before {@code t} happens as planned, no target starts from
   * {@code t} on, the running ones finish.
   */
  public Operation stoppedAt(Instant t) {
    return new OperationPlanner(inputs.withStopAt(t)).stackSet(stackSet).fingerprint(fingerprint).plan(seed);
  }

  public String id() {
    return id;
  }

  public StackSet stackSet() {
    return stackSet;
  }

  /** The native action string (RFS {@code DEPLOY_STACK_SET}, CFN {@code UPDATE}, ...). */
  public String action() {
    return action;
  }

  public OpKind kind() {
    return kind;
  }

  public Instant created() {
    return created;
  }

  /** When the operation reaches its final status. */
  public Instant end() {
    return end;
  }

  /** When the operation leaves the queue. */
  public Instant runStart() {
    return runStart;
  }

  /** The final status. */
  public OpStatus outcome() {
    return outcome;
  }

  /** The targets in deployment order. */
  public List<Target> targets() {
    return targets;
  }

  /** The target for a region and account, or null. */
  public Target target(String region, String account) {
    return targetsByKey.get(Target.key(region, account));
  }

  public Preferences preferences() {
    return preferences;
  }

  /** Regions named in the deployment targets. */
  public List<String> regions() {
    return regions;
  }

  /** Accounts named in the deployment targets (self-managed), possibly empty. */
  public List<String> accounts() {
    return accounts;
  }

  /** OUs named in the deployment targets (service-managed), possibly empty. */
  public List<String> organizationalUnitIds() {
    return organizationalUnitIds;
  }

  /** RetainStacks of a delete. */
  public boolean retainStacks() {
    return retainStacks;
  }

  /** Status at model time {@code t} (an operation created after {@code t} reports QUEUED). */
  public OpStatus statusAt(Instant t) {
    if (t.isBefore(runStart)) {
      return OpStatus.QUEUED;
    }
    if (t.isBefore(end)) {
      return stopAt != null && !t.isBefore(stopAt) ? OpStatus.STOPPING : OpStatus.RUNNING;
    }
    return outcome;
  }

  /** Time of the last status change at or before {@code t}. */
  public Instant updatedAt(Instant t) {
    switch (statusAt(t)) {
      case QUEUED:
        return created;
      case RUNNING:
        return runStart;
      case STOPPING:
        return stopAt;
      default:
        return end;
    }
  }

  /** End time once terminal at {@code t}, else null. */
  public Instant endedAt(Instant t) {
    return statusAt(t).terminal() ? end : null;
  }

  /** Why the operation failed or stopped, once it has; else null. */
  public String statusReasonAt(Instant t) {
    OpStatus s = statusAt(t);
    return s == OpStatus.FAILED || s == OpStatus.STOPPED ? failureReason : null;
  }

  /** Targets whose status at {@code t} is FAILED. */
  public int failedCountAt(Instant t) {
    int n = 0;
    for (Target target : targets) {
      if (target.statusAt(t) == TargetStatus.FAILED) {
        n++;
      }
    }
    return n;
  }

  /** True while the operation is not terminal at {@code t}. */
  public boolean activeAt(Instant t) {
    return !statusAt(t).terminal();
  }
}
