package dev.stacksets.rfs.model;

import java.util.Collection;

/**
 * Renders a model's {@code toString()} as {@code TypeName{name=value, ...}}, leaving out unset values: every model
 * of this package renders through it. One instance per call; not thread-safe.
 */
final class ModelText {
  private final StringBuilder sb;
  private String sep = "";

  ModelText(String typeName) {
    this.sb = new StringBuilder(typeName).append('{');
  }

  /** Appends {@code name=value} unless the value is null. */
  ModelText add(String name, Object value) {
    if (value != null) {
      sb.append(sep).append(name).append('=').append(value);
      sep = ", ";
    }
    return this;
  }

  /** Appends {@code name=[...]} unless the collection is empty. */
  ModelText addIfAny(String name, Collection<?> values) {
    return values.isEmpty() ? this : add(name, values);
  }

  /** Appends {@code name=*** (N chars)} unless the value is null: the length of a value that may hold secrets. */
  ModelText addSecret(String name, String value) {
    return add(name, value == null ? null : "*** (" + value.length() + " chars)");
  }

  @Override
  public String toString() {
    return sb.toString() + '}';
  }
}
