package dev.stacksets.cfn.internal;

import static dev.stacksets.cfn.internal.ConfigJson.text;

import com.fasterxml.jackson.databind.JsonNode;
import dev.stacksets.cfn.config.model.ConformancePackInputParameter;
import dev.stacksets.cfn.config.model.DeleteOrganizationConformancePackResponse;
import dev.stacksets.cfn.config.model.DescribeOrganizationConformancePackStatusesResponse;
import dev.stacksets.cfn.config.model.DescribeOrganizationConformancePacksResponse;
import dev.stacksets.cfn.config.model.OrganizationConformancePack;
import dev.stacksets.cfn.config.model.OrganizationConformancePackStatus;
import dev.stacksets.cfn.config.model.PutOrganizationConformancePackResponse;
import dev.stacksets.core.ResponseMetadata;
import dev.stacksets.core.internal.util.Json;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.Function;

/**
 * Reads the JSON replies of the conformance-pack life-cycle entries of {@link ConfigOperations}, as
 * {@link ConfigJson} reads GetOrganizationConformancePackDetailedStatus: values by member name, absent and empty
 * lists told apart, epoch-second timestamps exact ({@link ConfigJson#epochSeconds}), and the members this SDK
 * version does not model kept, as their raw JSON text, in each model's {@code additionalFields()}. A member of the
 * wrong JSON kind throws {@link IllegalArgumentException} naming it (the pipeline reports an unreadable body).
 * Stateless and thread-safe.
 */
final class ConfigResponses {
  private static final Set<String> PUT = Set.of("OrganizationConformancePackArn");
  private static final Set<String> PACKS = Set.of("OrganizationConformancePacks", "NextToken");
  private static final Set<String> STATUSES = Set.of("OrganizationConformancePackStatuses", "NextToken");
  private static final Set<String> PACK = Set.of("OrganizationConformancePackName", "OrganizationConformancePackArn",
      "DeliveryS3Bucket", "DeliveryS3KeyPrefix", "ConformancePackInputParameters", "ExcludedAccounts",
      "LastUpdateTime");
  private static final Set<String> STATUS = Set.of("OrganizationConformancePackName", "Status", "ErrorCode",
      "ErrorMessage", "LastUpdateTime");
  private static final Set<String> PARAMETER = Set.of("ParameterName", "ParameterValue");

  private ConfigResponses() {}

  /** Reads {@code PutOrganizationConformancePack}. */
  static PutOrganizationConformancePackResponse put(JsonNode root, ResponseMetadata metadata) {
    PutOrganizationConformancePackResponse.Builder b = PutOrganizationConformancePackResponse.builder()
        .organizationConformancePackArn(text(root, "OrganizationConformancePackArn"))
        .responseMetadata(metadata);
    Json.extras(root, PUT, b::putAdditionalField);
    return b.build();
  }

  /** Reads {@code DeleteOrganizationConformancePack} (no members: any are kept as additional fields). */
  static DeleteOrganizationConformancePackResponse delete(JsonNode root, ResponseMetadata metadata) {
    DeleteOrganizationConformancePackResponse.Builder b = DeleteOrganizationConformancePackResponse.builder()
        .responseMetadata(metadata);
    Json.extras(root, Set.of(), b::putAdditionalField);
    return b.build();
  }

  /** Reads {@code DescribeOrganizationConformancePacks}. */
  static DescribeOrganizationConformancePacksResponse describePacks(JsonNode root, ResponseMetadata metadata) {
    DescribeOrganizationConformancePacksResponse.Builder b = DescribeOrganizationConformancePacksResponse.builder()
        .organizationConformancePacks(list(root, "OrganizationConformancePacks", ConfigResponses::pack))
        .nextToken(text(root, "NextToken"))
        .responseMetadata(metadata);
    Json.extras(root, PACKS, b::putAdditionalField);
    return b.build();
  }

  /** Reads {@code DescribeOrganizationConformancePackStatuses}. */
  static DescribeOrganizationConformancePackStatusesResponse describeStatuses(JsonNode root,
      ResponseMetadata metadata) {
    DescribeOrganizationConformancePackStatusesResponse.Builder b =
        DescribeOrganizationConformancePackStatusesResponse.builder()
            .organizationConformancePackStatuses(list(root, "OrganizationConformancePackStatuses",
                ConfigResponses::status))
            .nextToken(text(root, "NextToken"))
            .responseMetadata(metadata);
    Json.extras(root, STATUSES, b::putAdditionalField);
    return b.build();
  }

  static OrganizationConformancePack pack(JsonNode n) {
    object(n, "an organization conformance pack");
    OrganizationConformancePack.Builder b = OrganizationConformancePack.builder()
        .organizationConformancePackName(text(n, "OrganizationConformancePackName"))
        .organizationConformancePackArn(text(n, "OrganizationConformancePackArn"))
        .deliveryS3Bucket(text(n, "DeliveryS3Bucket"))
        .deliveryS3KeyPrefix(text(n, "DeliveryS3KeyPrefix"))
        .conformancePackInputParameters(list(n, "ConformancePackInputParameters", ConfigResponses::parameter))
        .excludedAccounts(list(n, "ExcludedAccounts", s -> {
          if (!s.isTextual()) {
            throw new IllegalArgumentException("an ExcludedAccounts item is not a string");
          }
          return s.asText();
        }))
        .lastUpdateTime(ConfigJson.epochSeconds(n.get("LastUpdateTime"), "LastUpdateTime"));
    Json.extras(n, PACK, b::putAdditionalField);
    return b.build();
  }

  static OrganizationConformancePackStatus status(JsonNode n) {
    object(n, "an organization conformance pack status");
    OrganizationConformancePackStatus.Builder b = OrganizationConformancePackStatus.builder()
        .organizationConformancePackName(text(n, "OrganizationConformancePackName"))
        .status(text(n, "Status"))
        .errorCode(text(n, "ErrorCode"))
        .errorMessage(text(n, "ErrorMessage"))
        .lastUpdateTime(ConfigJson.epochSeconds(n.get("LastUpdateTime"), "LastUpdateTime"));
    Json.extras(n, STATUS, b::putAdditionalField);
    return b.build();
  }

  static ConformancePackInputParameter parameter(JsonNode n) {
    object(n, "a conformance pack input parameter");
    ConformancePackInputParameter.Builder b = ConformancePackInputParameter.builder()
        .parameterName(text(n, "ParameterName"))
        .parameterValue(text(n, "ParameterValue"));
    Json.extras(n, PARAMETER, b::putAdditionalField);
    return b.build();
  }

  /** The items of the array member {@code name}; null when it is absent or null (so "absent" stays told apart). */
  private static <T> List<T> list(JsonNode parent, String name, Function<JsonNode, T> item) {
    JsonNode list = parent.get(name);
    if (list == null || list.isNull()) {
      return null;
    }
    if (!list.isArray()) {
      throw new IllegalArgumentException(name + " is not an array");
    }
    List<T> items = new ArrayList<>(list.size());
    for (JsonNode n : list) {
      items.add(item.apply(n));
    }
    return items;
  }

  private static void object(JsonNode n, String what) {
    if (!n.isObject()) {
      throw new IllegalArgumentException(what + " is not a JSON object");
    }
  }
}
