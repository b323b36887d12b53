package dev.stacksets.core;

import dev.stacksets.core.testing.ModuleLayout;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** The module exports every public package and keeps its implementation package to the SDK's own modules. */
class LayeringTest {
  @Test
  void moduleExportsFollowTheRules() {
    ModuleLayout.assertExportsFollowTheRules(Path.of("target", "classes"), "dev.stacksets.core");
  }
}
