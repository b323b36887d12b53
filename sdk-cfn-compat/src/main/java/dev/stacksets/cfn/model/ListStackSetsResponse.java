package dev.stacksets.cfn.model;

import dev.stacksets.cfn.internal.TokenPage;
import dev.stacksets.core.ResponseMetadata;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import org.jspecify.annotations.Nullable;

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
  private final TokenPage<StackSetSummary> f;

  private ListStackSetsResponse(Builder b) {
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

  /** The stack sets on this page. Unmodifiable; empty when absent (see {@link #hasSummaries()}). */
  public List<StackSetSummary> summaries() {
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
    return this == other || (other instanceof ListStackSetsResponse o && f.equals(o.f));
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
    private final TokenPage<StackSetSummary> f;

    private Builder(TokenPage<StackSetSummary> f) {
      this.f = f;
    }

    /** The stack sets on this page. Copies and replaces the list; null clears it. */
    public Builder summaries(@Nullable Collection<? extends StackSetSummary> values) {
      f.items(values);
      return this;
    }

    /** The stack sets on this page. Replaces the list. */
    public Builder summaries(StackSetSummary @Nullable ... values) {
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
    public ListStackSetsResponse build() {
      return new ListStackSetsResponse(this);
    }
  }
}
