package dev.stacksets.emulator.internal;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * Decides an operation's whole schedule up front, the way the services describe deployment: after a queue time, the
 * targets run region by region (SEQUENTIAL, in region order) or all regions at once (PARALLEL), at most
 * {@code maxConcurrentCount} per region at a time. When more targets fail than the failure tolerance allows, targets
 * that have not started are cancelled and the operation fails; a stop request cancels the targets not yet started
 * and the operation ends STOPPED. Deterministic for a given random.
 */
public final class OperationPlanner {
  /** One target to deploy and whether it will fail (with the reason). */
  public record TargetPlan(String region, String account, String organizationalUnitId, boolean fails, String reason,
      boolean drifted) {}

  private String id;
  private StackSet stackSet;
  private String action;
  private OpKind kind;
  private Instant created;
  private Duration queueTime = Duration.ofSeconds(5);
  private Duration targetTime = Duration.ofSeconds(30);
  private Duration stopAfter;
  private final List<TargetPlan> targets = new ArrayList<>();
  private Preferences preferences = new Preferences("SEQUENTIAL", List.of(), 0, 1, "STRICT_FAILURE_TOLERANCE");
  private List<String> accounts = List.of();
  private List<String> organizationalUnitIds = List.of();
  private boolean retainStacks;
  private String failureReason = "The number of failed stack instances exceeded the failure tolerance.";
  private String stopReason = "The operation was stopped by the user.";
  private String cancelReason = "Cancelled since failure tolerance has exceeded";

  public OperationPlanner id(String id) {
    this.id = id;
    return this;
  }

  public OperationPlanner stackSet(StackSet s) {
    this.stackSet = s;
    return this;
  }

  public OperationPlanner action(String action, OpKind kind) {
    this.action = action;
    this.kind = kind;
    return this;
  }

  public OperationPlanner created(Instant created) {
    this.created = created;
    return this;
  }

  public OperationPlanner queueTime(Duration d) {
    this.queueTime = d;
    return this;
  }

  /** Typical time one target takes. */
  public OperationPlanner targetTime(Duration d) {
    this.targetTime = d;
    return this;
  }

  /** Stop the operation this long after it starts running (null: never). */
  public OperationPlanner stopAfter(Duration d) {
    this.stopAfter = d;
    return this;
  }

  public OperationPlanner addTarget(TargetPlan t) {
    targets.add(t);
    return this;
  }

  public OperationPlanner preferences(Preferences p) {
    this.preferences = p;
    return this;
  }

  /** Accounts as named in the deployment targets. */
  public OperationPlanner accounts(List<String> a) {
    this.accounts = List.copyOf(a);
    return this;
  }

  /** OUs as named in the deployment targets. */
  public OperationPlanner organizationalUnitIds(List<String> ous) {
    this.organizationalUnitIds = List.copyOf(ous);
    return this;
  }

  public OperationPlanner retainStacks(boolean r) {
    this.retainStacks = r;
    return this;
  }

  /** Reasons: operation failed, operation stopped, target cancelled. */
  public OperationPlanner reasons(String failed, String stopped, String cancelled) {
    this.failureReason = failed;
    this.stopReason = stopped;
    this.cancelReason = cancelled;
    return this;
  }

  /** Builds the operation; {@code random} adds jitter to target durations. */
  public Operation plan(Random random) {
    Instant runStart = created.plus(queueTime);
    // order regions: the preference order first, then the others alphabetically
    Map<String, List<TargetPlan>> byRegion = new LinkedHashMap<>();
    for (String r : preferences.regionOrder()) {
      byRegion.put(r, new ArrayList<>());
    }
    List<TargetPlan> sorted = new ArrayList<>(targets);
    sorted.sort(Comparator.comparing(TargetPlan::region).thenComparing(TargetPlan::account));
    for (TargetPlan t : sorted) {
      byRegion.computeIfAbsent(t.region(), k -> new ArrayList<>()).add(t);
    }
    byRegion.values().removeIf(List::isEmpty);

    int concurrency = Math.max(1, preferences.maxConcurrentCount());
    long unit = Math.max(1000, targetTime.toMillis());
    List<Slot> slots = new ArrayList<>();
    Instant regionStart = runStart;
    for (List<TargetPlan> inRegion : byRegion.values()) {
      Instant regionEnd = regionStart;
      for (int i = 0; i < inRegion.size(); i++) {
        Instant start = regionStart.plusMillis((i / concurrency) * unit);
        long took = unit / 2 + (long) (random.nextDouble() * (unit / 2));
        Instant end = start.plusMillis(took);
        slots.add(new Slot(inRegion.get(i), start, end));
        if (end.isAfter(regionEnd)) {
          regionEnd = end;
        }
      }
      if (!preferences.parallel()) {
        regionStart = regionEnd;
      }
    }

    // failure tolerance: the (tolerance+1)-th failure ends the operation
    Instant cutoff = null;
    OpStatus outcome = OpStatus.SUCCEEDED;
    String reason = null;
    List<Slot> failing = new ArrayList<>();
    for (Slot s : slots) {
      if (s.plan.fails()) {
        failing.add(s);
      }
    }
    failing.sort(Comparator.comparing(s -> s.end));
    if (failing.size() > preferences.failureToleranceCount()) {
      cutoff = failing.get(preferences.failureToleranceCount()).end;
      outcome = OpStatus.FAILED;
      reason = failureReason;
    }
    Instant stopAt = null;
    if (stopAfter != null) {
      Instant s = runStart.plus(stopAfter);
      if (cutoff == null || s.isBefore(cutoff)) {
        cutoff = s;
        stopAt = s;
        outcome = OpStatus.STOPPED;
        reason = stopReason;
      }
    }

    List<Target> built = new ArrayList<>(slots.size());
    Instant end = runStart.plusSeconds(2);
    for (Slot s : slots) {
      TargetPlan p = s.plan;
      if (cutoff != null && !s.start.isBefore(cutoff)) {
        built.add(new Target(p.region(), p.account(), p.organizationalUnitId(), cutoff, cutoff,
            TargetStatus.CANCELLED, stopAt != null ? stopReason : cancelReason, false));
        if (cutoff.isAfter(end)) {
          end = cutoff;
        }
        continue;
      }
      built.add(new Target(p.region(), p.account(), p.organizationalUnitId(), s.start, s.end,
          p.fails() ? TargetStatus.FAILED : TargetStatus.SUCCEEDED, p.fails() ? p.reason() : null, p.drifted()));
      if (s.end.isAfter(end)) {
        end = s.end;
      }
    }
    if (stopAt != null && !end.isAfter(stopAt)) {
      end = stopAt.plusSeconds(1);
    }
    List<String> regions = new ArrayList<>(byRegion.keySet());
    return new Operation(id, stackSet, action, kind, created, runStart, stopAt, end, outcome, reason, built,
        preferences, regions, accounts, organizationalUnitIds, retainStacks);
  }

  private static final class Slot {
    final TargetPlan plan;
    final Instant start;
    final Instant end;

    Slot(TargetPlan plan, Instant start, Instant end) {
      this.plan = plan;
      this.start = start;
      this.end = end;
    }
  }
}
