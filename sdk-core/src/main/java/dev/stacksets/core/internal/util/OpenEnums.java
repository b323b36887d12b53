package dev.stacksets.core.internal.util;

import java.util.EnumSet;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

/**
 * The lookups every open model enum shares (server-owned values, with an {@code UNKNOWN_TO_SDK_VERSION} constant for
 * values newer than the SDK): wire value to constant, and the set of known constants. Stateless and thread-safe.
 *
 * <pre>{@code
 * private static final Map<String, Status> BY_VALUE = OpenEnums.byValue(values(), v -> v.value);
 * public static Status fromValue(String value) {
 *   return OpenEnums.fromValue(BY_VALUE, value, UNKNOWN_TO_SDK_VERSION);
 * }
 * }</pre>
 */
public final class OpenEnums {
  private OpenEnums() {}

  /** The constants by wire value; constants without one (the unknown constant) are left out. */
  public static <E extends Enum<E>> Map<String, E> byValue(E[] constants, Function<E, String> wire) {
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
  public static <E extends Enum<E>> E fromValue(Map<String, E> byValue, String value, E unknown) {
    return value == null ? null : byValue.getOrDefault(value, unknown);
  }

  /** A new set of every constant but {@code unknown}. */
  public static <E extends Enum<E>> Set<E> known(Class<E> type, E unknown) {
    Set<E> s = EnumSet.allOf(type);
    s.remove(unknown);
    return s;
  }
}
