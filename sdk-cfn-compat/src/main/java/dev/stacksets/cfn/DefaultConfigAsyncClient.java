package dev.stacksets.cfn;

import dev.stacksets.cfn.internal.ConfigOperations;
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
import java.util.concurrent.CompletableFuture;

/**
 * The real {@link ConfigAsyncClient}: each operation is the {@link DefaultConfigClient}'s pipeline run
 * asynchronously ({@code callAsync}) over the same runtime.
 *
 * <p>Immutable and thread-safe.
 */
final class DefaultConfigAsyncClient implements ConfigAsyncClient {
  private final DefaultConfigClient client;

  DefaultConfigAsyncClient(DefaultConfigClient client) {
    this.client = client;
  }

  @Override
  public CompletableFuture<GetOrganizationConformancePackDetailedStatusResponse> getOrganizationConformancePackDetailedStatus(
      GetOrganizationConformancePackDetailedStatusRequest request) {
    return client.callAsync(ConfigOperations.getOrganizationConformancePackDetailedStatus(), request);
  }

  @Override
  public CompletableFuture<PutOrganizationConformancePackResponse> putOrganizationConformancePack(
      PutOrganizationConformancePackRequest request) {
    return client.callAsync(ConfigOperations.putOrganizationConformancePack(), request);
  }

  @Override
  public CompletableFuture<DeleteOrganizationConformancePackResponse> deleteOrganizationConformancePack(
      DeleteOrganizationConformancePackRequest request) {
    return client.deleteAsync(request);
  }

  @Override
  public CompletableFuture<DescribeOrganizationConformancePacksResponse> describeOrganizationConformancePacks(
      DescribeOrganizationConformancePacksRequest request) {
    return client.callAsync(ConfigOperations.describeOrganizationConformancePacks(), request);
  }

  @Override
  public CompletableFuture<DescribeOrganizationConformancePackStatusesResponse> describeOrganizationConformancePackStatuses(
      DescribeOrganizationConformancePackStatusesRequest request) {
    return client.callAsync(ConfigOperations.describeOrganizationConformancePackStatuses(), request);
  }

  @Override
  public String toString() {
    return "Async" + client;
  }
}
