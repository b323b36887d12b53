package dev.stacksets.rfs.model;

import dev.stacksets.core.internal.ModelText;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * Settings for how RFS manages operations on a stack set ({@code managed_operation}).
 *
 * <p>Immutable and thread-safe. Collections are copied in and unmodifiable out.
 *
 * <pre>{@code
 * boolean parallel = Boolean.TRUE.equals(stackSet.managedOperation().enableParallelOperation());
 * }</pre>
 */
public final class ManagedOperation {
  private final Boolean enableParallelOperation;
  private final Map<String, String> additionalFields;

  private ManagedOperation(Builder b) {
    this.enableParallelOperation = b.enableParallelOperation;
    this.additionalFields = Collections.unmodifiableMap(new LinkedHashMap<>(b.additionalFields));
  }

  /** Returns a new, empty builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** Returns a builder holding this object's values. */
  public Builder toBuilder() {
    return new Builder(this);
  }

  /** Whether operations on the stack set may run in parallel ({@code enable_parallel_operation}). */
  public @Nullable Boolean enableParallelOperation() {
    return enableParallelOperation;
  }

  /** JSON fields this SDK version does not model, by name, each as its raw JSON text (e.g. {@code "\"x\""} or {@code "{...}"}); empty when there are none. Unmodifiable. */
  public Map<String, String> additionalFields() {
    return additionalFields;
  }

  @Override
  public boolean equals(Object o) {
    if (this == o) {
      return true;
    }
    if (!(o instanceof ManagedOperation)) {
      return false;
    }
    ManagedOperation that = (ManagedOperation) o;
    return Objects.equals(enableParallelOperation, that.enableParallelOperation)
        && Objects.equals(additionalFields, that.additionalFields);
  }

  @Override
  public int hashCode() {
    return Objects.hash(enableParallelOperation, additionalFields);
  }

  @Override
  public String toString() {
    return new ModelText("ManagedOperation")
        .add("enableParallelOperation", enableParallelOperation)
        .addIfAny("additionalFields", additionalFields.keySet())
        .toString();
  }

  /** Mutable builder; not thread-safe. */
  public static final class Builder {
    private Boolean enableParallelOperation;
    private final Map<String, String> additionalFields = new LinkedHashMap<>();

    private Builder() {}

    private Builder(ManagedOperation m) {
      this.enableParallelOperation = m.enableParallelOperation;
      this.additionalFields.putAll(m.additionalFields);
    }

    /** Sets {@code enableParallelOperation}. */
    public Builder enableParallelOperation(@Nullable Boolean value) {
      this.enableParallelOperation = value;
      return this;
    }

    /** Replaces the additional fields (name to raw JSON text); null clears them. */
    public Builder additionalFields(@Nullable Map<String, String> fields) {
      BuilderFields.replaceAdditional(additionalFields, fields);
      return this;
    }

    /** Adds one additional field (name to raw JSON text). */
    public Builder putAdditionalField(String name, String json) {
      BuilderFields.putAdditional(additionalFields, name, json);
      return this;
    }

    /** Builds the immutable object. */
    public ManagedOperation build() {
      return new ManagedOperation(this);
    }
  }
}
