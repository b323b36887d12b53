package dev.stacksets.cfn.internal;

import static dev.stacksets.cfn.internal.AwsOperation.queryRead;

import dev.stacksets.cfn.exception.StackInstanceNotFoundException;
import dev.stacksets.cfn.model.DescribeStackInstanceRequest;
import dev.stacksets.cfn.model.DescribeStackInstanceResponse;
import dev.stacksets.cfn.model.DescribeStackSetOperationRequest;
import dev.stacksets.cfn.model.DescribeStackSetOperationResponse;
import dev.stacksets.cfn.model.DescribeStackSetRequest;
import dev.stacksets.cfn.model.DescribeStackSetResponse;
import dev.stacksets.cfn.model.ListStackInstancesRequest;
import dev.stacksets.cfn.model.ListStackInstancesResponse;
import dev.stacksets.cfn.model.ListStackSetOperationResultsRequest;
import dev.stacksets.cfn.model.ListStackSetOperationResultsResponse;
import dev.stacksets.cfn.model.ListStackSetOperationsRequest;
import dev.stacksets.cfn.model.ListStackSetOperationsResponse;
import dev.stacksets.cfn.model.ListStackSetsRequest;
import dev.stacksets.cfn.model.ListStackSetsResponse;
import dev.stacksets.cfn.model.StackInstanceSummary;
import dev.stacksets.cfn.model.StackSetOperationResultSummary;
import dev.stacksets.cfn.model.StackSetOperationSummary;
import dev.stacksets.cfn.model.StackSetSummary;
import dev.stacksets.core.exception.OperationNotFoundException;
import dev.stacksets.core.exception.ServiceError;
import dev.stacksets.core.exception.ServiceException;
import dev.stacksets.core.exception.StackSetNotFoundException;
import dev.stacksets.core.internal.Paging;
import java.util.Map;
import java.util.function.Function;

/**
 * The CloudFormation operations, each declared once: Query {@code Action}, request check and writer
 * ({@link CfnRequests}), result reader ({@link CfnResponses}), modeled errors, retry safety (all are reads: safe)
 * and paging ({@code NextToken} in and out, {@code MaxResults} per page). {@code CloudFormationClient}'s methods are
 * one line over this table.
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

  private CfnOperations() {}
}
