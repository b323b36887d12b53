package dev.stacksets.emulator;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.stacksets.core.auth.AwsV4Signer;
import dev.stacksets.core.auth.Credentials;
import dev.stacksets.core.http.SdkHttpRequest;
import dev.stacksets.core.internal.util.Hashing;
import dev.stacksets.emulator.internal.InstanceState;
import dev.stacksets.emulator.internal.Provider;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** Every service refuses unsigned, wrongly signed and stale requests in its own format. */
@StackSetEmulatorTest
class AuthenticationTest {
  private static final DateTimeFormatter BASIC = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'")
      .withZone(ZoneOffset.UTC);

  private final StackSetEmulator e;
  private final Wire wire;

  AuthenticationTest(StackSetEmulator e) {
    this.e = e;
    this.wire = new Wire(e);
  }

  private static void rfsRefused(Wire.Reply r, String messagePart) {
    assertThat(r.status()).as(r.body()).isEqualTo(401);
    JsonNode body = Json.parse(r.body());
    assertThat(body.get("error_code").asText()).isEqualTo("APIGW.0301");
    assertThat(body.get("error_msg").asText()).startsWith("Incorrect IAM authentication information: ")
        .contains(messagePart);
    assertThat(body.get("request_id").asText()).isEqualTo(r.header("X-Request-Id"));
  }

  @Test
  void rfsRefusesUnsignedWrongKeyWrongSecretAndStaleRequests() {
    rfsRefused(wire.rfsUnsigned("/v1/stack-sets"), "Authorization header not found");
    rfsRefused(new Wire(e).credentials(Credentials.of("OTHERKEY", e.credentials().secretAccessKey()))
        .rfs("/v1/stack-sets"), "ak OTHERKEY not exist");
    rfsRefused(new Wire(e).credentials(Credentials.of(e.credentials().accessKeyId(), "wrong"))
        .rfs("/v1/stack-sets", "limit", "10"), "verify aksk signature fail, canonicalRequest:GET|/v1/stack-sets/|limit=10|");
    rfsRefused(new Wire(e).signingTime(Instant.now().minus(Duration.ofMinutes(20))).rfs("/v1/stack-sets"),
        "signature expired");
    rfsRefused(new Wire(e).signingTime(Instant.now().plus(Duration.ofMinutes(20))).rfs("/v1/stack-sets"),
        "signature expired");
    assertThat(new Wire(e).signingTime(Instant.now().minus(Duration.ofMinutes(10))).rfs("/v1/stack-sets").status())
        .isEqualTo(200);
  }

  /** A foreign client (like the official guide's example) signs Content-Type; the gateway accepts what was signed. */
  @Test
  void rfsAcceptsWhateverHeadersTheClientListsAsSigned() {
    String date = BASIC.format(Instant.now());
    String host = "127.0.0.1:" + e.port();
    String canonical = "GET\n/v1/stack-sets/\nlimit=10\ncontent-type:application/json\nhost:" + host
        + "\nuser-agent:foreign-client/1.0\nx-sdk-date:" + date + "\n\ncontent-type;host;user-agent;x-sdk-date\n"
        + Hashing.sha256Hex(new byte[0]);
    String signature = huaweiSignature(date, canonical);
    SdkHttpRequest r = SdkHttpRequest.builder().method("GET").encodedPath("/v1/stack-sets").addQuery("limit", "10")
        .header("Content-Type", "application/json").header("User-Agent", "foreign-client/1.0")
        .header("X-Sdk-Date", date).header("Client-Request-Id", UUID.randomUUID().toString())
        .header("Authorization", "SDK-HMAC-SHA256 Access=" + e.credentials().accessKeyId()
            + ", SignedHeaders=content-type;host;user-agent;x-sdk-date, Signature=" + signature).build();
    assertThat(wire.send(r, null).status()).isEqualTo(200);
  }

  /** The official SDKs encode an already-escaped {@code %2F} again when they sign ({@code %252F}). */
  @Test
  void rfsAcceptsTheV3SdkCanonicalFormOfAnEscapedInstanceAddress() {
    InstanceState i = e.model().stackSet(Provider.RFS, "iam-audit-roles").instancesAt(e.now()).get(0);
    String path = "/v1/stack-sets/iam-audit-roles/stack-instances/" + i.instance().region() + "%2F"
        + i.instance().account();
    String date = BASIC.format(Instant.now());
    String host = "127.0.0.1:" + e.port();
    String canonical = "GET\n" + path.replace("%2F", "%252F") + "/\n\nclient-request-id:abc\nhost:" + host
        + "\nx-sdk-date:" + date + "\n\nclient-request-id;host;x-sdk-date\n" + Hashing.sha256Hex(new byte[0]);
    SdkHttpRequest r = SdkHttpRequest.builder().method("GET").encodedPath(path).header("Client-Request-Id", "abc")
        .header("X-Sdk-Date", date).header("Authorization", "SDK-HMAC-SHA256 Access="
            + e.credentials().accessKeyId() + ", SignedHeaders=client-request-id;host;x-sdk-date, Signature="
            + huaweiSignature(date, canonical)).build();
    Wire.Reply reply = wire.send(r, null);
    assertThat(reply.status()).as(reply.body()).isEqualTo(200);
    assertThat(wire.rfs(path).status()).isEqualTo(200);
  }

  /**
   * Row 2 of issue 11's vectors: the official Node.js SDK's ShowStackInstance on a stack set with a Chinese name,
   * sent with its recorded signature, passes the gateway (the instance does not exist: 404, not 401); the same request
   * with one character of the signature changed is 401 APIGW.0301.
   */
  @Test
  void rfsAcceptsTheOfficialNodeSdkSignatureForAChineseNameAndAnEscapedAddress() {
    try (StackSetEmulator t = StackSetEmulator.builder()
        .credentials("AKIDEXAMPLE0000000000", "SecretKeyExample0123456789abcdefghijklmn")
        .clockSkewCheck(false).start()) {
      String path = "/v1/stack-sets/%E6%97%A5%E5%BF%97%E5%AE%A1%E8%AE%A1_stack_set/stack-instances/"
          + "cn-north-4%2F0a2b3c4d5e6f47a8b9c0d1e2f3a4b5c6";
      String signature = "2c12ddf6e6f65bc13572534f8bc960a16b62f587ec027c37c1c0452f7f600418";
      Wire w = new Wire(t);
      Wire.Reply accepted = w.sendWithItsHost(officialNodeSdkRequest(path, signature));
      assertThat(accepted.status()).as(accepted.body()).isEqualTo(404);
      assertThat(Json.parse(accepted.body()).get("error_code").asText()).isEqualTo("RF.10041003");
      rfsRefused(w.sendWithItsHost(officialNodeSdkRequest(path, signature.substring(0, 63) + "9")),
          "verify aksk signature fail, canonicalRequest:GET|/v1/stack-sets/%E6%97%A5%E5%BF%97%E5%AE%A1%E8%AE%A1"
              + "_stack_set/stack-instances/cn-north-4%252F0a2b3c4d5e6f47a8b9c0d1e2f3a4b5c6/|call_identity=SELF|");
    }
  }

  private static SdkHttpRequest officialNodeSdkRequest(String path, String signature) {
    return SdkHttpRequest.builder().method("GET").encodedPath(path).addQuery("call_identity", "SELF")
        .header("Host", "rfs.cn-north-4.myhuaweicloud.com")
        .header("Client-Request-Id", "7d0c4a2e-4c1f-4f8e-9d6b-1a2b3c4d5e6f")
        .header("X-Sdk-Date", "20261204T060000Z").header("Content-Type", "application/json")
        .header("Authorization", "SDK-HMAC-SHA256 Access=AKIDEXAMPLE0000000000, "
            + "SignedHeaders=client-request-id;host;x-sdk-date, Signature=" + signature).build();
  }

  private String huaweiSignature(String date, String canonical) {
    String sts = "SDK-HMAC-SHA256\n" + date + "\n" + Hashing.sha256Hex(canonical);
    return Hashing.hex(Hashing.hmacSha256(e.credentials().secretAccessKey().getBytes(StandardCharsets.UTF_8), sts));
  }

  private static void cfnRefused(Wire.Reply r, int status, String code, String messagePart) {
    assertThat(r.status()).as(r.body()).isEqualTo(status);
    assertThat(r.header("Content-Type")).startsWith("text/xml");
    assertThat(r.body()).contains("<ErrorResponse xmlns=\"http://cloudformation.amazonaws.com/doc/2010-05-15/\">"
        + "<Error><Type>Sender</Type><Code>" + code + "</Code><Message>").contains(messagePart)
        .contains("<RequestId>" + r.header("x-amzn-RequestId") + "</RequestId></ErrorResponse>");
  }

  @Test
  void cloudFormationRefusalsUseTheQueryErrorFormat() {
    String body = "Action=ListStackSets&Version=2010-05-15";
    SdkHttpRequest unsigned = SdkHttpRequest.builder().method("POST").encodedPath("/")
        .header("Content-Type", "application/x-www-form-urlencoded").body(body, "application/x-www-form-urlencoded")
        .build();
    cfnRefused(wire.send(unsigned, "application/x-www-form-urlencoded"), 403, "MissingAuthenticationToken",
        "Authentication Token");
    cfnRefused(new Wire(e).credentials(Credentials.of("AKIDUNKNOWN", "x")).cfn("ListStackSets"), 403,
        "InvalidClientTokenId", "security token");
    cfnRefused(new Wire(e).credentials(Credentials.of(e.credentials().accessKeyId(), "x")).cfn("ListStackSets"),
        403, "SignatureDoesNotMatch", "The Canonical String for this request should have been");
    cfnRefused(new Wire(e).signingTime(Instant.now().minus(Duration.ofMinutes(16))).cfn("ListStackSets"), 400,
        "RequestExpired", "Signature expired");
    SdkHttpRequest scopedToConfig = new AwsV4Signer("config", "eu-west-1").sign(SdkHttpRequest.builder()
        .method("POST").encodedPath("/").header("Host", "127.0.0.1:" + e.port())
        .header("Content-Type", "application/x-www-form-urlencoded").body(body, "application/x-www-form-urlencoded")
        .build(), e.credentials(), Instant.now());
    cfnRefused(wire.send(scopedToConfig, "application/x-www-form-urlencoded"), 403, "SignatureDoesNotMatch",
        "Credential should be scoped to correct service: 'cloudformation'");
    SdkHttpRequest otherRegion = new AwsV4Signer("cloudformation", "ap-southeast-2").sign(SdkHttpRequest.builder()
        .method("POST").encodedPath("/").header("Host", "127.0.0.1:" + e.port())
        .header("Content-Type", "application/x-www-form-urlencoded").body(body, "application/x-www-form-urlencoded")
        .build(), e.credentials(), Instant.now());
    assertThat(wire.send(otherRegion, "application/x-www-form-urlencoded").status()).isEqualTo(200);
  }

  private static void configRefused(Wire.Reply r, String type, String messagePart) {
    assertThat(r.status()).as(r.body()).isEqualTo(400);
    JsonNode body = Json.parse(r.body());
    assertThat(body.get("__type").asText()).isEqualTo(type);
    assertThat(body.get("message").asText()).contains(messagePart);
    assertThat(r.header("x-amzn-RequestId")).isNotBlank();
  }

  @Test
  void configRefusalsUseTheJsonErrorFormat() {
    String target = "StarlingDoveService.GetOrganizationConformancePackDetailedStatus";
    String json = "{\"OrganizationConformancePackName\":\"pci-dss-pack\"}";
    configRefused(new Wire(e).credentials(Credentials.of("AKIDUNKNOWN", "x")).config(target, json),
        "UnrecognizedClientException", "security token");
    configRefused(new Wire(e).credentials(Credentials.of(e.credentials().accessKeyId(), "x")).config(target, json),
        "InvalidSignatureException", "does not match");
    configRefused(new Wire(e).signingTime(Instant.now().plus(Duration.ofMinutes(16))).config(target, json),
        "InvalidSignatureException", "Signature not yet current");
    configRefused(wire.configRaw(target, json, "application/x-amz-json-1.1", "cloudformation"),
        "InvalidSignatureException", "'config'");
    SdkHttpRequest unsigned = SdkHttpRequest.builder().method("POST").encodedPath("/").header("X-Amz-Target", target)
        .header("Content-Type", "application/x-amz-json-1.1").body(json, "application/x-amz-json-1.1").build();
    configRefused(wire.send(unsigned, "application/x-amz-json-1.1"), "MissingAuthenticationTokenException",
        "Missing Authentication Token");
  }

  @Test
  void sessionTokensMustMatchWhenTheEmulatorHasOne() {
    Credentials temporary = Credentials.of("TEMPKEY", "tempsecret", "session-token-123");
    try (StackSetEmulator t = StackSetEmulator.builder().credentials(temporary).seedData(false).start()) {
      assertThat(new Wire(t).rfs("/v1/stack-sets").status()).isEqualTo(200);
      assertThat(new Wire(t).cfn("ListStackSets").status()).isEqualTo(200);
      assertThat(new Wire(t).credentials(Credentials.of("TEMPKEY", "tempsecret")).rfs("/v1/stack-sets").status())
          .isEqualTo(401);
      assertThat(new Wire(t).credentials(Credentials.of("TEMPKEY", "tempsecret", "stale")).cfn("ListStackSets")
          .body()).contains("<Code>InvalidClientTokenId</Code>");
    }
  }

  @Test
  void theSkewCheckCanBeTurnedOff() {
    try (StackSetEmulator t = StackSetEmulator.builder().clockSkewCheck(false).seedData(false).start()) {
      assertThat(new Wire(t).signingTime(Instant.parse("2015-08-30T12:36:00Z")).rfs("/v1/stack-sets").status())
          .isEqualTo(200);
    }
  }
}
