package dev.stacksets.cfn;

import dev.stacksets.cfn.internal.AwsProfiles;
import dev.stacksets.cfn.internal.ConfigOperations;
import dev.stacksets.cfn.ConfigClient;
import dev.stacksets.cfn.config.model.GetOrganizationConformancePackDetailedStatusRequest;
import dev.stacksets.cfn.config.model.GetOrganizationConformancePackDetailedStatusResponse;
import dev.stacksets.core.ClientConfiguration;
import dev.stacksets.core.internal.ClientRuntime;

/** The {@link ConfigClient} over the core pipeline. Immutable and thread-safe. */
final class DefaultConfigClient implements ConfigClient {
  private final ClientRuntime runtime;

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
    return runtime.execute(ConfigOperations.GET_ORGANIZATION_CONFORMANCE_PACK_DETAILED_STATUS.descriptor(), request);
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
