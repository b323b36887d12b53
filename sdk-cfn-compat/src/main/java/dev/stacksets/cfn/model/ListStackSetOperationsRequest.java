package dev.stacksets.cfn.model;

import dev.stacksets.cfn.internal.ModelLists;
import dev.stacksets.core.internal.ModelText;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * The input of {@code ListStackSetOperations}: the operations of one stack set. {@code stackSetName} is
 * required.
 *
 * <p>Immutable and thread-safe. Validated when sent: a call with a missing or malformed member throws
 * {@link IllegalArgumentException} naming it, and nothing is sent.
 *
 * <pre>{@code
 * ListStackSetOperationsRequest request = ListStackSetOperationsRequest.builder()
 *     .stackSetName("my-set").maxResults(20).build();
 * }</pre>
 */
public final class ListStackSetOperationsRequest {
  private final String stackSetName;
  private final String nextToken;
  private final Integer maxResults;
  private final String callAs;

  private ListStackSetOperationsRequest(Builder b) {
    this.stackSetName = b.stackSetName;
    this.nextToken = b.nextToken;
    this.maxResults = b.maxResults;
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
    if (!(other instanceof ListStackSetOperationsRequest)) {
      return false;
    }
    ListStackSetOperationsRequest o = (ListStackSetOperationsRequest) other;
    return Objects.equals(stackSetName, o.stackSetName)
        && Objects.equals(nextToken, o.nextToken)
        && Objects.equals(maxResults, o.maxResults)
        && Objects.equals(callAs, o.callAs);
  }

  @Override
  public int hashCode() {
    return Objects.hash(stackSetName, nextToken, maxResults, callAs);
  }

  @Override
  public String toString() {
    return new ModelText("ListStackSetOperationsRequest")
        .add("stackSetName", stackSetName)
        .add("nextToken", nextToken)
        .add("maxResults", maxResults)
        .add("callAs", callAs)
        .toString();
  }

  /** Mutable builder; not thread-safe. */
  public static final class Builder {
    private String stackSetName;
    private String nextToken;
    private Integer maxResults;
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
    public ListStackSetOperationsRequest build() {
      return new ListStackSetOperationsRequest(this);
    }
  }
}
