package dev.stacksets.rfs.model;

import dev.stacksets.core.internal.ModelText;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * How a stack-set operation was asked to proceed ({@code operation_preferences}): concurrency across and within regions and failure tolerance.
 *
 * <p>Immutable and thread-safe. Collections are copied in and unmodifiable out.
 *
 * <pre>{@code
 * OperationPreferences p = operation.operationPreferences();
 * Long tolerated = p.failureToleranceCount();
 * }</pre>
 */
public final class OperationPreferences {
  private final String regionConcurrencyType;
  private final List<String> regionOrder;
  private final Long failureToleranceCount;
  private final Long failureTolerancePercentage;
  private final Long maxConcurrentCount;
  private final Long maxConcurrentPercentage;
  private final String failureToleranceMode;
  private final Map<String, String> additionalFields;

  private OperationPreferences(Builder b) {
    this.regionConcurrencyType = b.regionConcurrencyType;
    this.regionOrder = Collections.unmodifiableList(new ArrayList<>(b.regionOrder));
    this.failureToleranceCount = b.failureToleranceCount;
    this.failureTolerancePercentage = b.failureTolerancePercentage;
    this.maxConcurrentCount = b.maxConcurrentCount;
    this.maxConcurrentPercentage = b.maxConcurrentPercentage;
    this.failureToleranceMode = b.failureToleranceMode;
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

  /**
   * Sequential or parallel across regions ({@code region_concurrency_type}).
   *
   * @return the constant, {@link RegionConcurrencyType#UNKNOWN_TO_SDK_VERSION} for a value this SDK does not know (see
   *     {@link #regionConcurrencyTypeAsString()}), or null when absent
   */
  public @Nullable RegionConcurrencyType regionConcurrencyType() {
    return RegionConcurrencyType.fromValue(regionConcurrencyType);
  }

  /** The raw {@code region_concurrency_type} string as the service sent it, or null when absent. */
  public @Nullable String regionConcurrencyTypeAsString() {
    return regionConcurrencyType;
  }

  /** Region order for a sequential operation ({@code region_order}); empty when absent. */
  public List<String> regionOrder() {
    return regionOrder;
  }

  /** Most failed instances tolerated per region ({@code failure_tolerance_count}). */
  public @Nullable Long failureToleranceCount() {
    return failureToleranceCount;
  }

  /** Most failed instances tolerated per region, as a percentage ({@code failure_tolerance_percentage}). */
  public @Nullable Long failureTolerancePercentage() {
    return failureTolerancePercentage;
  }

  /** Most accounts deployed at once per region ({@code max_concurrent_count}). */
  public @Nullable Long maxConcurrentCount() {
    return maxConcurrentCount;
  }

  /** Most accounts deployed at once per region, as a percentage ({@code max_concurrent_percentage}). */
  public @Nullable Long maxConcurrentPercentage() {
    return maxConcurrentPercentage;
  }

  /**
   * Strict or soft failure tolerance ({@code failure_tolerance_mode}).
   *
   * @return the constant, {@link FailureToleranceMode#UNKNOWN_TO_SDK_VERSION} for a value this SDK does not know (see
   *     {@link #failureToleranceModeAsString()}), or null when absent
   */
  public @Nullable FailureToleranceMode failureToleranceMode() {
    return FailureToleranceMode.fromValue(failureToleranceMode);
  }

  /** The raw {@code failure_tolerance_mode} string as the service sent it, or null when absent. */
  public @Nullable String failureToleranceModeAsString() {
    return failureToleranceMode;
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
    if (!(o instanceof OperationPreferences)) {
      return false;
    }
    OperationPreferences that = (OperationPreferences) o;
    return Objects.equals(regionConcurrencyType, that.regionConcurrencyType)
        && Objects.equals(regionOrder, that.regionOrder)
        && Objects.equals(failureToleranceCount, that.failureToleranceCount)
        && Objects.equals(failureTolerancePercentage, that.failureTolerancePercentage)
        && Objects.equals(maxConcurrentCount, that.maxConcurrentCount)
        && Objects.equals(maxConcurrentPercentage, that.maxConcurrentPercentage)
        && Objects.equals(failureToleranceMode, that.failureToleranceMode)
        && Objects.equals(additionalFields, that.additionalFields);
  }

  @Override
  public int hashCode() {
    return Objects.hash(regionConcurrencyType, regionOrder, failureToleranceCount, failureTolerancePercentage, maxConcurrentCount, maxConcurrentPercentage, failureToleranceMode, additionalFields);
  }

  @Override
  public String toString() {
    return new ModelText("OperationPreferences")
        .add("regionConcurrencyType", regionConcurrencyType)
        .addIfAny("regionOrder", regionOrder)
        .add("failureToleranceCount", failureToleranceCount)
        .add("failureTolerancePercentage", failureTolerancePercentage)
        .add("maxConcurrentCount", maxConcurrentCount)
        .add("maxConcurrentPercentage", maxConcurrentPercentage)
        .add("failureToleranceMode", failureToleranceMode)
        .addIfAny("additionalFields", additionalFields.keySet())
        .toString();
  }

  /** Mutable builder; not thread-safe. */
  public static final class Builder {
    private String regionConcurrencyType;
    private final List<String> regionOrder = new ArrayList<>();
    private Long failureToleranceCount;
    private Long failureTolerancePercentage;
    private Long maxConcurrentCount;
    private Long maxConcurrentPercentage;
    private String failureToleranceMode;
    private final Map<String, String> additionalFields = new LinkedHashMap<>();

    private Builder() {}

    private Builder(OperationPreferences m) {
      this.regionConcurrencyType = m.regionConcurrencyType;
      this.regionOrder.addAll(m.regionOrder);
      this.failureToleranceCount = m.failureToleranceCount;
      this.failureTolerancePercentage = m.failureTolerancePercentage;
      this.maxConcurrentCount = m.maxConcurrentCount;
      this.maxConcurrentPercentage = m.maxConcurrentPercentage;
      this.failureToleranceMode = m.failureToleranceMode;
      this.additionalFields.putAll(m.additionalFields);
    }

    /** Sets {@code regionConcurrencyType}; {@link RegionConcurrencyType#UNKNOWN_TO_SDK_VERSION} is refused (use the raw-string setter). */
    public Builder regionConcurrencyType(@Nullable RegionConcurrencyType value) {
      this.regionConcurrencyType = BuilderFields.wire(value, "regionConcurrencyType");
      return this;
    }

    /** Sets {@code regionConcurrencyType} from its raw wire string (kept as is, even when this SDK does not know it). */
    public Builder regionConcurrencyType(@Nullable String value) {
      this.regionConcurrencyType = value;
      return this;
    }

    /** Replaces {@code regionOrder} with a copy of {@code values} (null clears it); null elements are refused. */
    public Builder regionOrder(java.util.@Nullable Collection<String> values) {
      BuilderFields.replace(regionOrder, values, "regionOrder");
      return this;
    }

    /** Replaces {@code regionOrder} with {@code values}. */
    public Builder regionOrder(String @Nullable ... values) {
      return regionOrder(values == null ? null : java.util.Arrays.asList(values));
    }

    /** Appends one entry to {@code regionOrder}. */
    public Builder addRegionOrder(String value) {
      BuilderFields.add(regionOrder, value, "regionOrder");
      return this;
    }

    /** Sets {@code failureToleranceCount}. */
    public Builder failureToleranceCount(@Nullable Long value) {
      this.failureToleranceCount = value;
      return this;
    }

    /** Sets {@code failureTolerancePercentage}. */
    public Builder failureTolerancePercentage(@Nullable Long value) {
      this.failureTolerancePercentage = value;
      return this;
    }

    /** Sets {@code maxConcurrentCount}. */
    public Builder maxConcurrentCount(@Nullable Long value) {
      this.maxConcurrentCount = value;
      return this;
    }

    /** Sets {@code maxConcurrentPercentage}. */
    public Builder maxConcurrentPercentage(@Nullable Long value) {
      this.maxConcurrentPercentage = value;
      return this;
    }

    /** Sets {@code failureToleranceMode}; {@link FailureToleranceMode#UNKNOWN_TO_SDK_VERSION} is refused (use the raw-string setter). */
    public Builder failureToleranceMode(@Nullable FailureToleranceMode value) {
      this.failureToleranceMode = BuilderFields.wire(value, "failureToleranceMode");
      return this;
    }

    /** Sets {@code failureToleranceMode} from its raw wire string (kept as is, even when this SDK does not know it). */
    public Builder failureToleranceMode(@Nullable String value) {
      this.failureToleranceMode = value;
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
    public OperationPreferences build() {
      return new OperationPreferences(this);
    }
  }
}
