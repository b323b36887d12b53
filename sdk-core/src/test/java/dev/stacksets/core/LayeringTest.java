package dev.stacksets.core;

import static org.assertj.core.api.Assertions.assertThat;

import dev.stacksets.core.testing.ModuleLayout;
import dev.stacksets.core.testing.PackageCycles;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/**
 * The module's packages depend on each other in one direction, it exports every public package and keeps its
 * implementation packages to the SDK's own modules.
 */
class LayeringTest {
  @Test
  void noPackageCycle() {
    assertThat(PackageCycles.in(Path.of("target", "classes"))).isEmpty();
  }

  @Test
  void theUtilitiesDependOnNothingElseOfTheSdk() {
    assertThat(PackageCycles.edges(Path.of("target", "classes")))
        .containsEntry("dev.stacksets.core.internal.util", java.util.Set.of());
  }

  @Test
  void moduleExportsFollowTheRules() {
    ModuleLayout.assertExportsFollowTheRules(Path.of("target", "classes"), "dev.stacksets.core");
  }

  @Test
  void noInternalTypeInAPublicSignature() {
    ModuleLayout.assertNoInternalTypeInPublicSignatures(Path.of("target", "classes"));
  }
}
