package dev.stacksets.cfn;

import dev.stacksets.cfn.CloudFormationClient;
import dev.stacksets.cfn.internal.AwsProfiles;
import dev.stacksets.cfn.internal.CfnOperations;
import dev.stacksets.cfn.internal.CfnWrites;
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
import dev.stacksets.core.ClientConfiguration;
import dev.stacksets.core.WaitForTurn;
import dev.stacksets.core.internal.ClientRuntime;
import dev.stacksets.core.operation.StackSetOperationView;
import java.util.concurrent.CompletableFuture;
import dev.stacksets.cfn.internal.AwsOperation;

/** The {@link CloudFormationClient} over the core pipeline. Immutable and thread-safe. */
final class DefaultCloudFormationClient implements CloudFormationClient {
  private final ClientRuntime runtime;
  private final DefaultCloudFormationAsyncClient async = new DefaultCloudFormationAsyncClient(this);
  private final CfnOperationView operations;
  private final CfnWrites writes;

  /** Builds the pipeline once. */
  public DefaultCloudFormationClient(ClientConfiguration configuration) {
    this.runtime = new ClientRuntime(configuration, AwsProfiles.cloudFormation(configuration.region()));
    this.operations = new CfnOperationView(this);
    this.writes = new CfnWrites(runtime, operations);
  }

  @Override
  public ClientConfiguration configuration() {
    return runtime.configuration();
  }

  @Override
  public ListStackSetOperationResultsResponse listStackSetOperationResults(
      ListStackSetOperationResultsRequest request) {
    return runtime.execute(CfnOperations.listStackSetOperationResults().descriptor(), request);
  }

  @Override
  public ListStackSetOperationsResponse listStackSetOperations(ListStackSetOperationsRequest request) {
    return runtime.execute(CfnOperations.listStackSetOperations().descriptor(), request);
  }

  @Override
  public DescribeStackSetOperationResponse describeStackSetOperation(DescribeStackSetOperationRequest request) {
    return runtime.execute(CfnOperations.describeStackSetOperation().descriptor(), request);
  }

  @Override
  public ListStackSetsResponse listStackSets(ListStackSetsRequest request) {
    return runtime.execute(CfnOperations.listStackSets().descriptor(), request);
  }

  @Override
  public ListStackInstancesResponse listStackInstances(ListStackInstancesRequest request) {
    return runtime.execute(CfnOperations.listStackInstances().descriptor(), request);
  }

  @Override
  public DescribeStackSetResponse describeStackSet(DescribeStackSetRequest request) {
    return runtime.execute(CfnOperations.describeStackSet().descriptor(), request);
  }

  @Override
  public DescribeStackInstanceResponse describeStackInstance(DescribeStackInstanceRequest request) {
    return runtime.execute(CfnOperations.describeStackInstance().descriptor(), request);
  }

  @Override
  public CreateStackSetResponse createStackSet(CreateStackSetRequest request) {
    return writes.send(CfnOperations.createStackSet(), request, WaitForTurn.never());
  }

  @Override
  public UpdateStackSetResponse updateStackSet(UpdateStackSetRequest request) {
    return updateStackSet(request, runtime.configuration().waitForTurn());
  }

  @Override
  public UpdateStackSetResponse updateStackSet(UpdateStackSetRequest request, WaitForTurn waitForTurn) {
    return writes.send(CfnOperations.updateStackSet(), request, waitForTurn);
  }

  @Override
  public DeleteStackSetResponse deleteStackSet(DeleteStackSetRequest request) {
    return deleteStackSet(request, runtime.configuration().waitForTurn());
  }

  @Override
  public DeleteStackSetResponse deleteStackSet(DeleteStackSetRequest request, WaitForTurn waitForTurn) {
    return writes.send(CfnOperations.deleteStackSet(), request, waitForTurn);
  }

  @Override
  public CreateStackInstancesResponse createStackInstances(CreateStackInstancesRequest request) {
    return createStackInstances(request, runtime.configuration().waitForTurn());
  }

  @Override
  public CreateStackInstancesResponse createStackInstances(CreateStackInstancesRequest request,
      WaitForTurn waitForTurn) {
    return writes.send(CfnOperations.createStackInstances(), request, waitForTurn);
  }

  @Override
  public UpdateStackInstancesResponse updateStackInstances(UpdateStackInstancesRequest request) {
    return updateStackInstances(request, runtime.configuration().waitForTurn());
  }

  @Override
  public UpdateStackInstancesResponse updateStackInstances(UpdateStackInstancesRequest request,
      WaitForTurn waitForTurn) {
    return writes.send(CfnOperations.updateStackInstances(), request, waitForTurn);
  }

  @Override
  public DeleteStackInstancesResponse deleteStackInstances(DeleteStackInstancesRequest request) {
    return deleteStackInstances(request, runtime.configuration().waitForTurn());
  }

  @Override
  public DeleteStackInstancesResponse deleteStackInstances(DeleteStackInstancesRequest request,
      WaitForTurn waitForTurn) {
    return writes.send(CfnOperations.deleteStackInstances(), request, waitForTurn);
  }

  @Override
  public StopStackSetOperationResponse stopStackSetOperation(StopStackSetOperationRequest request) {
    return writes.send(CfnOperations.stopStackSetOperation(), request, WaitForTurn.never());
  }

  @Override
  public DetectStackSetDriftResponse detectStackSetDrift(DetectStackSetDriftRequest request) {
    return detectStackSetDrift(request, runtime.configuration().waitForTurn());
  }

  @Override
  public DetectStackSetDriftResponse detectStackSetDrift(DetectStackSetDriftRequest request, WaitForTurn waitForTurn) {
    return writes.send(CfnOperations.detectStackSetDrift(), request, waitForTurn);
  }

  @Override
  public ListStackSetAutoDeploymentTargetsResponse listStackSetAutoDeploymentTargets(
      ListStackSetAutoDeploymentTargetsRequest request) {
    return runtime.execute(CfnOperations.listStackSetAutoDeploymentTargets().descriptor(), request);
  }

  @Override
  public StackSetOperationView operations() {
    return operations;
  }

  @Override
  public CloudFormationAsyncClient async() {
    return async;
  }

  /** Runs a read (or an idempotent write) asynchronously through this client's pipeline. */
  <I, O> CompletableFuture<O> callAsync(AwsOperation<I, O> operation, I request) {
    return runtime.executeAsync(operation.descriptor(), request);
  }

  /** Sends a write asynchronously: keyed, replay-aware and turn-taking as the synchronous one ({@link CfnWrites}). */
  <I, O> CompletableFuture<O> writeAsync(AwsOperation<I, O> operation, I request, WaitForTurn waitForTurn) {
    return writes.sendAsync(operation, request, waitForTurn);
  }

  @Override
  public void close() {
    runtime.close();
  }

  @Override
  public String toString() {
    return "CloudFormationClient{endpoint=" + runtime.configuration().endpoint() + ", region="
        + AwsProfiles.signingRegion(runtime.configuration().region()) + "}";
  }
}
