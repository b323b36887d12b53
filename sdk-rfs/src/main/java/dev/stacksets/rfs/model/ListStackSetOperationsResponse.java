package dev.stacksets.rfs.model;

import dev.stacksets.core.ResponseMetadata;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * The reply of ListStackSetOperations: one page of operations.
 *
 * <p>Immutable and thread-safe. Collections are copied in and unmodifiable out.
 *
 * <pre>{@code
 * ListStackSetOperationsResponse r = rfs.listStackSetOperations(b -> b.stackSetName("my_stack_set"));
 * r.stackSetOperations().forEach(o -> System.out.println(o.operationId() + " " + o.status()));
 * }</pre>
 */
public final class ListStackSetOperationsResponse {
  private final PageFields<StackSetOperation> f;

  private ListStackSetOperationsResponse(Builder b) {
    this.f = b.f.frozen();
  }

  /** Returns a new, empty builder. */
  public static Builder builder() {
    return new Builder(new PageFields<>("stackSetOperations"));
  }

  /** Returns a builder holding this object's values. */
  public Builder toBuilder() {
    return new Builder(f.copy());
  }

  /** The operations of this page ({@code stack_set_operations}); empty when none. */
  public List<StackSetOperation> stackSetOperations() {
    return f.items;
  }

  /** The paging block ({@code page_info}), or null when the service sent none. */
  public @Nullable PageInfo pageInfo() {
    return f.pageInfo;
  }

  /** What the transport learned about the call: request id ({@code X-Request-Id}), client request id, status, attempts. */
  public ResponseMetadata responseMetadata() {
    return f.responseMetadata;
  }

  /** JSON fields this SDK version does not model, by name, each as its raw JSON text (e.g. {@code "\"x\""} or {@code "{...}"}); empty when there are none. Unmodifiable. */
  public Map<String, String> additionalFields() {
    return f.additionalFields;
  }

  @Override
  public boolean equals(Object o) {
    return this == o || (o instanceof ListStackSetOperationsResponse that && f.equals(that.f));
  }

  @Override
  public int hashCode() {
    return f.hashCode();
  }

  @Override
  public String toString() {
    return f.render("ListStackSetOperationsResponse");
  }

  /** Mutable builder; not thread-safe. */
  public static final class Builder {
    private final PageFields<StackSetOperation> f;

    private Builder(PageFields<StackSetOperation> f) {
      this.f = f;
    }

    /** Replaces {@code stackSetOperations} with a copy of {@code values} (null clears it); null elements are refused. */
    public Builder stackSetOperations(java.util.@Nullable Collection<StackSetOperation> values) {
      f.items(values);
      return this;
    }

    /** Replaces {@code stackSetOperations} with {@code values}. */
    public Builder stackSetOperations(StackSetOperation @Nullable ... values) {
      return stackSetOperations(values == null ? null : java.util.Arrays.asList(values));
    }

    /** Appends one entry to {@code stackSetOperations}. */
    public Builder addStackSetOperation(StackSetOperation value) {
      f.add(value);
      return this;
    }

    /** Sets {@code pageInfo}. */
    public Builder pageInfo(@Nullable PageInfo value) {
      f.pageInfo = value;
      return this;
    }

    /** Sets {@code responseMetadata}. */
    public Builder responseMetadata(ResponseMetadata value) {
      f.responseMetadata = value;
      return this;
    }

    /** Replaces the additional fields (name to raw JSON text); null clears them. */
    public Builder additionalFields(@Nullable Map<String, String> fields) {
      f.additionalFields(fields);
      return this;
    }

    /** Adds one additional field (name to raw JSON text). */
    public Builder putAdditionalField(String name, String json) {
      f.putAdditionalField(name, json);
      return this;
    }

    /** Builds the immutable object. */
    public ListStackSetOperationsResponse build() {
      return new ListStackSetOperationsResponse(this);
    }
  }
}
