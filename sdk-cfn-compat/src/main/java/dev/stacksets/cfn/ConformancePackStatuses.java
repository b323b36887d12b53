package dev.stacksets.cfn;

import dev.stacksets.cfn.internal.ConfigOperations;
import dev.stacksets.cfn.ConfigClient;
import dev.stacksets.cfn.config.model.GetOrganizationConformancePackDetailedStatusRequest;
import dev.stacksets.cfn.config.model.OrganizationConformancePackDetailedStatus;
import dev.stacksets.core.operation.NativeMappings;
import dev.stacksets.core.operation.OperationTargetResult;
import dev.stacksets.core.operation.Provider;
import dev.stacksets.core.paginate.Paginator;

/**
 * The per-account statuses of an organization conformance pack as neutral {@link OperationTargetResult}s
 * ({@code Provider.CONFIG}): GetOrganizationConformancePackDetailedStatus page by page, account = {@code AccountId},
 * status from {@link NativeMappings#targetStatus} with the native string kept, reason = {@code ErrorCode: ErrorMessage}
 * (whichever of the two is present), updated at = {@code LastUpdateTime}. Config reports per account, so region and
 * organizational unit are null.
 *
 * <p>Stateless and thread-safe.
 */
final class ConformancePackStatuses {
  private ConformancePackStatuses() {}

  /**
   * The lazy listing for {@code packName} over {@code client}.
   *
   * @throws IllegalArgumentException when the name is missing or malformed (checked now, nothing is sent)
   */
  public static Paginator<OperationTargetResult> of(ConfigClient client, String packName) {
    GetOrganizationConformancePackDetailedStatusRequest first = GetOrganizationConformancePackDetailedStatusRequest
        .builder().organizationConformancePackName(packName).build();
    return ConfigOperations.getOrganizationConformancePackDetailedStatus()
        .paginator(first, client::getOrganizationConformancePackDetailedStatus) // checks the first request now
        .map(ConformancePackStatuses::toNeutral);
  }

  static OperationTargetResult toNeutral(OrganizationConformancePackDetailedStatus s) {
    return OperationTargetResult.builder()
        .provider(Provider.CONFIG)
        .account(s.accountId())
        .status(NativeMappings.targetStatus(Provider.CONFIG, s.statusAsString()))
        .nativeStatus(s.statusAsString())
        .reason(reason(s.errorCode(), s.errorMessage()))
        .updatedAt(s.lastUpdateTime())
        .build();
  }

  private static String reason(String code, String message) {
    if (code == null || code.isEmpty()) {
      return message;
    }
    return message == null || message.isEmpty() ? code : code + ": " + message;
  }
}
