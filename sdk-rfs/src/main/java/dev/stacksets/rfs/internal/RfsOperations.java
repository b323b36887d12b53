package dev.stacksets.rfs.internal;

import static dev.stacksets.rfs.internal.RfsOperation.path;
import static dev.stacksets.rfs.internal.RfsOperation.read;
import static dev.stacksets.rfs.internal.RfsOperation.readReply;
import static dev.stacksets.rfs.internal.RfsOperation.write;

import dev.stacksets.core.ResponseMetadata;
import dev.stacksets.core.exception.StackSetNotFoundException;
import dev.stacksets.core.http.SdkHttpRequest;
import dev.stacksets.core.internal.Paging;
import dev.stacksets.core.internal.RetrySafety;
import dev.stacksets.rfs.model.CreateStackInstancesRequest;
import dev.stacksets.rfs.model.CreateStackInstancesResponse;
import dev.stacksets.rfs.model.CreateStackSetRequest;
import dev.stacksets.rfs.model.CreateStackSetResponse;
import dev.stacksets.rfs.model.DeleteStackInstancesRequest;
import dev.stacksets.rfs.model.DeleteStackInstancesResponse;
import dev.stacksets.rfs.model.DeleteStackSetRequest;
import dev.stacksets.rfs.model.DeleteStackSetResponse;
import dev.stacksets.rfs.model.DeployStackSetRequest;
import dev.stacksets.rfs.model.DeployStackSetResponse;
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
import dev.stacksets.rfs.model.ShowStackSetTemplateRequest;
import dev.stacksets.rfs.model.ShowStackSetTemplateResponse;
import dev.stacksets.rfs.model.Sort;
import dev.stacksets.rfs.model.StackInstance;
import dev.stacksets.rfs.model.StackSet;
import dev.stacksets.rfs.model.StackSetOperation;
import dev.stacksets.rfs.model.UpdateStackInstancesRequest;
import dev.stacksets.rfs.model.UpdateStackInstancesResponse;
import dev.stacksets.rfs.model.UpdateStackSetRequest;
import dev.stacksets.rfs.model.UpdateStackSetResponse;
import java.util.List;

/**
 * The RFS operations, each declared once: name, method and path template with its path parameters, query, body
 * writer, reader, error rule, retry safety and paging. {@code RfsClient}'s methods are one line over this table.
 *
 * <p>Retry safety: the reads are safe. Every write carries one {@code Client-Request-Id}, fixed in the request object
 * by the client before the call; the SDK's design treats it as the write's idempotency key (as the emulator does),
 * so the writes are retried as {@link RetrySafety#IDEMPOTENCY_KEY}, DeleteStackSet as {@link RetrySafety#IDEMPOTENT}
 * (deleting a named set twice leaves the same state; see {@link #deleteStackSet()} for its 404). The public API
 * reference describes the header only as a unique id that locates the request; that the real service deduplicates
 * on it is not verified, which is why a refusal that answers a retry is never waited out ({@link RfsConflictRule}).
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
  public static RfsOperation.Paged<ListStackSetsRequest, ListStackSetsResponse, StackSet> listStackSets() {
    return ListStackSetsEntry.OPERATION;
  }

  /** ShowStackSetMetadata: one stack set. */
  public static RfsOperation<ShowStackSetMetadataRequest, ShowStackSetMetadataResponse> showStackSetMetadata() {
    return ShowStackSetMetadataEntry.OPERATION;
  }

  /** ListStackSetOperations: one page of a stack set's operations. */
  public static RfsOperation.Paged<ListStackSetOperationsRequest, ListStackSetOperationsResponse,
      StackSetOperation> listStackSetOperations() {
    return ListStackSetOperationsEntry.OPERATION;
  }

  /** ShowStackSetOperationMetadata: one operation. */
  public static RfsOperation<ShowStackSetOperationMetadataRequest,
      ShowStackSetOperationMetadataResponse> showStackSetOperationMetadata() {
    return ShowStackSetOperationMetadataEntry.OPERATION;
  }

  /** ListStackInstances: one page of a stack set's instances. */
  public static RfsOperation.Paged<ListStackInstancesRequest, ListStackInstancesResponse,
      StackInstance> listStackInstances() {
    return ListStackInstancesEntry.OPERATION;
  }

  /** ShowStackInstance: one instance; {@code stack_instance_addr} is {@code region/stack_domain_id}, one segment. */
  public static RfsOperation<ShowStackInstanceRequest, ShowStackInstanceResponse> showStackInstance() {
    return ShowStackInstanceEntry.OPERATION;
  }

  /** CreateStackSet: a new, empty stack set; returns its id. */
  public static RfsOperation<CreateStackSetRequest, CreateStackSetResponse> createStackSet() {
    return CreateStackSetEntry.OPERATION;
  }

  /** UpdateStackSet: overwrites the fields given; {@code 204}. */
  public static RfsOperation<UpdateStackSetRequest, UpdateStackSetResponse> updateStackSet() {
    return UpdateStackSetEntry.OPERATION;
  }

  /**
   * DeleteStackSet: {@code 204}; query {@code stack_set_id}, {@code call_identity}, no body. A 404
   * {@code StackSetNotFoundException} that answers a retry of the call ({@code attempts() > 1}: an earlier attempt
   * was sent and its reply was lost) means that attempt deleted the set: the call returns normally, with the 404's
   * metadata (status 404, its request id, the attempts). A 404 on the first attempt is thrown.
   */
  public static RfsOperation<DeleteStackSetRequest, DeleteStackSetResponse> deleteStackSet() {
    return DeleteStackSetEntry.OPERATION;
  }

  /** DeployStackSet: deploys the template to the selected instances; returns the operation id. */
  public static RfsOperation<DeployStackSetRequest, DeployStackSetResponse> deployStackSet() {
    return DeployStackSetEntry.OPERATION;
  }

  /** CreateStackInstances: creates and deploys instances; returns the operation id. */
  public static RfsOperation<CreateStackInstancesRequest, CreateStackInstancesResponse> createStackInstances() {
    return CreateStackInstancesEntry.OPERATION;
  }

  /** UpdateStackInstances: updates instances' variable overrides and deploys them; returns the operation id. */
  public static RfsOperation<UpdateStackInstancesRequest, UpdateStackInstancesResponse> updateStackInstances() {
    return UpdateStackInstancesEntry.OPERATION;
  }

  /** DeleteStackInstances ({@code POST .../stack-instances/deletion}): deletes instances; returns the operation id. */
  public static RfsOperation<DeleteStackInstancesRequest, DeleteStackInstancesResponse> deleteStackInstances() {
    return DeleteStackInstancesEntry.OPERATION;
  }

  /**
   * ShowStackSetTemplate: where the template can be downloaded, read from the temporary redirect's {@code Location}
   * (not followed); query {@code stack_set_id}, {@code access_control_source_ips} and
   * {@code access_control_source_vpc_ids} (each repeated), {@code call_identity}.
   */
  public static RfsOperation<ShowStackSetTemplateRequest, ShowStackSetTemplateResponse> showStackSetTemplate() {
    return ShowStackSetTemplateEntry.OPERATION;
  }

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

  // Each operation is built on first use (its holder class initialises then), so a client loads and links only
  // the operations it calls: building the whole table eagerly spun over a hundred lambda classes at start-up.

  private static final class ListStackSetsEntry {
    static final RfsOperation.Paged<ListStackSetsRequest, ListStackSetsResponse, StackSet> OPERATION =
        read("ListStackSets", STACK_SETS, ListStackSetsRequest::clientRequestId,
              (r, q) -> list(q, null, r.filter() == null ? null : r.filter().toQueryValue(), r.sorts(),
                  r.callIdentityAsString(), r.marker(), r.limit()),
              RfsResponseParser::listStackSets, RfsNotFoundRule.NONE)
          .paged(new Paging<>((r, marker) -> r.toBuilder().marker(marker).clientRequestId(null).build(),
              r -> nextMarker(r.pageInfo()), ListStackSetsResponse::stackSets, "limit"));
  }

  private static final class ShowStackSetMetadataEntry {
    static final RfsOperation<ShowStackSetMetadataRequest, ShowStackSetMetadataResponse> OPERATION =
        read("ShowStackSetMetadata", STACK_SETS + "/{stack_set_name}/metadata",
              ShowStackSetMetadataRequest::clientRequestId, (r, q) -> show(q, r.stackSetId(), r.callIdentityAsString()),
              RfsResponseParser::showStackSetMetadata, RfsNotFoundRule.STACK_SET,
              path("stack_set_name", r -> stackSetName(r.stackSetName())));
  }

  private static final class ListStackSetOperationsEntry {
    static final RfsOperation.Paged<ListStackSetOperationsRequest, ListStackSetOperationsResponse,
        StackSetOperation> OPERATION =
        read("ListStackSetOperations",
              STACK_SETS + "/{stack_set_name}/operations", ListStackSetOperationsRequest::clientRequestId,
              (r, q) -> list(q, r.stackSetId(), r.filter() == null ? null : r.filter().toQueryValue(), r.sorts(),
                  r.callIdentityAsString(), r.marker(), r.limit()),
              RfsResponseParser::listStackSetOperations, RfsNotFoundRule.STACK_SET,
              path("stack_set_name", r -> stackSetName(r.stackSetName())))
          .paged(new Paging<>((r, marker) -> r.toBuilder().marker(marker).clientRequestId(null).build(),
              r -> nextMarker(r.pageInfo()), ListStackSetOperationsResponse::stackSetOperations, "limit"));
  }

  private static final class ShowStackSetOperationMetadataEntry {
    static final RfsOperation<ShowStackSetOperationMetadataRequest, ShowStackSetOperationMetadataResponse> OPERATION =
        read("ShowStackSetOperationMetadata",
              STACK_SETS + "/{stack_set_name}/operations/{stack_set_operation_id}/metadata",
              ShowStackSetOperationMetadataRequest::clientRequestId,
              (r, q) -> show(q, r.stackSetId(), r.callIdentityAsString()),
              RfsResponseParser::showStackSetOperationMetadata, RfsNotFoundRule.OPERATION,
              path("stack_set_name", r -> stackSetName(r.stackSetName())),
              path("stack_set_operation_id", r -> RfsValidation.required(RfsValidation.operationId(r.operationId()),
                  "operationId", "stack_set_operation_id")));
  }

  private static final class ListStackInstancesEntry {
    static final RfsOperation.Paged<ListStackInstancesRequest, ListStackInstancesResponse, StackInstance> OPERATION =
        read("ListStackInstances", STACK_SETS + "/{stack_set_name}/stack-instances",
              ListStackInstancesRequest::clientRequestId,
              (r, q) -> list(q, r.stackSetId(), r.filter() == null ? null : r.filter().toQueryValue(), r.sorts(),
                  r.callIdentityAsString(), r.marker(), r.limit()),
              RfsResponseParser::listStackInstances, RfsNotFoundRule.STACK_SET,
              path("stack_set_name", r -> stackSetName(r.stackSetName())))
          .paged(new Paging<>((r, marker) -> r.toBuilder().marker(marker).clientRequestId(null).build(),
              r -> nextMarker(r.pageInfo()), ListStackInstancesResponse::stackInstances, "limit"));
  }

  private static final class ShowStackInstanceEntry {
    static final RfsOperation<ShowStackInstanceRequest, ShowStackInstanceResponse> OPERATION =
        read(
          "ShowStackInstance", STACK_SETS + "/{stack_set_name}/stack-instances/{stack_instance_addr}",
          ShowStackInstanceRequest::clientRequestId, (r, q) -> show(q, r.stackSetId(), r.callIdentityAsString()),
          RfsResponseParser::showStackInstance, RfsNotFoundRule.INSTANCE,
          path("stack_set_name", r -> stackSetName(r.stackSetName())),
          path("stack_instance_addr", r -> RfsValidation.required(RfsValidation.region(r.region()), "region",
              "stack_instance_addr") + "/" + RfsValidation.required(RfsValidation.stackDomainId(r.stackDomainId()),
              "stackDomainId", "stack_instance_addr")));
  }

  private static final class CreateStackSetEntry {
    static final RfsOperation<CreateStackSetRequest, CreateStackSetResponse> OPERATION =
        write(
          "CreateStackSet", "POST", STACK_SETS, CreateStackSetRequest::clientRequestId,
          RfsRequestBodies::createStackSet,
          RfsResponseParser::createStackSet, RfsWriteErrorRule.CREATE_STACK_SET, RetrySafety.IDEMPOTENCY_KEY)
          .writing((r, id) -> r.toBuilder().clientRequestId(id).build(), CreateStackSetRequest::stackSetName,
              RfsConflictRule.NEVER);
  }

  private static final class UpdateStackSetEntry {
    static final RfsOperation<UpdateStackSetRequest, UpdateStackSetResponse> OPERATION =
        write(
          "UpdateStackSet", "PATCH", STACK_SETS + "/{stack_set_name}", UpdateStackSetRequest::clientRequestId,
          RfsRequestBodies::updateStackSet, RfsResponseParser::updateStackSet, RfsWriteErrorRule.STACK_SET,
          RetrySafety.IDEMPOTENCY_KEY, path("stack_set_name", r -> stackSetName(r.stackSetName())))
          .writing((r, id) -> r.toBuilder().clientRequestId(id).build(), UpdateStackSetRequest::stackSetName,
              RfsConflictRule.SYNCHRONOUS_WRITE);
  }

  private static final class DeleteStackSetEntry {
    static final RfsOperation<DeleteStackSetRequest, DeleteStackSetResponse> OPERATION =
        write(
          "DeleteStackSet", "DELETE", STACK_SETS + "/{stack_set_name}", DeleteStackSetRequest::clientRequestId, null,
          RfsResponseParser::deleteStackSet, RfsWriteErrorRule.STACK_SET, RetrySafety.IDEMPOTENT,
          path("stack_set_name", (DeleteStackSetRequest r) -> stackSetName(r.stackSetName())))
          .withQuery((r, q) -> show(q, r.stackSetId(), r.callIdentityAsString()))
          .recovering(e -> e instanceof StackSetNotFoundException && e.attempts() > 1
              ? DeleteStackSetResponse.builder().responseMetadata(new ResponseMetadata(e.requestId(),
                  e.clientRequestId(), e.statusCode(), e.attempts())).build()
              : null)
          .writing((r, id) -> r.toBuilder().clientRequestId(id).build(), DeleteStackSetRequest::stackSetName,
              RfsConflictRule.SYNCHRONOUS_WRITE);
  }

  private static final class DeployStackSetEntry {
    static final RfsOperation<DeployStackSetRequest, DeployStackSetResponse> OPERATION =
        write(
          "DeployStackSet", "POST", STACK_SETS + "/{stack_set_name}/deployments",
          DeployStackSetRequest::clientRequestId,
          RfsRequestBodies::deployStackSet, RfsResponseParser::deployStackSet, RfsWriteErrorRule.STACK_SET,
          RetrySafety.IDEMPOTENCY_KEY, path("stack_set_name", r -> stackSetName(r.stackSetName())))
          .writing((r, id) -> r.toBuilder().clientRequestId(id).build(), DeployStackSetRequest::stackSetName,
              RfsConflictRule.STARTS_OPERATION);
  }

  private static final class CreateStackInstancesEntry {
    static final RfsOperation<CreateStackInstancesRequest, CreateStackInstancesResponse> OPERATION =
        write("CreateStackInstances", "POST", STACK_SETS + "/{stack_set_name}/stack-instances",
              CreateStackInstancesRequest::clientRequestId, RfsRequestBodies::createStackInstances,
              RfsResponseParser::createStackInstances, RfsWriteErrorRule.STACK_SET, RetrySafety.IDEMPOTENCY_KEY,
              path("stack_set_name", r -> stackSetName(r.stackSetName())))
          .writing((r, id) -> r.toBuilder().clientRequestId(id).build(), CreateStackInstancesRequest::stackSetName,
              RfsConflictRule.STARTS_OPERATION);
  }

  private static final class UpdateStackInstancesEntry {
    static final RfsOperation<UpdateStackInstancesRequest, UpdateStackInstancesResponse> OPERATION =
        write("UpdateStackInstances", "PATCH",
              STACK_SETS + "/{stack_set_name}/stack-instances", UpdateStackInstancesRequest::clientRequestId,
              RfsRequestBodies::updateStackInstances, RfsResponseParser::updateStackInstances,
              RfsWriteErrorRule.STACK_SET,
              RetrySafety.IDEMPOTENCY_KEY, path("stack_set_name", r -> stackSetName(r.stackSetName())))
          .writing((r, id) -> r.toBuilder().clientRequestId(id).build(), UpdateStackInstancesRequest::stackSetName,
              RfsConflictRule.STARTS_OPERATION);
  }

  private static final class DeleteStackInstancesEntry {
    static final RfsOperation<DeleteStackInstancesRequest, DeleteStackInstancesResponse> OPERATION =
        write("DeleteStackInstances", "POST",
              STACK_SETS + "/{stack_set_name}/stack-instances/deletion", DeleteStackInstancesRequest::clientRequestId,
              RfsRequestBodies::deleteStackInstances, RfsResponseParser::deleteStackInstances,
              RfsWriteErrorRule.STACK_SET,
              RetrySafety.IDEMPOTENCY_KEY, path("stack_set_name", r -> stackSetName(r.stackSetName())))
          .writing((r, id) -> r.toBuilder().clientRequestId(id).build(), DeleteStackInstancesRequest::stackSetName,
              RfsConflictRule.STARTS_OPERATION);
  }

  private static final class ShowStackSetTemplateEntry {
    static final RfsOperation<ShowStackSetTemplateRequest, ShowStackSetTemplateResponse> OPERATION =
        readReply("ShowStackSetTemplate", STACK_SETS + "/{stack_set_name}/templates",
              ShowStackSetTemplateRequest::clientRequestId, (r, q) -> {
                stackSetId(q, r.stackSetId());
                for (String ip : RfsValidation.noBlank(r.accessControlSourceIps(), "accessControlSourceIps",
                    "access_control_source_ips")) {
                  q.addQuery("access_control_source_ips", ip);
                }
                for (String vpc : RfsValidation.noBlank(r.accessControlSourceVpcIds(), "accessControlSourceVpcIds",
                    "access_control_source_vpc_ids")) {
                  q.addQuery("access_control_source_vpc_ids", vpc);
                }
                callIdentity(q, r.callIdentityAsString());
              },
              RfsResponseParser.SHOW_STACK_SET_TEMPLATE, RfsNotFoundRule.STACK_SET,
              path("stack_set_name", r -> stackSetName(r.stackSetName())));
  }
}
