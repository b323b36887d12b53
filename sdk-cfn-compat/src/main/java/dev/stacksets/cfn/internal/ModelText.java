package dev.stacksets.cfn.internal;

/**
 * Renders a model's {@code toString()} as {@code TypeName{name=value, ...}}, leaving out null values (an empty list
 * is shown, since it differs from an absent one). One instance per call; not thread-safe.
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

  /** Appends {@code name=<N chars>} unless the value is null: the length of a long value, not the value. */
  public ModelText addLength(String name, String value) {
    return add(name, value == null ? null : "<" + value.length() + " chars>");
  }

  @Override
  public String toString() {
    return sb.toString() + '}';
  }
}
