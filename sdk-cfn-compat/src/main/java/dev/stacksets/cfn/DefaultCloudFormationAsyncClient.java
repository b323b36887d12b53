package dev.stacksets.cfn;

import dev.stacksets.cfn.internal.CfnOperations;
import dev.stacksets.core.WaitForTurn;
import dev.stacksets.core.operation.StackSetOperationView;
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
import dev.stacksets.cfn.model.StopStackSetOperationRequest;
import dev.stacksets.cfn.model.StopStackSetOperationResponse;
import dev.stacksets.cfn.model.UpdateStackInstancesRequest;
import dev.stacksets.cfn.model.UpdateStackInstancesResponse;
import dev.stacksets.cfn.model.UpdateStackSetRequest;
import dev.stacksets.cfn.model.UpdateStackSetResponse;
import java.util.concurrent.CompletableFuture;

/**
 * The real {@link CloudFormationAsyncClient}: each operation is the {@link DefaultCloudFormationClient}'s pipeline run
 * asynchronously ({@code callAsync}; writes through {@code CfnWrites.sendAsync}) over the same runtime.
 *
 * <p>Immutable and thread-safe.
 */
final class DefaultCloudFormationAsyncClient implements CloudFormationAsyncClient {
  private final DefaultCloudFormationClient client;

  DefaultCloudFormationAsyncClient(DefaultCloudFormationClient client) {
    this.client = client;
  }

  @Override
  public CompletableFuture<ListStackSetOperationResultsResponse> listStackSetOperationResults(
      ListStackSetOperationResultsRequest request) {
    return client.callAsync(CfnOperations.LIST_STACK_SET_OPERATION_RESULTS, request);
  }

  @Override
  public CompletableFuture<ListStackSetOperationsResponse> listStackSetOperations(
      ListStackSetOperationsRequest request) {
    return client.callAsync(CfnOperations.LIST_STACK_SET_OPERATIONS, request);
  }

  @Override
  public CompletableFuture<DescribeStackSetOperationResponse> describeStackSetOperation(
      DescribeStackSetOperationRequest request) {
    return client.callAsync(CfnOperations.DESCRIBE_STACK_SET_OPERATION, request);
  }

  @Override
  public CompletableFuture<ListStackSetsResponse> listStackSets(ListStackSetsRequest request) {
    return client.callAsync(CfnOperations.LIST_STACK_SETS, request);
  }

  @Override
  public CompletableFuture<ListStackInstancesResponse> listStackInstances(ListStackInstancesRequest request) {
    return client.callAsync(CfnOperations.LIST_STACK_INSTANCES, request);
  }

  @Override
  public CompletableFuture<DescribeStackSetResponse> describeStackSet(DescribeStackSetRequest request) {
    return client.callAsync(CfnOperations.DESCRIBE_STACK_SET, request);
  }

  @Override
  public CompletableFuture<DescribeStackInstanceResponse> describeStackInstance(DescribeStackInstanceRequest request) {
    return client.callAsync(CfnOperations.DESCRIBE_STACK_INSTANCE, request);
  }

  @Override
  public CompletableFuture<ListStackSetAutoDeploymentTargetsResponse> listStackSetAutoDeploymentTargets(
      ListStackSetAutoDeploymentTargetsRequest request) {
    return client.callAsync(CfnOperations.LIST_STACK_SET_AUTO_DEPLOYMENT_TARGETS, request);
  }

  @Override
  public CompletableFuture<CreateStackSetResponse> createStackSet(CreateStackSetRequest request) {
    return client.writeAsync(CfnOperations.CREATE_STACK_SET, request, WaitForTurn.never());
  }

  @Override
  public CompletableFuture<UpdateStackSetResponse> updateStackSet(UpdateStackSetRequest request) {
    return client.writeAsync(CfnOperations.UPDATE_STACK_SET, request, client.configuration().waitForTurn());
  }

  @Override
  public CompletableFuture<UpdateStackSetResponse> updateStackSet(
      UpdateStackSetRequest request, WaitForTurn waitForTurn) {
    return client.writeAsync(CfnOperations.UPDATE_STACK_SET, request, waitForTurn);
  }

  @Override
  public CompletableFuture<DeleteStackSetResponse> deleteStackSet(DeleteStackSetRequest request) {
    return client.writeAsync(CfnOperations.DELETE_STACK_SET, request, client.configuration().waitForTurn());
  }

  @Override
  public CompletableFuture<DeleteStackSetResponse> deleteStackSet(
      DeleteStackSetRequest request, WaitForTurn waitForTurn) {
    return client.writeAsync(CfnOperations.DELETE_STACK_SET, request, waitForTurn);
  }

  @Override
  public CompletableFuture<CreateStackInstancesResponse> createStackInstances(CreateStackInstancesRequest request) {
    return client.writeAsync(CfnOperations.CREATE_STACK_INSTANCES, request, client.configuration().waitForTurn());
  }

  @Override
  public CompletableFuture<CreateStackInstancesResponse> createStackInstances(
      CreateStackInstancesRequest request, WaitForTurn waitForTurn) {
    return client.writeAsync(CfnOperations.CREATE_STACK_INSTANCES, request, waitForTurn);
  }

  @Override
  public CompletableFuture<UpdateStackInstancesResponse> updateStackInstances(UpdateStackInstancesRequest request) {
    return client.writeAsync(CfnOperations.UPDATE_STACK_INSTANCES, request, client.configuration().waitForTurn());
  }

  @Override
  public CompletableFuture<UpdateStackInstancesResponse> updateStackInstances(
      UpdateStackInstancesRequest request, WaitForTurn waitForTurn) {
    return client.writeAsync(CfnOperations.UPDATE_STACK_INSTANCES, request, waitForTurn);
  }

  @Override
  public CompletableFuture<DeleteStackInstancesResponse> deleteStackInstances(DeleteStackInstancesRequest request) {
    return client.writeAsync(CfnOperations.DELETE_STACK_INSTANCES, request, client.configuration().waitForTurn());
  }

  @Override
  public CompletableFuture<DeleteStackInstancesResponse> deleteStackInstances(
      DeleteStackInstancesRequest request, WaitForTurn waitForTurn) {
    return client.writeAsync(CfnOperations.DELETE_STACK_INSTANCES, request, waitForTurn);
  }

  @Override
  public CompletableFuture<StopStackSetOperationResponse> stopStackSetOperation(StopStackSetOperationRequest request) {
    return client.writeAsync(CfnOperations.STOP_STACK_SET_OPERATION, request, WaitForTurn.never());
  }

  @Override
  public CompletableFuture<DetectStackSetDriftResponse> detectStackSetDrift(DetectStackSetDriftRequest request) {
    return client.writeAsync(CfnOperations.DETECT_STACK_SET_DRIFT, request, client.configuration().waitForTurn());
  }

  @Override
  public CompletableFuture<DetectStackSetDriftResponse> detectStackSetDrift(
      DetectStackSetDriftRequest request, WaitForTurn waitForTurn) {
    return client.writeAsync(CfnOperations.DETECT_STACK_SET_DRIFT, request, waitForTurn);
  }

  @Override
  public StackSetOperationView operations() {
    return client.operations();
  }

  @Override
  public String toString() {
    return "Async" + client;
  }
}
