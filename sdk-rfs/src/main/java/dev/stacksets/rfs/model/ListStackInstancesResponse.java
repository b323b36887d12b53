package dev.stacksets.rfs.model;

import dev.stacksets.core.ResponseMetadata;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * The reply of ListStackInstances: one page of stack instances.
 *
 * <p>Immutable and thread-safe. Collections are copied in and unmodifiable out.
 *
 * <pre>{@code
 * ListStackInstancesResponse r = rfs.listStackInstances(b -> b.stackSetName("my_stack_set"));
 * r.stackInstances().forEach(i -> System.out.println(i.region() + " " + i.status()));
 * }</pre>
 */
public final class ListStackInstancesResponse {
  private final PageFields<StackInstance> f;

  private ListStackInstancesResponse(Builder b) {
    this.f = b.f.frozen();
  }

  /** Returns a new, empty builder. */
  public static Builder builder() {
    return new Builder(new PageFields<>("stackInstances"));
  }

  /** Returns a builder holding this object's values. */
  public Builder toBuilder() {
    return new Builder(f.copy());
  }

  /** The instances of this page ({@code stack_instances}); empty when none. */
  public List<StackInstance> stackInstances() {
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
    return this == o || (o instanceof ListStackInstancesResponse that && f.equals(that.f));
  }

  @Override
  public int hashCode() {
    return f.hashCode();
  }

  @Override
  public String toString() {
    return f.render("ListStackInstancesResponse");
  }

  /** Mutable builder; not thread-safe. */
  public static final class Builder {
    private final PageFields<StackInstance> f;

    private Builder(PageFields<StackInstance> f) {
      this.f = f;
    }

    /** Replaces {@code stackInstances} with a copy of {@code values} (null clears it); null elements are refused. */
    public Builder stackInstances(java.util.@Nullable Collection<StackInstance> values) {
      f.items(values);
      return this;
    }

    /** Replaces {@code stackInstances} with {@code values}. */
    public Builder stackInstances(StackInstance @Nullable ... values) {
      return stackInstances(values == null ? null : java.util.Arrays.asList(values));
    }

    /** Appends one entry to {@code stackInstances}. */
    public Builder addStackInstance(StackInstance value) {
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
    public ListStackInstancesResponse build() {
      return new ListStackInstancesResponse(this);
    }
  }
}
