package dev.stacksets.rfs;

import static org.assertj.core.api.Assertions.assertThat;

import dev.stacksets.core.testing.ModuleLayout;
import dev.stacksets.core.testing.PackageCycles;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/**
 * The module's packages depend on each other in one direction (models at the bottom, the protocol in
 * {@code internal} above them, the client on top), it exports every public package and keeps {@code internal} to
 * itself.
 */
class LayeringTest {
  private static final Path CLASSES = Path.of("target", "classes");

  @Test
  void noPackageCycle() {
    assertThat(PackageCycles.in(CLASSES)).isEmpty();
  }

  @Test
  void moduleExportsFollowTheRules() {
    ModuleLayout.assertExportsFollowTheRules(CLASSES, "dev.stacksets.rfs");
  }

  @Test
  void noInternalTypeInAPublicSignature() {
    ModuleLayout.assertNoInternalTypeInPublicSignatures(Path.of("target", "classes"));
  }

  @Test
  void theSpecsTheJarLeavesOutAreUsedByNoClass() {
    assertThat(ModuleLayout.assertLeftOutSpecsAreUnused(CLASSES)).isPositive();
  }
}
