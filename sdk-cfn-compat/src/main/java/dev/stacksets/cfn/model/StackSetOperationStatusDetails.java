package dev.stacksets.cfn.model;

import dev.stacksets.core.internal.ModelText;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * Counts about a stack-set operation's progress.
 *
 * <p>Immutable and thread-safe.
 *
 * <pre>{@code
 * Integer failed = operation.statusDetails().failedStackInstancesCount();
 * }</pre>
 */
public final class StackSetOperationStatusDetails {
  private final Integer failedStackInstancesCount;

  private StackSetOperationStatusDetails(Builder b) {
    this.failedStackInstancesCount = b.failedStackInstancesCount;
  }

  /** Returns a new, empty builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** Returns a builder holding this object's values. */
  public Builder toBuilder() {
    Builder b = new Builder();
    b.failedStackInstancesCount = failedStackInstancesCount;
    return b;
  }

  /** How many stack instances failed in this operation. */
  public @Nullable Integer failedStackInstancesCount() {
    return failedStackInstancesCount;
  }

  @Override
  public boolean equals(Object other) {
    if (this == other) {
      return true;
    }
    if (!(other instanceof StackSetOperationStatusDetails)) {
      return false;
    }
    StackSetOperationStatusDetails o = (StackSetOperationStatusDetails) other;
    return Objects.equals(failedStackInstancesCount, o.failedStackInstancesCount);
  }

  @Override
  public int hashCode() {
    return Objects.hash(failedStackInstancesCount);
  }

  @Override
  public String toString() {
    return new ModelText("StackSetOperationStatusDetails")
        .add("failedStackInstancesCount", failedStackInstancesCount)
        .toString();
  }

  /** Mutable builder; not thread-safe. */
  public static final class Builder {
    private Integer failedStackInstancesCount;

    private Builder() {}

    /** How many stack instances failed in this operation. */
    public Builder failedStackInstancesCount(@Nullable Integer value) {
      this.failedStackInstancesCount = value;
      return this;
    }

    /** Builds the immutable object. */
    public StackSetOperationStatusDetails build() {
      return new StackSetOperationStatusDetails(this);
    }
  }
}
