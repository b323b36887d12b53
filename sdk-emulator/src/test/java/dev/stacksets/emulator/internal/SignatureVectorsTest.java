package dev.stacksets.emulator.internal;

import static org.assertj.core.api.Assertions.assertThat;

import dev.stacksets.core.auth.Credentials;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The verifiers accept the published signing vectors, and refuse them when anything changes. */
class SignatureVectorsTest {
  private static final Duration SKEW = Duration.ofMinutes(15);

  private static EmulatorClock at(String instant) {
    return new EmulatorClock(Clock.fixed(Instant.parse(instant), ZoneOffset.UTC), 0, null);
  }

  private static HttpCall call(String method, String path, String query, String body, String... headers) {
    Map<String, List<String>> h = new LinkedHashMap<>();
    for (int i = 0; i < headers.length; i += 2) {
      h.put(headers[i], List.of(headers[i + 1]));
    }
    return new HttpCall(method, path, query, h, body.getBytes(StandardCharsets.UTF_8));
  }

  // ------------------------------------------------------------------------------------------ Huawei SDK-HMAC-SHA256

  @Test
  void huaweiOfficialGuideExampleSignsContentTypeAndVerifies() {
    HuaweiAuth auth = new HuaweiAuth(Credentials.of("QTWAOYTTINDUT2QVKYUC", "MFyfvK41ba2giqM7Uio6PznpdUKGpownRZlmVmHc"),
        at("2019-11-15T03:36:55Z"), SKEW);
    HttpCall c = call("GET", "/v1/77b6a44cba5143ab91d13ab9a8ff44fd/vpcs",
        "limit=2&marker=13551d6b-755d-4757-b956-536f674975c0", "", "Content-Type", "application/json",
        "Host", "service.region.example.com", "X-Sdk-Date", "20191115T033655Z", "Authorization",
        "SDK-HMAC-SHA256 Access=QTWAOYTTINDUT2QVKYUC, SignedHeaders=content-type;host;x-sdk-date, "
            + "Signature=7be6668032f70418fcc22abc52071e57aff61b84a1d2381bb430d6870f4f6ebe");
    assertThat(auth.verify(c)).isNull();
  }

  @Test
  void huaweiV3SdkVectorsVerify() {
    HuaweiAuth auth = new HuaweiAuth(Credentials.of("AccessKey", "SecretKey"), at("2019-11-15T03:36:55Z"), SKEW);
    HttpCall get = call("GET", "/v1/77b6a44cba5143ab91d13ab9a8ff44fd/vpcs",
        "limit=2&marker=13551d6b-755d-4757-b956-536f674975c0", "", "Content-Type", "application/json",
        "Host", "service.region.example.com", "X-Sdk-Date", "20191115T033655Z", "Authorization",
        "SDK-HMAC-SHA256 Access=AccessKey, SignedHeaders=host;x-sdk-date, "
            + "Signature=fd95e7da6f695cfb4cabbb9d6b0968aec155bc576b064835282473539ae9ea1d");
    assertThat(auth.verify(get)).isNull();
    HttpCall post = call("POST", "/v1/77b6a44cba5143ab91d13ab9a8ff44fd/vpc/123", null, "{\"key\":\"value\"}",
        "Content-Type", "application/json", "Host", "service.region.example.com", "X-Sdk-Date", "20191115T033655Z",
        "Authorization", "SDK-HMAC-SHA256 Access=AccessKey, SignedHeaders=host;x-sdk-date, "
            + "Signature=b5649aa774f6cac7437631662f08815fc65c70e40e486df6db2436ce68902771");
    assertThat(auth.verify(post)).isNull();
  }

  @Test
  void huaweiRfsShapedVectorVerifies() {
    HuaweiAuth auth = new HuaweiAuth(Credentials.of("AccessKey", "SecretKey"), at("2019-11-15T03:40:00Z"), SKEW);
    HttpCall c = call("GET", "/v1/stack-sets/my-stack-set/stack-instances",
        "filter=region%3D%3Dcn-north-4%7Cregion%3D%3Dcn-east-3&limit=10&sort_dir=desc&sort_key=create_time", "",
        "Host", "rfs.cn-north-4.myhuaweicloud.com", "Client-Request-Id", "0f9a6b2e-5c1d-4e8a-9b7f-3d2c1a0e9f88",
        "X-Sdk-Date", "20191115T033655Z", "Content-Type", "application/json", "Authorization",
        "SDK-HMAC-SHA256 Access=AccessKey, SignedHeaders=client-request-id;host;x-sdk-date, "
            + "Signature=e43044b2dbb5131533ca04de2e7daf0d7786feff206a1f4da3a6aefdf4162580");
    assertThat(auth.verify(c)).isNull();
    // the same query sent unencoded where the RFC allows it still canonicalises the same
    HttpCall loose = call("GET", "/v1/stack-sets/my-stack-set/stack-instances",
        "sort_key=create_time&filter=region==cn-north-4%7Cregion==cn-east-3&limit=10&sort_dir=desc", "",
        "Host", "rfs.cn-north-4.myhuaweicloud.com", "Client-Request-Id", "0f9a6b2e-5c1d-4e8a-9b7f-3d2c1a0e9f88",
        "X-Sdk-Date", "20191115T033655Z", "Authorization",
        "SDK-HMAC-SHA256 Access=AccessKey, SignedHeaders=client-request-id;host;x-sdk-date, "
            + "Signature=e43044b2dbb5131533ca04de2e7daf0d7786feff206a1f4da3a6aefdf4162580");
    assertThat(auth.verify(loose)).isNull();
  }

  @Test
  void huaweiRefusalsNameTheirReason() {
    String good = "SDK-HMAC-SHA256 Access=AccessKey, SignedHeaders=host;x-sdk-date, "
        + "Signature=fd95e7da6f695cfb4cabbb9d6b0968aec155bc576b064835282473539ae9ea1d";
    String q = "limit=2&marker=13551d6b-755d-4757-b956-536f674975c0";
    String p = "/v1/77b6a44cba5143ab91d13ab9a8ff44fd/vpcs";
    HuaweiAuth auth = new HuaweiAuth(Credentials.of("AccessKey", "SecretKey"), at("2019-11-15T03:36:55Z"), SKEW);
    AuthFailure changedQuery = auth.verify(call("GET", p, "limit=3&marker=13551d6b-755d-4757-b956-536f674975c0",
        "", "Host", "service.region.example.com", "X-Sdk-Date", "20191115T033655Z", "Authorization", good));
    assertThat(changedQuery.kind()).isEqualTo(AuthFailure.Kind.BAD_SIGNATURE);
    assertThat(changedQuery.message()).contains("canonicalRequest:GET|" + p + "/|limit=3");
    assertThat(auth.verify(call("GET", p, q, "", "Host", "service.region.example.com", "X-Sdk-Date",
        "20191115T033655Z", "Authorization", good.replace("Access=AccessKey", "Access=Other"))).kind())
        .isEqualTo(AuthFailure.Kind.UNKNOWN_KEY);
    assertThat(auth.verify(call("GET", p, q, "", "Host", "service.region.example.com")).kind())
        .isEqualTo(AuthFailure.Kind.MISSING);
    assertThat(auth.verify(call("GET", p, q, "", "Host", "service.region.example.com", "Authorization", good))
        .kind()).isEqualTo(AuthFailure.Kind.MALFORMED);
    HuaweiAuth later = new HuaweiAuth(Credentials.of("AccessKey", "SecretKey"), at("2019-11-15T03:52:00Z"), SKEW);
    AuthFailure expired = later.verify(call("GET", p, q, "", "Host", "service.region.example.com", "X-Sdk-Date",
        "20191115T033655Z", "Authorization", good));
    assertThat(expired.kind()).isEqualTo(AuthFailure.Kind.EXPIRED);
    assertThat(expired.message()).isEqualTo("calc aksk signature fail:signature expired, signature time:"
        + "20191115T033655Z,server time:20191115T035200Z");
  }

  private static final String LOG_AUDIT_INSTANCE = "/v1/stack-sets/%E6%97%A5%E5%BF%97%E5%AE%A1%E8%AE%A1_stack_set"
      + "/stack-instances/cn-north-4%2F0a2b3c4d5e6f47a8b9c0d1e2f3a4b5c6";

  private static HuaweiAuth nodeSdkAuth() {
    return new HuaweiAuth(Credentials.of("AKIDEXAMPLE0000000000", "SecretKeyExample0123456789abcdefghijklmn"),
        at("2026-12-04T06:00:00Z"), SKEW);
  }

  /** A GET as the official Node.js SDK sends it (issue 11's inputs); it also sends Content-Type, unsigned. */
  private static HttpCall nodeSdkCall(String path, String query, String signature) {
    return call("GET", path, query, "", "Host", "rfs.cn-north-4.myhuaweicloud.com", "Client-Request-Id",
        "7d0c4a2e-4c1f-4f8e-9d6b-1a2b3c4d5e6f", "X-Sdk-Date", "20261204T060000Z", "Content-Type", "application/json",
        "Authorization", "SDK-HMAC-SHA256 Access=AKIDEXAMPLE0000000000, SignedHeaders=client-request-id;host;"
            + "x-sdk-date, Signature=" + signature);
  }

  /** The official Node.js SDK's signatures of issue 11 verify; one character changed does not. */
  @Test
  void huaweiOfficialSdkSignaturesOfEscapedSegmentsVerify() {
    HuaweiAuth auth = nodeSdkAuth();
    assertThat(auth.verify(nodeSdkCall("/v1/stack-sets/my_hello_world_stack_set/stack-instances/"
        + "cn-north-4%2F0a2b3c4d5e6f47a8b9c0d1e2f3a4b5c6", null,
        "76516c8b41bc6b787f9d0d57d20a091ab99dff134028846ae72e01191c9da7ab"))).isNull();
    assertThat(auth.verify(nodeSdkCall(LOG_AUDIT_INSTANCE, "call_identity=SELF",
        "2c12ddf6e6f65bc13572534f8bc960a16b62f587ec027c37c1c0452f7f600418"))).isNull();
    assertThat(auth.verify(nodeSdkCall("/v1/stack-sets/%E6%97%A5%E5%BF%97%E5%AE%A1%E8%AE%A1_stack_set/operations",
        "filter=action%3D%3DDEPLOY_STACK_SET%7Caction%3D%3DCREATE_STACK_INSTANCES&sort_key=create_time"
            + "&sort_dir=asc&limit=50",
        "ee46624aea2eb6aca7e63eb2a82435c4dbb7609c0b581d73210802f306ad19f5"))).isNull();
    AuthFailure changed = auth.verify(nodeSdkCall(LOG_AUDIT_INSTANCE, "call_identity=SELF",
        "2c12ddf6e6f65bc13572534f8bc960a16b62f587ec027c37c1c0452f7f600419"));
    assertThat(changed.kind()).isEqualTo(AuthFailure.Kind.BAD_SIGNATURE);
    assertThat(changed.message()).isEqualTo("verify aksk signature fail, canonicalRequest:GET|"
        + LOG_AUDIT_INSTANCE.replace("%2F", "%252F") + "/|call_identity=SELF|"
        + "client-request-id:7d0c4a2e-4c1f-4f8e-9d6b-1a2b3c4d5e6f|host:rfs.cn-north-4.myhuaweicloud.com|"
        + "x-sdk-date:20261204T060000Z||client-request-id;host;x-sdk-date|"
        + "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855");
  }

  /**
   * The other forms the emulator accepted before still verify: the APIG Python signer's (every segment decoded first,
   * {@code %2F} signed as {@code %2F}) and every sent segment encoded again ({@code %E6} signed as {@code %25E6}).
   */
  @Test
  void huaweiOtherSignersFormsOfEscapedSegmentsVerify() {
    HuaweiAuth auth = nodeSdkAuth();
    assertThat(auth.verify(nodeSdkCall(LOG_AUDIT_INSTANCE, "call_identity=SELF",
        "cf23815fa2ea8c5f49c0119259d2e6f1f5df66665ffc859768c6d19c640b5226"))).isNull();
    assertThat(auth.verify(nodeSdkCall(LOG_AUDIT_INSTANCE, "call_identity=SELF",
        "c426a4cda4389e59270b8873ae7f33b5887ebade7c17e728c99d4c55ff36cdc9"))).isNull();
    assertThat(HuaweiAuth.canonicalUris("/")).containsExactly("/");
    assertThat(HuaweiAuth.canonicalUris("/a%2Fb/%E6%A0%88")).containsExactly("/a%252Fb/%E6%A0%88/",
        "/a%2Fb/%E6%A0%88/", "/a%252Fb/%25E6%25A0%2588/");
  }

  // ------------------------------------------------------------------------------------------ AWS SigV4

  private static final Credentials AWS = Credentials.of("AKIDEXAMPLE", "wJalrXUtnFEMI/K7MDENG+bPxRfiCYEXAMPLEKEY");

  @Test
  void sigV4SuiteVectorsVerify() {
    AwsAuth auth = new AwsAuth(AWS, "service", at("2015-08-30T12:36:00Z"), SKEW);
    assertThat(auth.verify(call("POST", "/", null, "Param1=value1", "Content-Type",
        "application/x-www-form-urlencoded", "Host", "example.amazonaws.com", "X-Amz-Date", "20150830T123600Z",
        "Authorization", "AWS4-HMAC-SHA256 Credential=AKIDEXAMPLE/20150830/us-east-1/service/aws4_request, "
            + "SignedHeaders=content-type;host;x-amz-date, "
            + "Signature=ff11897932ad3f4e8b18135d722051e5ac45fc38421b1da7b9d196a0fe09473a"))).isNull();
    assertThat(auth.verify(call("GET", "/", "Param2=value2&Param1=value1", "", "Host", "example.amazonaws.com",
        "X-Amz-Date", "20150830T123600Z", "Authorization",
        "AWS4-HMAC-SHA256 Credential=AKIDEXAMPLE/20150830/us-east-1/service/aws4_request, "
            + "SignedHeaders=host;x-amz-date, "
            + "Signature=b97d918cfa904a5beff61c982a1b6f458b799221646efd99d3219ec94cdf2500"))).isNull();
    assertThat(auth.verify(call("GET", "/", null, "", "Host", "example.amazonaws.com", "My-Header1", " value1",
        "My-Header2", " \"a   b   c\"", "X-Amz-Date", "20150830T123600Z", "Authorization",
        "AWS4-HMAC-SHA256 Credential=AKIDEXAMPLE/20150830/us-east-1/service/aws4_request, "
            + "SignedHeaders=host;my-header1;my-header2;x-amz-date, "
            + "Signature=acc3ed3afb60bb290fc8d2dd0098b9911fcaa05412b367055dee359757a9c736"))).isNull();
  }

  @Test
  void sigV4SessionTokenVectorVerifiesOnlyWithTheToken() {
    String token = "6e86291e8372ff2a2260956d9b8aae1d763fbf315fa00fa31553b73ebf194267";
    HttpCall c = call("GET", "/", null, "", "Host", "example.amazonaws.com", "X-Amz-Date", "20150830T123600Z",
        "X-Amz-Security-Token", token, "Authorization",
        "AWS4-HMAC-SHA256 Credential=AKIDEXAMPLE/20150830/us-east-1/service/aws4_request, "
            + "SignedHeaders=host;x-amz-date;x-amz-security-token, "
            + "Signature=07ec1639c89043aa0e3e2de82b96708f198cceab042d4a97044c66dd9f74e7f8");
    assertThat(new AwsAuth(Credentials.of("AKIDEXAMPLE", AWS.secretAccessKey(), token), "service",
        at("2015-08-30T12:36:00Z"), SKEW).verify(c)).isNull();
    assertThat(new AwsAuth(AWS, "service", at("2015-08-30T12:36:00Z"), SKEW).verify(c).kind())
        .isEqualTo(AuthFailure.Kind.BAD_TOKEN);
  }

  @Test
  void cloudFormationAndConfigVectorsVerify() {
    assertThat(new AwsAuth(AWS, "cloudformation", at("2015-08-30T12:36:00Z"), SKEW).verify(call("POST", "/", null,
        "Action=ListStackSetOperationResults&Version=2010-05-15&StackSetName=my-stack-set&OperationId=11111111-"
            + "2222-3333-4444-555555555555&MaxResults=100&Filters.member.1.Name=OPERATION_RESULT_STATUS&Filters."
            + "member.1.Values=FAILED",
        "Content-Type", "application/x-www-form-urlencoded; charset=utf-8", "Host",
        "cloudformation.us-east-1.amazonaws.com", "X-Amz-Date", "20150830T123600Z", "Authorization",
        "AWS4-HMAC-SHA256 Credential=AKIDEXAMPLE/20150830/us-east-1/cloudformation/aws4_request, "
            + "SignedHeaders=content-type;host;x-amz-date, "
            + "Signature=72836975985de366f2bd447606c07891728ebe1fbc161c73a789b158edd4fe0b"))).isNull();
    HttpCall config = call("POST", "/", null, "{\"OrganizationConformancePackName\": \"my-pack\", \"Limit\": 100}",
        "Content-Type", "application/x-amz-json-1.1", "Host", "config.us-east-1.amazonaws.com", "X-Amz-Date",
        "20150830T123600Z", "X-Amz-Target", "StarlingDoveService.GetOrganizationConformancePackDetailedStatus",
        "Authorization", "AWS4-HMAC-SHA256 Credential=AKIDEXAMPLE/20150830/us-east-1/config/aws4_request, "
            + "SignedHeaders=content-type;host;x-amz-date;x-amz-target, "
            + "Signature=88aa05f8493f41c0fe7f4b2850e6f88f9b91f7b3151cd85ee893d7cd9b4e8f21");
    assertThat(new AwsAuth(AWS, "config", at("2015-08-30T12:36:00Z"), SKEW).verify(config)).isNull();
    AuthFailure wrongService = new AwsAuth(AWS, "cloudformation", at("2015-08-30T12:36:00Z"), SKEW).verify(config);
    assertThat(wrongService.kind()).isEqualTo(AuthFailure.Kind.WRONG_SCOPE);
    assertThat(wrongService.message()).contains("'cloudformation'");
  }

  @Test
  void sigV4RefusalsNameTheirReason() {
    String authz = "AWS4-HMAC-SHA256 Credential=AKIDEXAMPLE/20150830/us-east-1/service/aws4_request, "
        + "SignedHeaders=content-type;host;x-amz-date, "
        + "Signature=ff11897932ad3f4e8b18135d722051e5ac45fc38421b1da7b9d196a0fe09473a";
    AwsAuth auth = new AwsAuth(AWS, "service", at("2015-08-30T12:36:00Z"), SKEW);
    AuthFailure body = auth.verify(call("POST", "/", null, "Param1=value2", "Content-Type",
        "application/x-www-form-urlencoded", "Host", "example.amazonaws.com", "X-Amz-Date", "20150830T123600Z",
        "Authorization", authz));
    assertThat(body.kind()).isEqualTo(AuthFailure.Kind.BAD_SIGNATURE);
    assertThat(body.message()).contains("The Canonical String for this request should have been\n'POST\n/\n\n"
        + "content-type:application/x-www-form-urlencoded\nhost:example.amazonaws.com\n");
    AuthFailure late = new AwsAuth(AWS, "service", at("2015-08-30T12:52:00Z"), SKEW).verify(call("POST", "/", null,
        "Param1=value1", "Content-Type", "application/x-www-form-urlencoded", "Host", "example.amazonaws.com",
        "X-Amz-Date", "20150830T123600Z", "Authorization", authz));
    assertThat(late.kind()).isEqualTo(AuthFailure.Kind.EXPIRED);
    assertThat(late.message()).isEqualTo("Signature expired: 20150830T123600Z is now earlier than 20150830T123700Z"
        + " (20150830T125200Z - 15 min.)");
    assertThat(auth.verify(call("POST", "/", null, "Param1=value1", "Host", "example.amazonaws.com", "X-Amz-Date",
        "20150830T123600Z", "Authorization", authz)).kind()).isEqualTo(AuthFailure.Kind.BAD_SIGNATURE);
    assertThat(auth.verify(call("POST", "/", null, "", "Host", "example.amazonaws.com", "X-Amz-Date",
        "20150830T123600Z", "Authorization", "AWS4-HMAC-SHA256 Credential=AKIDEXAMPLE/20150830/us-east-1/service/"
            + "aws4_request")).kind()).isEqualTo(AuthFailure.Kind.MALFORMED);
    assertThat(auth.verify(call("POST", "/", null, "", "Host", "example.amazonaws.com", "X-Amz-Date",
        "20150830T123600Z", "Authorization", authz.replace("AKIDEXAMPLE", "AKIDOTHER"))).kind())
        .isEqualTo(AuthFailure.Kind.UNKNOWN_KEY);
    assertThat(auth.verify(call("POST", "/", null, "", "Host", "example.amazonaws.com", "X-Amz-Date",
        "20150830T123600Z", "Authorization", authz.replace("20150830/", "20150829/"))).kind())
        .isEqualTo(AuthFailure.Kind.BAD_SIGNATURE);
  }
}
