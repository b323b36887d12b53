package dev.stacksets.core.internal.util;

import java.util.Collection;

/**
 * The argument checks public methods share, so that a null argument is an {@link IllegalArgumentException} naming
 * the parameter (never a {@link NullPointerException}) and every message reads the same:
 * {@code "<name> must not be null"}, {@code "<name> must not contain null"}.
 *
 * <p>Stateless and thread-safe.
 *
 * <pre>{@code
 * this.clock = Require.nonNull(clock, "clock");
 * }</pre>
 */
public final class Require {
  private Require() {}

  /**
   * Returns {@code value}, or throws when it is null.
   *
   * @throws IllegalArgumentException {@code "<name> must not be null"}
   */
  public static <T> T nonNull(T value, String name) {
    if (value == null) {
      throw new IllegalArgumentException(name + " must not be null");
    }
    return value;
  }

  /**
   * Returns {@code values}, or throws when it is null or holds a null element.
   *
   * @throws IllegalArgumentException {@code "<name> must not be null"} or {@code "<name> must not contain null"}
   */
  public static <C extends Collection<?>> C noNullElements(C values, String name) {
    nonNull(values, name);
    for (Object v : values) {
      if (v == null) {
        throw new IllegalArgumentException(name + " must not contain null");
      }
    }
    return values;
  }

  /**
   * Returns {@code values}, or throws when the array is null or holds a null element.
   *
   * @throws IllegalArgumentException {@code "<name> must not be null"} or {@code "<name> must not contain null"}
   */
  public static <T> T[] noNullElements(T[] values, String name) {
    nonNull(values, name);
    for (T v : values) {
      if (v == null) {
        throw new IllegalArgumentException(name + " must not contain null");
      }
    }
    return values;
  }
}
