package dev.stacksets.emulator.internal;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.PriorityQueue;
import java.util.Random;

/**
 * Decides an operation's whole schedule up front, the way the services describe deployment. After a queue time the
 * targets run region by region (SEQUENTIAL, in region order, then the other regions alphabetically) or all regions at
 * once (PARALLEL). In each region at most the maximum concurrency (a count, or a percentage of the region's targets)
 * run at once; with STRICT_FAILURE_TOLERANCE the concurrency drops to {@code tolerance + 1 - failures so far}. When
 * the failures in a region exceed its tolerance (a count, or a percentage of the region's targets, rounded down), no
 * further target starts anywhere: the targets not started are cancelled, the running ones finish, and the operation
 * fails. A stop does the same with the outcome STOPPED, the operation STOPPING until its running targets finish.
 *
 * <p>The schedule is a pure function of the inputs and a seed (which draws each target's duration), so an operation
 * can be planned again with a stop time and keep everything that happened before it. Not thread-safe; one per plan.
 */
public final class OperationPlanner {
  /** One target to deploy and whether it will fail (with the reason). */
  public record TargetPlan(String region, String account, String organizationalUnitId, boolean fails, String reason,
      boolean drifted) {}

  /**
   * Everything a plan depends on but the seed and the stack set.
   *
   * @param id                    the operation id
   * @param action                the native action
   * @param kind                  what it does
   * @param created               creation time
   * @param queueTime             time queued
   * @param targetTime            typical time per target
   * @param stopAt                when a stop was requested, or null
   * @param targets               the targets in request order
   * @param preferences           operation preferences
   * @param accounts              accounts named in the deployment targets
   * @param organizationalUnitIds OUs named in the deployment targets
   * @param retainStacks          RetainStacks of a delete
   * @param failureReason         the operation's reason when it fails
   * @param stopReason            the operation's (and cancelled targets') reason when stopped
   * @param cancelReason          a cancelled target's reason when the operation fails
   */
  public record Inputs(String id, String action, OpKind kind, Instant created, Duration queueTime,
      Duration targetTime, Instant stopAt, List<TargetPlan> targets, Preferences preferences, List<String> accounts,
      List<String> organizationalUnitIds, boolean retainStacks, String failureReason, String stopReason,
      String cancelReason) {
    /** Copies the lists. */
    public Inputs {
      targets = List.copyOf(targets);
      accounts = List.copyOf(accounts);
      organizationalUnitIds = List.copyOf(organizationalUnitIds);
    }

    /** The same inputs with a stop requested at {@code t}. */
    public Inputs withStopAt(Instant t) {
      return new Inputs(id, action, kind, created, queueTime, targetTime, t, targets, preferences, accounts,
          organizationalUnitIds, retainStacks, failureReason, stopReason, cancelReason);
    }
  }

  private String id;
  private StackSet stackSet;
  private String action;
  private OpKind kind;
  private Instant created;
  private Duration queueTime = Duration.ofSeconds(5);
  private Duration targetTime = Duration.ofSeconds(30);
  private Duration stopAfter;
  private Instant stopAt;
  private final List<TargetPlan> targets = new ArrayList<>();
  private Preferences preferences = Preferences.DEFAULT;
  private List<String> accounts = List.of();
  private List<String> organizationalUnitIds = List.of();
  private boolean retainStacks;
  private String fingerprint;
  private String failureReason = "The number of failed stack instances exceeded the failure tolerance.";
  private String stopReason = "The operation was stopped by the user.";
  private String cancelReason = "Cancelled since failure tolerance has exceeded";

  /** An empty planner. */
  public OperationPlanner() {}

  /** A planner holding these inputs. */
  public OperationPlanner(Inputs in) {
    id = in.id();
    action = in.action();
    kind = in.kind();
    created = in.created();
    queueTime = in.queueTime();
    targetTime = in.targetTime();
    stopAt = in.stopAt();
    targets.addAll(in.targets());
    preferences = in.preferences();
    accounts = in.accounts();
    organizationalUnitIds = in.organizationalUnitIds();
    retainStacks = in.retainStacks();
    failureReason = in.failureReason();
    stopReason = in.stopReason();
    cancelReason = in.cancelReason();
  }

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

  /** Stop the operation at this time (null: never); wins over {@link #stopAfter(Duration)}. */
  public OperationPlanner stopAt(Instant t) {
    this.stopAt = t;
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

  /** What the request that started the operation looked like (for idempotent replays), or null. */
  public OperationPlanner fingerprint(String f) {
    this.fingerprint = f;
    return this;
  }

  /** Reasons: operation failed, operation stopped, target cancelled. */
  public OperationPlanner reasons(String failed, String stopped, String cancelled) {
    this.failureReason = failed;
    this.stopReason = stopped;
    this.cancelReason = cancelled;
    return this;
  }

  /** Builds the operation with a seed drawn from {@code random}. */
  public Operation plan(Random random) {
    return plan(random.nextLong());
  }

  /** Builds the operation; {@code seed} draws the target durations. */
  public Operation plan(long seed) {
    Instant runStart = created.plus(queueTime);
    Instant stop = stopAt != null ? stopAt : stopAfter != null ? runStart.plus(stopAfter) : null;
    Inputs inputs = new Inputs(id, action, kind, created, queueTime, targetTime, stop, targets, preferences,
        accounts, organizationalUnitIds, retainStacks, failureReason, stopReason, cancelReason);
    if (stop != null && stop.isBefore(runStart)) {
      runStart = stop; // stopped while queued: it never runs a target
    }
    List<Region> regions = regions(new Random(seed));
    Schedule s = simulate(regions, runStart, stop);

    Instant cutoff = s.failCut;
    OpStatus outcome = cutoff == null ? OpStatus.SUCCEEDED : OpStatus.FAILED;
    String reason = cutoff == null ? null : failureReason;
    Instant stopped = null;
    if (stop != null && (cutoff == null || stop.isBefore(cutoff))
        && (s.anyUnstarted() || stop.isBefore(s.lastEnd(runStart)))) {
      cutoff = stop;
      stopped = stop;
      outcome = OpStatus.STOPPED;
      reason = stopReason;
    }
    List<Target> built = new ArrayList<>();
    // a natural end at least 2 s after the run starts; a stopped operation ends 1 s after the stop at the earliest
    Instant end = stopped != null ? stopped.plusSeconds(1) : runStart.plusSeconds(2);
    for (Region r : regions) {
      for (int i = 0; i < r.plans.size(); i++) {
        TargetPlan p = r.plans.get(i);
        Instant start = r.starts[i];
        if (start == null) {
          Instant at = cutoff == null ? runStart : cutoff;
          built.add(new Target(p.region(), p.account(), p.organizationalUnitId(), at, at, TargetStatus.CANCELLED,
              stopped != null ? stopReason : cancelReason, false));
          continue;
        }
        Instant targetEnd = start.plusMillis(r.took[i]);
        built.add(new Target(p.region(), p.account(), p.organizationalUnitId(), start, targetEnd,
            p.fails() ? TargetStatus.FAILED : TargetStatus.SUCCEEDED, p.fails() ? p.reason() : null, p.drifted()));
        if (targetEnd.isAfter(end)) {
          end = targetEnd;
        }
      }
    }
    if (cutoff != null && cutoff.isAfter(end)) {
      end = cutoff;
    }
    List<String> regionNames = new ArrayList<>();
    regions.forEach(r -> regionNames.add(r.name));
    return new Operation(id, stackSet, action, kind, created, runStart, stopped, end, outcome, reason, built,
        preferences, regionNames, accounts, organizationalUnitIds, retainStacks, inputs, seed, fingerprint);
  }

  /** The targets grouped by region in deployment order, each with its duration drawn. */
  private List<Region> regions(Random random) {
    Map<String, List<TargetPlan>> byRegion = new LinkedHashMap<>();
    for (String r : preferences.regionOrder()) {
      byRegion.put(r, new ArrayList<>());
    }
    List<TargetPlan> sorted = new ArrayList<>(targets);
    sorted.sort(Comparator.comparing(TargetPlan::region).thenComparing(TargetPlan::account));
    for (TargetPlan t : sorted) {
      byRegion.computeIfAbsent(t.region(), k -> new ArrayList<>()).add(t);
    }
    long unit = Math.max(1000, targetTime.toMillis());
    List<Region> out = new ArrayList<>();
    for (Map.Entry<String, List<TargetPlan>> e : byRegion.entrySet()) {
      if (e.getValue().isEmpty()) {
        continue;
      }
      Region r = new Region(e.getKey(), e.getValue(), preferences);
      for (int i = 0; i < r.took.length; i++) {
        r.took[i] = unit / 2 + (long) (random.nextDouble() * (unit / 2));
      }
      out.add(r);
    }
    return out;
  }

  /** Runs the deployment as discrete events: target starts and ends. */
  private Schedule simulate(List<Region> regions, Instant runStart, Instant stop) {
    boolean parallel = preferences.parallel();
    boolean soft = preferences.soft();
    PriorityQueue<Run> running = new PriorityQueue<>(Comparator.comparing((Run x) -> x.end)
        .thenComparingLong(x -> x.seq));
    long seq = 0;
    int current = 0; // the running region (SEQUENTIAL)
    Instant t = runStart;
    Instant failCut = null;
    while (true) {
      if (failCut == null && (stop == null || t.isBefore(stop))) {
        for (int k = parallel ? 0 : current; k < (parallel ? regions.size() : Math.min(current + 1,
            regions.size())); k++) {
          Region r = regions.get(k);
          while (!r.failed && r.next < r.plans.size() && r.running < r.limit(soft)) {
            int i = r.next++;
            r.starts[i] = t;
            r.running++;
            running.add(new Run(r, i, t.plusMillis(r.took[i]), seq++));
          }
        }
      }
      if (running.isEmpty()) {
        if (!parallel && failCut == null && (stop == null || t.isBefore(stop)) && current + 1 < regions.size()) {
          current++;
          continue;
        }
        break;
      }
      Run done = running.poll();
      t = done.end;
      Region r = done.region;
      r.running--;
      if (r.plans.get(done.index).fails()) {
        r.failures++;
        if (r.failures > r.tolerance && !r.failed) {
          r.failed = true;
          if (failCut == null) {
            failCut = t;
          }
        }
      }
    }
    return new Schedule(regions, failCut);
  }

  /** One region's targets and their simulation state. */
  private static final class Region {
    final String name;
    final List<TargetPlan> plans;
    final long[] took;
    final Instant[] starts;
    final int tolerance;
    final int concurrency;
    int next;
    int running;
    int failures;
    boolean failed;

    Region(String name, List<TargetPlan> plans, Preferences p) {
      this.name = name;
      this.plans = plans;
      this.took = new long[plans.size()];
      this.starts = new Instant[plans.size()];
      this.tolerance = p.toleranceFor(plans.size());
      this.concurrency = p.concurrencyFor(plans.size());
    }

    /** How many may run now: STRICT lowers the concurrency as failures accumulate. */
    int limit(boolean soft) {
      return soft ? concurrency : Math.min(concurrency, tolerance + 1 - failures);
    }
  }

  private record Run(Region region, int index, Instant end, long seq) {}

  private record Schedule(List<Region> regions, Instant failCut) {
    /** True when some target never started. */
    boolean anyUnstarted() {
      for (Region r : regions) {
        for (Instant start : r.starts) {
          if (start == null) {
            return true;
          }
        }
      }
      return false;
    }

    /** When the last started target ends ({@code fallback} when none started). */
    Instant lastEnd(Instant fallback) {
      Instant end = fallback;
      for (Region r : regions) {
        for (int i = 0; i < r.starts.length; i++) {
          if (r.starts[i] != null) {
            Instant e = r.starts[i].plusMillis(r.took[i]);
            if (e.isAfter(end)) {
              end = e;
            }
          }
        }
      }
      return end;
    }
  }
}
