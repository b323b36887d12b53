package dev.stacksets.rfs.model;

import dev.stacksets.core.ResponseMetadata;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

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
  private final List<StackSet> stackSets;
  private final PageInfo pageInfo;
  private final ResponseMetadata responseMetadata;
  private final Map<String, String> additionalFields;

  private ListStackSetsResponse(Builder b) {
    this.stackSets = Collections.unmodifiableList(new ArrayList<>(b.stackSets));
    this.pageInfo = b.pageInfo;
    this.responseMetadata = b.responseMetadata;
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

  /** The stack sets of this page ({@code stack_sets}); empty when none. */
  public List<StackSet> stackSets() {
    return stackSets;
  }

  /** The paging block ({@code page_info}), or null when the service sent none. */
  public PageInfo pageInfo() {
    return pageInfo;
  }

  /** What the transport learned about the call: request id ({@code X-Request-Id}), client request id, status, attempts. */
  public ResponseMetadata responseMetadata() {
    return responseMetadata;
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
    if (!(o instanceof ListStackSetsResponse)) {
      return false;
    }
    ListStackSetsResponse that = (ListStackSetsResponse) o;
    return Objects.equals(stackSets, that.stackSets)
        && Objects.equals(pageInfo, that.pageInfo)
        && Objects.equals(responseMetadata, that.responseMetadata)
        && Objects.equals(additionalFields, that.additionalFields);
  }

  @Override
  public int hashCode() {
    return Objects.hash(stackSets, pageInfo, responseMetadata, additionalFields);
  }

  @Override
  public String toString() {
    StringBuilder sb = new StringBuilder("ListStackSetsResponse{");
    String sep = "";
    if (!stackSets.isEmpty()) {
      sb.append(sep).append("stackSets=").append(stackSets);
      sep = ", ";
    }
    if (pageInfo != null) {
      sb.append(sep).append("pageInfo=").append(pageInfo);
      sep = ", ";
    }
    if (responseMetadata != null) {
      sb.append(sep).append("responseMetadata=").append(responseMetadata);
      sep = ", ";
    }
    if (!additionalFields.isEmpty()) {
      sb.append(sep).append("additionalFields=").append(additionalFields.keySet());
      sep = ", ";
    }
    return sb.append('}').toString();
  }

  /** Mutable builder; not thread-safe. */
  public static final class Builder {
    private final List<StackSet> stackSets = new ArrayList<>();
    private PageInfo pageInfo;
    private ResponseMetadata responseMetadata;
    private final Map<String, String> additionalFields = new LinkedHashMap<>();

    private Builder() {}

    private Builder(ListStackSetsResponse m) {
      this.stackSets.addAll(m.stackSets);
      this.pageInfo = m.pageInfo;
      this.responseMetadata = m.responseMetadata;
      this.additionalFields.putAll(m.additionalFields);
    }

    /** Replaces {@code stackSets} with a copy of {@code values} (null clears it); null elements are refused. */
    public Builder stackSets(java.util.Collection<StackSet> values) {
      this.stackSets.clear();
      if (values != null) {
        for (StackSet v : values) {
          addStackSet(v);
        }
      }
      return this;
    }

    /** Replaces {@code stackSets} with {@code values}. */
    public Builder stackSets(StackSet... values) {
      return stackSets(values == null ? null : java.util.Arrays.asList(values));
    }

    /** Appends one entry to {@code stackSets}. */
    public Builder addStackSet(StackSet value) {
      if (value == null) {
        throw new IllegalArgumentException("stackSets must not contain null");
      }
      this.stackSets.add(value);
      return this;
    }

    /** Sets {@code pageInfo}. */
    public Builder pageInfo(PageInfo value) {
      this.pageInfo = value;
      return this;
    }

    /** Sets {@code responseMetadata}. */
    public Builder responseMetadata(ResponseMetadata value) {
      this.responseMetadata = value;
      return this;
    }

    /** Replaces the additional fields (name to raw JSON text); null clears them. */
    public Builder additionalFields(Map<String, String> fields) {
      this.additionalFields.clear();
      if (fields != null) {
        fields.forEach(this::putAdditionalField);
      }
      return this;
    }

    /** Adds one additional field (name to raw JSON text). */
    public Builder putAdditionalField(String name, String json) {
      if (name == null || json == null) {
        throw new IllegalArgumentException("additionalFields: name and JSON text are required");
      }
      this.additionalFields.put(name, json);
      return this;
    }

    /** Builds the immutable object. */
    public ListStackSetsResponse build() {
      return new ListStackSetsResponse(this);
    }
  }
}
