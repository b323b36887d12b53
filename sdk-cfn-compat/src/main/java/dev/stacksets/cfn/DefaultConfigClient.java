package dev.stacksets.cfn;

import dev.stacksets.cfn.ConfigClient;
import dev.stacksets.cfn.config.model.DeleteOrganizationConformancePackRequest;
import dev.stacksets.cfn.config.model.DeleteOrganizationConformancePackResponse;
import dev.stacksets.cfn.config.model.DescribeOrganizationConformancePackStatusesRequest;
import dev.stacksets.cfn.config.model.DescribeOrganizationConformancePackStatusesResponse;
import dev.stacksets.cfn.config.model.DescribeOrganizationConformancePacksRequest;
import dev.stacksets.cfn.config.model.DescribeOrganizationConformancePacksResponse;
import dev.stacksets.cfn.config.model.GetOrganizationConformancePackDetailedStatusRequest;
import dev.stacksets.cfn.config.model.GetOrganizationConformancePackDetailedStatusResponse;
import dev.stacksets.cfn.config.model.PutOrganizationConformancePackRequest;
import dev.stacksets.cfn.config.model.PutOrganizationConformancePackResponse;
import dev.stacksets.cfn.internal.AwsProfiles;
import dev.stacksets.cfn.internal.ConfigOperations;
import dev.stacksets.core.ClientConfiguration;
import dev.stacksets.core.internal.ClientRuntime;
import java.util.concurrent.CompletableFuture;
import dev.stacksets.cfn.internal.AwsOperation;
import dev.stacksets.core.internal.util.Futures;
import dev.stacksets.core.ResponseMetadata;
import dev.stacksets.cfn.exception.NoSuchOrganizationConformancePackException;

/** The {@link ConfigClient} over the core pipeline. Immutable and thread-safe. */
final class DefaultConfigClient implements ConfigClient {
  private final ClientRuntime runtime;
  private final DefaultConfigAsyncClient async = new DefaultConfigAsyncClient(this);

  /** Builds the pipeline once. */
  public DefaultConfigClient(ClientConfiguration configuration) {
    this.runtime = new ClientRuntime(configuration, AwsProfiles.config(configuration.region()));
  }

  @Override
  public ClientConfiguration configuration() {
    return runtime.configuration();
  }

  @Override
  public GetOrganizationConformancePackDetailedStatusResponse getOrganizationConformancePackDetailedStatus(
      GetOrganizationConformancePackDetailedStatusRequest request) {
    return runtime.execute(ConfigOperations.getOrganizationConformancePackDetailedStatus().descriptor(), request);
  }

  @Override
  public PutOrganizationConformancePackResponse putOrganizationConformancePack(
      PutOrganizationConformancePackRequest request) {
    return runtime.execute(ConfigOperations.putOrganizationConformancePack().descriptor(), request);
  }

  @Override
  public DeleteOrganizationConformancePackResponse deleteOrganizationConformancePack(
      DeleteOrganizationConformancePackRequest request) {
    try {
      return runtime.execute(ConfigOperations.deleteOrganizationConformancePack().descriptor(), request);
    } catch (NoSuchOrganizationConformancePackException e) {
      return deletedByAnEarlierAttempt(e);
    }
  }

  /** The asynchronous delete, with the same reading of a retry's not-found. */
  CompletableFuture<DeleteOrganizationConformancePackResponse> deleteAsync(
      DeleteOrganizationConformancePackRequest request) {
    return Futures.then(callAsync(ConfigOperations.deleteOrganizationConformancePack(), request),
        (deleted, error) -> {
          if (error instanceof NoSuchOrganizationConformancePackException e) {
            try {
              return CompletableFuture.completedFuture(deletedByAnEarlierAttempt(e));
            } catch (NoSuchOrganizationConformancePackException thrown) {
              return CompletableFuture.failedFuture(thrown);
            }
          }
          return error == null ? CompletableFuture.completedFuture(deleted) : CompletableFuture.failedFuture(error);
        });
  }

  /**
   * A not-found that answers a retry ({@code attempts() > 1}: an earlier attempt was sent and its reply lost) means
   * that attempt deleted the pack: the delete succeeded, with the not-found's metadata. On the first attempt it is
   * thrown.
   */
  private static DeleteOrganizationConformancePackResponse deletedByAnEarlierAttempt(
      NoSuchOrganizationConformancePackException e) {
    if (e.attempts() <= 1) {
      throw e;
    }
    return DeleteOrganizationConformancePackResponse.builder().responseMetadata(new ResponseMetadata(e.requestId(),
        e.clientRequestId(), e.statusCode(), e.attempts())).build();
  }

  @Override
  public DescribeOrganizationConformancePacksResponse describeOrganizationConformancePacks(
      DescribeOrganizationConformancePacksRequest request) {
    return runtime.execute(ConfigOperations.describeOrganizationConformancePacks().descriptor(), request);
  }

  @Override
  public DescribeOrganizationConformancePackStatusesResponse describeOrganizationConformancePackStatuses(
      DescribeOrganizationConformancePackStatusesRequest request) {
    return runtime.execute(ConfigOperations.describeOrganizationConformancePackStatuses().descriptor(), request);
  }

  @Override
  public ConfigAsyncClient async() {
    return async;
  }

  /** Runs a read (or an idempotent write) asynchronously through this client's pipeline. */
  <I, O> CompletableFuture<O> callAsync(AwsOperation<I, O> operation, I request) {
    return runtime.executeAsync(operation.descriptor(), request);
  }

  @Override
  public void close() {
    runtime.close();
  }

  @Override
  public String toString() {
    return "ConfigClient{endpoint=" + runtime.configuration().endpoint() + ", region="
        + AwsProfiles.signingRegion(runtime.configuration().region()) + "}";
  }
}
