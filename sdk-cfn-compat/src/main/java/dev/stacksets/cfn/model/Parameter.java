package dev.stacksets.cfn.model;

import dev.stacksets.core.internal.ModelText;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * A template parameter of a stack set. CloudFormation masks values of {@code NoEcho} parameters; a value that is not
 * {@code NoEcho} can still be a password or key, so {@link #toString()} shows the key and {@code ***} in place of
 * {@code parameterValue} and {@code resolvedValue} (read them with the accessors).
 *
 * <p>Immutable and thread-safe.
 *
 * <pre>{@code
 * for (Parameter p : stackSet.parameters()) {
 *   System.out.println(p.parameterKey() + "=" + p.parameterValue());
 * }
 * }</pre>
 */
public final class Parameter {
  private final String parameterKey;
  private final String parameterValue;
  private final Boolean usePreviousValue;
  private final String resolvedValue;

  private Parameter(Builder b) {
    this.parameterKey = b.parameterKey;
    this.parameterValue = b.parameterValue;
    this.usePreviousValue = b.usePreviousValue;
    this.resolvedValue = b.resolvedValue;
  }

  /** Returns a new, empty builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** Returns a builder holding this object's values. */
  public Builder toBuilder() {
    Builder b = new Builder();
    b.parameterKey = parameterKey;
    b.parameterValue = parameterValue;
    b.usePreviousValue = usePreviousValue;
    b.resolvedValue = resolvedValue;
    return b;
  }

  /** The parameter name. */
  public @Nullable String parameterKey() {
    return parameterKey;
  }

  /** The value. */
  public @Nullable String parameterValue() {
    return parameterValue;
  }

  /** Whether the previous value is kept. */
  public @Nullable Boolean usePreviousValue() {
    return usePreviousValue;
  }

  /** For SSM parameter types: the resolved value. */
  public @Nullable String resolvedValue() {
    return resolvedValue;
  }

  @Override
  public boolean equals(Object other) {
    if (this == other) {
      return true;
    }
    if (!(other instanceof Parameter)) {
      return false;
    }
    Parameter o = (Parameter) other;
    return Objects.equals(parameterKey, o.parameterKey)
        && Objects.equals(parameterValue, o.parameterValue)
        && Objects.equals(usePreviousValue, o.usePreviousValue)
        && Objects.equals(resolvedValue, o.resolvedValue);
  }

  @Override
  public int hashCode() {
    return Objects.hash(parameterKey, parameterValue, usePreviousValue, resolvedValue);
  }

  /** The set fields, with {@code parameterValue} and {@code resolvedValue} shown as {@code ***}. */
  @Override
  public String toString() {
    return new ModelText("Parameter")
        .add("parameterKey", parameterKey)
        .add("parameterValue", parameterValue == null ? null : "***")
        .add("usePreviousValue", usePreviousValue)
        .add("resolvedValue", resolvedValue == null ? null : "***")
        .toString();
  }

  /** Mutable builder; not thread-safe. */
  public static final class Builder {
    private String parameterKey;
    private String parameterValue;
    private Boolean usePreviousValue;
    private String resolvedValue;

    private Builder() {}

    /** The parameter name. */
    public Builder parameterKey(@Nullable String value) {
      this.parameterKey = value;
      return this;
    }

    /** The value. */
    public Builder parameterValue(@Nullable String value) {
      this.parameterValue = value;
      return this;
    }

    /** Whether the previous value is kept. */
    public Builder usePreviousValue(@Nullable Boolean value) {
      this.usePreviousValue = value;
      return this;
    }

    /** For SSM parameter types: the resolved value. */
    public Builder resolvedValue(@Nullable String value) {
      this.resolvedValue = value;
      return this;
    }

    /** Builds the immutable object. */
    public Parameter build() {
      return new Parameter(this);
    }
  }
}
