package dev.stacksets.rfs.model;

import dev.stacksets.core.ResponseMetadata;
import dev.stacksets.core.internal.ModelText;
import java.util.Objects;

/**
 * The reply of ShowStackSetMetadata.
 *
 * <p>Immutable and thread-safe. Collections are copied in and unmodifiable out.
 *
 * <pre>{@code
 * StackSet s = rfs.showStackSetMetadata(r -> r.stackSetName("my_stack_set")).stackSet();
 * }</pre>
 */
public final class ShowStackSetMetadataResponse {
  private final StackSet stackSet;
  private final ResponseMetadata responseMetadata;

  private ShowStackSetMetadataResponse(Builder b) {
    this.stackSet = b.stackSet;
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

  /** The stack set with its metadata fields. */
  public StackSet stackSet() {
    return stackSet;
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
    if (!(o instanceof ShowStackSetMetadataResponse)) {
      return false;
    }
    ShowStackSetMetadataResponse that = (ShowStackSetMetadataResponse) o;
    return Objects.equals(stackSet, that.stackSet)
        && Objects.equals(responseMetadata, that.responseMetadata);
  }

  @Override
  public int hashCode() {
    return Objects.hash(stackSet, responseMetadata);
  }

  @Override
  public String toString() {
    return new ModelText("ShowStackSetMetadataResponse")
        .add("stackSet", stackSet)
        .add("responseMetadata", responseMetadata)
        .toString();
  }

  /** Mutable builder; not thread-safe. */
  public static final class Builder {
    private StackSet stackSet;
    private ResponseMetadata responseMetadata;

    private Builder() {}

    private Builder(ShowStackSetMetadataResponse m) {
      this.stackSet = m.stackSet;
      this.responseMetadata = m.responseMetadata;
    }

    /** Sets {@code stackSet}. */
    public Builder stackSet(StackSet value) {
      this.stackSet = value;
      return this;
    }

    /** Sets {@code responseMetadata}. */
    public Builder responseMetadata(ResponseMetadata value) {
      this.responseMetadata = value;
      return this;
    }

    /** Builds the immutable object. */
    public ShowStackSetMetadataResponse build() {
      return new ShowStackSetMetadataResponse(this);
    }
  }
}
