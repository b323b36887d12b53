package dev.stacksets.cfn.model;

import dev.stacksets.cfn.internal.ModelLists;
import dev.stacksets.core.internal.ModelText;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * The detailed status of a stack instance.
 *
 * <p>Immutable and thread-safe.
 *
 * <pre>{@code
 * StackInstanceDetailedStatus d = instance.stackInstanceStatus().detailedStatus();
 * }</pre>
 */
public final class StackInstanceComprehensiveStatus {
  private final String detailedStatus;

  private StackInstanceComprehensiveStatus(Builder b) {
    this.detailedStatus = b.detailedStatus;
  }

  /** Returns a new, empty builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** Returns a builder holding this object's values. */
  public Builder toBuilder() {
    Builder b = new Builder();
    b.detailedStatus = detailedStatus;
    return b;
  }

  /**
   * The detailed status. Null when absent; {@link StackInstanceDetailedStatus#UNKNOWN_TO_SDK_VERSION} for a value
   * this SDK does not know (see {@link #detailedStatusAsString()}).
   */
  public @Nullable StackInstanceDetailedStatus detailedStatus() {
    return StackInstanceDetailedStatus.fromValue(detailedStatus);
  }

  /** The detailed status. The raw value as sent. */
  public @Nullable String detailedStatusAsString() {
    return detailedStatus;
  }

  @Override
  public boolean equals(Object other) {
    if (this == other) {
      return true;
    }
    if (!(other instanceof StackInstanceComprehensiveStatus)) {
      return false;
    }
    StackInstanceComprehensiveStatus o = (StackInstanceComprehensiveStatus) other;
    return Objects.equals(detailedStatus, o.detailedStatus);
  }

  @Override
  public int hashCode() {
    return Objects.hash(detailedStatus);
  }

  @Override
  public String toString() {
    return new ModelText("StackInstanceComprehensiveStatus")
        .add("detailedStatus", detailedStatus)
        .toString();
  }

  /** Mutable builder; not thread-safe. */
  public static final class Builder {
    private String detailedStatus;

    private Builder() {}

    /** The detailed status. */
    public Builder detailedStatus(@Nullable StackInstanceDetailedStatus value) {
      this.detailedStatus = ModelLists.wire(value, "detailedStatus");
      return this;
    }

    /** The detailed status. As a raw string, for values newer than this SDK. */
    public Builder detailedStatus(@Nullable String value) {
      this.detailedStatus = value;
      return this;
    }

    /** Builds the immutable object. */
    public StackInstanceComprehensiveStatus build() {
      return new StackInstanceComprehensiveStatus(this);
    }
  }
}
