package dev.stacksets.rfs.model;

import dev.stacksets.core.ResponseMetadata;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

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
  private final List<StackInstance> stackInstances;
  private final PageInfo pageInfo;
  private final ResponseMetadata responseMetadata;
  private final Map<String, String> additionalFields;

  private ListStackInstancesResponse(Builder b) {
    this.stackInstances = Collections.unmodifiableList(new ArrayList<>(b.stackInstances));
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

  /** The instances of this page ({@code stack_instances}); empty when none. */
  public List<StackInstance> stackInstances() {
    return stackInstances;
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
    if (!(o instanceof ListStackInstancesResponse)) {
      return false;
    }
    ListStackInstancesResponse that = (ListStackInstancesResponse) o;
    return Objects.equals(stackInstances, that.stackInstances)
        && Objects.equals(pageInfo, that.pageInfo)
        && Objects.equals(responseMetadata, that.responseMetadata)
        && Objects.equals(additionalFields, that.additionalFields);
  }

  @Override
  public int hashCode() {
    return Objects.hash(stackInstances, pageInfo, responseMetadata, additionalFields);
  }

  @Override
  public String toString() {
    StringBuilder sb = new StringBuilder("ListStackInstancesResponse{");
    String sep = "";
    if (!stackInstances.isEmpty()) {
      sb.append(sep).append("stackInstances=").append(stackInstances);
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
    private final List<StackInstance> stackInstances = new ArrayList<>();
    private PageInfo pageInfo;
    private ResponseMetadata responseMetadata;
    private final Map<String, String> additionalFields = new LinkedHashMap<>();

    private Builder() {}

    private Builder(ListStackInstancesResponse m) {
      this.stackInstances.addAll(m.stackInstances);
      this.pageInfo = m.pageInfo;
      this.responseMetadata = m.responseMetadata;
      this.additionalFields.putAll(m.additionalFields);
    }

    /** Replaces {@code stackInstances} with a copy of {@code values} (null clears it); null elements are refused. */
    public Builder stackInstances(java.util.Collection<StackInstance> values) {
      this.stackInstances.clear();
      if (values != null) {
        for (StackInstance v : values) {
          addStackInstance(v);
        }
      }
      return this;
    }

    /** Replaces {@code stackInstances} with {@code values}. */
    public Builder stackInstances(StackInstance... values) {
      return stackInstances(values == null ? null : java.util.Arrays.asList(values));
    }

    /** Appends one entry to {@code stackInstances}. */
    public Builder addStackInstance(StackInstance value) {
      if (value == null) {
        throw new IllegalArgumentException("stackInstances must not contain null");
      }
      this.stackInstances.add(value);
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
    public ListStackInstancesResponse build() {
      return new ListStackInstancesResponse(this);
    }
  }
}
