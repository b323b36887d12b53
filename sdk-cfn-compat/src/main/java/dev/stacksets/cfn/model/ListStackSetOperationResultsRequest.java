package dev.stacksets.cfn.model;

import dev.stacksets.cfn.internal.ModelLists;
import dev.stacksets.core.internal.ModelText;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * The input of {@code ListStackSetOperationResults}: the per-account, per-Region results of one stack-set
 * operation. {@code stackSetName} and {@code operationId} are required.
 *
 * <p>Immutable and thread-safe. Lists are copied in and unmodifiable out; a list getter returns an empty list
 * when the list was absent. Validated when sent: a call with a missing or malformed member throws
 * {@link IllegalArgumentException} naming it, and nothing is sent.
 *
 * <pre>{@code
 * ListStackSetOperationResultsRequest request = ListStackSetOperationResultsRequest.builder()
 *     .stackSetName("my-set").operationId(opId).maxResults(100).build();
 * }</pre>
 */
public final class ListStackSetOperationResultsRequest {
  private final String stackSetName;
  private final String operationId;
  private final String nextToken;
  private final Integer maxResults;
  private final String callAs;
  private final List<OperationResultFilter> filters;

  private ListStackSetOperationResultsRequest(Builder b) {
    this.stackSetName = b.stackSetName;
    this.operationId = b.operationId;
    this.nextToken = b.nextToken;
    this.maxResults = b.maxResults;
    this.callAs = b.callAs;
    this.filters = b.filters == null ? null : List.copyOf(b.filters);
  }

  /** Returns a new, empty builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** Returns a builder holding this object's values. */
  public Builder toBuilder() {
    Builder b = new Builder();
    b.stackSetName = stackSetName;
    b.operationId = operationId;
    b.nextToken = nextToken;
    b.maxResults = maxResults;
    b.callAs = callAs;
    b.filters = filters;
    return b;
  }

  /** The name or id of the stack set (required). */
  public @Nullable String stackSetName() {
    return stackSetName;
  }

  /**
   * The operation id (required; 1 to 128 characters of {@code [a-zA-Z0-9][-a-zA-Z0-9]*}).
   */
  public @Nullable String operationId() {
    return operationId;
  }

  /** The token of the page to fetch (1 to 1024 characters); null for the first page. */
  public @Nullable String nextToken() {
    return nextToken;
  }

  /** The most results per page, 1 to 100. */
  public @Nullable Integer maxResults() {
    return maxResults;
  }

  /**
   * Whether to act as the management account or a delegated administrator. Null when absent;
   * {@link CallAs#UNKNOWN_TO_SDK_VERSION} for a value this SDK does not know (see {@link #callAsAsString()}).
   */
  public @Nullable CallAs callAs() {
    return CallAs.fromValue(callAs);
  }

  /**
   * Whether to act as the management account or a delegated administrator. The raw value as sent.
   */
  public @Nullable String callAsAsString() {
    return callAs;
  }

  /**
   * At most one filter, on {@code OPERATION_RESULT_STATUS}. Unmodifiable; empty when absent (see
   * {@link #hasFilters()}).
   */
  public List<OperationResultFilter> filters() {
    return filters == null ? List.of() : filters;
  }

  /** True when the list was present (possibly empty), false when it was absent. */
  public boolean hasFilters() {
    return filters != null;
  }

  @Override
  public boolean equals(Object other) {
    if (this == other) {
      return true;
    }
    if (!(other instanceof ListStackSetOperationResultsRequest)) {
      return false;
    }
    ListStackSetOperationResultsRequest o = (ListStackSetOperationResultsRequest) other;
    return Objects.equals(stackSetName, o.stackSetName)
        && Objects.equals(operationId, o.operationId)
        && Objects.equals(nextToken, o.nextToken)
        && Objects.equals(maxResults, o.maxResults)
        && Objects.equals(callAs, o.callAs)
        && filters().equals(o.filters());
  }

  @Override
  public int hashCode() {
    return Objects.hash(stackSetName, operationId, nextToken, maxResults, callAs, filters());
  }

  @Override
  public String toString() {
    return new ModelText("ListStackSetOperationResultsRequest")
        .add("stackSetName", stackSetName)
        .add("operationId", operationId)
        .add("nextToken", nextToken)
        .add("maxResults", maxResults)
        .add("callAs", callAs)
        .add("filters", filters)
        .toString();
  }

  /** Mutable builder; not thread-safe. */
  public static final class Builder {
    private String stackSetName;
    private String operationId;
    private String nextToken;
    private Integer maxResults;
    private String callAs;
    private List<OperationResultFilter> filters;

    private Builder() {}

    /** The name or id of the stack set (required). */
    public Builder stackSetName(@Nullable String value) {
      this.stackSetName = value;
      return this;
    }

    /** The operation id (required; 1 to 128 characters of {@code [a-zA-Z0-9][-a-zA-Z0-9]*}). */
    public Builder operationId(@Nullable String value) {
      this.operationId = value;
      return this;
    }

    /** The token of the page to fetch (1 to 1024 characters); null for the first page. */
    public Builder nextToken(@Nullable String value) {
      this.nextToken = value;
      return this;
    }

    /** The most results per page, 1 to 100. */
    public Builder maxResults(@Nullable Integer value) {
      this.maxResults = value;
      return this;
    }

    /** Whether to act as the management account or a delegated administrator. */
    public Builder callAs(@Nullable CallAs value) {
      this.callAs = ModelLists.wire(value, "callAs");
      return this;
    }

    /**
     * Whether to act as the management account or a delegated administrator. As a raw string, for values newer
     * than this SDK.
     */
    public Builder callAs(@Nullable String value) {
      this.callAs = value;
      return this;
    }

    /**
     * At most one filter, on {@code OPERATION_RESULT_STATUS}. Copies and replaces the list; null clears it.
     */
    public Builder filters(@Nullable Collection<? extends OperationResultFilter> values) {
      this.filters = ModelLists.copy(values, "filters");
      return this;
    }

    /** At most one filter, on {@code OPERATION_RESULT_STATUS}. Replaces the list. */
    public Builder filters(OperationResultFilter @Nullable ... values) {
      return filters(values == null ? null : Arrays.asList(values));
    }

    /** Builds the immutable object. */
    public ListStackSetOperationResultsRequest build() {
      return new ListStackSetOperationResultsRequest(this);
    }
  }
}
