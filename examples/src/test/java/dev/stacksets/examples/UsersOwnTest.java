package dev.stacksets.examples;

import static org.assertj.core.api.Assertions.assertThat;

import dev.stacksets.core.auth.CredentialsProvider;
import dev.stacksets.emulator.StackSetEmulator;
import dev.stacksets.emulator.StackSetEmulatorTest;
import dev.stacksets.rfs.RfsClient;
import java.time.Duration;
import org.junit.jupiter.api.Test;

// README: emulator-test
@StackSetEmulatorTest
class UsersOwnTest {
  @Test
  void deploysFinish(StackSetEmulator emulator) {
    try (RfsClient rfs = RfsClient.builder()
        .endpoint(emulator.rfsEndpoint())
        .credentialsProvider(CredentialsProvider.of(emulator.credentials()))
        .build()) {
      String opId = emulator.rfs().startOperation("my_hello_world_stack_set", "DEPLOY_STACK_SET");
      emulator.advanceTime(Duration.ofHours(2));       // emulator time: no real waiting

      assertThat(rfs.operations().getOperation("my_hello_world_stack_set", opId).status().isTerminal()).isTrue();
    }
  }
}
// README: end
