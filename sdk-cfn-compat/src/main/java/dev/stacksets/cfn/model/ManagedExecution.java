package dev.stacksets.cfn.model;

import dev.stacksets.core.internal.ModelText;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * Whether CloudFormation runs non-conflicting operations of a stack set concurrently.
 *
 * <p>Immutable and thread-safe.
 *
 * <pre>{@code
 * boolean concurrent = Boolean.TRUE.equals(summary.managedExecution().active());
 * }</pre>
 */
public final class ManagedExecution {
  private final Boolean active;

  private ManagedExecution(Builder b) {
    this.active = b.active;
  }

  /** Returns a new, empty builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** Returns a builder holding this object's values. */
  public Builder toBuilder() {
    Builder b = new Builder();
    b.active = active;
    return b;
  }

  /** Whether managed execution is on. */
  public @Nullable Boolean active() {
    return active;
  }

  @Override
  public boolean equals(Object other) {
    if (this == other) {
      return true;
    }
    if (!(other instanceof ManagedExecution)) {
      return false;
    }
    ManagedExecution o = (ManagedExecution) other;
    return Objects.equals(active, o.active);
  }

  @Override
  public int hashCode() {
    return Objects.hash(active);
  }

  @Override
  public String toString() {
    return new ModelText("ManagedExecution")
        .add("active", active)
        .toString();
  }

  /** Mutable builder; not thread-safe. */
  public static final class Builder {
    private Boolean active;

    private Builder() {}

    /** Whether managed execution is on. */
    public Builder active(@Nullable Boolean value) {
      this.active = value;
      return this;
    }

    /** Builds the immutable object. */
    public ManagedExecution build() {
      return new ManagedExecution(this);
    }
  }
}
