package dev.stacksets.emulator.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class OperationPlannerTest {
  private static final Instant T0 = Instant.parse("2024-01-01T00:00:00Z");

  private static OperationPlanner planner(String concurrency, int maxConcurrent, int tolerance) {
    OperationPlanner p = new OperationPlanner().id("op").action("UPDATE", OpKind.UPDATE).created(T0)
        .queueTime(Duration.ofSeconds(10)).targetTime(Duration.ofSeconds(60))
        .preferences(new Preferences(concurrency, List.of("r2", "r1"), tolerance, maxConcurrent,
            "STRICT_FAILURE_TOLERANCE"));
    for (String r : List.of("r1", "r2")) {
      for (int a = 0; a < 4; a++) {
        p.addTarget(new OperationPlanner.TargetPlan(r, "acct" + a, null, false, null, false));
      }
    }
    return p;
  }

  @Test
  void sequentialRegionsFollowTheRegionOrderAndConcurrency() {
    // tolerance 1: under STRICT_FAILURE_TOLERANCE the concurrency is at most tolerance + 1, so 2 run at once
    Operation op = planner("SEQUENTIAL", 2, 1).plan(new Random(1));
    assertThat(op.targets()).extracting(Target::region).containsExactly("r2", "r2", "r2", "r2", "r1", "r1", "r1",
        "r1");
    assertThat(op.statusAt(T0)).isEqualTo(OpStatus.QUEUED);
    assertThat(op.statusAt(T0.plusSeconds(10))).isEqualTo(OpStatus.RUNNING);
    Target firstR1 = op.targets().get(4);
    Instant lastR2End = op.targets().subList(0, 4).stream().map(Target::end).max(Instant::compareTo).orElseThrow();
    assertThat(firstR1.start()).isEqualTo(lastR2End);
    assertThat(op.targets().get(0).start()).isEqualTo(op.targets().get(1).start());
    assertThat(op.statusAt(op.end())).isEqualTo(OpStatus.SUCCEEDED);
    assertThat(op.statusAt(op.end().minusMillis(1))).isEqualTo(OpStatus.RUNNING);
  }

  @Test
  void parallelRegionsStartTogether() {
    Operation op = planner("PARALLEL", 1, 0).plan(new Random(1));
    assertThat(op.target("r1", "acct0").start()).isEqualTo(op.target("r2", "acct0").start());
  }

  @Test
  void exceedingTheToleranceCancelsWhatHasNotStarted() {
    OperationPlanner p = new OperationPlanner().id("op").action("UPDATE", OpKind.UPDATE).created(T0)
        .queueTime(Duration.ZERO).targetTime(Duration.ofSeconds(60))
        .preferences(new Preferences("SEQUENTIAL", List.of(), 0, 1, "STRICT_FAILURE_TOLERANCE"));
    for (int a = 0; a < 5; a++) {
      p.addTarget(new OperationPlanner.TargetPlan("r1", "acct" + a, null, a == 1, "boom", false));
    }
    Operation op = p.plan(new Random(3));
    Instant end = op.end();
    assertThat(op.statusAt(end)).isEqualTo(OpStatus.FAILED);
    assertThat(op.targets()).extracting(t -> t.statusAt(end)).containsExactly(TargetStatus.SUCCEEDED,
        TargetStatus.FAILED, TargetStatus.CANCELLED, TargetStatus.CANCELLED, TargetStatus.CANCELLED);
    assertThat(op.target("r1", "acct1").reasonAt(end)).isEqualTo("boom");
    assertThat(op.failedCountAt(end)).isEqualTo(1);
    assertThat(op.statusReasonAt(end)).contains("failure tolerance");
    assertThat(op.statusReasonAt(T0)).isNull();
  }

  @Test
  void aToleratedFailureStillSucceeds() {
    Operation op = planner("SEQUENTIAL", 1, 1).plan(new Random(1));
    assertThat(op.outcome()).isEqualTo(OpStatus.SUCCEEDED);
  }
}
