package dev.stacksets.cfn.model;

import dev.stacksets.cfn.internal.ModelLists;
import dev.stacksets.core.internal.ModelText;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * The input of {@code ListStackInstances}: the stack instances of one stack set, optionally filtered.
 * {@code stackSetName} is required.
 *
 * <p>Immutable and thread-safe. Lists are copied in and unmodifiable out; a list getter returns an empty list
 * when the list was absent. Validated when sent: a call with a missing or malformed member throws
 * {@link IllegalArgumentException} naming it, and nothing is sent.
 *
 * <pre>{@code
 * ListStackInstancesRequest request = ListStackInstancesRequest.builder()
 *     .stackSetName("my-set").stackInstanceRegion("us-east-1").build();
 * }</pre>
 */
public final class ListStackInstancesRequest {
  private final String stackSetName;
  private final String nextToken;
  private final Integer maxResults;
  private final List<StackInstanceFilter> filters;
  private final String stackInstanceAccount;
  private final String stackInstanceRegion;
  private final String callAs;

  private ListStackInstancesRequest(Builder b) {
    this.stackSetName = b.stackSetName;
    this.nextToken = b.nextToken;
    this.maxResults = b.maxResults;
    this.filters = b.filters == null ? null : List.copyOf(b.filters);
    this.stackInstanceAccount = b.stackInstanceAccount;
    this.stackInstanceRegion = b.stackInstanceRegion;
    this.callAs = b.callAs;
  }

  /** Returns a new, empty builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** Returns a builder holding this object's values. */
  public Builder toBuilder() {
    Builder b = new Builder();
    b.stackSetName = stackSetName;
    b.nextToken = nextToken;
    b.maxResults = maxResults;
    b.filters = filters;
    b.stackInstanceAccount = stackInstanceAccount;
    b.stackInstanceRegion = stackInstanceRegion;
    b.callAs = callAs;
    return b;
  }

  /** The name or id of the stack set (required). */
  public @Nullable String stackSetName() {
    return stackSetName;
  }

  /** The token of the page to fetch (1 to 1024 characters); null for the first page. */
  public @Nullable String nextToken() {
    return nextToken;
  }

  /** The most results per page, 1 to 100. */
  public @Nullable Integer maxResults() {
    return maxResults;
  }

  /** At most three filters. Unmodifiable; empty when absent (see {@link #hasFilters()}). */
  public List<StackInstanceFilter> filters() {
    return filters == null ? List.of() : filters;
  }

  /** True when the list was present (possibly empty), false when it was absent. */
  public boolean hasFilters() {
    return filters != null;
  }

  /** Only instances in this 12-digit account. */
  public @Nullable String stackInstanceAccount() {
    return stackInstanceAccount;
  }

  /** Only instances in this Region. */
  public @Nullable String stackInstanceRegion() {
    return stackInstanceRegion;
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

  @Override
  public boolean equals(Object other) {
    if (this == other) {
      return true;
    }
    if (!(other instanceof ListStackInstancesRequest)) {
      return false;
    }
    ListStackInstancesRequest o = (ListStackInstancesRequest) other;
    return Objects.equals(stackSetName, o.stackSetName)
        && Objects.equals(nextToken, o.nextToken)
        && Objects.equals(maxResults, o.maxResults)
        && filters().equals(o.filters())
        && Objects.equals(stackInstanceAccount, o.stackInstanceAccount)
        && Objects.equals(stackInstanceRegion, o.stackInstanceRegion)
        && Objects.equals(callAs, o.callAs);
  }

  @Override
  public int hashCode() {
    return Objects.hash(stackSetName, nextToken, maxResults, filters(), stackInstanceAccount, stackInstanceRegion,
        callAs);
  }

  @Override
  public String toString() {
    return new ModelText("ListStackInstancesRequest")
        .add("stackSetName", stackSetName)
        .add("nextToken", nextToken)
        .add("maxResults", maxResults)
        .add("filters", filters)
        .add("stackInstanceAccount", stackInstanceAccount)
        .add("stackInstanceRegion", stackInstanceRegion)
        .add("callAs", callAs)
        .toString();
  }

  /** Mutable builder; not thread-safe. */
  public static final class Builder {
    private String stackSetName;
    private String nextToken;
    private Integer maxResults;
    private List<StackInstanceFilter> filters;
    private String stackInstanceAccount;
    private String stackInstanceRegion;
    private String callAs;

    private Builder() {}

    /** The name or id of the stack set (required). */
    public Builder stackSetName(@Nullable String value) {
      this.stackSetName = value;
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

    /** At most three filters. Copies and replaces the list; null clears it. */
    public Builder filters(@Nullable Collection<? extends StackInstanceFilter> values) {
      this.filters = ModelLists.copy(values, "filters");
      return this;
    }

    /** At most three filters. Replaces the list. */
    public Builder filters(StackInstanceFilter @Nullable ... values) {
      return filters(values == null ? null : Arrays.asList(values));
    }

    /** Only instances in this 12-digit account. */
    public Builder stackInstanceAccount(@Nullable String value) {
      this.stackInstanceAccount = value;
      return this;
    }

    /** Only instances in this Region. */
    public Builder stackInstanceRegion(@Nullable String value) {
      this.stackInstanceRegion = value;
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

    /** Builds the immutable object. */
    public ListStackInstancesRequest build() {
      return new ListStackInstancesRequest(this);
    }
  }
}
