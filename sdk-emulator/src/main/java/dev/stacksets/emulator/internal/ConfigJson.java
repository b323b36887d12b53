package dev.stacksets.emulator.internal;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Instant;

/**
 * Renders conformance packs as AWS Config JSON 1.1 shapes (OrganizationConformancePack,
 * OrganizationConformancePackStatus, OrganizationConformancePackDetailedStatus); timestamps are epoch seconds.
 * Stateless.
 */
final class ConfigJson {
  private ConfigJson() {}

  /** The pack's ARN: the one a put gave it, or one derived from its name for a seeded pack. */
  static String arn(ConformancePack p, String region) {
    String arn = p.settings().arn();
    return arn != null ? arn : "arn:aws:config:" + region + ":" + SeedData.AWS_MANAGEMENT_ACCOUNT
        + ":organization-conformance-pack/" + p.name() + "-" + IdSource.uuidFor(p.name()).substring(0, 8);
  }

  static void pack(ObjectNode o, ConformancePack p, String region, Instant now) {
    ConformancePack.Settings s = p.settings();
    o.put("OrganizationConformancePackName", p.name());
    o.put("OrganizationConformancePackArn", arn(p, region));
    if (s.deliveryS3Bucket() != null) {
      o.put("DeliveryS3Bucket", s.deliveryS3Bucket());
    }
    if (s.deliveryS3KeyPrefix() != null) {
      o.put("DeliveryS3KeyPrefix", s.deliveryS3KeyPrefix());
    }
    ArrayNode params = o.putArray("ConformancePackInputParameters");
    for (KeyValue kv : s.inputParameters()) {
      params.addObject().put("ParameterName", kv.key()).put("ParameterValue", kv.value());
    }
    ArrayNode excluded = o.putArray("ExcludedAccounts");
    s.excludedAccounts().forEach(excluded::add);
    o.put("LastUpdateTime", Times.epochSeconds(s.lastUpdate() != null ? s.lastUpdate() : p.created()));
  }

  static void status(ObjectNode o, ConformancePack p, Instant now) {
    ConformancePack.Status st = p.statusAt(now);
    o.put("OrganizationConformancePackName", p.name());
    o.put("Status", st.status());
    if (st.errorCode() != null) {
      o.put("ErrorCode", st.errorCode());
    }
    if (st.message() != null) {
      o.put("ErrorMessage", st.message());
    }
    o.put("LastUpdateTime", Times.epochSeconds(st.lastUpdate()));
  }

  static void detailedStatus(ObjectNode o, ConformancePack.Member m, ConformancePack.Change c) {
    o.put("AccountId", m.accountId());
    o.put("ConformancePackName", m.memberPackName());
    o.put("Status", c.status());
    if (c.errorCode() != null) {
      o.put("ErrorCode", c.errorCode());
      o.put("ErrorMessage", c.errorMessage());
    }
    o.put("LastUpdateTime", Times.epochSeconds(c.at()));
  }
}
