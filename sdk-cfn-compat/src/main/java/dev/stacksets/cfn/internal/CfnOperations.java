package dev.stacksets.cfn.internal;

import static dev.stacksets.cfn.internal.AwsOperation.queryRead;
import static dev.stacksets.cfn.internal.AwsOperation.queryWrite;

import dev.stacksets.cfn.exception.CreatedButModifiedException;
import dev.stacksets.cfn.exception.InvalidOperationException;
import dev.stacksets.cfn.exception.LimitExceededException;
import dev.stacksets.cfn.exception.OperationIdAlreadyExistsException;
import dev.stacksets.cfn.exception.StackInstanceNotFoundException;
import dev.stacksets.cfn.exception.StaleRequestException;
import dev.stacksets.cfn.model.CreateStackInstancesRequest;
import dev.stacksets.cfn.model.CreateStackInstancesResponse;
import dev.stacksets.cfn.model.CreateStackSetRequest;
import dev.stacksets.cfn.model.CreateStackSetResponse;
import dev.stacksets.cfn.model.DeleteStackInstancesRequest;
import dev.stacksets.cfn.model.DeleteStackInstancesResponse;
import dev.stacksets.cfn.model.DeleteStackSetRequest;
import dev.stacksets.cfn.model.DeleteStackSetResponse;
import dev.stacksets.cfn.model.DescribeStackInstanceRequest;
import dev.stacksets.cfn.model.DescribeStackInstanceResponse;
import dev.stacksets.cfn.model.DescribeStackSetOperationRequest;
import dev.stacksets.cfn.model.DescribeStackSetOperationResponse;
import dev.stacksets.cfn.model.DescribeStackSetRequest;
import dev.stacksets.cfn.model.DescribeStackSetResponse;
import dev.stacksets.cfn.model.DetectStackSetDriftRequest;
import dev.stacksets.cfn.model.DetectStackSetDriftResponse;
import dev.stacksets.cfn.model.ListStackInstancesRequest;
import dev.stacksets.cfn.model.ListStackInstancesResponse;
import dev.stacksets.cfn.model.ListStackSetAutoDeploymentTargetsRequest;
import dev.stacksets.cfn.model.ListStackSetAutoDeploymentTargetsResponse;
import dev.stacksets.cfn.model.ListStackSetOperationResultsRequest;
import dev.stacksets.cfn.model.ListStackSetOperationResultsResponse;
import dev.stacksets.cfn.model.ListStackSetOperationsRequest;
import dev.stacksets.cfn.model.ListStackSetOperationsResponse;
import dev.stacksets.cfn.model.ListStackSetsRequest;
import dev.stacksets.cfn.model.ListStackSetsResponse;
import dev.stacksets.cfn.model.StackInstanceSummary;
import dev.stacksets.cfn.model.StackSetAutoDeploymentTargetSummary;
import dev.stacksets.cfn.model.StackSetOperationResultSummary;
import dev.stacksets.cfn.model.StackSetOperationSummary;
import dev.stacksets.cfn.model.StackSetSummary;
import dev.stacksets.cfn.model.StopStackSetOperationRequest;
import dev.stacksets.cfn.model.StopStackSetOperationResponse;
import dev.stacksets.cfn.model.UpdateStackInstancesRequest;
import dev.stacksets.cfn.model.UpdateStackInstancesResponse;
import dev.stacksets.cfn.model.UpdateStackSetRequest;
import dev.stacksets.cfn.model.UpdateStackSetResponse;
import dev.stacksets.core.exception.NameAlreadyExistsException;
import dev.stacksets.core.exception.OperationInProgressException;
import dev.stacksets.core.exception.OperationNotFoundException;
import dev.stacksets.core.exception.ServiceError;
import dev.stacksets.core.exception.ServiceException;
import dev.stacksets.core.exception.StackSetNotEmptyException;
import dev.stacksets.core.exception.StackSetNotFoundException;
import dev.stacksets.core.internal.Paging;
import dev.stacksets.core.internal.RetrySafety;
import java.util.Map;
import java.util.function.Function;

/**
 * The CloudFormation operations, each declared once: Query {@code Action}, request check and writer
 * ({@link CfnRequests} for the reads, {@link CfnWriteRequests} for the writes), result reader ({@link CfnResponses}),
 * modeled errors (the API model's {@code errors} of each operation), retry safety (reads: safe; the writes that carry
 * an {@code OperationId} or {@code ClientRequestToken}: by that key; DeleteStackSet and StopStackSetOperation:
 * idempotent), paging ({@code NextToken} in and out, {@code MaxResults} per page), and for the writes their
 * idempotency key and whether they wait their turn ({@link CfnWrites} runs those). {@code CloudFormationClient}'s
 * methods are one line over this table.
 */
public final class CfnOperations {
  private static final Map<String, Function<ServiceError, ServiceException>> STACK_SET = Map.of(
      "StackSetNotFoundException", StackSetNotFoundException::new);
  private static final Map<String, Function<ServiceError, ServiceException>> STACK_SET_OR_OPERATION = Map.of(
      "StackSetNotFoundException", StackSetNotFoundException::new,
      "OperationNotFoundException", OperationNotFoundException::new);

  /** ListStackSetOperationResults. */
  public static AwsOperation.Paged<ListStackSetOperationResultsRequest, ListStackSetOperationResultsResponse,
      StackSetOperationResultSummary> listStackSetOperationResults() {
    return ListStackSetOperationResultsEntry.OPERATION;
  }

  /** ListStackSetOperations. */
  public static AwsOperation.Paged<ListStackSetOperationsRequest, ListStackSetOperationsResponse,
      StackSetOperationSummary> listStackSetOperations() {
    return ListStackSetOperationsEntry.OPERATION;
  }

  /** DescribeStackSetOperation. */
  public static AwsOperation<DescribeStackSetOperationRequest,
      DescribeStackSetOperationResponse> describeStackSetOperation() {
    return DescribeStackSetOperationEntry.OPERATION;
  }

  /** ListStackSets. */
  public static AwsOperation.Paged<ListStackSetsRequest, ListStackSetsResponse, StackSetSummary> listStackSets() {
    return ListStackSetsEntry.OPERATION;
  }

  /** ListStackInstances. */
  public static AwsOperation.Paged<ListStackInstancesRequest, ListStackInstancesResponse,
      StackInstanceSummary> listStackInstances() {
    return ListStackInstancesEntry.OPERATION;
  }

  /** DescribeStackSet. */
  public static AwsOperation<DescribeStackSetRequest, DescribeStackSetResponse> describeStackSet() {
    return DescribeStackSetEntry.OPERATION;
  }

  /** DescribeStackInstance. */
  public static AwsOperation<DescribeStackInstanceRequest, DescribeStackInstanceResponse> describeStackInstance() {
    return DescribeStackInstanceEntry.OPERATION;
  }

  // ---- the writes (and the read a writer needs): each with its modeled errors, as the API model lists them

  /** CreateStackSet: a new stack set; keyed by {@code ClientRequestToken}. */
  public static AwsOperation<CreateStackSetRequest, CreateStackSetResponse> createStackSet() {
    return CreateStackSetEntry.OPERATION;
  }

  /** UpdateStackSet: starts an operation; keyed by {@code OperationId}; may wait its turn. */
  public static AwsOperation<UpdateStackSetRequest, UpdateStackSetResponse> updateStackSet() {
    return UpdateStackSetEntry.OPERATION;
  }

  /** DeleteStackSet: deleting a named stack set again has no further effect. */
  public static AwsOperation<DeleteStackSetRequest, DeleteStackSetResponse> deleteStackSet() {
    return DeleteStackSetEntry.OPERATION;
  }

  /** CreateStackInstances: starts an operation; keyed by {@code OperationId}; may wait its turn. */
  public static AwsOperation<CreateStackInstancesRequest, CreateStackInstancesResponse> createStackInstances() {
    return CreateStackInstancesEntry.OPERATION;
  }

  /** UpdateStackInstances: starts an operation; keyed by {@code OperationId}; may wait its turn. */
  public static AwsOperation<UpdateStackInstancesRequest, UpdateStackInstancesResponse> updateStackInstances() {
    return UpdateStackInstancesEntry.OPERATION;
  }

  /** DeleteStackInstances: starts an operation; keyed by {@code OperationId}; may wait its turn. */
  public static AwsOperation<DeleteStackInstancesRequest, DeleteStackInstancesResponse> deleteStackInstances() {
    return DeleteStackInstancesEntry.OPERATION;
  }

  /** StopStackSetOperation: stopping an operation again has no further effect. */
  public static AwsOperation<StopStackSetOperationRequest, StopStackSetOperationResponse> stopStackSetOperation() {
    return StopStackSetOperationEntry.OPERATION;
  }

  /** DetectStackSetDrift: starts an operation; keyed by {@code OperationId}; may wait its turn. */
  public static AwsOperation<DetectStackSetDriftRequest, DetectStackSetDriftResponse> detectStackSetDrift() {
    return DetectStackSetDriftEntry.OPERATION;
  }

  /** ListStackSetAutoDeploymentTargets. */
  public static AwsOperation.Paged<ListStackSetAutoDeploymentTargetsRequest,
      ListStackSetAutoDeploymentTargetsResponse,
      StackSetAutoDeploymentTargetSummary> listStackSetAutoDeploymentTargets() {
    return ListStackSetAutoDeploymentTargetsEntry.OPERATION;
  }

  private CfnOperations() {}

  // Each operation is built on first use (its holder class initialises then), so a client loads and links only
  // the operations it calls: building the whole table eagerly spun over a hundred lambda classes at start-up.

  private static final class ListStackSetOperationResultsEntry {
    static final AwsOperation.Paged<ListStackSetOperationResultsRequest, ListStackSetOperationResultsResponse,
        StackSetOperationResultSummary> OPERATION =
        AwsOperation
          .<ListStackSetOperationResultsRequest, ListStackSetOperationResultsResponse>queryRead(
              "ListStackSetOperationResults", CfnRequests::validate, CfnRequests::write,
              CfnResponses::listStackSetOperationResults, STACK_SET_OR_OPERATION)
          .paged(new Paging<>((r, token) -> r.toBuilder().nextToken(token).build(),
              ListStackSetOperationResultsResponse::nextToken, ListStackSetOperationResultsResponse::summaries,
              "MaxResults"));
  }

  private static final class ListStackSetOperationsEntry {
    static final AwsOperation.Paged<ListStackSetOperationsRequest, ListStackSetOperationsResponse,
        StackSetOperationSummary> OPERATION =
        AwsOperation
          .<ListStackSetOperationsRequest, ListStackSetOperationsResponse>queryRead("ListStackSetOperations",
              CfnRequests::validate, CfnRequests::write, CfnResponses::listStackSetOperations, STACK_SET)
          .paged(new Paging<>((r, token) -> r.toBuilder().nextToken(token).build(),
              ListStackSetOperationsResponse::nextToken, ListStackSetOperationsResponse::summaries, "MaxResults"));
  }

  private static final class DescribeStackSetOperationEntry {
    static final AwsOperation<DescribeStackSetOperationRequest, DescribeStackSetOperationResponse> OPERATION =
        queryRead("DescribeStackSetOperation", CfnRequests::validate,
              CfnRequests::write, CfnResponses::describeStackSetOperation, STACK_SET_OR_OPERATION);
  }

  private static final class ListStackSetsEntry {
    static final AwsOperation.Paged<ListStackSetsRequest, ListStackSetsResponse, StackSetSummary> OPERATION =
        AwsOperation.<ListStackSetsRequest, ListStackSetsResponse>queryRead("ListStackSets",
              CfnRequests::validate, CfnRequests::write, CfnResponses::listStackSets, Map.of())
          .paged(new Paging<>((r, token) -> r.toBuilder().nextToken(token).build(), ListStackSetsResponse::nextToken,
              ListStackSetsResponse::summaries, "MaxResults"));
  }

  private static final class ListStackInstancesEntry {
    static final AwsOperation.Paged<ListStackInstancesRequest, ListStackInstancesResponse,
        StackInstanceSummary> OPERATION =
        AwsOperation.<ListStackInstancesRequest, ListStackInstancesResponse>queryRead(
              "ListStackInstances", CfnRequests::validate, CfnRequests::write, CfnResponses::listStackInstances,
              STACK_SET)
          .paged(new Paging<>((r, token) -> r.toBuilder().nextToken(token).build(),
              ListStackInstancesResponse::nextToken, ListStackInstancesResponse::summaries, "MaxResults"));
  }

  private static final class DescribeStackSetEntry {
    static final AwsOperation<DescribeStackSetRequest, DescribeStackSetResponse> OPERATION =
        queryRead("DescribeStackSet", CfnRequests::validate, CfnRequests::write, CfnResponses::describeStackSet,
              STACK_SET);
  }

  private static final class DescribeStackInstanceEntry {
    static final AwsOperation<DescribeStackInstanceRequest, DescribeStackInstanceResponse> OPERATION =
        queryRead("DescribeStackInstance", CfnRequests::validate, CfnRequests::write,
              CfnResponses::describeStackInstance, Map.of(
                  "StackSetNotFoundException", StackSetNotFoundException::new,
                  "StackInstanceNotFoundException", StackInstanceNotFoundException::new));
  }

  private static final class CreateStackSetEntry {
    static final AwsOperation<CreateStackSetRequest, CreateStackSetResponse> OPERATION =
        AwsOperation.<CreateStackSetRequest, CreateStackSetResponse>queryWrite(
              "CreateStackSet", CfnWriteRequests::validate, CfnWriteRequests::write,
              CfnResponses::createStackSet, false, Map.of(
                  "NameAlreadyExistsException", NameAlreadyExistsException::new,
                  "CreatedButModifiedException", CreatedButModifiedException::new,
                  "LimitExceededException", LimitExceededException::new), RetrySafety.IDEMPOTENCY_KEY)
          .idempotencyKey(CreateStackSetRequest::clientRequestToken,
              (r, key) -> r.toBuilder().clientRequestToken(key).build(), null);
  }

  private static final class UpdateStackSetEntry {
    static final AwsOperation<UpdateStackSetRequest, UpdateStackSetResponse> OPERATION =
        AwsOperation.<UpdateStackSetRequest, UpdateStackSetResponse>queryWrite(
              "UpdateStackSet", CfnWriteRequests::validate, CfnWriteRequests::write,
              CfnResponses::updateStackSet, false, Map.of(
                  "StackSetNotFoundException", StackSetNotFoundException::new,
                  "OperationInProgressException", OperationInProgressException::new,
                  "OperationIdAlreadyExistsException", OperationIdAlreadyExistsException::new,
                  "StaleRequestException", StaleRequestException::new,
                  "InvalidOperationException", InvalidOperationException::new,
                  "StackInstanceNotFoundException", StackInstanceNotFoundException::new), RetrySafety.IDEMPOTENCY_KEY)
          .idempotencyKey(UpdateStackSetRequest::operationId, (r, key) -> r.toBuilder().operationId(key).build(),
              (key, md) -> UpdateStackSetResponse.builder().operationId(key).responseMetadata(md).build())
          .waitsForTurn(UpdateStackSetRequest::stackSetName);
  }

  private static final class DeleteStackSetEntry {
    static final AwsOperation<DeleteStackSetRequest, DeleteStackSetResponse> OPERATION =
        AwsOperation.<DeleteStackSetRequest, DeleteStackSetResponse>queryWrite(
              "DeleteStackSet", CfnWriteRequests::validate, CfnWriteRequests::write,
              CfnResponses::deleteStackSet, true, Map.of(
                  "StackSetNotEmptyException", StackSetNotEmptyException::new,
                  "OperationInProgressException", OperationInProgressException::new), RetrySafety.IDEMPOTENT)
          .waitsForTurn(DeleteStackSetRequest::stackSetName);
  }

  private static final class CreateStackInstancesEntry {
    static final AwsOperation<CreateStackInstancesRequest, CreateStackInstancesResponse> OPERATION =
        AwsOperation
          .<CreateStackInstancesRequest, CreateStackInstancesResponse>queryWrite(
              "CreateStackInstances", CfnWriteRequests::validate, CfnWriteRequests::write,
              CfnResponses::createStackInstances, false, Map.of(
                  "StackSetNotFoundException", StackSetNotFoundException::new,
                  "OperationInProgressException", OperationInProgressException::new,
                  "OperationIdAlreadyExistsException", OperationIdAlreadyExistsException::new,
                  "StaleRequestException", StaleRequestException::new,
                  "InvalidOperationException", InvalidOperationException::new,
                  "LimitExceededException", LimitExceededException::new), RetrySafety.IDEMPOTENCY_KEY)
          .idempotencyKey(CreateStackInstancesRequest::operationId, (r, key) -> r.toBuilder().operationId(key).build(),
              (key, md) -> CreateStackInstancesResponse.builder().operationId(key).responseMetadata(md).build())
          .waitsForTurn(CreateStackInstancesRequest::stackSetName);
  }

  private static final class UpdateStackInstancesEntry {
    static final AwsOperation<UpdateStackInstancesRequest, UpdateStackInstancesResponse> OPERATION =
        AwsOperation
          .<UpdateStackInstancesRequest, UpdateStackInstancesResponse>queryWrite(
              "UpdateStackInstances", CfnWriteRequests::validate, CfnWriteRequests::write,
              CfnResponses::updateStackInstances, false, Map.of(
                  "StackSetNotFoundException", StackSetNotFoundException::new,
                  "StackInstanceNotFoundException", StackInstanceNotFoundException::new,
                  "OperationInProgressException", OperationInProgressException::new,
                  "OperationIdAlreadyExistsException", OperationIdAlreadyExistsException::new,
                  "StaleRequestException", StaleRequestException::new,
                  "InvalidOperationException", InvalidOperationException::new), RetrySafety.IDEMPOTENCY_KEY)
          .idempotencyKey(UpdateStackInstancesRequest::operationId, (r, key) -> r.toBuilder().operationId(key).build(),
              (key, md) -> UpdateStackInstancesResponse.builder().operationId(key).responseMetadata(md).build())
          .waitsForTurn(UpdateStackInstancesRequest::stackSetName);
  }

  private static final class DeleteStackInstancesEntry {
    static final AwsOperation<DeleteStackInstancesRequest, DeleteStackInstancesResponse> OPERATION =
        AwsOperation
          .<DeleteStackInstancesRequest, DeleteStackInstancesResponse>queryWrite(
              "DeleteStackInstances", CfnWriteRequests::validate, CfnWriteRequests::write,
              CfnResponses::deleteStackInstances, false, Map.of(
                  "StackSetNotFoundException", StackSetNotFoundException::new,
                  "OperationInProgressException", OperationInProgressException::new,
                  "OperationIdAlreadyExistsException", OperationIdAlreadyExistsException::new,
                  "StaleRequestException", StaleRequestException::new,
                  "InvalidOperationException", InvalidOperationException::new), RetrySafety.IDEMPOTENCY_KEY)
          .idempotencyKey(DeleteStackInstancesRequest::operationId, (r, key) -> r.toBuilder().operationId(key).build(),
              (key, md) -> DeleteStackInstancesResponse.builder().operationId(key).responseMetadata(md).build())
          .waitsForTurn(DeleteStackInstancesRequest::stackSetName);
  }

  private static final class StopStackSetOperationEntry {
    static final AwsOperation<StopStackSetOperationRequest, StopStackSetOperationResponse> OPERATION =
        AwsOperation
          .<StopStackSetOperationRequest, StopStackSetOperationResponse>queryWrite(
              "StopStackSetOperation", CfnWriteRequests::validate, CfnWriteRequests::write,
              CfnResponses::stopStackSetOperation, true, Map.of(
                  "StackSetNotFoundException", StackSetNotFoundException::new,
                  "OperationNotFoundException", OperationNotFoundException::new,
                  "InvalidOperationException", InvalidOperationException::new), RetrySafety.IDEMPOTENT);
  }

  private static final class DetectStackSetDriftEntry {
    static final AwsOperation<DetectStackSetDriftRequest, DetectStackSetDriftResponse> OPERATION =
        AwsOperation
          .<DetectStackSetDriftRequest, DetectStackSetDriftResponse>queryWrite(
              "DetectStackSetDrift", CfnWriteRequests::validate, CfnWriteRequests::write,
              CfnResponses::detectStackSetDrift, false, Map.of(
                  "InvalidOperationException", InvalidOperationException::new,
                  "OperationInProgressException", OperationInProgressException::new,
                  "StackSetNotFoundException", StackSetNotFoundException::new), RetrySafety.IDEMPOTENCY_KEY)
          .idempotencyKey(DetectStackSetDriftRequest::operationId, (r, key) -> r.toBuilder().operationId(key).build(),
              (key, md) -> DetectStackSetDriftResponse.builder().operationId(key).responseMetadata(md).build())
          .waitsForTurn(DetectStackSetDriftRequest::stackSetName);
  }

  private static final class ListStackSetAutoDeploymentTargetsEntry {
    static final AwsOperation.Paged<ListStackSetAutoDeploymentTargetsRequest,
        ListStackSetAutoDeploymentTargetsResponse, StackSetAutoDeploymentTargetSummary> OPERATION =
        AwsOperation
          .<ListStackSetAutoDeploymentTargetsRequest, ListStackSetAutoDeploymentTargetsResponse>queryRead(
              "ListStackSetAutoDeploymentTargets", CfnWriteRequests::validate, CfnWriteRequests::write,
              CfnResponses::listStackSetAutoDeploymentTargets, STACK_SET)
          .paged(new Paging<>((r, token) -> r.toBuilder().nextToken(token).build(),
              ListStackSetAutoDeploymentTargetsResponse::nextToken,
              ListStackSetAutoDeploymentTargetsResponse::summaries,
              "MaxResults"));
  }
}
