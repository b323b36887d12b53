package dev.stacksets.cfn.config.model;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

/** Copies list arguments of model builders, rejecting null elements with a message that names the list. */
final class ModelLists {
  private ModelLists() {}

  static <T> List<T> copy(Collection<? extends T> values, String name) {
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
