package dev.stacksets.cfn.internal;

import com.fasterxml.jackson.core.JsonGenerator;
import dev.stacksets.cfn.config.model.ConformancePackInputParameter;
import dev.stacksets.cfn.config.model.DeleteOrganizationConformancePackRequest;
import dev.stacksets.cfn.config.model.DescribeOrganizationConformancePackStatusesRequest;
import dev.stacksets.cfn.config.model.DescribeOrganizationConformancePacksRequest;
import dev.stacksets.cfn.config.model.PutOrganizationConformancePackRequest;
import java.io.IOException;
import java.util.List;
import java.util.regex.Pattern;

/**
 * The request halves of the conformance-pack life-cycle entries of {@link ConfigOperations}: {@code validate} checks
 * a request against the Config API model (lengths, patterns, list sizes, required members) and the documented rule
 * that a template comes from {@code TemplateS3Uri} or {@code TemplateBody}, not both; {@code write} writes its
 * members into the JSON 1.1 object ({@link ConfigJson#request}) in the model's member order, lists as arrays, a
 * present but empty list as {@code []}. Every failure is an {@link IllegalArgumentException} naming the member;
 * nothing is sent. Stateless and thread-safe.
 */
final class ConfigRequests {
  private static final Pattern TEMPLATE_S3_URI = Pattern.compile("s3://.*");
  private static final int MAX_PARAMETERS = 60;
  private static final int MAX_EXCLUDED_ACCOUNTS = 1000;
  private static final int MAX_NAMES = 25;

  private ConfigRequests() {}

  /** Checks {@code PutOrganizationConformancePack}. */
  static void validate(PutOrganizationConformancePackRequest r) {
    ConfigJson.packName(r.organizationConformancePackName(), "organizationConformancePackName");
    Validation.exclusive(r.templateS3Uri() != null, "templateS3Uri", r.templateBody() != null, "templateBody");
    if (r.templateS3Uri() == null && r.templateBody() == null) {
      throw new IllegalArgumentException("one of templateS3Uri and templateBody is required");
    }
    Validation.length(r.templateS3Uri(), "templateS3Uri", 1, 1024);
    Validation.pattern(r.templateS3Uri(), "templateS3Uri", TEMPLATE_S3_URI, "be an s3:// URI");
    Validation.length(r.templateBody(), "templateBody", 1, 51200);
    Validation.length(r.deliveryS3Bucket(), "deliveryS3Bucket", 0, 63);
    Validation.length(r.deliveryS3KeyPrefix(), "deliveryS3KeyPrefix", 0, 1024);
    List<ConformancePackInputParameter> parameters = r.conformancePackInputParameters();
    Validation.atMost(parameters, "conformancePackInputParameters", MAX_PARAMETERS);
    for (int i = 0; i < parameters.size(); i++) {
      String at = "conformancePackInputParameters[" + i + "]";
      ConformancePackInputParameter p = parameters.get(i);
      present(p.parameterName(), at + ".parameterName");
      Validation.length(p.parameterName(), at + ".parameterName", 0, 255);
      present(p.parameterValue(), at + ".parameterValue");
      Validation.length(p.parameterValue(), at + ".parameterValue", 0, 4096);
    }
    List<String> excluded = r.excludedAccounts();
    Validation.atMost(excluded, "excludedAccounts", MAX_EXCLUDED_ACCOUNTS);
    for (int i = 0; i < excluded.size(); i++) {
      Validation.pattern(excluded.get(i), "excludedAccounts[" + i + "]", ConfigJson.ACCOUNT,
          "be a 12-digit account id");
    }
  }

  /** Writes {@code PutOrganizationConformancePack}. */
  static void write(PutOrganizationConformancePackRequest r, JsonGenerator g) throws IOException {
    g.writeStringField("OrganizationConformancePackName", r.organizationConformancePackName());
    string(g, "TemplateS3Uri", r.templateS3Uri());
    string(g, "TemplateBody", r.templateBody());
    string(g, "DeliveryS3Bucket", r.deliveryS3Bucket());
    string(g, "DeliveryS3KeyPrefix", r.deliveryS3KeyPrefix());
    if (r.hasConformancePackInputParameters()) {
      g.writeArrayFieldStart("ConformancePackInputParameters");
      for (ConformancePackInputParameter p : r.conformancePackInputParameters()) {
        g.writeStartObject();
        string(g, "ParameterName", p.parameterName());
        string(g, "ParameterValue", p.parameterValue());
        g.writeEndObject();
      }
      g.writeEndArray();
    }
    strings(g, "ExcludedAccounts", r.hasExcludedAccounts(), r.excludedAccounts());
  }

  /** Checks {@code DeleteOrganizationConformancePack}. */
  static void validate(DeleteOrganizationConformancePackRequest r) {
    ConfigJson.packName(r.organizationConformancePackName(), "organizationConformancePackName");
  }

  /** Writes {@code DeleteOrganizationConformancePack}. */
  static void write(DeleteOrganizationConformancePackRequest r, JsonGenerator g) throws IOException {
    g.writeStringField("OrganizationConformancePackName", r.organizationConformancePackName());
  }

  /** Checks {@code DescribeOrganizationConformancePacks}. */
  static void validate(DescribeOrganizationConformancePacksRequest r) {
    describe(r.organizationConformancePackNames(), r.limit());
  }

  /** Writes {@code DescribeOrganizationConformancePacks}. */
  static void write(DescribeOrganizationConformancePacksRequest r, JsonGenerator g) throws IOException {
    describe(g, r.hasOrganizationConformancePackNames(), r.organizationConformancePackNames(), r.limit(),
        r.nextToken());
  }

  /** Checks {@code DescribeOrganizationConformancePackStatuses}. */
  static void validate(DescribeOrganizationConformancePackStatusesRequest r) {
    describe(r.organizationConformancePackNames(), r.limit());
  }

  /** Writes {@code DescribeOrganizationConformancePackStatuses}. */
  static void write(DescribeOrganizationConformancePackStatusesRequest r, JsonGenerator g) throws IOException {
    describe(g, r.hasOrganizationConformancePackNames(), r.organizationConformancePackNames(), r.limit(),
        r.nextToken());
  }

  /** The members of both Describe operations: at most 25 well-formed names, a {@code Limit} of 0 to 100. */
  private static void describe(List<String> names, Integer limit) {
    Validation.atMost(names, "organizationConformancePackNames", MAX_NAMES);
    for (int i = 0; i < names.size(); i++) {
      ConfigJson.packName(names.get(i), "organizationConformancePackNames[" + i + "]");
    }
    Validation.range(limit, "limit", 0, 100);
  }

  private static void describe(JsonGenerator g, boolean hasNames, List<String> names, Integer limit,
      String nextToken) throws IOException {
    strings(g, "OrganizationConformancePackNames", hasNames, names);
    if (limit != null) {
      g.writeNumberField("Limit", limit);
    }
    string(g, "NextToken", nextToken);
  }

  private static void present(String value, String name) {
    if (value == null) {
      throw new IllegalArgumentException(name + " is required");
    }
  }

  private static void string(JsonGenerator g, String name, String value) throws IOException {
    if (value != null) {
      g.writeStringField(name, value);
    }
  }

  private static void strings(JsonGenerator g, String name, boolean present, List<String> values)
      throws IOException {
    if (!present) {
      return;
    }
    g.writeArrayFieldStart(name);
    for (String v : values) {
      g.writeString(v);
    }
    g.writeEndArray();
  }
}
