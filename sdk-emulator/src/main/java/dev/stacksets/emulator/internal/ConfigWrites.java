package dev.stacksets.emulator.internal;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.stacksets.core.internal.util.Json;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * The Config organization conformance-pack writes: PutOrganizationConformancePack and
 * DeleteOrganizationConformancePack, checked as the AWS model constrains them and carried out by {@link PackWrites};
 * a change while one is in progress is {@code ResourceInUseException}. Thread-safe.
 */
final class ConfigWrites {
  private static final Pattern S3_URI = Pattern.compile("s3://.*");
  private static final Pattern ACCOUNT = Pattern.compile("\\d{12}");

  private final ConfigReads reads;
  private final PackWrites writes;

  ConfigWrites(ConfigReads reads, PackWrites writes) {
    this.reads = reads;
    this.writes = writes;
  }

  ObjectNode put(JsonRequest q) {
    String name = q.text("OrganizationConformancePackName");
    String uri = q.text("TemplateS3Uri");
    String body = q.text("TemplateBody");
    String bucket = q.text("DeliveryS3Bucket");
    String prefix = q.text("DeliveryS3KeyPrefix");
    List<JsonNode> params = q.structures("ConformancePackInputParameters");
    List<String> excluded = q.strings("ExcludedAccounts");
    List<String> v = new ArrayList<>();
    JsonRequest.packName(name, "organizationConformancePackName", true, v);
    if (uri != null && (uri.isEmpty() || uri.length() > 1024 || !S3_URI.matcher(uri).matches())) {
      v.add(AwsErrors.violation(uri, "templateS3Uri", "Member must satisfy regular expression pattern: s3://.*"));
    }
    if (body != null && (body.isEmpty() || body.length() > 51200)) {
      v.add(AwsErrors.violation("...", "templateBody", "Member must have length between 1 and 51200"));
    }
    if (bucket != null && bucket.length() > 63) {
      v.add(AwsErrors.violation(bucket, "deliveryS3Bucket", "Member must have length less than or equal to 63"));
    }
    if (prefix != null && prefix.length() > 1024) {
      v.add(AwsErrors.violation("...", "deliveryS3KeyPrefix", "Member must have length less than or equal to 1024"));
    }
    if (params.size() > 60) {
      v.add(AwsErrors.violation("[" + params.size() + " parameters]", "conformancePackInputParameters",
          "Member must have length less than or equal to 60"));
    }
    List<KeyValue> inputs = new ArrayList<>();
    for (JsonNode p : params) {
      String key = JsonRequest.text(p, "ParameterName");
      String value = JsonRequest.text(p, "ParameterValue");
      if (key == null || value == null) {
        v.add(AwsErrors.violation(null, "conformancePackInputParameters.member." + (key == null ? "parameterName"
            : "parameterValue"), "Member must not be null"));
      }
      inputs.add(new KeyValue(key, value));
    }
    if (excluded.size() > 1000) {
      v.add(AwsErrors.violation("[" + excluded.size() + " accounts]", "excludedAccounts",
          "Member must have length less than or equal to 1000"));
    }
    for (String a : excluded) {
      if (!ACCOUNT.matcher(a).matches()) {
        v.add(AwsErrors.violation(a, "excludedAccounts.member", "Member must satisfy regular expression pattern: "
            + "\\d{12}"));
      }
    }
    JsonRequest.fail(v);
    if ((uri == null) == (body == null)) {
      throw new BadInput("ValidationException", "Exactly one of TemplateS3Uri or TemplateBody must be specified.");
    }
    String arn;
    try {
      arn = writes.put(name, new ConformancePack.Settings(body, uri, bucket, prefix, inputs, excluded, null, null));
    } catch (WriteConflict e) {
      throw new BadInput("ResourceInUseException", e.getMessage());
    }
    ObjectNode o = Json.mapper().createObjectNode();
    o.put("OrganizationConformancePackArn", arn);
    return o;
  }

  ObjectNode delete(JsonRequest q) {
    String name = q.text("OrganizationConformancePackName");
    List<String> v = new ArrayList<>();
    JsonRequest.packName(name, "organizationConformancePackName", true, v);
    JsonRequest.fail(v);
    ConformancePack pack = reads.pack(name, q.now());
    try {
      writes.delete(pack);
    } catch (WriteConflict e) {
      throw new BadInput("ResourceInUseException", e.getMessage());
    }
    return Json.mapper().createObjectNode();
  }
}
