package dev.stacksets.core.internal.util;

import java.util.function.Consumer;
import java.util.function.Function;

/**
 * Builds a value in place from a caller's {@code Consumer<X.Builder>}: the one implementation behind every client's
 * consumer overloads ({@code rfs.listStackSets(r -> r.limit(10))}) and the models' nested-builder setters.
 *
 * <p>Stateless and thread-safe.
 */
public final class InPlace {
  private InPlace() {}

  /**
   * Hands {@code builder} to {@code consumer}, then builds it.
   *
   * @param nullMessage the message of the {@link IllegalArgumentException} thrown when {@code consumer} is null,
   *     e.g. {@code "request is required"}
   * @throws IllegalArgumentException with {@code nullMessage} when {@code consumer} is null
   */
  public static <B, T> T build(Consumer<? super B> consumer, B builder, Function<? super B, T> build,
      String nullMessage) {
    if (consumer == null) {
      throw new IllegalArgumentException(nullMessage);
    }
    consumer.accept(builder);
    return build.apply(builder);
  }
}
