package dev.stacksets.emulator;

import static org.assertj.core.api.Assertions.assertThat;

import dev.stacksets.core.testing.ModuleLayout;
import dev.stacksets.core.testing.PackageCycles;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** The module's packages depend on each other in one direction: model below internal below the facade. */
class LayeringTest {
  @Test
  void noPackageCycle() {
    assertThat(PackageCycles.in(Path.of("target", "classes"))).isEmpty();
  }

  @Test
  void moduleExportsFollowTheRules() {
    ModuleLayout.assertExportsFollowTheRules(Path.of("target", "classes"), "dev.stacksets.emulator");
  }

  @Test
  void theEngineDependsOnTheValueTypesOnly() {
    assertThat(PackageCycles.edges(Path.of("target", "classes")))
        .containsEntry("dev.stacksets.emulator.internal", java.util.Set.of("dev.stacksets.emulator.model"))
        .containsEntry("dev.stacksets.emulator.model", java.util.Set.of());
  }

  @Test
  void noInternalTypeInAPublicSignature() {
    ModuleLayout.assertNoInternalTypeInPublicSignatures(Path.of("target", "classes"));
  }
}
