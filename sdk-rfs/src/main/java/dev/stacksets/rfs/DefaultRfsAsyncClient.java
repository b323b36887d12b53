package dev.stacksets.rfs;

import dev.stacksets.core.WaitForTurn;
import dev.stacksets.core.operation.StackSetOperationView;
import dev.stacksets.rfs.internal.RfsOperations;
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
import dev.stacksets.rfs.model.ShowStackInstanceRequest;
import dev.stacksets.rfs.model.ShowStackInstanceResponse;
import dev.stacksets.rfs.model.ShowStackSetMetadataRequest;
import dev.stacksets.rfs.model.ShowStackSetMetadataResponse;
import dev.stacksets.rfs.model.ShowStackSetOperationMetadataRequest;
import dev.stacksets.rfs.model.ShowStackSetOperationMetadataResponse;
import dev.stacksets.rfs.model.ShowStackSetTemplateRequest;
import dev.stacksets.rfs.model.ShowStackSetTemplateResponse;
import dev.stacksets.rfs.model.UpdateStackInstancesRequest;
import dev.stacksets.rfs.model.UpdateStackInstancesResponse;
import dev.stacksets.rfs.model.UpdateStackSetRequest;
import dev.stacksets.rfs.model.UpdateStackSetResponse;
import java.util.concurrent.CompletableFuture;

/**
 * The real {@link RfsAsyncClient}: each operation is the {@link DefaultRfsClient}'s pipeline run asynchronously
 * ({@code callAsync}, {@code writeAsync}) over the same runtime.
 *
 * <p>Immutable and thread-safe.
 */
final class DefaultRfsAsyncClient implements RfsAsyncClient {
  private final DefaultRfsClient client;

  DefaultRfsAsyncClient(DefaultRfsClient client) {
    this.client = client;
  }

  @Override
  public CompletableFuture<ListStackSetsResponse> listStackSets(ListStackSetsRequest request) {
    return client.callAsync(RfsOperations.listStackSets(), request);
  }

  @Override
  public CompletableFuture<ShowStackSetMetadataResponse> showStackSetMetadata(ShowStackSetMetadataRequest request) {
    return client.callAsync(RfsOperations.showStackSetMetadata(), request);
  }

  @Override
  public CompletableFuture<ListStackSetOperationsResponse> listStackSetOperations(ListStackSetOperationsRequest request) {
    return client.callAsync(RfsOperations.listStackSetOperations(), request);
  }

  @Override
  public CompletableFuture<ShowStackSetOperationMetadataResponse> showStackSetOperationMetadata(ShowStackSetOperationMetadataRequest request) {
    return client.callAsync(RfsOperations.showStackSetOperationMetadata(), request);
  }

  @Override
  public CompletableFuture<ListStackInstancesResponse> listStackInstances(ListStackInstancesRequest request) {
    return client.callAsync(RfsOperations.listStackInstances(), request);
  }

  @Override
  public CompletableFuture<ShowStackInstanceResponse> showStackInstance(ShowStackInstanceRequest request) {
    return client.callAsync(RfsOperations.showStackInstance(), request);
  }

  @Override
  public CompletableFuture<ShowStackSetTemplateResponse> showStackSetTemplate(ShowStackSetTemplateRequest request) {
    return client.callAsync(RfsOperations.showStackSetTemplate(), request);
  }

  @Override
  public CompletableFuture<CreateStackSetResponse> createStackSet(CreateStackSetRequest request) {
    return client.writeAsync(RfsOperations.createStackSet(), request, client.configuration().waitForTurn());
  }

  @Override
  public CompletableFuture<CreateStackSetResponse> createStackSet(CreateStackSetRequest request, WaitForTurn waitForTurn) {
    return client.writeAsync(RfsOperations.createStackSet(), request, waitForTurn);
  }

  @Override
  public CompletableFuture<UpdateStackSetResponse> updateStackSet(UpdateStackSetRequest request) {
    return client.writeAsync(RfsOperations.updateStackSet(), request, client.configuration().waitForTurn());
  }

  @Override
  public CompletableFuture<UpdateStackSetResponse> updateStackSet(UpdateStackSetRequest request, WaitForTurn waitForTurn) {
    return client.writeAsync(RfsOperations.updateStackSet(), request, waitForTurn);
  }

  @Override
  public CompletableFuture<DeleteStackSetResponse> deleteStackSet(DeleteStackSetRequest request) {
    return client.writeAsync(RfsOperations.deleteStackSet(), request, client.configuration().waitForTurn());
  }

  @Override
  public CompletableFuture<DeleteStackSetResponse> deleteStackSet(DeleteStackSetRequest request, WaitForTurn waitForTurn) {
    return client.writeAsync(RfsOperations.deleteStackSet(), request, waitForTurn);
  }

  @Override
  public CompletableFuture<DeployStackSetResponse> deployStackSet(DeployStackSetRequest request) {
    return client.writeAsync(RfsOperations.deployStackSet(), request, client.configuration().waitForTurn());
  }

  @Override
  public CompletableFuture<DeployStackSetResponse> deployStackSet(DeployStackSetRequest request, WaitForTurn waitForTurn) {
    return client.writeAsync(RfsOperations.deployStackSet(), request, waitForTurn);
  }

  @Override
  public CompletableFuture<CreateStackInstancesResponse> createStackInstances(CreateStackInstancesRequest request) {
    return client.writeAsync(RfsOperations.createStackInstances(), request, client.configuration().waitForTurn());
  }

  @Override
  public CompletableFuture<CreateStackInstancesResponse> createStackInstances(CreateStackInstancesRequest request, WaitForTurn waitForTurn) {
    return client.writeAsync(RfsOperations.createStackInstances(), request, waitForTurn);
  }

  @Override
  public CompletableFuture<UpdateStackInstancesResponse> updateStackInstances(UpdateStackInstancesRequest request) {
    return client.writeAsync(RfsOperations.updateStackInstances(), request, client.configuration().waitForTurn());
  }

  @Override
  public CompletableFuture<UpdateStackInstancesResponse> updateStackInstances(UpdateStackInstancesRequest request, WaitForTurn waitForTurn) {
    return client.writeAsync(RfsOperations.updateStackInstances(), request, waitForTurn);
  }

  @Override
  public CompletableFuture<DeleteStackInstancesResponse> deleteStackInstances(DeleteStackInstancesRequest request) {
    return client.writeAsync(RfsOperations.deleteStackInstances(), request, client.configuration().waitForTurn());
  }

  @Override
  public CompletableFuture<DeleteStackInstancesResponse> deleteStackInstances(DeleteStackInstancesRequest request, WaitForTurn waitForTurn) {
    return client.writeAsync(RfsOperations.deleteStackInstances(), request, waitForTurn);
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
