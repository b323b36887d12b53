package dev.stacksets.rfs.model;

import dev.stacksets.core.internal.ModelText;
import dev.stacksets.rfs.internal.RfsValidation;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.List;
import java.util.Objects;

/**
 * The parameters the RFS requests share (path names, {@code stack_set_id}, filter, sorts, {@code call_identity},
 * paging and {@code Client-Request-Id}), held, checked, compared and rendered in one place. Each request type exposes
 * only the parameters of its operation; the rest stay null (or empty) here.
 *
 * <p>A request builder owns a mutable instance; {@link #frozen()} gives the request its own copy, which it never
 * changes and never hands out, so the requests stay immutable. Not thread-safe on its own.
 *
 * @param <F> the operation's filter type ({@link Void} for operations without a filter)
 */
final class RequestFields<F> {
  String stackSetName;
  String operationId;
  String region;
  String stackDomainId;
  String stackSetId;
  F filter;
  List<Sort> sorts = new ArrayList<>();
  CallIdentity callIdentity;
  String marker;
  Integer limit;
  String clientRequestId;

  /** A copy whose sort list is unmodifiable: what a built request keeps. */
  RequestFields<F> frozen() {
    RequestFields<F> c = copy();
    c.sorts = Collections.unmodifiableList(c.sorts);
    return c;
  }

  /** A mutable copy: what {@code toBuilder()} starts from. */
  RequestFields<F> copy() {
    RequestFields<F> c = new RequestFields<>();
    c.stackSetName = stackSetName;
    c.operationId = operationId;
    c.region = region;
    c.stackDomainId = stackDomainId;
    c.stackSetId = stackSetId;
    c.filter = filter;
    c.sorts = new ArrayList<>(sorts);
    c.callIdentity = callIdentity;
    c.marker = marker;
    c.limit = limit;
    c.clientRequestId = clientRequestId;
    return c;
  }

  void stackSetName(String value) {
    this.stackSetName = RfsValidation.stackSetName(value);
  }

  void operationId(String value) {
    this.operationId = RfsValidation.id(value, "operationId", "stack_set_operation_id");
  }

  void region(String value) {
    this.region = RfsValidation.region(value);
  }

  void stackDomainId(String value) {
    this.stackDomainId = RfsValidation.stackDomainId(value);
  }

  void stackSetId(String value) {
    this.stackSetId = RfsValidation.id(value, "stackSetId", "stack_set_id");
  }

  void sortByCreateTime(SortDirection direction) {
    if (direction == null) {
      throw new IllegalArgumentException("sort direction (sort_dir) must not be null");
    }
    this.sorts.add(new Sort(SortKey.CREATE_TIME, direction));
  }

  void sorts(Collection<Sort> values) {
    BuilderFields.replace(sorts, values, "sorts");
  }

  void sort(List<SortKey> sortKeys, List<SortDirection> sortDirections) {
    this.sorts.clear();
    this.sorts.addAll(RfsValidation.sortPairs(sortKeys, sortDirections));
  }

  void callIdentity(CallIdentity value) {
    this.callIdentity = RfsValidation.callIdentity(value);
  }

  void marker(String value) {
    this.marker = RfsValidation.marker(value);
  }

  void limit(Integer value) {
    this.limit = RfsValidation.limit(value);
  }

  void clientRequestId(String value) {
    this.clientRequestId = RfsValidation.clientRequestId(value);
  }

  @Override
  public boolean equals(Object o) {
    if (this == o) {
      return true;
    }
    if (!(o instanceof RequestFields<?> that)) {
      return false;
    }
    return Objects.equals(stackSetName, that.stackSetName)
        && Objects.equals(operationId, that.operationId)
        && Objects.equals(region, that.region)
        && Objects.equals(stackDomainId, that.stackDomainId)
        && Objects.equals(stackSetId, that.stackSetId)
        && Objects.equals(filter, that.filter)
        && Objects.equals(sorts, that.sorts)
        && Objects.equals(callIdentity, that.callIdentity)
        && Objects.equals(marker, that.marker)
        && Objects.equals(limit, that.limit)
        && Objects.equals(clientRequestId, that.clientRequestId);
  }

  @Override
  public int hashCode() {
    return Objects.hash(stackSetName, operationId, region, stackDomainId, stackSetId, filter, sorts, callIdentity,
        marker, limit, clientRequestId);
  }

  /** {@code TypeName{name=value, ...}} with the set parameters only, in the API's order. */
  String render(String typeName) {
    return new ModelText(typeName)
        .add("stackSetName", stackSetName)
        .add("operationId", operationId)
        .add("region", region)
        .add("stackDomainId", stackDomainId)
        .add("stackSetId", stackSetId)
        .add("filter", filter)
        .addIfAny("sorts", sorts)
        .add("callIdentity", callIdentity)
        .add("marker", marker)
        .add("limit", limit)
        .add("clientRequestId", clientRequestId)
        .toString();
  }
}
