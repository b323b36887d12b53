package dev.stacksets.cfn.internal;

import java.util.function.Consumer;
import java.util.function.Function;

/**
 * The nested-builder setters of this module's model classes call this name; it forwards to the one helper,
 * {@link dev.stacksets.core.internal.util.InPlace}. Goes away once the models are generated. Stateless.
 */
public final class InPlace {
  private InPlace() {}

  /** {@link dev.stacksets.core.internal.util.InPlace#build}. */
  public static <B, T> T build(Consumer<B> consumer, B builder, Function<B, T> build, String nullMessage) {
    return dev.stacksets.core.internal.util.InPlace.build(consumer, builder, build, nullMessage);
  }
}
