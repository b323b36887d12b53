package dev.stacksets.rfs.internal;

import dev.stacksets.core.ClientConfiguration;
import dev.stacksets.core.ResponseMetadata;
import dev.stacksets.core.exception.NotFoundException;
import dev.stacksets.core.http.SdkHttpRequest;
import dev.stacksets.core.internal.ClientRuntime;
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

/**
 * The {@link RfsClient} over the core pipeline: serialize (validating), run through {@link ClientRuntime} (request
 * id, retries, signing, send, error mapping), parse, and refine a 404 with {@link RfsNotFoundRule}.
 *
 * <p>Immutable and thread-safe.
 */
public final class DefaultRfsClient implements RfsClient {
  private final ClientRuntime runtime;
  private final RfsRequestSerializer serializer;
  private final String projectId;
  private final RfsOperationView operations;

  /** Builds the runtime once for this client. */
  public DefaultRfsClient(ClientConfiguration configuration, String projectId) {
    this.runtime = new ClientRuntime(configuration, RfsServiceProfile.create());
    this.serializer = new RfsRequestSerializer(projectId);
    this.projectId = projectId;
    this.operations = new RfsOperationView(this);
  }

  @Override
  public ListStackSetsResponse listStackSets(ListStackSetsRequest request) {
    SdkHttpRequest http = serializer.listStackSets(required(request));
    return call(RfsOperation.LIST_STACK_SETS, http, RfsResponseParser::listStackSets);
  }

  @Override
  public ShowStackSetMetadataResponse showStackSetMetadata(ShowStackSetMetadataRequest request) {
    SdkHttpRequest http = serializer.showStackSetMetadata(required(request));
    return call(RfsOperation.SHOW_STACK_SET_METADATA, http, RfsResponseParser::showStackSetMetadata);
  }

  @Override
  public ListStackSetOperationsResponse listStackSetOperations(ListStackSetOperationsRequest request) {
    SdkHttpRequest http = serializer.listStackSetOperations(required(request));
    return call(RfsOperation.LIST_STACK_SET_OPERATIONS, http, RfsResponseParser::listStackSetOperations);
  }

  @Override
  public ShowStackSetOperationMetadataResponse showStackSetOperationMetadata(
      ShowStackSetOperationMetadataRequest request) {
    SdkHttpRequest http = serializer.showStackSetOperationMetadata(required(request));
    return call(RfsOperation.SHOW_STACK_SET_OPERATION_METADATA, http,
        RfsResponseParser::showStackSetOperationMetadata);
  }

  @Override
  public ListStackInstancesResponse listStackInstances(ListStackInstancesRequest request) {
    SdkHttpRequest http = serializer.listStackInstances(required(request));
    return call(RfsOperation.LIST_STACK_INSTANCES, http, RfsResponseParser::listStackInstances);
  }

  @Override
  public ShowStackInstanceResponse showStackInstance(ShowStackInstanceRequest request) {
    SdkHttpRequest http = serializer.showStackInstance(required(request));
    return call(RfsOperation.SHOW_STACK_INSTANCE, http, RfsResponseParser::showStackInstance);
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

  private <T> T call(RfsOperation operation, SdkHttpRequest request, BodyParser<T> parser) {
    try {
      return runtime.execute(operation.apiName(), request, (response, metadata) -> parser.parse(response.body(),
          metadata));
    } catch (NotFoundException e) {
      throw RfsNotFoundRule.refine(operation, e);
    }
  }

  private static <R> R required(R request) {
    if (request == null) {
      throw new IllegalArgumentException("request is required");
    }
    return request;
  }

  @FunctionalInterface
  private interface BodyParser<T> {
    T parse(byte[] body, ResponseMetadata metadata) throws Exception;
  }
}
