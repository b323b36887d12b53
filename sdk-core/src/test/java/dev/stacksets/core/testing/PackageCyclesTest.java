package dev.stacksets.core.testing;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class PackageCyclesTest {
  @Test
  void findsEveryCycleAndOnlyCycles() {
    Map<String, Set<String>> graph = Map.of(
        "a", Set.of("b"), "b", Set.of("c"), "c", Set.of("a", "d"), "d", Set.of("e"), "e", Set.of(), "f", Set.of("f"));
    assertThat(PackageCycles.cycles(graph)).containsExactly(Set.of("a", "b", "c"));
  }

  @Test
  void aTreeHasNoCycle() {
    assertThat(PackageCycles.cycles(Map.of("a", Set.of("b", "c"), "b", Set.of("c"), "c", Set.of())))
        .isEqualTo(List.of());
  }
}
