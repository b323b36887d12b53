package dev.stacksets.rfs.model;

import dev.stacksets.core.ResponseMetadata;
import dev.stacksets.core.internal.ModelText;
import java.util.Objects;

/**
 * The reply of ShowStackInstance.
 *
 * <p>Immutable and thread-safe. Collections are copied in and unmodifiable out.
 *
 * <pre>{@code
 * StackInstance i = rfs.showStackInstance(r -> r.stackSetName("my_stack_set").region("cn-north-4")
 *     .stackDomainId(domainId)).stackInstance();
 * }</pre>
 */
public final class ShowStackInstanceResponse {
  private final StackInstance stackInstance;
  private final ResponseMetadata responseMetadata;

  private ShowStackInstanceResponse(Builder b) {
    this.stackInstance = b.stackInstance;
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

  /** The stack instance, with its variable overrides. */
  public StackInstance stackInstance() {
    return stackInstance;
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
    if (!(o instanceof ShowStackInstanceResponse)) {
      return false;
    }
    ShowStackInstanceResponse that = (ShowStackInstanceResponse) o;
    return Objects.equals(stackInstance, that.stackInstance)
        && Objects.equals(responseMetadata, that.responseMetadata);
  }

  @Override
  public int hashCode() {
    return Objects.hash(stackInstance, responseMetadata);
  }

  @Override
  public String toString() {
    return new ModelText("ShowStackInstanceResponse")
        .add("stackInstance", stackInstance)
        .add("responseMetadata", responseMetadata)
        .toString();
  }

  /** Mutable builder; not thread-safe. */
  public static final class Builder {
    private StackInstance stackInstance;
    private ResponseMetadata responseMetadata;

    private Builder() {}

    private Builder(ShowStackInstanceResponse m) {
      this.stackInstance = m.stackInstance;
      this.responseMetadata = m.responseMetadata;
    }

    /** Sets {@code stackInstance}. */
    public Builder stackInstance(StackInstance value) {
      this.stackInstance = value;
      return this;
    }

    /** Sets {@code responseMetadata}. */
    public Builder responseMetadata(ResponseMetadata value) {
      this.responseMetadata = value;
      return this;
    }

    /** Builds the immutable object. */
    public ShowStackInstanceResponse build() {
      return new ShowStackInstanceResponse(this);
    }
  }
}
