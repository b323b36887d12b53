package dev.stacksets.rfs.model;

import dev.stacksets.core.ResponseMetadata;
import dev.stacksets.core.internal.ModelText;
import java.util.Objects;

/**
 * The reply of ShowStackSetOperationMetadata.
 *
 * <p>Immutable and thread-safe. Collections are copied in and unmodifiable out.
 *
 * <pre>{@code
 * StackSetOperation op = rfs.showStackSetOperationMetadata(r -> r.stackSetName("my_stack_set").operationId(id))
 *     .stackSetOperation();
 * }</pre>
 */
public final class ShowStackSetOperationMetadataResponse {
  private final StackSetOperation stackSetOperation;
  private final ResponseMetadata responseMetadata;

  private ShowStackSetOperationMetadataResponse(Builder b) {
    this.stackSetOperation = b.stackSetOperation;
    this.responseMetadata = b.responseMetadata;
  }

  /** Returns a new, empty builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** Returns a builder holding this object's values. */
  public Builder toBuilder() {
    return new Builder(this);
  }

  /** The operation with its metadata fields. */
  public StackSetOperation stackSetOperation() {
    return stackSetOperation;
  }

  /** What the transport learned about the call: request id ({@code X-Request-Id}), client request id, status, attempts. */
  public ResponseMetadata responseMetadata() {
    return responseMetadata;
  }

  @Override
  public boolean equals(Object o) {
    if (this == o) {
      return true;
    }
    if (!(o instanceof ShowStackSetOperationMetadataResponse)) {
      return false;
    }
    ShowStackSetOperationMetadataResponse that = (ShowStackSetOperationMetadataResponse) o;
    return Objects.equals(stackSetOperation, that.stackSetOperation)
        && Objects.equals(responseMetadata, that.responseMetadata);
  }

  @Override
  public int hashCode() {
    return Objects.hash(stackSetOperation, responseMetadata);
  }

  @Override
  public String toString() {
    return new ModelText("ShowStackSetOperationMetadataResponse")
        .add("stackSetOperation", stackSetOperation)
        .add("responseMetadata", responseMetadata)
        .toString();
  }

  /** Mutable builder; not thread-safe. */
  public static final class Builder {
    private StackSetOperation stackSetOperation;
    private ResponseMetadata responseMetadata;

    private Builder() {}

    private Builder(ShowStackSetOperationMetadataResponse m) {
      this.stackSetOperation = m.stackSetOperation;
      this.responseMetadata = m.responseMetadata;
    }

    /** Sets {@code stackSetOperation}. */
    public Builder stackSetOperation(StackSetOperation value) {
      this.stackSetOperation = value;
      return this;
    }

    /** Sets {@code responseMetadata}. */
    public Builder responseMetadata(ResponseMetadata value) {
      this.responseMetadata = value;
      return this;
    }

    /** Builds the immutable object. */
    public ShowStackSetOperationMetadataResponse build() {
      return new ShowStackSetOperationMetadataResponse(this);
    }
  }
}
