package dev.stacksets.emulator.internal;

import static java.util.Map.entry;

import dev.stacksets.emulator.model.EmulatorService;
import java.util.Map;

/**
 * AWS Config's organization conformance-pack API over JSON 1.1 ({@code X-Amz-Target: StarlingDoveService.*}): the
 * table of operations. Adding an operation is a line here and a handler in {@link ConfigReads} or
 * {@link ConfigWrites}; the protocol is {@link JsonFrontEnd}, the JSON shapes {@link ConfigJson}.
 */
public final class ConfigRouter {
  private ConfigRouter() {}

  /** The Config front end over this model. */
  public static ServiceRouter create(EmulatorModel model, AwsAuth auth, PageTokens tokens, PackWrites writes,
      String region) {
    ConfigReads reads = new ConfigReads(model, region);
    ConfigWrites w = new ConfigWrites(reads, writes);
    Map<String, JsonFrontEnd.Operation> operations = Map.ofEntries(
        entry("GetOrganizationConformancePackDetailedStatus", reads::detailedStatus),
        entry("DescribeOrganizationConformancePacks", reads::describePacks),
        entry("DescribeOrganizationConformancePackStatuses", reads::describeStatuses),
        entry("PutOrganizationConformancePack", w::put),
        entry("DeleteOrganizationConformancePack", w::delete));
    return new JsonFrontEnd(EmulatorService.CONFIG, "StarlingDoveService", operations, auth, model.clock(), tokens);
  }
}
