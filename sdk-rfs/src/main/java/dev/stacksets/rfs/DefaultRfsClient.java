package dev.stacksets.rfs;

import dev.stacksets.rfs.internal.RfsServiceProfile;
import dev.stacksets.rfs.internal.RfsOperation;
import dev.stacksets.rfs.internal.RfsOperations;
import dev.stacksets.core.ClientConfiguration;
import dev.stacksets.core.WaitForTurn;
import dev.stacksets.core.exception.ServiceException;
import dev.stacksets.core.auth.HuaweiProjectIdLookup;
import dev.stacksets.core.internal.ClientRuntime;
import dev.stacksets.core.internal.OperationDescriptor;
import dev.stacksets.core.internal.TurnTaking;
import dev.stacksets.core.internal.util.Futures;
import dev.stacksets.core.internal.util.Require;
import dev.stacksets.core.operation.StackSetOperationView;
import dev.stacksets.rfs.RfsClient;
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
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The {@link RfsClient} over the core pipeline: each method runs its {@link RfsOperations} entry, bound to this
 * client's project id, through {@link ClientRuntime} (marshal with validation, request id, retries, signing, send,
 * error mapping, read, and the error rules). A write first fixes its {@code Client-Request-Id} in the request object
 * (the caller's, or a new UUID), then goes through {@link TurnTaking} with the client's {@link #operations()} view,
 * so the pipeline's retries and a resend after waiting its turn all send the same request.
 *
 * <p>Thread-safe; its only state after construction is the cache of bound descriptors.
 */
final class DefaultRfsClient implements RfsClient {
  private final ClientRuntime runtime;
  private final Map<RfsOperation<?, ?>, OperationDescriptor<?, ?>> descriptors = new ConcurrentHashMap<>();
  private final String projectId;
  private final RfsOperationView operations;
  private final TurnTaking turns;
  private final DefaultRfsAsyncClient async;

  /** Builds the runtime once for this client. */
  public DefaultRfsClient(ClientConfiguration configuration, String projectId) {
    this(configuration, projectId, null);
  }

  /**
   * Builds the runtime once for this client; with a {@code projectIds} lookup (a region and no project id), every
   * request gets the project id IAM lists for the region.
   */
  DefaultRfsClient(ClientConfiguration configuration, String projectId, HuaweiProjectIdLookup projectIds) {
    this.runtime = new ClientRuntime(configuration, RfsServiceProfile.create(projectIds, configuration.region()));
    this.projectId = projectId;
    this.operations = new RfsOperationView(this);
    this.turns = new TurnTaking(operations, configuration.clock(), configuration.sleeper());
    this.async = new DefaultRfsAsyncClient(this);
  }

  @Override
  public ListStackSetsResponse listStackSets(ListStackSetsRequest request) {
    return call(RfsOperations.listStackSets(), request);
  }

  @Override
  public ShowStackSetMetadataResponse showStackSetMetadata(ShowStackSetMetadataRequest request) {
    return call(RfsOperations.showStackSetMetadata(), request);
  }

  @Override
  public ListStackSetOperationsResponse listStackSetOperations(ListStackSetOperationsRequest request) {
    return call(RfsOperations.listStackSetOperations(), request);
  }

  @Override
  public ShowStackSetOperationMetadataResponse showStackSetOperationMetadata(
      ShowStackSetOperationMetadataRequest request) {
    return call(RfsOperations.showStackSetOperationMetadata(), request);
  }

  @Override
  public ListStackInstancesResponse listStackInstances(ListStackInstancesRequest request) {
    return call(RfsOperations.listStackInstances(), request);
  }

  @Override
  public ShowStackInstanceResponse showStackInstance(ShowStackInstanceRequest request) {
    return call(RfsOperations.showStackInstance(), request);
  }

  @Override
  public ShowStackSetTemplateResponse showStackSetTemplate(ShowStackSetTemplateRequest request) {
    return call(RfsOperations.showStackSetTemplate(), request);
  }

  @Override
  public CreateStackSetResponse createStackSet(CreateStackSetRequest request) {
    return createStackSet(request, waitForTurn());
  }

  @Override
  public CreateStackSetResponse createStackSet(CreateStackSetRequest request, WaitForTurn waitForTurn) {
    return write(RfsOperations.createStackSet(), request, waitForTurn);
  }

  @Override
  public UpdateStackSetResponse updateStackSet(UpdateStackSetRequest request) {
    return updateStackSet(request, waitForTurn());
  }

  @Override
  public UpdateStackSetResponse updateStackSet(UpdateStackSetRequest request, WaitForTurn waitForTurn) {
    return write(RfsOperations.updateStackSet(), request, waitForTurn);
  }

  @Override
  public DeleteStackSetResponse deleteStackSet(DeleteStackSetRequest request) {
    return deleteStackSet(request, waitForTurn());
  }

  @Override
  public DeleteStackSetResponse deleteStackSet(DeleteStackSetRequest request, WaitForTurn waitForTurn) {
    return write(RfsOperations.deleteStackSet(), request, waitForTurn);
  }

  @Override
  public DeployStackSetResponse deployStackSet(DeployStackSetRequest request) {
    return deployStackSet(request, waitForTurn());
  }

  @Override
  public DeployStackSetResponse deployStackSet(DeployStackSetRequest request, WaitForTurn waitForTurn) {
    return write(RfsOperations.deployStackSet(), request, waitForTurn);
  }

  @Override
  public CreateStackInstancesResponse createStackInstances(CreateStackInstancesRequest request) {
    return createStackInstances(request, waitForTurn());
  }

  @Override
  public CreateStackInstancesResponse createStackInstances(CreateStackInstancesRequest request,
      WaitForTurn waitForTurn) {
    return write(RfsOperations.createStackInstances(), request, waitForTurn);
  }

  @Override
  public UpdateStackInstancesResponse updateStackInstances(UpdateStackInstancesRequest request) {
    return updateStackInstances(request, waitForTurn());
  }

  @Override
  public UpdateStackInstancesResponse updateStackInstances(UpdateStackInstancesRequest request,
      WaitForTurn waitForTurn) {
    return write(RfsOperations.updateStackInstances(), request, waitForTurn);
  }

  @Override
  public DeleteStackInstancesResponse deleteStackInstances(DeleteStackInstancesRequest request) {
    return deleteStackInstances(request, waitForTurn());
  }

  @Override
  public DeleteStackInstancesResponse deleteStackInstances(DeleteStackInstancesRequest request,
      WaitForTurn waitForTurn) {
    return write(RfsOperations.deleteStackInstances(), request, waitForTurn);
  }

  @Override
  public RfsAsyncClient async() {
    return async;
  }

  @Override
  public StackSetOperationView operations() {
    return operations;
  }

  @Override
  public ClientConfiguration configuration() {
    return runtime.configuration();
  }

  @Override
  public String projectId() {
    return projectId;
  }

  @Override
  public void close() {
    runtime.close();
  }

  @Override
  public String toString() {
    return "RfsClient{endpoint=" + runtime.configuration().endpoint() + ", region="
        + runtime.configuration().region() + (projectId == null ? "" : ", projectId=" + projectId) + "}";
  }

  /**
   * Runs {@code operation} through the pipeline with its descriptor bound to this client's project id; an error
   * reply that the operation recovers from ({@link RfsOperation#recover}) is its answer.
   */
  @SuppressWarnings("unchecked") // each key maps to its own operation's descriptor
  private <I, O> O call(RfsOperation<I, O> operation, I request) {
    OperationDescriptor<I, O> descriptor = (OperationDescriptor<I, O>) descriptors.computeIfAbsent(operation,
        o -> o.descriptor(projectId));
    try {
      return runtime.execute(descriptor, request);
    } catch (ServiceException e) {
      O recovered = operation.recover(e);
      if (recovered == null) {
        throw e;
      }
      return recovered;
    }
  }

  /**
   * The asynchronous form of {@link #call}: the same pipeline on OkHttp's {@code enqueue}, the same recovery.
   */
  @SuppressWarnings("unchecked") // each key maps to its own operation's descriptor
  <I, O> CompletableFuture<O> callAsync(RfsOperation<I, O> operation, I request) {
    OperationDescriptor<I, O> descriptor = (OperationDescriptor<I, O>) descriptors.computeIfAbsent(operation,
        o -> o.descriptor(projectId));
    return Futures.then(runtime.executeAsync(descriptor, request), (result, error) -> {
      if (error == null) {
        return CompletableFuture.completedFuture(result);
      }
      O recovered = error instanceof ServiceException e ? operation.recover(e) : null;
      return recovered != null ? CompletableFuture.completedFuture(recovered) : CompletableFuture.failedFuture(error);
    });
  }

  /**
   * Sends a write keyed once ({@link RfsOperation#keyed}), waiting its turn as {@code waitForTurn} allows: every send
   * is the same request.
   */
  private <I, O> O write(RfsOperation<I, O> operation, I request, WaitForTurn waitForTurn) {
    Require.nonNull(waitForTurn, "waitForTurn");
    I keyed = operation.keyed(request);
    return turns.send(waitForTurn, operation.stackSetName(keyed), () -> call(operation, keyed),
        operation.conflictRule());
  }

  /** The asynchronous form of {@link #write}; a bad argument fails the future, and nothing is sent. */
  <I, O> CompletableFuture<O> writeAsync(RfsOperation<I, O> operation, I request, WaitForTurn waitForTurn) {
    return Futures.start(() -> {
      Require.nonNull(waitForTurn, "waitForTurn");
      I keyed = operation.keyed(request);
      return turns.sendAsync(waitForTurn, operation.stackSetName(keyed), () -> callAsync(operation, keyed),
          operation.conflictRule());
    });
  }

  private WaitForTurn waitForTurn() {
    return runtime.configuration().waitForTurn();
  }
}
