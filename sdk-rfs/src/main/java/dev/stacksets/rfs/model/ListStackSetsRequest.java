package dev.stacksets.rfs.model;

import dev.stacksets.rfs.internal.RfsValidation;
import java.util.Objects;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

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
  private final StackSetFilter filter;
  private final List<Sort> sorts;
  private final CallIdentity callIdentity;
  private final String marker;
  private final Integer limit;
  private final String clientRequestId;

  private ListStackSetsRequest(Builder b) {
    this.filter = b.filter;
    this.sorts = Collections.unmodifiableList(new ArrayList<>(b.sorts));
    this.callIdentity = b.callIdentity;
    this.marker = b.marker;
    this.limit = b.limit;
    this.clientRequestId = b.clientRequestId;
  }

  /** Returns a new, empty builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** Returns a builder holding this request's values. */
  public Builder toBuilder() {
    return new Builder(this);
  }

  /** The filter (query {@code filter}), or null. */
  public StackSetFilter filter() {
    return filter;
  }

  /** The sorts, as matched {@code sort_key}/{@code sort_dir} pairs in order; empty for the service default. */
  public List<Sort> sorts() {
    return sorts;
  }

  /** The call identity (query {@code call_identity}), or null for the service default ({@code SELF}). */
  public CallIdentity callIdentity() {
    return callIdentity;
  }

  /** The page marker (query {@code marker}), or null for the first page. */
  public String marker() {
    return marker;
  }

  /** Most items per page (query {@code limit}), or null for the service default. */
  public Integer limit() {
    return limit;
  }

  /** The {@code Client-Request-Id} to send, or null to have the SDK generate a UUID. */
  public String clientRequestId() {
    return clientRequestId;
  }

  @Override
  public boolean equals(Object o) {
    if (this == o) {
      return true;
    }
    if (!(o instanceof ListStackSetsRequest)) {
      return false;
    }
    ListStackSetsRequest that = (ListStackSetsRequest) o;
    return Objects.equals(filter, that.filter)
        && Objects.equals(sorts, that.sorts)
        && Objects.equals(callIdentity, that.callIdentity)
        && Objects.equals(marker, that.marker)
        && Objects.equals(limit, that.limit)
        && Objects.equals(clientRequestId, that.clientRequestId);
  }

  @Override
  public int hashCode() {
    return Objects.hash(filter, sorts, callIdentity, marker, limit, clientRequestId);
  }

  @Override
  public String toString() {
    StringBuilder sb = new StringBuilder("ListStackSetsRequest{");
    String sep = "";
    if (filter != null) {
      sb.append(sep).append("filter=").append(filter);
      sep = ", ";
    }
    if (!sorts.isEmpty()) {
      sb.append(sep).append("sorts=").append(sorts);
      sep = ", ";
    }
    if (callIdentity != null) {
      sb.append(sep).append("callIdentity=").append(callIdentity);
      sep = ", ";
    }
    if (marker != null) {
      sb.append(sep).append("marker=").append(marker);
      sep = ", ";
    }
    if (limit != null) {
      sb.append(sep).append("limit=").append(limit);
      sep = ", ";
    }
    if (clientRequestId != null) {
      sb.append(sep).append("clientRequestId=").append(clientRequestId);
      sep = ", ";
    }
    return sb.append('}').toString();
  }

  /** Mutable builder; not thread-safe. */
  public static final class Builder {
    private StackSetFilter filter;
    private final List<Sort> sorts = new ArrayList<>();
    private CallIdentity callIdentity;
    private String marker;
    private Integer limit;
    private String clientRequestId;

    private Builder() {}

    private Builder(ListStackSetsRequest r) {
      this.filter = r.filter;
      this.sorts.addAll(r.sorts);
      this.callIdentity = r.callIdentity;
      this.marker = r.marker;
      this.limit = r.limit;
      this.clientRequestId = r.clientRequestId;
    }

    /** The filter (query {@code filter}); see {@link StackSetFilter}. Null for none. */
    public Builder filter(StackSetFilter value) {
      this.filter = value;
      return this;
    }

    /**
     * Appends a sort on {@code create_time} in the given direction (sent as a matched {@code sort_key=create_time} /
     * {@code sort_dir} pair). Without any sort the service sorts by creation time, newest first.
     *
     * @throws IllegalArgumentException when {@code direction} is null
     */
    public Builder sortByCreateTime(SortDirection direction) {
      if (direction == null) {
        throw new IllegalArgumentException("sort direction (sort_dir) must not be null");
      }
      this.sorts.add(new Sort(SortKey.CREATE_TIME, direction));
      return this;
    }

    /**
     * Replaces the sorts with matched key/direction pairs; null clears them.
     *
     * @throws IllegalArgumentException when the list holds a null
     */
    public Builder sorts(java.util.Collection<Sort> values) {
      this.sorts.clear();
      if (values != null) {
        for (Sort s : values) {
          if (s == null) {
            throw new IllegalArgumentException("sorts must not contain null");
          }
          this.sorts.add(s);
        }
      }
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
      this.sorts.clear();
      this.sorts.addAll(RfsValidation.sortPairs(sortKeys, sortDirections));
      return this;
    }

    /**
     * The call identity (query {@code call_identity}); only meaningful for SERVICE_MANAGED stack sets. Null for the service default ({@code SELF}).
     *
     * @throws IllegalArgumentException for {@link CallIdentity#UNKNOWN_TO_SDK_VERSION}
     */
    public Builder callIdentity(CallIdentity value) {
      this.callIdentity = RfsValidation.callIdentity(value);
      return this;
    }

    /**
     * The marker of the page to fetch (query {@code marker}): the previous page's {@code page_info.next_marker}. A marker works only with otherwise identical parameters. Null for the first page.
     *
     * @throws IllegalArgumentException when blank
     */
    public Builder marker(String value) {
      this.marker = RfsValidation.marker(value);
      return this;
    }

    /**
     * Most items per page (query {@code limit}), 10 to 1000; null for the service default.
     *
     * @throws IllegalArgumentException when outside 10..1000
     */
    public Builder limit(Integer value) {
      this.limit = RfsValidation.limit(value);
      return this;
    }

    /**
     * The {@code Client-Request-Id} header to send (the service wants a unique id per request; a UUID is recommended). Null to have the SDK generate a fresh UUID per call; the same id is kept on every retry of one call.
     *
     * @throws IllegalArgumentException when blank, longer than 128 characters or not printable ASCII without spaces
     */
    public Builder clientRequestId(String value) {
      this.clientRequestId = RfsValidation.clientRequestId(value);
      return this;
    }

    /** Builds the immutable request. */
    public ListStackSetsRequest build() {
      return new ListStackSetsRequest(this);
    }
  }
}
