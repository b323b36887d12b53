package dev.stacksets.emulator.internal;

import java.time.Instant;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * The history of one stack instance (a region and an account of a stack set): every operation that targeted it.
 * Whether it exists at a time, and in which status, follows from that history ({@link #at(Instant)}). Thread-safe.
 */
public final class Instance {
  private final StackSet stackSet;
  private final String region;
  private final String account;
  private final String organizationalUnitId;
  private final String stackUuid;
  private final CopyOnWriteArrayList<Operation> history = new CopyOnWriteArrayList<>();

  Instance(StackSet stackSet, String region, String account, String organizationalUnitId, String stackUuid) {
    this.stackSet = stackSet;
    this.region = region;
    this.account = account;
    this.organizationalUnitId = organizationalUnitId;
    this.stackUuid = stackUuid;
  }

  public StackSet stackSet() {
    return stackSet;
  }

  public String region() {
    return region;
  }

  public String account() {
    return account;
  }

  public String organizationalUnitId() {
    return organizationalUnitId;
  }

  /** The UUID part of the member stack's id. */
  public String stackUuid() {
    return stackUuid;
  }

  /** Operations that targeted this instance, oldest first. */
  public List<Operation> history() {
    return history;
  }

  void record(Operation op) {
    history.add(op);
  }

  void replace(Operation old, Operation replacement) {
    int i = history.indexOf(old);
    if (i >= 0) {
      history.set(i, replacement);
    }
  }

  /**
   * The instance at model time {@code t}, or null when it does not exist then (not yet created, or deleted).
   * Drift detection does not change the status; it only sets the drift fields.
   */
  public InstanceState at(Instant t) {
    Operation last = null;
    Target lastTarget = null;
    Operation drift = null;
    Target driftTarget = null;
    Instant createdAt = null;
    for (Operation op : history) {
      if (op.created().isAfter(t)) {
        break;
      }
      Target target = op.target(region, account);
      if (op.kind() == OpKind.DETECT_DRIFT) {
        if (target.statusAt(t) == TargetStatus.SUCCEEDED) {
          drift = op;
          driftTarget = target;
        }
        continue;
      }
      if (op.kind() == OpKind.CREATE && (last == null || last.kind() == OpKind.DELETE
          && lastTarget.statusAt(t) == TargetStatus.SUCCEEDED)) {
        createdAt = op.created();
        drift = null;
        driftTarget = null;
      }
      last = op;
      lastTarget = target;
    }
    if (last == null || createdAt == null) {
      return null;
    }
    TargetStatus status = lastTarget.statusAt(t);
    if (last.kind() == OpKind.DELETE && status == TargetStatus.SUCCEEDED) {
      return null;
    }
    boolean inoperable = last.kind() == OpKind.DELETE && status == TargetStatus.FAILED;
    return new InstanceState(this, last, lastTarget, status, inoperable, createdAt,
        lastTarget.changedAt(t, last.created()), driftTarget == null ? null : driftTarget.drifted(),
        driftTarget == null ? null : driftTarget.end(), drift);
  }
}
