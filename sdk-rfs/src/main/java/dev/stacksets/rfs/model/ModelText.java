package dev.stacksets.rfs.model;

import java.util.Collection;

/**
 * Renders a model's {@code toString()} as {@code TypeName{name=value, ...}}, leaving out unset values (null, or an
 * empty collection). One instance per call; not thread-safe.
 */
final class ModelText {
  private final StringBuilder sb;
  private String sep = "";

  ModelText(String typeName) {
    this.sb = new StringBuilder(typeName).append('{');
  }

  /** Appends {@code name=value} unless the value is null or an empty collection. */
  ModelText add(String name, Object value) {
    if (value == null || (value instanceof Collection<?> c && c.isEmpty())) {
      return this;
    }
    sb.append(sep).append(name).append('=').append(value);
    sep = ", ";
    return this;
  }

  @Override
  public String toString() {
    return sb.toString() + '}';
  }
}
