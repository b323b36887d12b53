package dev.stacksets.rfs.internal;

import static dev.stacksets.rfs.internal.RfsOperation.path;
import static dev.stacksets.rfs.internal.RfsOperation.read;

import dev.stacksets.core.http.SdkHttpRequest;
import dev.stacksets.core.internal.Paging;
import dev.stacksets.rfs.model.ListStackInstancesRequest;
import dev.stacksets.rfs.model.ListStackInstancesResponse;
import dev.stacksets.rfs.model.ListStackSetOperationsRequest;
import dev.stacksets.rfs.model.ListStackSetOperationsResponse;
import dev.stacksets.rfs.model.ListStackSetsRequest;
import dev.stacksets.rfs.model.ListStackSetsResponse;
import dev.stacksets.rfs.model.PageInfo;
import dev.stacksets.rfs.model.ShowStackInstanceRequest;
import dev.stacksets.rfs.model.ShowStackInstanceResponse;
import dev.stacksets.rfs.model.ShowStackSetMetadataRequest;
import dev.stacksets.rfs.model.ShowStackSetMetadataResponse;
import dev.stacksets.rfs.model.ShowStackSetOperationMetadataRequest;
import dev.stacksets.rfs.model.ShowStackSetOperationMetadataResponse;
import dev.stacksets.rfs.model.Sort;
import dev.stacksets.rfs.model.StackInstance;
import dev.stacksets.rfs.model.StackSet;
import dev.stacksets.rfs.model.StackSetOperation;
import java.util.List;

/**
 * The RFS operations, each declared once: name, method and path template with its path parameters, query, reader,
 * 404 rule, retry safety (all are reads: safe) and paging. {@code RfsClient}'s methods are one line over this table.
 *
 * <p>Query parameters follow the API's field order:
 * {@code stack_set_id, filter, sort_key..., sort_dir..., call_identity, marker, limit}; null values are left out.
 * Query values stay decoded here; the transport and the signer encode them with the same encoder. Request values are
 * checked here and nowhere else (the model builders refuse only null elements and {@code UNKNOWN_TO_SDK_VERSION}),
 * before anything is sent.
 */
public final class RfsOperations {
  private static final String STACK_SETS = "/v1/stack-sets";

  /** ListStackSets: one page of the account's stack sets. */
  public static final RfsOperation.Paged<ListStackSetsRequest, ListStackSetsResponse, StackSet> LIST_STACK_SETS =
      read("ListStackSets", STACK_SETS, ListStackSetsRequest::clientRequestId,
          (r, q) -> list(q, null, r.filter() == null ? null : r.filter().toQueryValue(), r.sorts(),
              r.callIdentityAsString(), r.marker(), r.limit()),
          RfsResponseParser::listStackSets, RfsNotFoundRule.NONE)
      .paged(new Paging<>((r, marker) -> r.toBuilder().marker(marker).clientRequestId(null).build(),
          r -> nextMarker(r.pageInfo()), ListStackSetsResponse::stackSets, "limit"));

  /** ShowStackSetMetadata: one stack set. */
  public static final RfsOperation<ShowStackSetMetadataRequest, ShowStackSetMetadataResponse>
      SHOW_STACK_SET_METADATA = read("ShowStackSetMetadata", STACK_SETS + "/{stack_set_name}/metadata",
          ShowStackSetMetadataRequest::clientRequestId, (r, q) -> show(q, r.stackSetId(), r.callIdentityAsString()),
          RfsResponseParser::showStackSetMetadata, RfsNotFoundRule.STACK_SET,
          path("stack_set_name", r -> stackSetName(r.stackSetName())));

  /** ListStackSetOperations: one page of a stack set's operations. */
  public static final RfsOperation.Paged<ListStackSetOperationsRequest, ListStackSetOperationsResponse,
      StackSetOperation> LIST_STACK_SET_OPERATIONS = read("ListStackSetOperations",
          STACK_SETS + "/{stack_set_name}/operations", ListStackSetOperationsRequest::clientRequestId,
          (r, q) -> list(q, r.stackSetId(), r.filter() == null ? null : r.filter().toQueryValue(), r.sorts(),
              r.callIdentityAsString(), r.marker(), r.limit()),
          RfsResponseParser::listStackSetOperations, RfsNotFoundRule.STACK_SET,
          path("stack_set_name", r -> stackSetName(r.stackSetName())))
      .paged(new Paging<>((r, marker) -> r.toBuilder().marker(marker).clientRequestId(null).build(),
          r -> nextMarker(r.pageInfo()), ListStackSetOperationsResponse::stackSetOperations, "limit"));

  /** ShowStackSetOperationMetadata: one operation. */
  public static final RfsOperation<ShowStackSetOperationMetadataRequest, ShowStackSetOperationMetadataResponse>
      SHOW_STACK_SET_OPERATION_METADATA = read("ShowStackSetOperationMetadata",
          STACK_SETS + "/{stack_set_name}/operations/{stack_set_operation_id}/metadata",
          ShowStackSetOperationMetadataRequest::clientRequestId, (r, q) -> show(q, r.stackSetId(), r.callIdentityAsString()),
          RfsResponseParser::showStackSetOperationMetadata, RfsNotFoundRule.OPERATION,
          path("stack_set_name", r -> stackSetName(r.stackSetName())),
          path("stack_set_operation_id", r -> RfsValidation.required(RfsValidation.operationId(r.operationId()),
              "operationId", "stack_set_operation_id")));

  /** ListStackInstances: one page of a stack set's instances. */
  public static final RfsOperation.Paged<ListStackInstancesRequest, ListStackInstancesResponse, StackInstance>
      LIST_STACK_INSTANCES = read("ListStackInstances", STACK_SETS + "/{stack_set_name}/stack-instances",
          ListStackInstancesRequest::clientRequestId,
          (r, q) -> list(q, r.stackSetId(), r.filter() == null ? null : r.filter().toQueryValue(), r.sorts(),
              r.callIdentityAsString(), r.marker(), r.limit()),
          RfsResponseParser::listStackInstances, RfsNotFoundRule.STACK_SET,
          path("stack_set_name", r -> stackSetName(r.stackSetName())))
      .paged(new Paging<>((r, marker) -> r.toBuilder().marker(marker).clientRequestId(null).build(),
          r -> nextMarker(r.pageInfo()), ListStackInstancesResponse::stackInstances, "limit"));

  /** ShowStackInstance: one instance; {@code stack_instance_addr} is {@code region/stack_domain_id}, one segment. */
  public static final RfsOperation<ShowStackInstanceRequest, ShowStackInstanceResponse> SHOW_STACK_INSTANCE = read(
      "ShowStackInstance", STACK_SETS + "/{stack_set_name}/stack-instances/{stack_instance_addr}",
      ShowStackInstanceRequest::clientRequestId, (r, q) -> show(q, r.stackSetId(), r.callIdentityAsString()),
      RfsResponseParser::showStackInstance, RfsNotFoundRule.INSTANCE,
      path("stack_set_name", r -> stackSetName(r.stackSetName())),
      path("stack_instance_addr", r -> RfsValidation.required(RfsValidation.region(r.region()), "region",
          "stack_instance_addr") + "/" + RfsValidation.required(RfsValidation.stackDomainId(r.stackDomainId()),
          "stackDomainId", "stack_instance_addr")));

  private RfsOperations() {}

  /**
   * The marker of the next page, or null when this page is the last: no {@code page_info}, no {@code next_marker},
   * or a blank one (a blank marker cannot be sent back, so it ends the paging rather than failing the next request).
   */
  public static String nextMarker(PageInfo pageInfo) {
    String marker = pageInfo == null ? null : pageInfo.nextMarker();
    return marker == null || marker.isBlank() ? null : marker;
  }

  /** The stack-set name of a path, checked: required, and well formed. */
  static String stackSetName(String name) {
    return RfsValidation.required(RfsValidation.stackSetName(name), "stackSetName", "stack_set_name");
  }

  /** The query of the Show operations. */
  private static void show(SdkHttpRequest.Builder b, String stackSetId, String callIdentity) {
    stackSetId(b, stackSetId);
    callIdentity(b, callIdentity);
  }

  /** The query of the List operations, in the API's order. */
  private static void list(SdkHttpRequest.Builder b, String stackSetId, String filter, List<Sort> sorts,
      String callIdentity, String marker, Integer limit) {
    stackSetId(b, stackSetId);
    if (filter != null) {
      b.addQuery("filter", filter);
    }
    for (Sort s : sorts) {
      b.addQuery("sort_key", s.key().value());
    }
    for (Sort s : sorts) {
      b.addQuery("sort_dir", s.direction().value());
    }
    callIdentity(b, callIdentity);
    if (RfsValidation.marker(marker) != null) {
      b.addQuery("marker", marker);
    }
    if (RfsValidation.limit(limit) != null) {
      b.addQuery("limit", Integer.toString(limit));
    }
  }

  private static void stackSetId(SdkHttpRequest.Builder b, String stackSetId) {
    if (RfsValidation.id(stackSetId, "stackSetId", "stack_set_id") != null) {
      b.addQuery("stack_set_id", stackSetId);
    }
  }

  private static void callIdentity(SdkHttpRequest.Builder b, String callIdentity) {
    if (callIdentity != null) {
      b.addQuery("call_identity", callIdentity);
    }
  }
}
