package dev.stacksets.core.internal.util;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class InPlaceTest {

  @Test
  void handsTheBuilderToTheConsumerThenBuilds() {
    StringBuilder builder = new StringBuilder("a");
    String built = InPlace.build(b -> b.append("b"), builder, StringBuilder::toString, "unused");
    assertThat(built).isEqualTo("ab");
  }

  @Test
  void aNullConsumerIsAnIllegalArgumentWithTheCallersMessage() {
    assertThatThrownBy(() -> InPlace.build(null, new StringBuilder(), StringBuilder::toString, "request is required"))
        .isExactlyInstanceOf(IllegalArgumentException.class).hasMessage("request is required");
  }
}
