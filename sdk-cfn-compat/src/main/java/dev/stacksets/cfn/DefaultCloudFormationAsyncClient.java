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
    return client.callAsync(CfnOperations.listStackSetOperationResults(), request);
  }

  @Override
  public CompletableFuture<ListStackSetOperationsResponse> listStackSetOperations(
      ListStackSetOperationsRequest request) {
    return client.callAsync(CfnOperations.listStackSetOperations(), request);
  }

  @Override
  public CompletableFuture<DescribeStackSetOperationResponse> describeStackSetOperation(
      DescribeStackSetOperationRequest request) {
    return client.callAsync(CfnOperations.describeStackSetOperation(), request);
  }

  @Override
  public CompletableFuture<ListStackSetsResponse> listStackSets(ListStackSetsRequest request) {
    return client.callAsync(CfnOperations.listStackSets(), request);
  }

  @Override
  public CompletableFuture<ListStackInstancesResponse> listStackInstances(ListStackInstancesRequest request) {
    return client.callAsync(CfnOperations.listStackInstances(), request);
  }

  @Override
  public CompletableFuture<DescribeStackSetResponse> describeStackSet(DescribeStackSetRequest request) {
    return client.callAsync(CfnOperations.describeStackSet(), request);
  }

  @Override
  public CompletableFuture<DescribeStackInstanceResponse> describeStackInstance(DescribeStackInstanceRequest request) {
    return client.callAsync(CfnOperations.describeStackInstance(), request);
  }

  @Override
  public CompletableFuture<ListStackSetAutoDeploymentTargetsResponse> listStackSetAutoDeploymentTargets(
      ListStackSetAutoDeploymentTargetsRequest request) {
    return client.callAsync(CfnOperations.listStackSetAutoDeploymentTargets(), request);
  }

  @Override
  public CompletableFuture<CreateStackSetResponse> createStackSet(CreateStackSetRequest request) {
    return client.writeAsync(CfnOperations.createStackSet(), request, WaitForTurn.never());
  }

  @Override
  public CompletableFuture<UpdateStackSetResponse> updateStackSet(UpdateStackSetRequest request) {
    return client.writeAsync(CfnOperations.updateStackSet(), request, client.configuration().waitForTurn());
  }

  @Override
  public CompletableFuture<UpdateStackSetResponse> updateStackSet(
      UpdateStackSetRequest request, WaitForTurn waitForTurn) {
    return client.writeAsync(CfnOperations.updateStackSet(), request, waitForTurn);
  }

  @Override
  public CompletableFuture<DeleteStackSetResponse> deleteStackSet(DeleteStackSetRequest request) {
    return client.writeAsync(CfnOperations.deleteStackSet(), request, client.configuration().waitForTurn());
  }

  @Override
  public CompletableFuture<DeleteStackSetResponse> deleteStackSet(
      DeleteStackSetRequest request, WaitForTurn waitForTurn) {
    return client.writeAsync(CfnOperations.deleteStackSet(), request, waitForTurn);
  }

  @Override
  public CompletableFuture<CreateStackInstancesResponse> createStackInstances(CreateStackInstancesRequest request) {
    return client.writeAsync(CfnOperations.createStackInstances(), request, client.configuration().waitForTurn());
  }

  @Override
  public CompletableFuture<CreateStackInstancesResponse> createStackInstances(
      CreateStackInstancesRequest request, WaitForTurn waitForTurn) {
    return client.writeAsync(CfnOperations.createStackInstances(), request, waitForTurn);
  }

  @Override
  public CompletableFuture<UpdateStackInstancesResponse> updateStackInstances(UpdateStackInstancesRequest request) {
    return client.writeAsync(CfnOperations.updateStackInstances(), request, client.configuration().waitForTurn());
  }

  @Override
  public CompletableFuture<UpdateStackInstancesResponse> updateStackInstances(
      UpdateStackInstancesRequest request, WaitForTurn waitForTurn) {
    return client.writeAsync(CfnOperations.updateStackInstances(), request, waitForTurn);
  }

  @Override
  public CompletableFuture<DeleteStackInstancesResponse> deleteStackInstances(DeleteStackInstancesRequest request) {
    return client.writeAsync(CfnOperations.deleteStackInstances(), request, client.configuration().waitForTurn());
  }

  @Override
  public CompletableFuture<DeleteStackInstancesResponse> deleteStackInstances(
      DeleteStackInstancesRequest request, WaitForTurn waitForTurn) {
    return client.writeAsync(CfnOperations.deleteStackInstances(), request, waitForTurn);
  }

  @Override
  public CompletableFuture<StopStackSetOperationResponse> stopStackSetOperation(StopStackSetOperationRequest request) {
    return client.writeAsync(CfnOperations.stopStackSetOperation(), request, WaitForTurn.never());
  }

  @Override
  public CompletableFuture<DetectStackSetDriftResponse> detectStackSetDrift(DetectStackSetDriftRequest request) {
    return client.writeAsync(CfnOperations.detectStackSetDrift(), request, client.configuration().waitForTurn());
  }

  @Override
  public CompletableFuture<DetectStackSetDriftResponse> detectStackSetDrift(
      DetectStackSetDriftRequest request, WaitForTurn waitForTurn) {
    return client.writeAsync(CfnOperations.detectStackSetDrift(), request, waitForTurn);
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
