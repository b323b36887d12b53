package dev.stacksets.emulator;

import static org.assertj.core.api.Assertions.assertThat;

import dev.stacksets.emulator.internal.ConformancePack;
import dev.stacksets.emulator.internal.EmulatorModel;
import dev.stacksets.emulator.internal.OpStatus;
import dev.stacksets.emulator.internal.Operation;
import dev.stacksets.emulator.internal.Provider;
import dev.stacksets.emulator.internal.StackSet;
import dev.stacksets.emulator.internal.Target;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The seed data is deterministic, big enough, and alive. */
class SeedDataTest {
  private static final Instant START = Instant.parse("2024-03-01T12:00:00Z");

  private static StackSetEmulator start(long seed) {
    return StackSetEmulator.builder().seed(seed).startTime(START).timeSpeed(0).start();
  }

  private static List<String> fingerprint(EmulatorModel m) {
    List<String> out = new ArrayList<>();
    for (Provider p : Provider.values()) {
      for (StackSet s : m.stackSets(p)) {
        out.add(s.name() + " " + s.id() + " " + s.created());
        for (Operation op : s.operations()) {
          out.add(op.id() + " " + op.action() + " " + op.created() + " " + op.end() + " " + op.outcome());
          for (Target t : op.targets()) {
            out.add(t.key() + " " + t.start() + " " + t.outcome());
          }
        }
      }
    }
    for (ConformancePack p : m.packs()) {
      for (ConformancePack.Member mem : p.members()) {
        out.add(p.name() + " " + mem.accountId() + " " + mem.memberPackName() + " " + mem.at(START));
      }
    }
    return out;
  }

  @Test
  void theSameSeedAndStartTimeGiveTheSameData() {
    try (StackSetEmulator a = start(42); StackSetEmulator b = start(42); StackSetEmulator c = start(43)) {
      List<String> fa = fingerprint(a.model());
      assertThat(fingerprint(b.model())).isEqualTo(fa);
      assertThat(fingerprint(c.model())).isNotEqualTo(fa);
    }
  }

  @Test
  void theSeedIsLargeVariedAndPartlyInProgress() {
    try (StackSetEmulator e = start(42)) {
      EmulatorModel m = e.model();
      int ops = 0;
      int results = 0;
      List<OpStatus> seen = new ArrayList<>();
      for (Provider p : Provider.values()) {
        assertThat(m.stackSets(p)).hasSizeGreaterThanOrEqualTo(5);
        for (StackSet s : m.stackSets(p)) {
          for (Operation op : s.operations()) {
            ops++;
            results += op.targets().size();
            seen.add(op.statusAt(START));
            assertThat(op.created()).isBefore(START);
          }
        }
      }
      assertThat(ops).isGreaterThan(200);
      assertThat(results).isGreaterThan(5000);
      assertThat(seen).contains(OpStatus.QUEUED, OpStatus.RUNNING, OpStatus.SUCCEEDED, OpStatus.FAILED,
          OpStatus.STOPPED);
      assertThat(e.rfs().stackSetNames()).contains("my_hello_world_stack_set", "日志审计_stack_set");
      assertThat(e.cloudFormation().stackSetNames()).contains("my-stack-set", "retired-stack-set");
      assertThat(e.config().conformancePackNames()).hasSize(4);
      assertThat(e.config().accountStatuses("large-pack")).hasSizeGreaterThan(400);
      assertThat(e.config().accountStatuses("security-baseline").values()).contains("UPDATE_IN_PROGRESS");
      // operations of one stack set never overlap (RFS does not run two at once by default)
      for (StackSet s : m.stackSets(Provider.RFS)) {
        for (int i = 1; i < s.operations().size(); i++) {
          assertThat(s.operations().get(i).created()).isAfter(s.operations().get(i - 1).end());
        }
      }
    }
  }
}
