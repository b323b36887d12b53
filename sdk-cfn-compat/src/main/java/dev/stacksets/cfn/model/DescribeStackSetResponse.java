package dev.stacksets.cfn.model;

import dev.stacksets.cfn.internal.InPlace;
import dev.stacksets.core.ResponseMetadata;
import dev.stacksets.core.internal.ModelText;
import java.util.Objects;
import java.util.function.Consumer;
import org.jspecify.annotations.Nullable;

/**
 * The reply of {@code DescribeStackSet}.
 *
 * <p>Immutable and thread-safe. Equality compares the data, not {@link #responseMetadata()}.
 *
 * <pre>{@code
 * StackSet s = cfn.describeStackSet(r -> r.stackSetName("my-set")).stackSet();
 * }</pre>
 */
public final class DescribeStackSetResponse {
  private final StackSet stackSet;
  private final ResponseMetadata responseMetadata;

  private DescribeStackSetResponse(Builder b) {
    this.stackSet = b.stackSet;
    this.responseMetadata = b.responseMetadata == null ? ResponseMetadata.none() : b.responseMetadata;
  }

  /** Returns a new, empty builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** Returns a builder holding this object's values. */
  public Builder toBuilder() {
    Builder b = new Builder();
    b.stackSet = stackSet;
    b.responseMetadata = responseMetadata;
    return b;
  }

  /** The stack set. */
  public @Nullable StackSet stackSet() {
    return stackSet;
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
    if (!(other instanceof DescribeStackSetResponse)) {
      return false;
    }
    DescribeStackSetResponse o = (DescribeStackSetResponse) other;
    return Objects.equals(stackSet, o.stackSet);
  }

  @Override
  public int hashCode() {
    return Objects.hash(stackSet);
  }

  @Override
  public String toString() {
    return new ModelText("DescribeStackSetResponse")
        .add("stackSet", stackSet)
        .add("responseMetadata", responseMetadata)
        .toString();
  }

  /** Mutable builder; not thread-safe. */
  public static final class Builder {
    private StackSet stackSet;
    private ResponseMetadata responseMetadata;

    private Builder() {}

    /** The stack set. */
    public Builder stackSet(@Nullable StackSet value) {
      this.stackSet = value;
      return this;
    }

    /** The stack set. Built in place. */
    public Builder stackSet(Consumer<StackSet.Builder> consumer) {
      this.stackSet = InPlace.build(consumer, StackSet.builder(), StackSet.Builder::build,
          "stackSet consumer cannot be null");
      return this;
    }

    /** The call's metadata; defaults to {@link ResponseMetadata#none()}. */
    public Builder responseMetadata(ResponseMetadata responseMetadata) {
      this.responseMetadata = responseMetadata;
      return this;
    }

    /** Builds the immutable object. */
    public DescribeStackSetResponse build() {
      return new DescribeStackSetResponse(this);
    }
  }
}
