package dev.stacksets.cfn.model;

import dev.stacksets.cfn.internal.ModelLists;
import dev.stacksets.core.internal.ModelText;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * How a stack-set operation rolls out: Region order and concurrency, failure tolerance and concurrency mode.
 *
 * <p>Immutable and thread-safe. Lists are copied in and unmodifiable out; a list getter returns an empty list
 * when the list was absent.
 *
 * <pre>{@code
 * StackSetOperationPreferences p = operation.operationPreferences();
 * System.out.println(p.regionOrder() + " max " + p.maxConcurrentCount());
 * }</pre>
 */
public final class StackSetOperationPreferences {
  private final String regionConcurrencyType;
  private final List<String> regionOrder;
  private final Integer failureToleranceCount;
  private final Integer failureTolerancePercentage;
  private final Integer maxConcurrentCount;
  private final Integer maxConcurrentPercentage;
  private final String concurrencyMode;

  private StackSetOperationPreferences(Builder b) {
    this.regionConcurrencyType = b.regionConcurrencyType;
    this.regionOrder = b.regionOrder == null ? null : List.copyOf(b.regionOrder);
    this.failureToleranceCount = b.failureToleranceCount;
    this.failureTolerancePercentage = b.failureTolerancePercentage;
    this.maxConcurrentCount = b.maxConcurrentCount;
    this.maxConcurrentPercentage = b.maxConcurrentPercentage;
    this.concurrencyMode = b.concurrencyMode;
  }

  /** Returns a new, empty builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** Returns a builder holding this object's values. */
  public Builder toBuilder() {
    Builder b = new Builder();
    b.regionConcurrencyType = regionConcurrencyType;
    b.regionOrder = regionOrder;
    b.failureToleranceCount = failureToleranceCount;
    b.failureTolerancePercentage = failureTolerancePercentage;
    b.maxConcurrentCount = maxConcurrentCount;
    b.maxConcurrentPercentage = maxConcurrentPercentage;
    b.concurrencyMode = concurrencyMode;
    return b;
  }

  /**
   * Sequential or parallel Regions. Null when absent; {@link RegionConcurrencyType#UNKNOWN_TO_SDK_VERSION} for a
   * value this SDK does not know (see {@link #regionConcurrencyTypeAsString()}).
   */
  public @Nullable RegionConcurrencyType regionConcurrencyType() {
    return RegionConcurrencyType.fromValue(regionConcurrencyType);
  }

  /** Sequential or parallel Regions. The raw value as sent. */
  public @Nullable String regionConcurrencyTypeAsString() {
    return regionConcurrencyType;
  }

  /** The order of Regions. Unmodifiable; empty when absent (see {@link #hasRegionOrder()}). */
  public List<String> regionOrder() {
    return regionOrder == null ? List.of() : regionOrder;
  }

  /** True when the list was present (possibly empty), false when it was absent. */
  public boolean hasRegionOrder() {
    return regionOrder != null;
  }

  /** How many accounts per Region may fail before the operation stops there. */
  public @Nullable Integer failureToleranceCount() {
    return failureToleranceCount;
  }

  /** The same as a percentage (0 to 100). */
  public @Nullable Integer failureTolerancePercentage() {
    return failureTolerancePercentage;
  }

  /** The most accounts per Region deployed at once. */
  public @Nullable Integer maxConcurrentCount() {
    return maxConcurrentCount;
  }

  /** The same as a percentage (1 to 100). */
  public @Nullable Integer maxConcurrentPercentage() {
    return maxConcurrentPercentage;
  }

  /**
   * How failure tolerance and concurrency interact. Null when absent;
   * {@link ConcurrencyMode#UNKNOWN_TO_SDK_VERSION} for a value this SDK does not know (see
   * {@link #concurrencyModeAsString()}).
   */
  public @Nullable ConcurrencyMode concurrencyMode() {
    return ConcurrencyMode.fromValue(concurrencyMode);
  }

  /** How failure tolerance and concurrency interact. The raw value as sent. */
  public @Nullable String concurrencyModeAsString() {
    return concurrencyMode;
  }

  @Override
  public boolean equals(Object other) {
    if (this == other) {
      return true;
    }
    if (!(other instanceof StackSetOperationPreferences)) {
      return false;
    }
    StackSetOperationPreferences o = (StackSetOperationPreferences) other;
    return Objects.equals(regionConcurrencyType, o.regionConcurrencyType)
        && regionOrder().equals(o.regionOrder())
        && Objects.equals(failureToleranceCount, o.failureToleranceCount)
        && Objects.equals(failureTolerancePercentage, o.failureTolerancePercentage)
        && Objects.equals(maxConcurrentCount, o.maxConcurrentCount)
        && Objects.equals(maxConcurrentPercentage, o.maxConcurrentPercentage)
        && Objects.equals(concurrencyMode, o.concurrencyMode);
  }

  @Override
  public int hashCode() {
    return Objects.hash(regionConcurrencyType, regionOrder(), failureToleranceCount, failureTolerancePercentage,
        maxConcurrentCount, maxConcurrentPercentage, concurrencyMode);
  }

  @Override
  public String toString() {
    return new ModelText("StackSetOperationPreferences")
        .add("regionConcurrencyType", regionConcurrencyType)
        .add("regionOrder", regionOrder)
        .add("failureToleranceCount", failureToleranceCount)
        .add("failureTolerancePercentage", failureTolerancePercentage)
        .add("maxConcurrentCount", maxConcurrentCount)
        .add("maxConcurrentPercentage", maxConcurrentPercentage)
        .add("concurrencyMode", concurrencyMode)
        .toString();
  }

  /** Mutable builder; not thread-safe. */
  public static final class Builder {
    private String regionConcurrencyType;
    private List<String> regionOrder;
    private Integer failureToleranceCount;
    private Integer failureTolerancePercentage;
    private Integer maxConcurrentCount;
    private Integer maxConcurrentPercentage;
    private String concurrencyMode;

    private Builder() {}

    /** Sequential or parallel Regions. */
    public Builder regionConcurrencyType(@Nullable RegionConcurrencyType value) {
      this.regionConcurrencyType = ModelLists.wire(value, "regionConcurrencyType");
      return this;
    }

    /** Sequential or parallel Regions. As a raw string, for values newer than this SDK. */
    public Builder regionConcurrencyType(@Nullable String value) {
      this.regionConcurrencyType = value;
      return this;
    }

    /** The order of Regions. Copies and replaces the list; null clears it. */
    public Builder regionOrder(@Nullable Collection<? extends String> values) {
      this.regionOrder = ModelLists.copy(values, "regionOrder");
      return this;
    }

    /** The order of Regions. Replaces the list. */
    public Builder regionOrder(String @Nullable ... values) {
      return regionOrder(values == null ? null : Arrays.asList(values));
    }

    /** How many accounts per Region may fail before the operation stops there. */
    public Builder failureToleranceCount(@Nullable Integer value) {
      this.failureToleranceCount = value;
      return this;
    }

    /** The same as a percentage (0 to 100). */
    public Builder failureTolerancePercentage(@Nullable Integer value) {
      this.failureTolerancePercentage = value;
      return this;
    }

    /** The most accounts per Region deployed at once. */
    public Builder maxConcurrentCount(@Nullable Integer value) {
      this.maxConcurrentCount = value;
      return this;
    }

    /** The same as a percentage (1 to 100). */
    public Builder maxConcurrentPercentage(@Nullable Integer value) {
      this.maxConcurrentPercentage = value;
      return this;
    }

    /** How failure tolerance and concurrency interact. */
    public Builder concurrencyMode(@Nullable ConcurrencyMode value) {
      this.concurrencyMode = ModelLists.wire(value, "concurrencyMode");
      return this;
    }

    /** How failure tolerance and concurrency interact. As a raw string, for values newer than this SDK. */
    public Builder concurrencyMode(@Nullable String value) {
      this.concurrencyMode = value;
      return this;
    }

    /** Builds the immutable object. */
    public StackSetOperationPreferences build() {
      return new StackSetOperationPreferences(this);
    }
  }
}
