package dev.stacksets.cfn.internal;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

/**
 * The argument handling of model builders: list arguments copied with null elements refused, and open-enum
 * constants turned into wire strings with {@code UNKNOWN_TO_SDK_VERSION} refused; messages name the field. Used by
 * the models of both {@code dev.stacksets.cfn.model} and {@code dev.stacksets.cfn.config.model}. Stateless.
 */
public final class ModelLists {
  private ModelLists() {}

  /**
   * The wire value of an open-enum constant for a model field, or null for null.
   *
   * @throws IllegalArgumentException naming the field for {@code UNKNOWN_TO_SDK_VERSION}, which has no wire value
   */
  public static String wire(Enum<?> value, String name) {
    if (value == null) {
      return null;
    }
    if (value.name().equals("UNKNOWN_TO_SDK_VERSION")) {
      throw new IllegalArgumentException(name + " cannot be UNKNOWN_TO_SDK_VERSION; pass the raw string instead");
    }
    return value.toString();
  }

  /**
   * A mutable copy of {@code values}, or null when {@code values} is null.
   *
   * @throws IllegalArgumentException naming the list when it holds a null
   */
  public static <T> List<T> copy(Collection<? extends T> values, String name) {
    if (values == null) {
      return null;
    }
    List<T> out = new ArrayList<>(values.size());
    for (T v : values) {
      if (v == null) {
        throw new IllegalArgumentException(name + " cannot contain null elements");
      }
      out.add(v);
    }
    return out;
  }
}
