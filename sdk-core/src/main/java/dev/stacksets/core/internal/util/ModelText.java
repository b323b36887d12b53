package dev.stacksets.core.internal.util;

import java.util.Collection;

/**
 * Renders a model's {@code toString()} as {@code TypeName{name=value, ...}}, leaving out what is unset, so every
 * model of every module prints the same way. One instance per call; not thread-safe.
 *
 * <pre>{@code
 * return new ModelText("StackSet").add("stackSetName", name).addIfAny("regions", regions)
 *     .addLength("templateBody", templateBody, "<", " chars>").toString();
 * }</pre>
 */
public final class ModelText {
  private final StringBuilder sb;
  private String sep = "";

  /** Starts the text of a model named {@code typeName}. */
  public ModelText(String typeName) {
    this.sb = new StringBuilder(typeName).append('{');
  }

  /** Appends {@code name=value} unless the value is null. */
  public ModelText add(String name, Object value) {
    if (value != null) {
      sb.append(sep).append(name).append('=').append(value);
      sep = ", ";
    }
    return this;
  }

  /** Appends {@code name=[...]} unless the collection is empty. */
  public ModelText addIfAny(String name, Collection<?> values) {
    return values.isEmpty() ? this : add(name, values);
  }

  /**
   * Appends {@code name=<before>N<after>} (N the value's length in chars) unless the value is null: for values that
   * may hold secrets or are too long to print.
   */
  public ModelText addLength(String name, String value, String before, String after) {
    return add(name, value == null ? null : before + value.length() + after);
  }

  @Override
  public String toString() {
    return sb.toString() + '}';
  }
}
