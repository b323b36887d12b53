package dev.stacksets.cfn.internal;

import java.util.function.Consumer;
import java.util.function.Function;

/**
 * Builds a value in place from a caller's {@code Consumer<X.Builder>}: the one implementation behind the clients'
 * consumer overloads and the models' nested-builder setters. Stateless.
 */
public final class InPlace {
  private InPlace() {}

  /**
   * Hands {@code builder} to {@code consumer}, then builds it.
   *
   * @throws IllegalArgumentException with {@code nullMessage} when {@code consumer} is null
   */
  public static <B, T> T build(Consumer<B> consumer, B builder, Function<B, T> build, String nullMessage) {
    if (consumer == null) {
      throw new IllegalArgumentException(nullMessage);
    }
    consumer.accept(builder);
    return build.apply(builder);
  }
}
