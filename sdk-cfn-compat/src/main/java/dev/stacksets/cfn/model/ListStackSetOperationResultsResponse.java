package dev.stacksets.cfn.model;

import dev.stacksets.cfn.internal.TokenPage;
import dev.stacksets.core.ResponseMetadata;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * One page of {@code ListStackSetOperationResults}.
 *
 * <p>Immutable and thread-safe. Lists are copied in and unmodifiable out; a list getter returns an empty list
 * when the list was absent. Equality compares the data, not {@link #responseMetadata()}.
 *
 * <pre>{@code
 * ListStackSetOperationResultsResponse page = cfn.listStackSetOperationResults(r -> r
 *     .stackSetName("my-set").operationId(opId));
 * page.summaries().forEach(System.out::println);
 * }</pre>
 */
public final class ListStackSetOperationResultsResponse {
  private final TokenPage<StackSetOperationResultSummary> f;

  private ListStackSetOperationResultsResponse(Builder b) {
    this.f = b.f.frozen();
  }

  /** Returns a new, empty builder. */
  public static Builder builder() {
    return new Builder(new TokenPage<>("summaries"));
  }

  /** Returns a builder holding this object's values. */
  public Builder toBuilder() {
    return new Builder(f.copy());
  }

  /** The results on this page. Unmodifiable; empty when absent (see {@link #hasSummaries()}). */
  public List<StackSetOperationResultSummary> summaries() {
    return f.items();
  }

  /** True when the list was present (possibly empty), false when it was absent. */
  public boolean hasSummaries() {
    return f.hasItems();
  }

  /** The token of the next page; null or empty on the last page. */
  public @Nullable String nextToken() {
    return f.nextToken();
  }

  /**
   * What the transport learned about the call (request id, status, attempts); never null. Not part of
   * {@link #equals(Object)}.
   */
  public ResponseMetadata responseMetadata() {
    return f.responseMetadata();
  }

  @Override
  public boolean equals(Object other) {
    return this == other || (other instanceof ListStackSetOperationResultsResponse o && f.equals(o.f));
  }

  @Override
  public int hashCode() {
    return f.hashCode();
  }

  @Override
  public String toString() {
    return f.render("ListStackSetOperationResultsResponse");
  }

  /** Mutable builder; not thread-safe. */
  public static final class Builder {
    private final TokenPage<StackSetOperationResultSummary> f;

    private Builder(TokenPage<StackSetOperationResultSummary> f) {
      this.f = f;
    }

    /** The results on this page. Copies and replaces the list; null clears it. */
    public Builder summaries(@Nullable Collection<? extends StackSetOperationResultSummary> values) {
      f.items(values);
      return this;
    }

    /** The results on this page. Replaces the list. */
    public Builder summaries(StackSetOperationResultSummary @Nullable ... values) {
      return summaries(values == null ? null : Arrays.asList(values));
    }

    /** The token of the next page; null or empty on the last page. */
    public Builder nextToken(@Nullable String value) {
      f.nextToken(value);
      return this;
    }

    /** The call's metadata; defaults to {@link ResponseMetadata#none()}. */
    public Builder responseMetadata(ResponseMetadata responseMetadata) {
      f.responseMetadata(responseMetadata);
      return this;
    }

    /** Builds the immutable object. */
    public ListStackSetOperationResultsResponse build() {
      return new ListStackSetOperationResultsResponse(this);
    }
  }
}
