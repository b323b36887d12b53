package dev.stacksets.rfs.model;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * The request of ListStackSets ({@code GET /v1/stack-sets}). Lists the stack sets of the account in the client's region.
 *
 * <p>Immutable and thread-safe. Setters check each value as it arrives and throw
 * {@link IllegalArgumentException} naming the parameter; the call checks that nothing is set (required) before
 * anything is sent. A null argument unsets an optional value.
 *
 * <pre>{@code
 * ListStackSetsRequest r = ListStackSetsRequest.builder()
 *     .filter(StackSetFilter.permissionModel(PermissionModel.SELF_MANAGED))
 *     .sortByCreateTime(SortDirection.ASC)
 *     .build();
 * }</pre>
 */
public final class ListStackSetsRequest {
  private final RequestFields<StackSetFilter> f;

  private ListStackSetsRequest(Builder b) {
    this.f = b.f.frozen();
  }

  /** Returns a new, empty builder. */
  public static Builder builder() {
    return new Builder(new RequestFields<>());
  }

  /** Returns a builder holding this request's values. */
  public Builder toBuilder() {
    return new Builder(f.copy());
  }

  /** The filter (query {@code filter}). */
  public @Nullable StackSetFilter filter() {
    return f.filter;
  }

  /** The sorts, as matched {@code sort_key}/{@code sort_dir} pairs in order; empty for the service default. */
  public List<Sort> sorts() {
    return f.sorts;
  }

  /** The call identity (query {@code call_identity}), or null for the service default ({@code SELF}). */
  public @Nullable CallIdentity callIdentity() {
    return f.callIdentity;
  }

  /** The page marker (query {@code marker}), or null for the first page. */
  public @Nullable String marker() {
    return f.marker;
  }

  /** Most items per page (query {@code limit}), or null for the service default. */
  public @Nullable Integer limit() {
    return f.limit;
  }

  /** The {@code Client-Request-Id} to send, or null to have the SDK generate a UUID. */
  public @Nullable String clientRequestId() {
    return f.clientRequestId;
  }

  @Override
  public boolean equals(Object o) {
    return this == o || (o instanceof ListStackSetsRequest that && f.equals(that.f));
  }

  @Override
  public int hashCode() {
    return f.hashCode();
  }

  @Override
  public String toString() {
    return f.render("ListStackSetsRequest");
  }

  /** Mutable builder; not thread-safe. */
  public static final class Builder {
    private final RequestFields<StackSetFilter> f;

    private Builder(RequestFields<StackSetFilter> f) {
      this.f = f;
    }

    /** The filter (query {@code filter}); see {@link StackSetFilter}. Null for none. */
    public Builder filter(@Nullable StackSetFilter value) {
      f.filter = value;
      return this;
    }

    /**
     * Appends a sort on {@code create_time} in the given direction (sent as a matched {@code sort_key=create_time} /
     * {@code sort_dir} pair). Without any sort the service sorts by creation time, newest first.
     *
     * @throws IllegalArgumentException when {@code direction} is null
     */
    public Builder sortByCreateTime(SortDirection direction) {
      f.sortByCreateTime(direction);
      return this;
    }

    /**
     * Replaces the sorts with matched key/direction pairs; null clears them.
     *
     * @throws IllegalArgumentException when the list holds a null
     */
    public Builder sorts(java.util.@Nullable Collection<Sort> values) {
      f.sorts(values);
      return this;
    }

    /**
     * Replaces the sorts with the API's two parallel arrays, {@code sort_key} and {@code sort_dir}, paired by
     * position; null for both clears them.
     *
     * @throws IllegalArgumentException when the two lists differ in length (the service would answer 400) or hold a
     *     null
     */
    public Builder sort(List<SortKey> sortKeys, List<SortDirection> sortDirections) {
      f.sort(sortKeys, sortDirections);
      return this;
    }

    /**
     * The call identity (query {@code call_identity}); only meaningful for SERVICE_MANAGED stack sets. Null for the service default ({@code SELF}).
     *
     * @throws IllegalArgumentException for {@link CallIdentity#UNKNOWN_TO_SDK_VERSION}
     */
    public Builder callIdentity(@Nullable CallIdentity value) {
      f.callIdentity(value);
      return this;
    }

    /**
     * The marker of the page to fetch (query {@code marker}): the previous page's {@code page_info.next_marker}. A marker works only with otherwise identical parameters. Null for the first page.
     *
     * @throws IllegalArgumentException when blank
     */
    public Builder marker(@Nullable String value) {
      f.marker(value);
      return this;
    }

    /**
     * Most items per page (query {@code limit}), 10 to 1000; null for the service default.
     *
     * @throws IllegalArgumentException when outside 10..1000
     */
    public Builder limit(@Nullable Integer value) {
      f.limit(value);
      return this;
    }

    /**
     * The {@code Client-Request-Id} header to send (the service wants a unique id per request; a UUID is recommended). Null to have the SDK generate a fresh UUID per call; the same id is kept on every retry of one call.
     *
     * @throws IllegalArgumentException when blank, longer than 128 characters or not printable ASCII without spaces
     */
    public Builder clientRequestId(@Nullable String value) {
      f.clientRequestId(value);
      return this;
    }

    /** Builds the immutable request. */
    public ListStackSetsRequest build() {
      return new ListStackSetsRequest(this);
    }
  }
}
