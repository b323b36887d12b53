package dev.stacksets.cfn.model;

import dev.stacksets.cfn.internal.ModelLists;
import dev.stacksets.core.internal.ModelText;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * A filter for {@code ListStackSetOperationResults}: the name is {@code OPERATION_RESULT_STATUS} and the value
 * one result status such as {@code FAILED} (6 to 9 non-space characters).
 *
 * <p>Immutable and thread-safe.
 *
 * <pre>{@code
 * cfn.listStackSetOperationResults(r -> r.stackSetName("my-set").operationId(opId)
 *     .filters(OperationResultFilter.builder().name(OperationResultFilterName.OPERATION_RESULT_STATUS)
 *         .values("FAILED").build()));
 * }</pre>
 */
public final class OperationResultFilter {
  private final String name;
  private final String values;

  private OperationResultFilter(Builder b) {
    this.name = b.name;
    this.values = b.values;
  }

  /** Returns a new, empty builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** Returns a builder holding this object's values. */
  public Builder toBuilder() {
    Builder b = new Builder();
    b.name = name;
    b.values = values;
    return b;
  }

  /**
   * The field to filter on. Null when absent; {@link OperationResultFilterName#UNKNOWN_TO_SDK_VERSION} for a value
   * this SDK does not know (see {@link #nameAsString()}).
   */
  public @Nullable OperationResultFilterName name() {
    return OperationResultFilterName.fromValue(name);
  }

  /** The field to filter on. The raw value as sent. */
  public @Nullable String nameAsString() {
    return name;
  }

  /**
   * The value to match; a single string despite the plural name (the wire field is {@code Values}). Null when
   * absent.
   */
  public @Nullable String values() {
    return values;
  }

  @Override
  public boolean equals(Object other) {
    if (this == other) {
      return true;
    }
    if (!(other instanceof OperationResultFilter)) {
      return false;
    }
    OperationResultFilter o = (OperationResultFilter) other;
    return Objects.equals(name, o.name)
        && Objects.equals(values, o.values);
  }

  @Override
  public int hashCode() {
    return Objects.hash(name, values);
  }

  @Override
  public String toString() {
    return new ModelText("OperationResultFilter")
        .add("name", name)
        .add("values", values)
        .toString();
  }

  /** Mutable builder; not thread-safe. */
  public static final class Builder {
    private String name;
    private String values;

    private Builder() {}

    /** The field to filter on. */
    public Builder name(@Nullable OperationResultFilterName value) {
      this.name = ModelLists.wire(value, "name");
      return this;
    }

    /** The field to filter on. As a raw string, for values newer than this SDK. */
    public Builder name(@Nullable String value) {
      this.name = value;
      return this;
    }

    /** The value to match; a single string despite the plural name (the wire field is {@code Values}). */
    public Builder values(@Nullable String value) {
      this.values = value;
      return this;
    }

    /** Builds the immutable object. */
    public OperationResultFilter build() {
      return new OperationResultFilter(this);
    }
  }
}
