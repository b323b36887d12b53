package dev.stacksets.rfs;

import dev.stacksets.rfs.internal.RfsServiceProfile;
import dev.stacksets.rfs.internal.RfsOperation;
import dev.stacksets.rfs.internal.RfsOperations;
import dev.stacksets.core.ClientConfiguration;
import dev.stacksets.core.auth.HuaweiProjectIdLookup;
import dev.stacksets.core.internal.ClientRuntime;
import dev.stacksets.core.internal.OperationDescriptor;
import dev.stacksets.core.operation.StackSetOperationView;
import dev.stacksets.rfs.RfsClient;
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
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The {@link RfsClient} over the core pipeline: each method runs its {@link RfsOperations} entry, bound to this
 * client's project id, through {@link ClientRuntime} (marshal with validation, request id, retries, signing, send,
 * error mapping, read, and the 404 rule).
 *
 * <p>Thread-safe; its only state after construction is the cache of bound descriptors.
 */
final class DefaultRfsClient implements RfsClient {
  private final ClientRuntime runtime;
  private final Map<RfsOperation<?, ?>, OperationDescriptor<?, ?>> descriptors = new ConcurrentHashMap<>();
  private final String projectId;
  private final RfsOperationView operations;

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
  }

  @Override
  public ListStackSetsResponse listStackSets(ListStackSetsRequest request) {
    return call(RfsOperations.LIST_STACK_SETS, request);
  }

  @Override
  public ShowStackSetMetadataResponse showStackSetMetadata(ShowStackSetMetadataRequest request) {
    return call(RfsOperations.SHOW_STACK_SET_METADATA, request);
  }

  @Override
  public ListStackSetOperationsResponse listStackSetOperations(ListStackSetOperationsRequest request) {
    return call(RfsOperations.LIST_STACK_SET_OPERATIONS, request);
  }

  @Override
  public ShowStackSetOperationMetadataResponse showStackSetOperationMetadata(
      ShowStackSetOperationMetadataRequest request) {
    return call(RfsOperations.SHOW_STACK_SET_OPERATION_METADATA, request);
  }

  @Override
  public ListStackInstancesResponse listStackInstances(ListStackInstancesRequest request) {
    return call(RfsOperations.LIST_STACK_INSTANCES, request);
  }

  @Override
  public ShowStackInstanceResponse showStackInstance(ShowStackInstanceRequest request) {
    return call(RfsOperations.SHOW_STACK_INSTANCE, request);
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

  /** Runs {@code operation} through the pipeline with its descriptor bound to this client's project id. */
  @SuppressWarnings("unchecked") // each key maps to its own operation's descriptor
  private <I, O> O call(RfsOperation<I, O> operation, I request) {
    OperationDescriptor<I, O> descriptor = (OperationDescriptor<I, O>) descriptors.computeIfAbsent(operation,
        o -> o.descriptor(projectId));
    return runtime.execute(descriptor, request);
  }
}
