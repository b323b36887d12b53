package dev.stacksets.core.auth;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.stacksets.core.http.SdkHttpRequest;
import dev.stacksets.core.internal.util.Hashing;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Published Huawei vectors (reference §1.3) and canonical-request shapes RFS produces. */
class HuaweiSignerTest {
  private static final HuaweiSigner SIGNER = new HuaweiSigner();
  private static final Instant T = Instant.parse("2019-11-15T03:36:55Z");
  private static final Credentials SDK_KEYS = Credentials.of("AccessKey", "SecretKey");
  private static final String EMPTY_HASH = "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855";

  // ---- A. the official guide example (signs content-type) ----

  @Test
  void officialGuideExampleWithContentTypeSigned() {
    SdkHttpRequest dated = SdkHttpRequest.builder().method("GET")
        .encodedPath("/v1/77b6a44cba5143ab91d13ab9a8ff44fd/vpcs")
        .addQuery("limit", "2").addQuery("marker", "13551d6b-755d-4757-b956-536f674975c0")
        .header("Content-Type", "application/json")
        .header("Host", "service.region.example.com")
        .header("X-Sdk-Date", "20191115T033655Z")
        .build();
    List<String> guideHeaders = List.of("content-type", "host", "x-sdk-date");
    String creq = SIGNER.canonicalRequest(dated, guideHeaders);
    assertThat(creq).isEqualTo("GET\n"
        + "/v1/77b6a44cba5143ab91d13ab9a8ff44fd/vpcs/\n"
        + "limit=2&marker=13551d6b-755d-4757-b956-536f674975c0\n"
        + "content-type:application/json\n"
        + "host:service.region.example.com\n"
        + "x-sdk-date:20191115T033655Z\n"
        + "\n"
        + "content-type;host;x-sdk-date\n"
        + EMPTY_HASH);
    assertThat(Hashing.sha256Hex(creq)).isEqualTo("b25362e603ee30f4f25e7858e8a7160fd36e803bb2dfe206278659d71a9bcd7a");
    assertThat(SIGNER.stringToSign(dated, guideHeaders)).isEqualTo("SDK-HMAC-SHA256\n20191115T033655Z\n"
        + "b25362e603ee30f4f25e7858e8a7160fd36e803bb2dfe206278659d71a9bcd7a");
    assertThat(SIGNER.authorization(dated, Credentials.of("QTWAOYTTINDUT2QVKYUC",
        "MFyfvK41ba2giqM7Uio6PznpdUKGpownRZlmVmHc"), guideHeaders))
        .isEqualTo("SDK-HMAC-SHA256 Access=QTWAOYTTINDUT2QVKYUC, SignedHeaders=content-type;host;x-sdk-date, "
            + "Signature=7be6668032f70418fcc22abc52071e57aff61b84a1d2381bb430d6870f4f6ebe");
  }

  @Test
  void guideExampleQueryIsSortedWhateverTheRequestOrder() {
    SdkHttpRequest dated = SdkHttpRequest.builder().method("GET")
        .encodedPath("/v1/77b6a44cba5143ab91d13ab9a8ff44fd/vpcs")
        .addQuery("marker", "13551d6b-755d-4757-b956-536f674975c0").addQuery("limit", "2")
        .header("Host", "service.region.example.com")
        .header("X-Sdk-Date", "20191115T033655Z")
        .header("Content-Type", "application/json")
        .build();
    assertThat(SIGNER.signature(dated, "MFyfvK41ba2giqM7Uio6PznpdUKGpownRZlmVmHc",
        List.of("content-type", "host", "x-sdk-date")))
        .isEqualTo("7be6668032f70418fcc22abc52071e57aff61b84a1d2381bb430d6870f4f6ebe");
  }

  @Test
  void defaultSigningLeavesContentTypeOut() {
    SdkHttpRequest dated = SdkHttpRequest.builder().method("POST").encodedPath("/v1/stack-sets")
        .header("Host", "rfs.cn-north-4.myhuaweicloud.com")
        .header("X-Sdk-Date", "20191115T033655Z")
        .header("User-Agent", "stacksets-java/0.1.0")
        .body("{}", "application/json")
        .build();
    assertThat(SIGNER.signedHeaderNames(dated)).containsExactly("host", "x-sdk-date");
  }

  // ---- B. v3 Java SDK unit-test vectors ----

  @Test
  void sdkVector1GetWithQuery() {
    SdkHttpRequest request = SdkHttpRequest.builder().method("GET")
        .encodedPath("/v1/77b6a44cba5143ab91d13ab9a8ff44fd/vpcs")
        .addQuery("limit", "2").addQuery("marker", "13551d6b-755d-4757-b956-536f674975c0")
        .header("Host", "service.region.example.com")
        .header("Content-Type", "application/json")
        .header("TEST_UNDERSCORE", "TEST_VALUE")
        .build();
    SdkHttpRequest signed = SIGNER.sign(request, SDK_KEYS, T);
    assertThat(signed.header("X-Sdk-Date")).isEqualTo("20191115T033655Z");
    assertThat(Hashing.sha256Hex(SIGNER.canonicalRequest(signed)))
        .isEqualTo("0e84e7853cf87931d965c80e83bffb15aa865326db3a6f57aa2560a7601dfe18");
    assertThat(signed.header("Authorization")).isEqualTo("SDK-HMAC-SHA256 Access=AccessKey, "
        + "SignedHeaders=host;x-sdk-date, "
        + "Signature=fd95e7da6f695cfb4cabbb9d6b0968aec155bc576b064835282473539ae9ea1d");
  }

  @Test
  void sdkVector2PostWithBody() {
    SdkHttpRequest request = SdkHttpRequest.builder().method("POST")
        .encodedPath("/v1/77b6a44cba5143ab91d13ab9a8ff44fd/vpc/123")
        .header("Host", "service.region.example.com")
        .header("TEST_UNDERSCORE", "TEST_VALUE")
        .body("{\"key\":\"value\"}", "application/json")
        .build();
    SdkHttpRequest signed = SIGNER.sign(request, SDK_KEYS, T);
    String creq = SIGNER.canonicalRequest(signed);
    assertThat(creq).startsWith("POST\n/v1/77b6a44cba5143ab91d13ab9a8ff44fd/vpc/123/\n\n")
        .endsWith("\ne43abcf3375244839c012f9633f95862d232a95b00d5bc7348b3098b9fed7f32");
    assertThat(Hashing.sha256Hex(creq))
        .isEqualTo("79be7a43859f485df125c417ebb8821754c7ed42f6742ce8b0fd74b2b303446d");
    assertThat(signed.header("Authorization")).isEqualTo("SDK-HMAC-SHA256 Access=AccessKey, "
        + "SignedHeaders=host;x-sdk-date, "
        + "Signature=b5649aa774f6cac7437631662f08815fc65c70e40e486df6db2436ce68902771");
  }

  @Test
  void sdkVector3RootPathAndHostHeader() {
    SdkHttpRequest request = SdkHttpRequest.builder().method("GET").encodedPath("/")
        .header("Host", "example.com")
        .header("TEST_UNDERSCORE", "TEST_VALUE")
        .build();
    SdkHttpRequest signed = SIGNER.sign(request, SDK_KEYS, T);
    assertThat(SIGNER.canonicalRequest(signed)).isEqualTo("GET\n/\n\nhost:example.com\n"
        + "x-sdk-date:20191115T033655Z\n\nhost;x-sdk-date\n" + EMPTY_HASH);
    assertThat(Hashing.sha256Hex(SIGNER.canonicalRequest(signed)))
        .isEqualTo("845f5f053e69e0d7cdf17c143bd6ffbc72d7be020b93b6ca2da8022efee7d6b8");
    assertThat(signed.header("Authorization")).isEqualTo("SDK-HMAC-SHA256 Access=AccessKey, "
        + "SignedHeaders=host;x-sdk-date, "
        + "Signature=919ad8b75d4ad49da0d377e63ee21c4a7a54b752f6bf2878b4adbe9c19927da6");
    assertThat(signed.header("Host")).isEqualTo("example.com");
  }

  // ---- C. the RFS-shaped regression vector ----

  @Test
  void rfsShapedRegressionVector() {
    SdkHttpRequest request = SdkHttpRequest.builder().method("GET")
        .encodedPath("/v1/stack-sets/my-stack-set/stack-instances")
        .addQuery("filter", "region==cn-north-4|region==cn-east-3")
        .addQuery("limit", "10").addQuery("sort_dir", "desc").addQuery("sort_key", "create_time")
        .header("Host", "rfs.cn-north-4.myhuaweicloud.com")
        .header("Client-Request-Id", "0f9a6b2e-5c1d-4e8a-9b7f-3d2c1a0e9f88")
        .header("Content-Type", "application/json")
        .build();
    SdkHttpRequest signed = SIGNER.sign(request, SDK_KEYS, T);
    String creq = SIGNER.canonicalRequest(signed);
    assertThat(creq).isEqualTo("GET\n/v1/stack-sets/my-stack-set/stack-instances/\n"
        + "filter=region%3D%3Dcn-north-4%7Cregion%3D%3Dcn-east-3&limit=10&sort_dir=desc&sort_key=create_time\n"
        + "client-request-id:0f9a6b2e-5c1d-4e8a-9b7f-3d2c1a0e9f88\n"
        + "host:rfs.cn-north-4.myhuaweicloud.com\n"
        + "x-sdk-date:20191115T033655Z\n\n"
        + "client-request-id;host;x-sdk-date\n" + EMPTY_HASH);
    assertThat(Hashing.sha256Hex(creq))
        .isEqualTo("505eeb2a9b1362f55607d404c1d1853cbe248c23ab0fadd4bffdaf739207cd14");
    assertThat(signed.header("Authorization")).isEqualTo("SDK-HMAC-SHA256 Access=AccessKey, "
        + "SignedHeaders=client-request-id;host;x-sdk-date, "
        + "Signature=e43044b2dbb5131533ca04de2e7daf0d7786feff206a1f4da3a6aefdf4162580");
  }

  // ---- ordinary RFS requests: their signatures are pinned (the wire is sacred) ----

  private static final Credentials RFS_KEYS =
      Credentials.of("AKIDEXAMPLE0000000000", "SecretKeyExample0123456789abcdefghijklmn");
  private static final Instant RFS_T = Instant.parse("2026-12-04T06:00:00Z");

  private static String rfsSignature(SdkHttpRequest.Builder request) {
    SdkHttpRequest signed = SIGNER.sign(request.header("Host", "rfs.cn-north-4.myhuaweicloud.com")
        .header("Client-Request-Id", "7d0c4a2e-4c1f-4f8e-9d6b-1a2b3c4d5e6f").build(), RFS_KEYS, RFS_T);
    return signed.header("Authorization");
  }

  /**
   * Requests whose path holds no escaped ASCII character sign exactly as they always did: ASCII names, a Chinese
   * name, a query full of reserved characters, a body. Pinned values, computed before the escaped-segment change.
   */
  @Test
  void ordinaryRfsRequestsKeepTheirSignatures() {
    String prefix = "SDK-HMAC-SHA256 Access=AKIDEXAMPLE0000000000, SignedHeaders=client-request-id;host;x-sdk-date, "
        + "Signature=";
    assertThat(rfsSignature(SdkHttpRequest.builder().method("GET")
        .encodedPath("/v1/stack-sets/my_hello_world_stack_set/stack-instances")
        .addQuery("filter", "region==cn-north-4|region==cn-east-3").addQuery("limit", "10")))
        .isEqualTo(prefix + "74a2d29397dea12bc8f94019dfd25c8e98159ce3cc010fc31563717e97501145");
    assertThat(rfsSignature(SdkHttpRequest.builder().method("GET")
        .encodedPath("/v1/stack-sets/%E6%97%A5%E5%BF%97%E5%AE%A1%E8%AE%A1_stack_set/operations")
        .addQuery("filter", "action==DEPLOY_STACK_SET|action==CREATE_STACK_INSTANCES")
        .addQuery("marker", "a b/c+d&e=f:g@h;i,j%k~l*m'n(o)p!q$r#s?t[u]v")
        .addQuery("sort_key", "create_time").addQuery("sort_dir", "asc").addQuery("key:with/reserved=", "")))
        .isEqualTo(prefix + "d0c61931ec160f9f374354fea258bc49242305cc738c1ec7e69b3d8922907721");
    assertThat(rfsSignature(SdkHttpRequest.builder().method("GET")
        .encodedPath("/v1/stack-sets/network-baseline.v2~x/metadata")
        .addQuery("stack_set_id", "f689e9fd-97e7-4185-bd8a-7d5f708d45d7").addQuery("call_identity", "DELEGATED_ADMIN")))
        .isEqualTo(prefix + "de0c93a148d733b9b18a6b2cf6a63e72cd3022070de233ab31757a178e10a073");
    assertThat(rfsSignature(SdkHttpRequest.builder().method("POST")
        .encodedPath("/v1/stack-sets/%E6%A0%88%E9%9B%86/deployments")
        .body("{\"template_body\":\"a\"}", "application/json")))
        .isEqualTo(prefix + "2317139b8d2279910616b4c7369a22860f8c35861c162ed484507212dfb59e60");
    assertThat(rfsSignature(SdkHttpRequest.builder().method("GET").encodedPath("/v1/stack-sets")))
        .isEqualTo(prefix + "ee04ac8322caa41ba93c11e58ccf46dbafc04b679e2a649270bfc05bf46513e5");
  }

  // ---- escaped path segments: the official SDKs' canonical URI (issue 11 item 1, reference §1.6) ----

  private static final String ADDR = "cn-north-4%2F0a2b3c4d5e6f47a8b9c0d1e2f3a4b5c6";
  private static final String LOG_AUDIT = "%E6%97%A5%E5%BF%97%E5%AE%A1%E8%AE%A1_stack_set";

  /** Canonical URI, canonical query and Authorization of a request signed with the §1.6 inputs. */
  private static String[] officialForm(SdkHttpRequest.Builder request) {
    SdkHttpRequest signed = SIGNER.sign(request.header("Host", "rfs.cn-north-4.myhuaweicloud.com")
        .header("Client-Request-Id", "7d0c4a2e-4c1f-4f8e-9d6b-1a2b3c4d5e6f").build(), RFS_KEYS, RFS_T);
    String[] lines = SIGNER.canonicalRequest(signed).split("\n", -1);
    return new String[] {lines[1], lines[2], signed.header("Authorization")};
  }

  private static String rfsAuthorization(String signature) {
    return "SDK-HMAC-SHA256 Access=AKIDEXAMPLE0000000000, SignedHeaders=client-request-id;host;x-sdk-date, "
        + "Signature=" + signature;
  }

  /**
   * The three outputs of the official Node.js SDK core signer (issue 11): an escaped {@code %2F} inside a segment is
   * signed as {@code %252F}, the escapes of a non-ASCII name stand for the name and are signed once.
   */
  @Test
  void officialSdkVectorsForEscapedPathSegments() {
    assertThat(officialForm(SdkHttpRequest.builder().method("GET")
        .encodedPath("/v1/stack-sets/my_hello_world_stack_set/stack-instances/" + ADDR)))
        .containsExactly("/v1/stack-sets/my_hello_world_stack_set/stack-instances/"
                + "cn-north-4%252F0a2b3c4d5e6f47a8b9c0d1e2f3a4b5c6/", "",
            rfsAuthorization("76516c8b41bc6b787f9d0d57d20a091ab99dff134028846ae72e01191c9da7ab"));
    assertThat(officialForm(SdkHttpRequest.builder().method("GET")
        .encodedPath("/v1/stack-sets/" + LOG_AUDIT + "/stack-instances/" + ADDR).addQuery("call_identity", "SELF")))
        .containsExactly("/v1/stack-sets/" + LOG_AUDIT + "/stack-instances/"
                + "cn-north-4%252F0a2b3c4d5e6f47a8b9c0d1e2f3a4b5c6/", "call_identity=SELF",
            rfsAuthorization("2c12ddf6e6f65bc13572534f8bc960a16b62f587ec027c37c1c0452f7f600418"));
    String[] third = {"/v1/stack-sets/" + LOG_AUDIT + "/operations/",
        "filter=action%3D%3DDEPLOY_STACK_SET%7Caction%3D%3DCREATE_STACK_INSTANCES&limit=50&sort_dir=asc"
            + "&sort_key=create_time",
        rfsAuthorization("ee46624aea2eb6aca7e63eb2a82435c4dbb7609c0b581d73210802f306ad19f5")};
    assertThat(officialForm(SdkHttpRequest.builder().method("GET").encodedPath("/v1/stack-sets/" + LOG_AUDIT
            + "/operations").addQuery("filter", "action==DEPLOY_STACK_SET|action==CREATE_STACK_INSTANCES")
        .addQuery("sort_key", "create_time").addQuery("sort_dir", "asc").addQuery("limit", "50")))
        .containsExactly(third);
    // the name given raw, as the official SDKs hold it before their HTTP layer escapes it, signs the same
    assertThat(officialForm(SdkHttpRequest.builder().method("GET").encodedPath("/v1/stack-sets/日志审计_stack_set"
            + "/operations").addQuery("filter", "action==DEPLOY_STACK_SET|action==CREATE_STACK_INSTANCES")
        .addQuery("sort_key", "create_time").addQuery("sort_dir", "asc").addQuery("limit", "50")))
        .containsExactly(third);
  }

  // ---- canonical-request shapes ----

  private static SdkHttpRequest.Builder rfsGet(String encodedPath) {
    return SdkHttpRequest.builder().method("GET").encodedPath(encodedPath)
        .header("Host", "rfs.cn-north-4.myhuaweicloud.com")
        .header("X-Sdk-Date", "20191115T033655Z");
  }

  private static String[] lines(SdkHttpRequest dated) {
    return SIGNER.canonicalRequest(dated).split("\n", -1);
  }

  @Test
  void wholeCanonicalRequestOfAListStackSetOperationsCall() {
    SdkHttpRequest dated = rfsGet("/v1/stack-sets/%E8%B5%84%E6%BA%90%E6%A0%88%E9%9B%86_prod/operations")
        .addQuery("filter", "status==OPERATION_FAILED|status==STOP_FAILED,action==DEPLOY_STACK_SET")
        .addQuery("sort_key", "create_time").addQuery("sort_dir", "asc")
        .addQuery("sort_key", "create_time").addQuery("sort_dir", "desc")
        .addQuery("marker", "").addQuery("call_identity", "SELF")
        .header("Client-Request-Id", "3b8e1c64-0d5f-4f53-9a0e-8c7e4a1f2b90")
        .header("X-Project-Id", "0123456789abcdef0123456789abcdef")
        .header("Content-Type", "application/json")
        .header("User-Agent", "stacksets-java/0.1.0")
        .build();
    assertThat(SIGNER.canonicalRequest(dated)).isEqualTo("GET\n"
        + "/v1/stack-sets/%E8%B5%84%E6%BA%90%E6%A0%88%E9%9B%86_prod/operations/\n"
        + "call_identity=SELF"
        + "&filter=status%3D%3DOPERATION_FAILED%7Cstatus%3D%3DSTOP_FAILED%2Caction%3D%3DDEPLOY_STACK_SET"
        + "&marker="
        + "&sort_dir=asc&sort_dir=desc"
        + "&sort_key=create_time&sort_key=create_time\n"
        + "client-request-id:3b8e1c64-0d5f-4f53-9a0e-8c7e4a1f2b90\n"
        + "host:rfs.cn-north-4.myhuaweicloud.com\n"
        + "x-project-id:0123456789abcdef0123456789abcdef\n"
        + "x-sdk-date:20191115T033655Z\n"
        + "\n"
        + "client-request-id;host;x-project-id;x-sdk-date\n"
        + EMPTY_HASH);
  }

  @Test
  void wholeCanonicalRequestOfAShowStackInstanceCallWithAnEscapedSlash() {
    SdkHttpRequest dated = rfsGet("/v1/stack-sets/%E6%A0%88%E9%9B%86/stack-instances/cn-north-4%2F0a1b2c3d4e5f")
        .addQuery("stack_set_id", "").build();
    assertThat(SIGNER.canonicalRequest(dated)).isEqualTo("GET\n"
        + "/v1/stack-sets/%E6%A0%88%E9%9B%86/stack-instances/cn-north-4%252F0a1b2c3d4e5f/\n"
        + "stack_set_id=\n"
        + "host:rfs.cn-north-4.myhuaweicloud.com\n"
        + "x-sdk-date:20191115T033655Z\n"
        + "\n"
        + "host;x-sdk-date\n"
        + EMPTY_HASH);
  }

  @Test
  void chineseStackSetNameInThePath() {
    // the serializer encodes the name; a raw name (not yet encoded) canonicalizes the same way
    String encoded = "/v1/stack-sets/%E6%88%91%E7%9A%84%E6%A0%88%E9%9B%86_1-a/operations";
    assertThat(lines(rfsGet(encoded).build())[1])
        .isEqualTo("/v1/stack-sets/%E6%88%91%E7%9A%84%E6%A0%88%E9%9B%86_1-a/operations/");
    assertThat(lines(rfsGet("/v1/stack-sets/我的栈集_1-a/operations").build())[1])
        .isEqualTo("/v1/stack-sets/%E6%88%91%E7%9A%84%E6%A0%88%E9%9B%86_1-a/operations/");
    // lower-case hex from elsewhere is normalized, and sign() sends the normalized path
    SdkHttpRequest signed = SIGNER.sign(rfsGet("/v1/stack-sets/%e6%88%91%e7%9a%84%e6%a0%88%e9%9b%86_1-a/operations")
        .build(), SDK_KEYS, T);
    assertThat(signed.encodedPath()).isEqualTo(encoded);
  }

  @Test
  void filterValuesWithOperatorsAreFullyEncoded() {
    SdkHttpRequest dated = rfsGet("/v1/stack-sets/s/operations")
        .addQuery("filter", "status==OPERATION_COMPLETE|status==OPERATION_FAILED,action==DEPLOY_STACK_SET")
        .build();
    assertThat(lines(dated)[2]).isEqualTo("filter=status%3D%3DOPERATION_COMPLETE%7Cstatus%3D%3DOPERATION_FAILED"
        + "%2Caction%3D%3DDEPLOY_STACK_SET");
  }

  @Test
  void emptyValuesKeepTheirEqualsSign() {
    SdkHttpRequest dated = rfsGet("/v1/stack-sets").addQuery("marker", "").addQuery("call_identity", "SELF")
        .addQuery("a b", "x y+z~*").build();
    assertThat(lines(dated)[2]).isEqualTo("a%20b=x%20y%2Bz~%2A&call_identity=SELF&marker=");
  }

  @Test
  void repeatedKeysKeepRequestOrderAndSortByName() {
    SdkHttpRequest dated = rfsGet("/v1/stack-sets/s/stack-instances")
        .addQuery("sort_key", "create_time").addQuery("sort_dir", "desc")
        .addQuery("sort_key", "b_key").addQuery("sort_dir", "asc").addQuery("limit", "100")
        .build();
    assertThat(lines(dated)[2])
        .isEqualTo("limit=100&sort_dir=desc&sort_dir=asc&sort_key=create_time&sort_key=b_key");
  }

  @Test
  void escapedSlashInAPathSegmentIsEncodedAgain() {
    SdkHttpRequest dated = rfsGet("/v1/stack-sets/s/stack-instances/cn-north-4%2F0a1b2c3d4e5f").build();
    assertThat(lines(dated)[1]).isEqualTo("/v1/stack-sets/s/stack-instances/cn-north-4%252F0a1b2c3d4e5f/");
    // lower-case %2f from a caller: sign() sends it as %2F and signs that
    SdkHttpRequest lower = rfsGet("/v1/stack-sets/s/stack-instances/cn-north-4%2f0a1b2c3d4e5f").build();
    SdkHttpRequest signed = SIGNER.sign(lower, SDK_KEYS, T);
    assertThat(signed.encodedPath()).isEqualTo("/v1/stack-sets/s/stack-instances/cn-north-4%2F0a1b2c3d4e5f");
    assertThat(lines(signed)[1]).isEqualTo("/v1/stack-sets/s/stack-instances/cn-north-4%252F0a1b2c3d4e5f/");
  }

  @Test
  void everyAsciiEscapeIsEncodedAgainAndOnlyUtf8EscapesStandForCharacters() {
    // %20 %25 %3A stay escapes (encoded again); %E6%A0%88 is the character; a broken sequence stays as sent
    SdkHttpRequest dated = rfsGet("/v1/x/a%20b%25c%3Ad/%E6%A0%88%E6%A0/%C0%AF:z").build();
    assertThat(lines(dated)[1]).isEqualTo("/v1/x/a%2520b%2525c%253Ad/%E6%A0%88%25E6%25A0/%25C0%25AF%3Az/");
    assertThat(HuaweiSigner.canonicalUri("")).isEqualTo("/");
    assertThat(HuaweiSigner.canonicalUri("/v1/stack-sets/")).isEqualTo("/v1/stack-sets/");
  }

  @Test
  void anExplicitCanonicalUriReplacesTheSignersOwn() {
    SdkHttpRequest dated = rfsGet("/v1/stack-sets/s/stack-instances/cn-north-4%2F0a").build();
    List<String> names = List.of("host", "x-sdk-date");
    assertThat(SIGNER.canonicalRequest(dated, names, "/v1/stack-sets/s/stack-instances/cn-north-4%2F0a/"))
        .startsWith("GET\n/v1/stack-sets/s/stack-instances/cn-north-4%2F0a/\n\nhost:");
    assertThat(SIGNER.signature(dated, "SK", names, HuaweiSigner.canonicalUri(dated.encodedPath())))
        .isEqualTo(SIGNER.signature(dated, "SK", names));
    assertThatThrownBy(() -> SIGNER.signature(dated, "SK", names, null))
        .isInstanceOf(IllegalArgumentException.class).hasMessage("canonicalUri must not be null");
    assertThatThrownBy(() -> HuaweiSigner.canonicalUri(null))
        .isInstanceOf(IllegalArgumentException.class).hasMessage("encodedPath must not be null");
  }

  @Test
  void pathWithTrailingSlashIsNotDoubled() {
    assertThat(lines(rfsGet("/v1/stack-sets/").build())[1]).isEqualTo("/v1/stack-sets/");
  }

  @Test
  void headerValuesAreTrimmedAndTheFirstOfARepeatedHeaderIsSigned() {
    SdkHttpRequest dated = rfsGet("/v1/stack-sets")
        .header("X-Project-Id", "  0123456789abcdef  ")
        .addHeader("X-Extra", "first").addHeader("X-Extra", "second")
        .build();
    assertThat(SIGNER.canonicalRequest(dated)).contains("\nx-extra:first\n")
        .contains("\nx-project-id:0123456789abcdef\n")
        .contains("\nhost;x-extra;x-project-id;x-sdk-date\n");
  }

  @Test
  void clientAddedHeadersAndSecurityTokenAreSigned() {
    SdkHttpRequest request = rfsGet("/v1/stack-sets")
        .header("Client-Request-Id", "id-1").header("X-Project-Id", "p1")
        .header("User-Agent", "ua").build();
    SdkHttpRequest signed = SIGNER.sign(request, Credentials.of("AK", "SK", "security-token-value"), T);
    assertThat(signed.header("X-Security-Token")).isEqualTo("security-token-value");
    assertThat(signed.header("Authorization"))
        .contains("SignedHeaders=client-request-id;host;x-project-id;x-sdk-date;x-security-token,");
    assertThat(SIGNER.canonicalRequest(signed)).contains("\nx-security-token:security-token-value\n");
    // long-term keys: a stale token header from an earlier attempt is removed
    SdkHttpRequest resigned = SIGNER.sign(signed, Credentials.of("AK", "SK"), T);
    assertThat(resigned.header("X-Security-Token")).isNull();
    assertThat(resigned.headers().values("Authorization")).hasSize(1);
    assertThat(resigned.header("Authorization")).contains("SignedHeaders=client-request-id;host;x-project-id;x-sdk-date,");
  }

  @Test
  void declaredPayloadHashReplacesTheBodyHash() {
    SdkHttpRequest dated = rfsGet("/v1/x").header("X-Sdk-Content-Sha256", "UNSIGNED-PAYLOAD")
        .body("anything", "application/octet-stream").build();
    assertThat(SIGNER.canonicalRequest(dated)).endsWith("\nUNSIGNED-PAYLOAD");
  }

  @Test
  void signingTimeIsFormattedInUtc() {
    assertThat(HuaweiSigner.formatDate(Instant.parse("2024-02-29T23:59:59.999Z"))).isEqualTo("20240229T235959Z");
  }

  @Test
  void missingHostOrNamedHeaderIsAnIllegalArgument() {
    SdkHttpRequest noHost = SdkHttpRequest.builder().method("GET").encodedPath("/").build();
    assertThatThrownBy(() -> SIGNER.sign(noHost, SDK_KEYS, T)).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("Host");
    SdkHttpRequest dated = rfsGet("/").build();
    assertThatThrownBy(() -> SIGNER.canonicalRequest(dated, List.of("host", "x-missing")))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("x-missing");
  }
}
