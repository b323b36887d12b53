package dev.stacksets.cfn.model;

import dev.stacksets.core.ResponseMetadata;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Objects;

/**
 * One page of {@code ListStackSets}.
 *
 * <p>Immutable and thread-safe. Lists are copied in and unmodifiable out; a list getter returns an empty list
 * when the list was absent. Equality compares the data, not {@link #responseMetadata()}.
 *
 * <pre>{@code
 * ListStackSetsResponse page = cfn.listStackSets(r -> r.maxResults(50));
 * }</pre>
 */
public final class ListStackSetsResponse {
  private final List<StackSetSummary> summaries;
  private final String nextToken;
  private final ResponseMetadata responseMetadata;

  private ListStackSetsResponse(Builder b) {
    this.summaries = b.summaries == null ? null : List.copyOf(b.summaries);
    this.nextToken = b.nextToken;
    this.responseMetadata = b.responseMetadata == null ? ResponseMetadata.none() : b.responseMetadata;
  }

  /** Returns a new, empty builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** Returns a builder holding this object's values. */
  public Builder toBuilder() {
    Builder b = new Builder();
    b.summaries = summaries;
    b.nextToken = nextToken;
    b.responseMetadata = responseMetadata;
    return b;
  }

  /** The stack sets on this page. Unmodifiable; empty when absent (see {@link #hasSummaries()}). */
  public List<StackSetSummary> summaries() {
    return summaries == null ? List.of() : summaries;
  }

  /** True when the list was present (possibly empty), false when it was absent. */
  public boolean hasSummaries() {
    return summaries != null;
  }

  /** The token of the next page; null or empty on the last page. Null when absent. */
  public String nextToken() {
    return nextToken;
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
    if (!(other instanceof ListStackSetsResponse)) {
      return false;
    }
    ListStackSetsResponse o = (ListStackSetsResponse) other;
    return summaries().equals(o.summaries())
        && Objects.equals(nextToken, o.nextToken);
  }

  @Override
  public int hashCode() {
    return Objects.hash(summaries(), nextToken);
  }

  @Override
  public String toString() {
    StringBuilder sb = new StringBuilder("ListStackSetsResponse{");
    String sep = "";
    if (summaries != null) {
      sb.append(sep).append("summaries=").append(summaries);
      sep = ", ";
    }
    if (nextToken != null) {
      sb.append(sep).append("nextToken=").append(nextToken);
      sep = ", ";
    }
    sb.append(sep).append("responseMetadata=").append(responseMetadata);
    return sb.append('}').toString();
  }

  /** Mutable builder; not thread-safe. */
  public static final class Builder {
    private List<StackSetSummary> summaries;
    private String nextToken;
    private ResponseMetadata responseMetadata;

    private Builder() {}

    /** The stack sets on this page. Copies and replaces the list; null clears it. */
    public Builder summaries(Collection<? extends StackSetSummary> values) {
      this.summaries = ModelLists.copy(values, "summaries");
      return this;
    }

    /** The stack sets on this page. Replaces the list. */
    public Builder summaries(StackSetSummary... values) {
      return summaries(values == null ? null : Arrays.asList(values));
    }

    /** The token of the next page; null or empty on the last page. */
    public Builder nextToken(String value) {
      this.nextToken = value;
      return this;
    }

    /** The call's metadata; defaults to {@link ResponseMetadata#none()}. */
    public Builder responseMetadata(ResponseMetadata responseMetadata) {
      this.responseMetadata = responseMetadata;
      return this;
    }

    /** Builds the immutable object. */
    public ListStackSetsResponse build() {
      return new ListStackSetsResponse(this);
    }
  }
}
