package dev.stacksets.rfs.model;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * The request of ListStackInstances ({@code GET /v1/stack-sets/{stack_set_name}/stack-instances}). Lists the stack instances of one stack set.
 *
 * <p>Immutable and thread-safe. Setters check each value as it arrives and throw
 * {@link IllegalArgumentException} naming the parameter; the call checks that {@code stackSetName} is set (required) before
 * anything is sent. A null argument unsets an optional value.
 *
 * <pre>{@code
 * ListStackInstancesRequest r = ListStackInstancesRequest.builder()
 *     .stackSetName("my_stack_set")
 *     .filter(StackInstanceFilter.region("cn-north-4").or("cn-east-3"))
 *     .build();
 * }</pre>
 */
public final class ListStackInstancesRequest {
  private final RequestFields<StackInstanceFilter> f;

  private ListStackInstancesRequest(Builder b) {
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

  /** Name of the stack set (path {@code stack_set_name}). */
  public @Nullable String stackSetName() {
    return f.stackSetName;
  }

  /** The stack set id for a strong match (query {@code stack_set_id}). */
  public @Nullable String stackSetId() {
    return f.stackSetId;
  }

  /** The filter (query {@code filter}). */
  public @Nullable StackInstanceFilter filter() {
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
    return this == o || (o instanceof ListStackInstancesRequest that && f.equals(that.f));
  }

  @Override
  public int hashCode() {
    return f.hashCode();
  }

  @Override
  public String toString() {
    return f.render("ListStackInstancesRequest");
  }

  /** Mutable builder; not thread-safe. */
  public static final class Builder {
    private final RequestFields<StackInstanceFilter> f;

    private Builder(RequestFields<StackInstanceFilter> f) {
      this.f = f;
    }

    /**
     * The stack set's name (path {@code stack_set_name}): starts with a letter (Chinese and other non-Latin letters included), then letters, digits, {@code _} and {@code -}; 1 to 128 characters; case-sensitive. Required.
     *
     * @throws IllegalArgumentException when the name breaks the documented pattern
     */
    public Builder stackSetName(@Nullable String value) {
      f.stackSetName(value);
      return this;
    }

    /**
     * The stack set's id (query {@code stack_set_id}): when it differs from the current set's id the service answers 400, so a re-created set of the same name is never touched by mistake.
     *
     * @throws IllegalArgumentException when the value is blank or holds control characters
     */
    public Builder stackSetId(@Nullable String value) {
      f.stackSetId(value);
      return this;
    }

    /** The filter (query {@code filter}); see {@link StackInstanceFilter}. Null for none. */
    public Builder filter(@Nullable StackInstanceFilter value) {
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
    public ListStackInstancesRequest build() {
      return new ListStackInstancesRequest(this);
    }
  }
}
