package dev.stacksets.cfn.internal;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

/**
 * Copies list arguments of model builders, rejecting null elements with a message that names the list. Used by the
 * models of both {@code dev.stacksets.cfn.model} and {@code dev.stacksets.cfn.config.model}. Stateless.
 */
public final class ModelLists {
  private ModelLists() {}

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
