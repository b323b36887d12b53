package dev.stacksets.rfs.model;

import dev.stacksets.core.ResponseMetadata;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * The reply of ListStackSets: one page of stack sets.
 *
 * <p>Immutable and thread-safe. Collections are copied in and unmodifiable out.
 *
 * <pre>{@code
 * ListStackSetsResponse r = rfs.listStackSets(b -> b.sortByCreateTime(SortDirection.ASC));
 * r.stackSets().forEach(s -> System.out.println(s.stackSetName()));
 * }</pre>
 */
public final class ListStackSetsResponse {
  private final PageFields<StackSet> f;

  private ListStackSetsResponse(Builder b) {
    this.f = b.f.frozen();
  }

  /** Returns a new, empty builder. */
  public static Builder builder() {
    return new Builder(new PageFields<>("stackSets"));
  }

  /** Returns a builder holding this object's values. */
  public Builder toBuilder() {
    return new Builder(f.copy());
  }

  /** The stack sets of this page ({@code stack_sets}); empty when none. */
  public List<StackSet> stackSets() {
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
    return this == o || (o instanceof ListStackSetsResponse that && f.equals(that.f));
  }

  @Override
  public int hashCode() {
    return f.hashCode();
  }

  @Override
  public String toString() {
    return f.render("ListStackSetsResponse");
  }

  /** Mutable builder; not thread-safe. */
  public static final class Builder {
    private final PageFields<StackSet> f;

    private Builder(PageFields<StackSet> f) {
      this.f = f;
    }

    /** Replaces {@code stackSets} with a copy of {@code values} (null clears it); null elements are refused. */
    public Builder stackSets(java.util.@Nullable Collection<StackSet> values) {
      f.items(values);
      return this;
    }

    /** Replaces {@code stackSets} with {@code values}. */
    public Builder stackSets(StackSet @Nullable ... values) {
      return stackSets(values == null ? null : java.util.Arrays.asList(values));
    }

    /** Appends one entry to {@code stackSets}. */
    public Builder addStackSet(StackSet value) {
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
    public ListStackSetsResponse build() {
      return new ListStackSetsResponse(this);
    }
  }
}
