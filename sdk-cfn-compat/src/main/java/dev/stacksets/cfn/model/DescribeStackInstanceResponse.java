package dev.stacksets.cfn.model;

import dev.stacksets.cfn.internal.InPlace;
import dev.stacksets.core.ResponseMetadata;
import dev.stacksets.core.internal.ModelText;
import java.util.Objects;
import java.util.function.Consumer;
import org.jspecify.annotations.Nullable;

/**
 * The reply of {@code DescribeStackInstance}.
 *
 * <p>Immutable and thread-safe. Equality compares the data, not {@link #responseMetadata()}.
 *
 * <pre>{@code
 * StackInstance i = cfn.describeStackInstance(r -> r.stackSetName("my-set").stackInstanceAccount("111122223333")
 *     .stackInstanceRegion("eu-west-1")).stackInstance();
 * }</pre>
 */
public final class DescribeStackInstanceResponse {
  private final StackInstance stackInstance;
  private final ResponseMetadata responseMetadata;

  private DescribeStackInstanceResponse(Builder b) {
    this.stackInstance = b.stackInstance;
    this.responseMetadata = b.responseMetadata == null ? ResponseMetadata.none() : b.responseMetadata;
  }

  /** Returns a new, empty builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** Returns a builder holding this object's values. */
  public Builder toBuilder() {
    Builder b = new Builder();
    b.stackInstance = stackInstance;
    b.responseMetadata = responseMetadata;
    return b;
  }

  /** The stack instance. */
  public @Nullable StackInstance stackInstance() {
    return stackInstance;
  }

  /**
   * What the transport learned about the call (request id, status, attempts); never null. Not part of
   * {@link #equals(Object)}.
   */
  public ResponseMetadata responseMetadata() {
    return responseMetadata;
  }

  @Override
  public boolean equals(Object other) {
    if (this == other) {
      return true;
    }
    if (!(other instanceof DescribeStackInstanceResponse)) {
      return false;
    }
    DescribeStackInstanceResponse o = (DescribeStackInstanceResponse) other;
    return Objects.equals(stackInstance, o.stackInstance);
  }

  @Override
  public int hashCode() {
    return Objects.hash(stackInstance);
  }

  @Override
  public String toString() {
    return new ModelText("DescribeStackInstanceResponse")
        .add("stackInstance", stackInstance)
        .add("responseMetadata", responseMetadata)
        .toString();
  }

  /** Mutable builder; not thread-safe. */
  public static final class Builder {
    private StackInstance stackInstance;
    private ResponseMetadata responseMetadata;

    private Builder() {}

    /** The stack instance. */
    public Builder stackInstance(@Nullable StackInstance value) {
      this.stackInstance = value;
      return this;
    }

    /** The stack instance. Built in place. */
    public Builder stackInstance(Consumer<StackInstance.Builder> consumer) {
      this.stackInstance = InPlace.build(consumer, StackInstance.builder(), StackInstance.Builder::build,
          "stackInstance consumer cannot be null");
      return this;
    }

    /** The call's metadata; defaults to {@link ResponseMetadata#none()}. */
    public Builder responseMetadata(ResponseMetadata responseMetadata) {
      this.responseMetadata = responseMetadata;
      return this;
    }

    /** Builds the immutable object. */
    public DescribeStackInstanceResponse build() {
      return new DescribeStackInstanceResponse(this);
    }
  }
}
