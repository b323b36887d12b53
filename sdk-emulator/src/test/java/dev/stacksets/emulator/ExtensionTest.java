package dev.stacksets.emulator;

import dev.stacksets.emulator.model.Faults;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The JUnit 5 extension: one emulator per class, injected anywhere, faults reset after each test. */
class ExtensionTest {
  static StackSetEmulator seenByFirst;

  @StackSetEmulatorTest(seed = 7, timeSpeed = 0)
  @TestMethodOrder(MethodOrderer.OrderAnnotation.class)
  @Nested
  class Annotated {
    private final StackSetEmulator fromConstructor;

    Annotated(StackSetEmulator e) {
      this.fromConstructor = e;
    }

    @Test
    @Order(1)
    void theSettingsApplyAndTheSameEmulatorIsInjectedEverywhere(StackSetEmulator e) {
      assertThat(e).isSameAs(fromConstructor);
      assertThat(e.isRunning()).isTrue();
      assertThat(e.seed()).isEqualTo(7);
      assertThat(new Wire(e).rfs("/v1/stack-sets").status()).isEqualTo(200);
      e.faults(Faults.builder().throttleEveryNth(1).build());
      seenByFirst = e;
    }

    @Test
    @Order(2)
    void faultsAndTheRequestLogAreResetAfterEachTest(StackSetEmulator e) {
      assertThat(e).isSameAs(seenByFirst);
      assertThat(e.faults()).isEqualTo(Faults.none());
      assertThat(e.servedRequests()).isEmpty();
      assertThat(new Wire(e).rfs("/v1/stack-sets").status()).isEqualTo(200);
    }

    @Nested
    class Inner {
      @Test
      void nestedClassesShareTheEnclosingEmulator(StackSetEmulator e) {
        assertThat(e).isSameAs(seenByFirst);
      }
    }
  }

  @ExtendWith(StackSetEmulatorExtension.class)
  @TestInstance(TestInstance.Lifecycle.PER_CLASS)
  @Nested
  class PerClassLifecycle {
    private final StackSetEmulator e;

    PerClassLifecycle(StackSetEmulator e) {
      this.e = e;
    }

    @Test
    void theConstructorGetsAStartedEmulatorWithDefaults() {
      assertThat(e.isRunning()).isTrue();
      assertThat(e.seed()).isEqualTo(StackSetEmulator.DEFAULT_SEED);
      assertThat(e.credentials().accessKeyId()).isEqualTo(StackSetEmulator.DEFAULT_ACCESS_KEY_ID);
    }
  }

  @Nested
  class Registered {
    @RegisterExtension
    static final StackSetEmulatorExtension EXTENSION = new StackSetEmulatorExtension(StackSetEmulator.builder()
        .seedData(false).faults(Faults.builder().throttleEveryNth(2).build()));

    @Test
    void aBuilderGivesCustomSettingsThatSurviveTheReset(StackSetEmulator e) {
      assertThat(e.rfs().stackSetNames()).isEmpty();
      assertThat(e.faults().throttleEveryNth()).isEqualTo(2);
    }
  }
}
