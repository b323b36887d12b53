package dev.stacksets.rfs.model;

import java.util.EnumSet;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

/**
 * The lookups every open enum of this package shares: wire value to constant (unknown values to
 * {@code UNKNOWN_TO_SDK_VERSION}) and the set of known constants. Stateless.
 */
final class OpenEnums {
  private OpenEnums() {}

  /** The constants by wire value; constants without one (the unknown constant) are left out. */
  static <E extends Enum<E>> Map<String, E> byValue(E[] constants, Function<E, String> wire) {
    Map<String, E> map = new HashMap<>();
    for (E c : constants) {
      String v = wire.apply(c);
      if (v != null) {
        map.put(v, c);
      }
    }
    return map;
  }

  /** The constant for {@code value}: null for null, {@code unknown} for a value not in {@code byValue}. */
  static <E extends Enum<E>> E fromValue(Map<String, E> byValue, String value, E unknown) {
    return value == null ? null : byValue.getOrDefault(value, unknown);
  }

  /** A new, modifiable set of every constant but {@code unknown}. */
  static <E extends Enum<E>> Set<E> known(Class<E> type, E unknown) {
    Set<E> s = EnumSet.allOf(type);
    s.remove(unknown);
    return s;
  }
}
