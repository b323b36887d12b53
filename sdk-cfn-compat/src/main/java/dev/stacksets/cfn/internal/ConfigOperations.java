package dev.stacksets.cfn.internal;

import dev.stacksets.cfn.config.model.DeleteOrganizationConformancePackRequest;
import dev.stacksets.cfn.config.model.DeleteOrganizationConformancePackResponse;
import dev.stacksets.cfn.config.model.DescribeOrganizationConformancePackStatusesRequest;
import dev.stacksets.cfn.config.model.DescribeOrganizationConformancePackStatusesResponse;
import dev.stacksets.cfn.config.model.DescribeOrganizationConformancePacksRequest;
import dev.stacksets.cfn.config.model.DescribeOrganizationConformancePacksResponse;
import dev.stacksets.cfn.config.model.GetOrganizationConformancePackDetailedStatusRequest;
import dev.stacksets.cfn.config.model.GetOrganizationConformancePackDetailedStatusResponse;
import dev.stacksets.cfn.config.model.OrganizationConformancePack;
import dev.stacksets.cfn.config.model.OrganizationConformancePackDetailedStatus;
import dev.stacksets.cfn.config.model.OrganizationConformancePackStatus;
import dev.stacksets.cfn.config.model.PutOrganizationConformancePackRequest;
import dev.stacksets.cfn.config.model.PutOrganizationConformancePackResponse;
import dev.stacksets.cfn.exception.InsufficientPermissionsException;
import dev.stacksets.cfn.exception.InvalidNextTokenException;
import dev.stacksets.cfn.exception.MaxNumberOfOrganizationConformancePacksExceededException;
import dev.stacksets.cfn.exception.NoAvailableOrganizationException;
import dev.stacksets.cfn.exception.NoSuchOrganizationConformancePackException;
import dev.stacksets.cfn.exception.OrganizationAllFeaturesNotEnabledException;
import dev.stacksets.cfn.exception.OrganizationConformancePackTemplateValidationException;
import dev.stacksets.cfn.exception.ResourceInUseException;
import dev.stacksets.core.exception.AccessDeniedException;
import dev.stacksets.core.exception.BadRequestException;
import dev.stacksets.core.exception.ServiceError;
import dev.stacksets.core.exception.ServiceException;
import dev.stacksets.core.internal.Paging;
import dev.stacksets.core.internal.RetrySafety;
import java.util.Map;
import java.util.function.Function;

/**
 * The AWS Config operations, each declared once: {@code X-Amz-Target} operation, request check and writer, reader
 * ({@link ConfigJson} for GetOrganizationConformancePackDetailedStatus, {@link ConfigRequests} and
 * {@link ConfigResponses} for the conformance-pack life cycle), modeled errors (the API model's {@code errors} of
 * each operation), retry safety (reads: safe; PutOrganizationConformancePack, a full overwrite, and
 * DeleteOrganizationConformancePack: idempotent) and paging ({@code NextToken} in and out, {@code Limit} per page).
 * {@code ConfigClient}'s methods are one line over this table.
 */
public final class ConfigOperations {
  /** The modeled errors of both Describe operations. */
  private static final Map<String, Function<ServiceError, ServiceException>> DESCRIBE_ERRORS = Map.of(
      "NoSuchOrganizationConformancePackException", NoSuchOrganizationConformancePackException::new,
      "InvalidNextTokenException", InvalidNextTokenException::new,
      "InvalidLimitException", BadRequestException::new,
      "OrganizationAccessDeniedException", AccessDeniedException::new);

  /** GetOrganizationConformancePackDetailedStatus. */
  public static AwsOperation.Paged<GetOrganizationConformancePackDetailedStatusRequest,
      GetOrganizationConformancePackDetailedStatusResponse,
      OrganizationConformancePackDetailedStatus> getOrganizationConformancePackDetailedStatus() {
    return GetOrganizationConformancePackDetailedStatusEntry.OPERATION;
  }

  /** PutOrganizationConformancePack: a full overwrite of the named pack, so a repeat has no further effect. */
  public static AwsOperation<PutOrganizationConformancePackRequest,
      PutOrganizationConformancePackResponse> putOrganizationConformancePack() {
    return PutOrganizationConformancePackEntry.OPERATION;
  }

  /** DeleteOrganizationConformancePack: deleting a named pack again has no further effect. */
  public static AwsOperation<DeleteOrganizationConformancePackRequest,
      DeleteOrganizationConformancePackResponse> deleteOrganizationConformancePack() {
    return DeleteOrganizationConformancePackEntry.OPERATION;
  }

  /** DescribeOrganizationConformancePacks. */
  public static AwsOperation.Paged<DescribeOrganizationConformancePacksRequest,
      DescribeOrganizationConformancePacksResponse,
      OrganizationConformancePack> describeOrganizationConformancePacks() {
    return DescribeOrganizationConformancePacksEntry.OPERATION;
  }

  /** DescribeOrganizationConformancePackStatuses. */
  public static AwsOperation.Paged<DescribeOrganizationConformancePackStatusesRequest,
      DescribeOrganizationConformancePackStatusesResponse,
      OrganizationConformancePackStatus> describeOrganizationConformancePackStatuses() {
    return DescribeOrganizationConformancePackStatusesEntry.OPERATION;
  }

  private ConfigOperations() {}

  // Each operation is built on first use (its holder class initialises then), so a client loads and links only
  // the operations it calls: building the whole table eagerly spun over a hundred lambda classes at start-up.

  private static final class GetOrganizationConformancePackDetailedStatusEntry {
    static final AwsOperation.Paged<GetOrganizationConformancePackDetailedStatusRequest,
        GetOrganizationConformancePackDetailedStatusResponse, OrganizationConformancePackDetailedStatus> OPERATION =
        AwsOperation
          .<GetOrganizationConformancePackDetailedStatusRequest, GetOrganizationConformancePackDetailedStatusResponse>
              jsonRead("GetOrganizationConformancePackDetailedStatus", ConfigJson::validate, ConfigJson::write,
              ConfigJson::read, Map.of(
                  "NoSuchOrganizationConformancePackException", NoSuchOrganizationConformancePackException::new))
          .paged(new Paging<>((r, token) -> r.toBuilder().nextToken(token).build(),
              GetOrganizationConformancePackDetailedStatusResponse::nextToken,
              GetOrganizationConformancePackDetailedStatusResponse::organizationConformancePackDetailedStatuses,
              "Limit"));
  }

  private static final class PutOrganizationConformancePackEntry {
    static final AwsOperation<PutOrganizationConformancePackRequest, PutOrganizationConformancePackResponse> OPERATION =
        AwsOperation
          .<PutOrganizationConformancePackRequest, PutOrganizationConformancePackResponse>jsonWrite(
              "PutOrganizationConformancePack", ConfigRequests::validate, ConfigRequests::write, ConfigResponses::put,
              false, Map.of(
                  "MaxNumberOfOrganizationConformancePacksExceededException",
                  MaxNumberOfOrganizationConformancePacksExceededException::new,
                  "ResourceInUseException", ResourceInUseException::new,
                  "ValidationException", BadRequestException::new,
                  "OrganizationAccessDeniedException", AccessDeniedException::new,
                  "InsufficientPermissionsException", InsufficientPermissionsException::new,
                  "OrganizationConformancePackTemplateValidationException",
                  OrganizationConformancePackTemplateValidationException::new,
                  "OrganizationAllFeaturesNotEnabledException", OrganizationAllFeaturesNotEnabledException::new,
                  "NoAvailableOrganizationException", NoAvailableOrganizationException::new),
              RetrySafety.IDEMPOTENT);
  }

  private static final class DeleteOrganizationConformancePackEntry {
    static final AwsOperation<DeleteOrganizationConformancePackRequest,
        DeleteOrganizationConformancePackResponse> OPERATION =
        AwsOperation
          .<DeleteOrganizationConformancePackRequest, DeleteOrganizationConformancePackResponse>jsonWrite(
              "DeleteOrganizationConformancePack", ConfigRequests::validate, ConfigRequests::write,
              ConfigResponses::delete, true, Map.of(
                  "NoSuchOrganizationConformancePackException", NoSuchOrganizationConformancePackException::new,
                  "ResourceInUseException", ResourceInUseException::new,
                  "OrganizationAccessDeniedException", AccessDeniedException::new),
              RetrySafety.IDEMPOTENT);
  }

  private static final class DescribeOrganizationConformancePacksEntry {
    static final AwsOperation.Paged<DescribeOrganizationConformancePacksRequest,
        DescribeOrganizationConformancePacksResponse, OrganizationConformancePack> OPERATION =
        AwsOperation
          .<DescribeOrganizationConformancePacksRequest, DescribeOrganizationConformancePacksResponse>jsonRead(
              "DescribeOrganizationConformancePacks", ConfigRequests::validate, ConfigRequests::write,
              ConfigResponses::describePacks, DESCRIBE_ERRORS)
          .paged(new Paging<>((r, token) -> r.toBuilder().nextToken(token).build(),
              DescribeOrganizationConformancePacksResponse::nextToken,
              DescribeOrganizationConformancePacksResponse::organizationConformancePacks, "Limit"));
  }

  private static final class DescribeOrganizationConformancePackStatusesEntry {
    static final AwsOperation.Paged<DescribeOrganizationConformancePackStatusesRequest,
        DescribeOrganizationConformancePackStatusesResponse, OrganizationConformancePackStatus> OPERATION =
        AwsOperation
          .<DescribeOrganizationConformancePackStatusesRequest, DescribeOrganizationConformancePackStatusesResponse>
              jsonRead("DescribeOrganizationConformancePackStatuses", ConfigRequests::validate, ConfigRequests::write,
              ConfigResponses::describeStatuses, DESCRIBE_ERRORS)
          .paged(new Paging<>((r, token) -> r.toBuilder().nextToken(token).build(),
              DescribeOrganizationConformancePackStatusesResponse::nextToken,
              DescribeOrganizationConformancePackStatusesResponse::organizationConformancePackStatuses, "Limit"));
  }
}
