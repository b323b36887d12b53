package dev.stacksets.cfn.model;

import dev.stacksets.cfn.internal.InPlace;
import dev.stacksets.core.ResponseMetadata;
import dev.stacksets.core.internal.ModelText;
import java.util.Objects;
import java.util.function.Consumer;
import org.jspecify.annotations.Nullable;

/**
 * The reply of {@code DescribeStackSetOperation}.
 *
 * <p>Immutable and thread-safe. Equality compares the data, not {@link #responseMetadata()}.
 *
 * <pre>{@code
 * StackSetOperation op = cfn.describeStackSetOperation(r -> r.stackSetName("my-set").operationId(opId))
 *     .stackSetOperation();
 * }</pre>
 */
public final class DescribeStackSetOperationResponse {
  private final StackSetOperation stackSetOperation;
  private final ResponseMetadata responseMetadata;

  private DescribeStackSetOperationResponse(Builder b) {
    this.stackSetOperation = b.stackSetOperation;
    this.responseMetadata = b.responseMetadata == null ? ResponseMetadata.none() : b.responseMetadata;
  }

  /** Returns a new, empty builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** Returns a builder holding this object's values. */
  public Builder toBuilder() {
    Builder b = new Builder();
    b.stackSetOperation = stackSetOperation;
    b.responseMetadata = responseMetadata;
    return b;
  }

  /** The operation. */
  public @Nullable StackSetOperation stackSetOperation() {
    return stackSetOperation;
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
    if (!(other instanceof DescribeStackSetOperationResponse)) {
      return false;
    }
    DescribeStackSetOperationResponse o = (DescribeStackSetOperationResponse) other;
    return Objects.equals(stackSetOperation, o.stackSetOperation);
  }

  @Override
  public int hashCode() {
    return Objects.hash(stackSetOperation);
  }

  @Override
  public String toString() {
    return new ModelText("DescribeStackSetOperationResponse")
        .add("stackSetOperation", stackSetOperation)
        .add("responseMetadata", responseMetadata)
        .toString();
  }

  /** Mutable builder; not thread-safe. */
  public static final class Builder {
    private StackSetOperation stackSetOperation;
    private ResponseMetadata responseMetadata;

    private Builder() {}

    /** The operation. */
    public Builder stackSetOperation(@Nullable StackSetOperation value) {
      this.stackSetOperation = value;
      return this;
    }

    /** The operation. Built in place. */
    public Builder stackSetOperation(Consumer<StackSetOperation.Builder> consumer) {
      this.stackSetOperation = InPlace.build(consumer, StackSetOperation.builder(), StackSetOperation.Builder::build,
          "stackSetOperation consumer cannot be null");
      return this;
    }

    /** The call's metadata; defaults to {@link ResponseMetadata#none()}. */
    public Builder responseMetadata(ResponseMetadata responseMetadata) {
      this.responseMetadata = responseMetadata;
      return this;
    }

    /** Builds the immutable object. */
    public DescribeStackSetOperationResponse build() {
      return new DescribeStackSetOperationResponse(this);
    }
  }
}
