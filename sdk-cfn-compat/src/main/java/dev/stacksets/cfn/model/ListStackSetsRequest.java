package dev.stacksets.cfn.model;

import dev.stacksets.cfn.internal.ModelLists;
import dev.stacksets.core.internal.ModelText;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * The input of {@code ListStackSets}: the stack sets of the account; every member is optional.
 *
 * <p>Immutable and thread-safe. Validated when sent: a call with a missing or malformed member throws
 * {@link IllegalArgumentException} naming it, and nothing is sent.
 *
 * <pre>{@code
 * ListStackSetsRequest request = ListStackSetsRequest.builder().status(StackSetStatus.ACTIVE).maxResults(50).build();
 * }</pre>
 */
public final class ListStackSetsRequest {
  private final String nextToken;
  private final Integer maxResults;
  private final String status;
  private final String callAs;

  private ListStackSetsRequest(Builder b) {
    this.nextToken = b.nextToken;
    this.maxResults = b.maxResults;
    this.status = b.status;
    this.callAs = b.callAs;
  }

  /** Returns a new, empty builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** Returns a builder holding this object's values. */
  public Builder toBuilder() {
    Builder b = new Builder();
    b.nextToken = nextToken;
    b.maxResults = maxResults;
    b.status = status;
    b.callAs = callAs;
    return b;
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
   * Only stack sets with this status. Null when absent; {@link StackSetStatus#UNKNOWN_TO_SDK_VERSION} for a value
   * this SDK does not know (see {@link #statusAsString()}).
   */
  public @Nullable StackSetStatus status() {
    return StackSetStatus.fromValue(status);
  }

  /** Only stack sets with this status. The raw value as sent. */
  public @Nullable String statusAsString() {
    return status;
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
    if (!(other instanceof ListStackSetsRequest)) {
      return false;
    }
    ListStackSetsRequest o = (ListStackSetsRequest) other;
    return Objects.equals(nextToken, o.nextToken)
        && Objects.equals(maxResults, o.maxResults)
        && Objects.equals(status, o.status)
        && Objects.equals(callAs, o.callAs);
  }

  @Override
  public int hashCode() {
    return Objects.hash(nextToken, maxResults, status, callAs);
  }

  @Override
  public String toString() {
    return new ModelText("ListStackSetsRequest")
        .add("nextToken", nextToken)
        .add("maxResults", maxResults)
        .add("status", status)
        .add("callAs", callAs)
        .toString();
  }

  /** Mutable builder; not thread-safe. */
  public static final class Builder {
    private String nextToken;
    private Integer maxResults;
    private String status;
    private String callAs;

    private Builder() {}

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

    /** Only stack sets with this status. */
    public Builder status(@Nullable StackSetStatus value) {
      this.status = ModelLists.wire(value, "status");
      return this;
    }

    /** Only stack sets with this status. As a raw string, for values newer than this SDK. */
    public Builder status(@Nullable String value) {
      this.status = value;
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
    public ListStackSetsRequest build() {
      return new ListStackSetsRequest(this);
    }
  }
}
