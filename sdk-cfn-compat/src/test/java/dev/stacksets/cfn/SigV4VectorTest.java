package dev.stacksets.cfn;

import static org.assertj.core.api.Assertions.assertThat;

import dev.stacksets.cfn.config.model.GetOrganizationConformancePackDetailedStatusRequest;
import dev.stacksets.cfn.internal.AwsProfiles;
import dev.stacksets.cfn.internal.CfnOperations;
import dev.stacksets.cfn.internal.ConfigOperations;
import dev.stacksets.cfn.model.ListStackSetOperationResultsRequest;
import dev.stacksets.cfn.model.OperationResultFilter;
import dev.stacksets.cfn.model.OperationResultFilterName;
import dev.stacksets.core.http.SdkHttpRequest;
import dev.stacksets.core.internal.util.Hashing;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/**
 * The derived SigV4 vectors of reference §5.3: the serializers and service profiles together must produce the exact
 * bodies, headers and signatures botocore computed for the real endpoints.
 */
class SigV4VectorTest {

  @Test
  void cloudFormationListStackSetOperationResults() {
    SdkHttpRequest request = CfnOperations.listStackSetOperationResults().descriptor().marshal(
        ListStackSetOperationResultsRequest.builder()
            .stackSetName("my-stack-set")
            .operationId("11111111-2222-3333-4444-555555555555")
            .maxResults(100)
            .filters(OperationResultFilter.builder().name(OperationResultFilterName.OPERATION_RESULT_STATUS)
                .values("FAILED").build())
            .build())
        .toBuilder().header("Host", "cloudformation.us-east-1.amazonaws.com").build();

    assertThat(new String(request.body(), StandardCharsets.UTF_8)).isEqualTo("Action=ListStackSetOperationResults"
        + "&Version=2010-05-15&StackSetName=my-stack-set&OperationId=11111111-2222-3333-4444-555555555555"
        + "&MaxResults=100&Filters.member.1.Name=OPERATION_RESULT_STATUS&Filters.member.1.Values=FAILED");
    assertThat(Hashing.sha256Hex(request.body()))
        .isEqualTo("4848533e185b9a1748e08decf31d03bb5e31a90cb12f8d563f80968f392ce972");

    SdkHttpRequest signed = AwsProfiles.cloudFormation("us-east-1").signer()
        .sign(request, TestSupport.CREDENTIALS, TestSupport.NOW);

    assertThat(signed.header("X-Amz-Date")).isEqualTo("20150830T123600Z");
    assertThat(signed.header("Authorization")).isEqualTo("AWS4-HMAC-SHA256 "
        + "Credential=AKIDEXAMPLE/20150830/us-east-1/cloudformation/aws4_request, "
        + "SignedHeaders=content-type;host;x-amz-date, "
        + "Signature=72836975985de366f2bd447606c07891728ebe1fbc161c73a789b158edd4fe0b");
  }

  @Test
  void configGetOrganizationConformancePackDetailedStatus() {
    SdkHttpRequest request = ConfigOperations.getOrganizationConformancePackDetailedStatus().descriptor().marshal(
            GetOrganizationConformancePackDetailedStatusRequest.builder()
                .organizationConformancePackName("my-pack").limit(100).build())
        .toBuilder().header("Host", "config.us-east-1.amazonaws.com").build();

    assertThat(new String(request.body(), StandardCharsets.UTF_8))
        .isEqualTo("{\"OrganizationConformancePackName\": \"my-pack\", \"Limit\": 100}");
    assertThat(Hashing.sha256Hex(request.body()))
        .isEqualTo("8717608009cf71a2fd311868aec25e4b6831bab7da1f3d882de8a39e9c2f9219");

    SdkHttpRequest signed = AwsProfiles.config("us-east-1").signer()
        .sign(request, TestSupport.CREDENTIALS, TestSupport.NOW);

    assertThat(signed.header("Authorization")).isEqualTo("AWS4-HMAC-SHA256 "
        + "Credential=AKIDEXAMPLE/20150830/us-east-1/config/aws4_request, "
        + "SignedHeaders=content-type;host;x-amz-date;x-amz-target, "
        + "Signature=88aa05f8493f41c0fe7f4b2850e6f88f9b91f7b3151cd85ee893d7cd9b4e8f21");
  }
}
