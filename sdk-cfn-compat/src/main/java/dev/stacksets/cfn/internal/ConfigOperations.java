package dev.stacksets.cfn.internal;

import dev.stacksets.cfn.config.model.GetOrganizationConformancePackDetailedStatusRequest;
import dev.stacksets.cfn.config.model.GetOrganizationConformancePackDetailedStatusResponse;
import dev.stacksets.cfn.config.model.OrganizationConformancePackDetailedStatus;
import dev.stacksets.cfn.exception.NoSuchOrganizationConformancePackException;
import dev.stacksets.core.internal.Paging;
import java.util.Map;

/**
 * The AWS Config operations, each declared once: {@code X-Amz-Target} operation, request check and writer, reader
 * (all in {@link ConfigJson}), modeled errors, retry safety (a read: safe) and paging ({@code NextToken} in and
 * out, {@code Limit} per page). {@code ConfigClient}'s methods are one line over this table.
 */
public final class ConfigOperations {
  /** GetOrganizationConformancePackDetailedStatus. */
  public static final AwsOperation.Paged<GetOrganizationConformancePackDetailedStatusRequest,
      GetOrganizationConformancePackDetailedStatusResponse, OrganizationConformancePackDetailedStatus>
      GET_ORGANIZATION_CONFORMANCE_PACK_DETAILED_STATUS = AwsOperation
      .<GetOrganizationConformancePackDetailedStatusRequest, GetOrganizationConformancePackDetailedStatusResponse>
          jsonRead("GetOrganizationConformancePackDetailedStatus", ConfigJson::validate, ConfigJson::write,
          ConfigJson::read, Map.of(
              "NoSuchOrganizationConformancePackException", NoSuchOrganizationConformancePackException::new))
      .paged(new Paging<>((r, token) -> r.toBuilder().nextToken(token).build(),
          GetOrganizationConformancePackDetailedStatusResponse::nextToken,
          GetOrganizationConformancePackDetailedStatusResponse::organizationConformancePackDetailedStatuses,
          "Limit"));

  private ConfigOperations() {}
}
