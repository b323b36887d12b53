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
  public static final AwsOperation.Paged<ListStackSetOperationResultsRequest, ListStackSetOperationResultsResponse,
      StackSetOperationResultSummary> LIST_STACK_SET_OPERATION_RESULTS = AwsOperation
      .<ListStackSetOperationResultsRequest, ListStackSetOperationResultsResponse>queryRead(
          "ListStackSetOperationResults", CfnRequests::validate, CfnRequests::write,
          CfnResponses::listStackSetOperationResults, STACK_SET_OR_OPERATION)
      .paged(new Paging<>((r, token) -> r.toBuilder().nextToken(token).build(),
          ListStackSetOperationResultsResponse::nextToken, ListStackSetOperationResultsResponse::summaries,
          "MaxResults"));

  /** ListStackSetOperations. */
  public static final AwsOperation.Paged<ListStackSetOperationsRequest, ListStackSetOperationsResponse,
      StackSetOperationSummary> LIST_STACK_SET_OPERATIONS = AwsOperation
      .<ListStackSetOperationsRequest, ListStackSetOperationsResponse>queryRead("ListStackSetOperations",
          CfnRequests::validate, CfnRequests::write, CfnResponses::listStackSetOperations, STACK_SET)
      .paged(new Paging<>((r, token) -> r.toBuilder().nextToken(token).build(),
          ListStackSetOperationsResponse::nextToken, ListStackSetOperationsResponse::summaries, "MaxResults"));

  /** DescribeStackSetOperation. */
  public static final AwsOperation<DescribeStackSetOperationRequest, DescribeStackSetOperationResponse>
      DESCRIBE_STACK_SET_OPERATION = queryRead("DescribeStackSetOperation", CfnRequests::validate,
          CfnRequests::write, CfnResponses::describeStackSetOperation, STACK_SET_OR_OPERATION);

  /** ListStackSets. */
  public static final AwsOperation.Paged<ListStackSetsRequest, ListStackSetsResponse, StackSetSummary>
      LIST_STACK_SETS = AwsOperation.<ListStackSetsRequest, ListStackSetsResponse>queryRead("ListStackSets",
          CfnRequests::validate, CfnRequests::write, CfnResponses::listStackSets, Map.of())
      .paged(new Paging<>((r, token) -> r.toBuilder().nextToken(token).build(), ListStackSetsResponse::nextToken,
          ListStackSetsResponse::summaries, "MaxResults"));

  /** ListStackInstances. */
  public static final AwsOperation.Paged<ListStackInstancesRequest, ListStackInstancesResponse, StackInstanceSummary>
      LIST_STACK_INSTANCES = AwsOperation.<ListStackInstancesRequest, ListStackInstancesResponse>queryRead(
          "ListStackInstances", CfnRequests::validate, CfnRequests::write, CfnResponses::listStackInstances,
          STACK_SET)
      .paged(new Paging<>((r, token) -> r.toBuilder().nextToken(token).build(),
          ListStackInstancesResponse::nextToken, ListStackInstancesResponse::summaries, "MaxResults"));

  /** DescribeStackSet. */
  public static final AwsOperation<DescribeStackSetRequest, DescribeStackSetResponse> DESCRIBE_STACK_SET =
      queryRead("DescribeStackSet", CfnRequests::validate, CfnRequests::write, CfnResponses::describeStackSet,
          STACK_SET);

  /** DescribeStackInstance. */
  public static final AwsOperation<DescribeStackInstanceRequest, DescribeStackInstanceResponse>
      DESCRIBE_STACK_INSTANCE = queryRead("DescribeStackInstance", CfnRequests::validate, CfnRequests::write,
          CfnResponses::describeStackInstance, Map.of(
              "StackSetNotFoundException", StackSetNotFoundException::new,
              "StackInstanceNotFoundException", StackInstanceNotFoundException::new));

  // ---- the writes (and the read a writer needs): each with its modeled errors, as the API model lists them

  /** CreateStackSet: a new stack set; keyed by {@code ClientRequestToken}. */
  public static final AwsOperation<CreateStackSetRequest, CreateStackSetResponse> CREATE_STACK_SET =
      AwsOperation.<CreateStackSetRequest, CreateStackSetResponse>queryWrite(
          "CreateStackSet", CfnWriteRequests::validate, CfnWriteRequests::write,
          CfnResponses::createStackSet, false, Map.of(
              "NameAlreadyExistsException", NameAlreadyExistsException::new,
              "CreatedButModifiedException", CreatedButModifiedException::new,
              "LimitExceededException", LimitExceededException::new), RetrySafety.IDEMPOTENCY_KEY)
      .idempotencyKey(CreateStackSetRequest::clientRequestToken,
          (r, key) -> r.toBuilder().clientRequestToken(key).build(), null);

  /** UpdateStackSet: starts an operation; keyed by {@code OperationId}; may wait its turn. */
  public static final AwsOperation<UpdateStackSetRequest, UpdateStackSetResponse> UPDATE_STACK_SET =
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

  /** DeleteStackSet: deleting a named stack set again has no further effect. */
  public static final AwsOperation<DeleteStackSetRequest, DeleteStackSetResponse> DELETE_STACK_SET =
      AwsOperation.<DeleteStackSetRequest, DeleteStackSetResponse>queryWrite(
          "DeleteStackSet", CfnWriteRequests::validate, CfnWriteRequests::write,
          CfnResponses::deleteStackSet, true, Map.of(
              "StackSetNotEmptyException", StackSetNotEmptyException::new,
              "OperationInProgressException", OperationInProgressException::new), RetrySafety.IDEMPOTENT)
      .waitsForTurn(DeleteStackSetRequest::stackSetName);

  /** CreateStackInstances: starts an operation; keyed by {@code OperationId}; may wait its turn. */
  public static final AwsOperation<CreateStackInstancesRequest, CreateStackInstancesResponse>
      CREATE_STACK_INSTANCES = AwsOperation
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

  /** UpdateStackInstances: starts an operation; keyed by {@code OperationId}; may wait its turn. */
  public static final AwsOperation<UpdateStackInstancesRequest, UpdateStackInstancesResponse>
      UPDATE_STACK_INSTANCES = AwsOperation
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

  /** DeleteStackInstances: starts an operation; keyed by {@code OperationId}; may wait its turn. */
  public static final AwsOperation<DeleteStackInstancesRequest, DeleteStackInstancesResponse>
      DELETE_STACK_INSTANCES = AwsOperation
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

  /** StopStackSetOperation: stopping an operation again has no further effect. */
  public static final AwsOperation<StopStackSetOperationRequest, StopStackSetOperationResponse>
      STOP_STACK_SET_OPERATION = AwsOperation
      .<StopStackSetOperationRequest, StopStackSetOperationResponse>queryWrite(
          "StopStackSetOperation", CfnWriteRequests::validate, CfnWriteRequests::write,
          CfnResponses::stopStackSetOperation, true, Map.of(
              "StackSetNotFoundException", StackSetNotFoundException::new,
              "OperationNotFoundException", OperationNotFoundException::new,
              "InvalidOperationException", InvalidOperationException::new), RetrySafety.IDEMPOTENT);

  /** DetectStackSetDrift: starts an operation; keyed by {@code OperationId}; may wait its turn. */
  public static final AwsOperation<DetectStackSetDriftRequest, DetectStackSetDriftResponse>
      DETECT_STACK_SET_DRIFT = AwsOperation
      .<DetectStackSetDriftRequest, DetectStackSetDriftResponse>queryWrite(
          "DetectStackSetDrift", CfnWriteRequests::validate, CfnWriteRequests::write,
          CfnResponses::detectStackSetDrift, false, Map.of(
              "InvalidOperationException", InvalidOperationException::new,
              "OperationInProgressException", OperationInProgressException::new,
              "StackSetNotFoundException", StackSetNotFoundException::new), RetrySafety.IDEMPOTENCY_KEY)
      .idempotencyKey(DetectStackSetDriftRequest::operationId, (r, key) -> r.toBuilder().operationId(key).build(),
          (key, md) -> DetectStackSetDriftResponse.builder().operationId(key).responseMetadata(md).build())
      .waitsForTurn(DetectStackSetDriftRequest::stackSetName);

  /** ListStackSetAutoDeploymentTargets. */
  public static final AwsOperation.Paged<ListStackSetAutoDeploymentTargetsRequest,
      ListStackSetAutoDeploymentTargetsResponse, StackSetAutoDeploymentTargetSummary>
      LIST_STACK_SET_AUTO_DEPLOYMENT_TARGETS = AwsOperation
      .<ListStackSetAutoDeploymentTargetsRequest, ListStackSetAutoDeploymentTargetsResponse>queryRead(
          "ListStackSetAutoDeploymentTargets", CfnWriteRequests::validate, CfnWriteRequests::write,
          CfnResponses::listStackSetAutoDeploymentTargets, STACK_SET)
      .paged(new Paging<>((r, token) -> r.toBuilder().nextToken(token).build(),
          ListStackSetAutoDeploymentTargetsResponse::nextToken, ListStackSetAutoDeploymentTargetsResponse::summaries,
          "MaxResults"));

  private CfnOperations() {}
}
