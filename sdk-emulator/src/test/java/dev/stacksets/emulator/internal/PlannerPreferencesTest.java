package dev.stacksets.emulator.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * How the planner honours the preferences the writes accept: counts and percentages per region, STRICT versus
 * SOFT failure tolerance, tolerance counted per region, and a stop that re-plans without rewriting the past.
 */
class PlannerPreferencesTest {
  private static final Instant T0 = Instant.parse("2024-01-01T00:00:00Z");

  private static OperationPlanner planner(Preferences p, String region, int accounts, Set<Integer> failing) {
    OperationPlanner planner = new OperationPlanner().id("op").action("UPDATE", OpKind.UPDATE).created(T0)
        .queueTime(Duration.ZERO).targetTime(Duration.ofSeconds(60)).preferences(p);
    return add(planner, region, accounts, failing);
  }

  private static OperationPlanner add(OperationPlanner planner, String region, int accounts, Set<Integer> failing) {
    for (int a = 0; a < accounts; a++) {
      planner.addTarget(new OperationPlanner.TargetPlan(region, "acct" + a, null, failing.contains(a), "boom",
          false));
    }
    return planner;
  }

  /** The most targets of a region running at the same instant. */
  private static int peak(Operation op, String region) {
    int peak = 0;
    for (Target t : op.targets()) {
      if (!t.region().equals(region) || t.outcome() == TargetStatus.CANCELLED) {
        continue;
      }
      int running = 0;
      for (Target u : op.targets()) {
        if (u.region().equals(region) && u.outcome() != TargetStatus.CANCELLED && !u.start().isAfter(t.start())
            && u.end().isAfter(t.start())) {
          running++;
        }
      }
      peak = Math.max(peak, running);
    }
    return peak;
  }

  @Test
  void percentagesApplyPerRegionRoundedDownAndConcurrencyAtLeastOne() {
    Preferences p = new Preferences("PARALLEL", List.of(), 0, 1, "SOFT_FAILURE_TOLERANCE", null, 50);
    OperationPlanner planner = planner(p, "r1", 4, Set.of());
    add(planner, "r2", 1, Set.of());
    Operation op = planner.plan(7L);
    assertThat(peak(op, "r1")).isEqualTo(2);
    assertThat(peak(op, "r2")).isEqualTo(1); // 50 % of 1 rounds down to 0, and at least one runs
    assertThat(p.toleranceFor(7)).isZero();
    assertThat(new Preferences("SEQUENTIAL", List.of(), 5, 1, "STRICT_FAILURE_TOLERANCE", 30, null).toleranceFor(7))
        .isEqualTo(2);
  }

  @Test
  void strictToleranceLowersTheConcurrencyAsFailuresComeAndSoftDoesNot() {
    Preferences strict = new Preferences("SEQUENTIAL", List.of(), 2, 3, "STRICT_FAILURE_TOLERANCE");
    Preferences soft = new Preferences("SEQUENTIAL", List.of(), 2, 3, "SOFT_FAILURE_TOLERANCE");
    Operation s = planner(strict, "r1", 9, Set.of(0, 1)).plan(11L);
    Operation f = planner(soft, "r1", 9, Set.of(0, 1)).plan(11L);
    // both tolerate the two failures
    assertThat(s.outcome()).isEqualTo(OpStatus.SUCCEEDED);
    assertThat(f.outcome()).isEqualTo(OpStatus.SUCCEEDED);
    // strict starts at min(3, 2 + 1) and ends at one at a time (2 + 1 - 2 failures); soft keeps 3
    Instant lastFailure = s.targets().stream().filter(t -> t.outcome() == TargetStatus.FAILED).map(Target::end)
        .max(Instant::compareTo).orElseThrow();
    for (Target t : s.targets()) {
      if (!t.start().isBefore(lastFailure)) {
        long overlapping = s.targets().stream().filter(u -> !u.start().isAfter(t.start()) && u.end().isAfter(
            t.start())).count();
        assertThat(overlapping).isEqualTo(1);
      }
    }
    assertThat(peak(f, "r1")).isEqualTo(3);
    assertThat(s.end()).isAfter(f.end());
  }

  @Test
  void theToleranceIsCountedPerRegion() {
    // one failure per region, one tolerated: the operation succeeds although two targets failed in all
    Preferences p = new Preferences("SEQUENTIAL", List.of("r1", "r2"), 1, 1, "STRICT_FAILURE_TOLERANCE");
    OperationPlanner planner = planner(p, "r1", 3, Set.of(0));
    add(planner, "r2", 3, Set.of(0));
    Operation op = planner.plan(3L);
    assertThat(op.outcome()).isEqualTo(OpStatus.SUCCEEDED);
    assertThat(op.failedCountAt(op.end())).isEqualTo(2);

    // two failures in r1 exceed it there: r2 never starts
    OperationPlanner exceeding = planner(p, "r1", 3, Set.of(0, 1));
    add(exceeding, "r2", 3, Set.of());
    Operation failed = exceeding.plan(3L);
    assertThat(failed.outcome()).isEqualTo(OpStatus.FAILED);
    assertThat(failed.targets()).filteredOn(t -> t.region().equals("r2"))
        .allSatisfy(t -> assertThat(t.outcome()).isEqualTo(TargetStatus.CANCELLED));
  }

  @Test
  void aStopKeepsThePastAndCancelsWhatHasNotStarted() {
    Operation op = planner(Preferences.DEFAULT, "r1", 4, Set.of()).plan(5L);
    Target second = op.targets().get(1);
    Instant stop = second.start().plusSeconds(1);
    Operation stopped = op.stoppedAt(stop);
    assertThat(stopped.id()).isEqualTo(op.id());
    assertThat(stopped.targets().subList(0, 2)).extracting(Target::start, Target::end, Target::outcome)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple(op.targets().get(0).start(), op.targets().get(0).end(),
                TargetStatus.SUCCEEDED),
            org.assertj.core.groups.Tuple.tuple(second.start(), second.end(), TargetStatus.SUCCEEDED));
    assertThat(stopped.targets().subList(2, 4)).allSatisfy(t -> {
      assertThat(t.outcome()).isEqualTo(TargetStatus.CANCELLED);
      assertThat(t.reason()).isEqualTo("The operation was stopped by the user.");
    });
    assertThat(stopped.statusAt(stop.minusMillis(1))).isEqualTo(OpStatus.RUNNING);
    assertThat(stopped.statusAt(stop)).isEqualTo(OpStatus.STOPPING);
    assertThat(stopped.end()).isEqualTo(second.end());
    assertThat(stopped.statusAt(stopped.end())).isEqualTo(OpStatus.STOPPED);
    assertThat(stopped.statusReasonAt(stopped.end())).isEqualTo("The operation was stopped by the user.");
  }

  @Test
  void aStopWhileQueuedCancelsEveryTarget() {
    Operation op = new OperationPlanner().id("op").action("UPDATE", OpKind.UPDATE).created(T0)
        .queueTime(Duration.ofSeconds(30)).targetTime(Duration.ofSeconds(60)).preferences(Preferences.DEFAULT)
        .addTarget(new OperationPlanner.TargetPlan("r1", "a", null, false, null, false)).plan(1L);
    Operation stopped = op.stoppedAt(T0.plusSeconds(10));
    assertThat(stopped.statusAt(T0.plusSeconds(9))).isEqualTo(OpStatus.QUEUED);
    assertThat(stopped.statusAt(T0.plusSeconds(10))).isEqualTo(OpStatus.STOPPING);
    assertThat(stopped.statusAt(T0.plusSeconds(11))).isEqualTo(OpStatus.STOPPED);
    assertThat(stopped.targets()).singleElement().satisfies(t -> assertThat(t.outcome())
        .isEqualTo(TargetStatus.CANCELLED));
  }

  @Test
  void anOperationWithoutTargetsSucceedsAtOnce() {
    Operation op = new OperationPlanner().id("op").action("UPDATE", OpKind.UPDATE).created(T0)
        .queueTime(Duration.ofSeconds(2)).preferences(Preferences.DEFAULT).plan(1L);
    assertThat(op.statusAt(T0)).isEqualTo(OpStatus.QUEUED);
    assertThat(op.statusAt(T0.plusSeconds(4))).isEqualTo(OpStatus.SUCCEEDED);
  }
}
