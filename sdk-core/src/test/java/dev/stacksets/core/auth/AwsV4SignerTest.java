package dev.stacksets.core.auth;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.stacksets.core.http.SdkHttpRequest;
import dev.stacksets.core.internal.util.Hashing;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The published SigV4 suite cases (reference §5.2), the IAM documentation examples and the §5.3 service vectors. */
class AwsV4SignerTest {
  private static final Instant T = Instant.parse("2015-08-30T12:36:00Z");
  private static final Credentials KEYS = Credentials.of("AKIDEXAMPLE", "wJalrXUtnFEMI/K7MDENG+bPxRfiCYEXAMPLEKEY");
  private static final AwsV4Signer SUITE = new AwsV4Signer("service", "us-east-1");
  private static final String EMPTY_HASH = "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855";
  private static final String SCOPE = "AKIDEXAMPLE/20150830/us-east-1/service/aws4_request";

  private static SdkHttpRequest.Builder suite(String method) {
    return SdkHttpRequest.builder().method(method).encodedPath("/").header("Host", "example.amazonaws.com");
  }

  @Test
  void getVanilla() {
    SdkHttpRequest signed = SUITE.sign(suite("GET").build(), KEYS, T);
    assertThat(signed.header("X-Amz-Date")).isEqualTo("20150830T123600Z");
    assertThat(SUITE.canonicalRequest(signed)).isEqualTo("GET\n/\n\nhost:example.amazonaws.com\n"
        + "x-amz-date:20150830T123600Z\n\nhost;x-amz-date\n" + EMPTY_HASH);
    assertThat(SUITE.stringToSign(signed)).isEqualTo("AWS4-HMAC-SHA256\n20150830T123600Z\n"
        + "20150830/us-east-1/service/aws4_request\n"
        + "bb579772317eb040ac9ed261061d46c1f17a8133879d6129b6e1c25292927e63");
    assertThat(signed.header("Authorization")).isEqualTo("AWS4-HMAC-SHA256 Credential=" + SCOPE
        + ", SignedHeaders=host;x-amz-date, "
        + "Signature=5fa00fa31553b73ebf1942676e86291e8372ff2a2260956d9b8aae1d763fbf31");
  }

  @Test
  void getVanillaQueryOrderKeyCase() {
    SdkHttpRequest signed = SUITE.sign(suite("GET").addQuery("Param2", "value2").addQuery("Param1", "value1")
        .build(), KEYS, T);
    assertThat(SUITE.canonicalRequest(signed)).isEqualTo("GET\n/\nParam1=value1&Param2=value2\n"
        + "host:example.amazonaws.com\nx-amz-date:20150830T123600Z\n\nhost;x-amz-date\n" + EMPTY_HASH);
    assertThat(SUITE.stringToSign(signed))
        .endsWith("\n816cd5b414d056048ba4f7c5386d6e0533120fb1fcfa93762cf0fc39e2cf19e0");
    assertThat(signed.header("Authorization")).isEqualTo("AWS4-HMAC-SHA256 Credential=" + SCOPE
        + ", SignedHeaders=host;x-amz-date, "
        + "Signature=b97d918cfa904a5beff61c982a1b6f458b799221646efd99d3219ec94cdf2500");
  }

  @Test
  void postXWwwFormUrlencoded() {
    String expected = "AWS4-HMAC-SHA256 Credential=" + SCOPE + ", SignedHeaders=content-type;host;x-amz-date, "
        + "Signature=ff11897932ad3f4e8b18135d722051e5ac45fc38421b1da7b9d196a0fe09473a";
    // the content type as the body's (how serializers set it) ...
    SdkHttpRequest signed = SUITE.sign(suite("POST").body("Param1=value1", "application/x-www-form-urlencoded")
        .build(), KEYS, T);
    assertThat(SUITE.canonicalRequest(signed)).isEqualTo("POST\n/\n\n"
        + "content-type:application/x-www-form-urlencoded\nhost:example.amazonaws.com\n"
        + "x-amz-date:20150830T123600Z\n\ncontent-type;host;x-amz-date\n"
        + "9095672bbd1f56dfc5b65f3e153adc8731a4a654192329106275f4c7b24d0b6e");
    assertThat(SUITE.stringToSign(signed))
        .endsWith("\n42a5e5bb34198acb3e84da4f085bb7927f2bc277ca766e6d19c73c2154021281");
    assertThat(signed.header("Authorization")).isEqualTo(expected);
    // a Content-Type header is overridden on the wire by the body's content type, so the body's is what is signed
    SdkHttpRequest withStaleHeader = suite("POST").header("Content-Type", "text/plain")
        .body("Param1=value1", "application/x-www-form-urlencoded").build();
    assertThat(SUITE.sign(withStaleHeader, KEYS, T).header("Authorization")).isEqualTo(expected);
  }

  @Test
  void postXWwwFormUrlencodedParameters() {
    SdkHttpRequest signed = SUITE.sign(suite("POST")
        .body("Param1=value1", "application/x-www-form-urlencoded; charset=utf8").build(), KEYS, T);
    assertThat(SUITE.stringToSign(signed))
        .endsWith("\n2e1cf7ed91881a30569e46552437e4156c823447bf1781b921b5d486c568dd1c");
    assertThat(signed.header("Authorization")).isEqualTo("AWS4-HMAC-SHA256 Credential=" + SCOPE
        + ", SignedHeaders=content-type;host;x-amz-date, "
        + "Signature=1a72ec8f64bd914b0e42e42607c7fbce7fb2c7465f63e3092b3b0d39fa77a6fe");
  }

  @Test
  void getHeaderValueTrim() {
    SdkHttpRequest signed = SUITE.sign(suite("GET").header("My-Header1", " value1")
        .header("My-Header2", " \"a   b   c\"").build(), KEYS, T);
    assertThat(SUITE.canonicalRequest(signed)).isEqualTo("GET\n/\n\nhost:example.amazonaws.com\n"
        + "my-header1:value1\nmy-header2:\"a b c\"\nx-amz-date:20150830T123600Z\n\n"
        + "host;my-header1;my-header2;x-amz-date\n" + EMPTY_HASH);
    assertThat(signed.header("Authorization")).isEqualTo("AWS4-HMAC-SHA256 Credential=" + SCOPE
        + ", SignedHeaders=host;my-header1;my-header2;x-amz-date, "
        + "Signature=acc3ed3afb60bb290fc8d2dd0098b9911fcaa05412b367055dee359757a9c736");
  }

  @Test
  void getVanillaWithSessionTokenMatchesTheAuthzFile() {
    String token = "6e86291e8372ff2a2260956d9b8aae1d763fbf315fa00fa31553b73ebf194267";
    SdkHttpRequest signed = SUITE.sign(suite("GET").build(),
        Credentials.of("AKIDEXAMPLE", "wJalrXUtnFEMI/K7MDENG+bPxRfiCYEXAMPLEKEY", token), T);
    assertThat(signed.header("X-Amz-Security-Token")).isEqualTo(token);
    assertThat(SUITE.canonicalRequest(signed)).isEqualTo("GET\n/\n\nhost:example.amazonaws.com\n"
        + "x-amz-date:20150830T123600Z\nx-amz-security-token:" + token + "\n\n"
        + "host;x-amz-date;x-amz-security-token\n" + EMPTY_HASH);
    assertThat(SUITE.stringToSign(signed))
        .endsWith("\n067b36aa60031588cea4a4cde1f21215227a047690c72247f1d70b32fbbfad2b");
    assertThat(signed.header("Authorization")).isEqualTo("AWS4-HMAC-SHA256 Credential=" + SCOPE
        + ", SignedHeaders=host;x-amz-date;x-amz-security-token, "
        + "Signature=07ec1639c89043aa0e3e2de82b96708f198cceab042d4a97044c66dd9f74e7f8");
  }

  @Test
  void extraSuiteCases() {
    assertThat(SUITE.sign(suite("POST").addQuery("Param1", "value1").build(), KEYS, T).header("Authorization"))
        .endsWith("Signature=28038455d6de14eafc1f9222cf5aa6f1a96197d7deb8263271d420d138af7f11");
    assertThat(SUITE.sign(suite("GET").addQuery("-._~0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz",
        "-._~0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz").build(), KEYS, T)
        .header("Authorization"))
        .endsWith("Signature=9c3e54bfcdf0b19771a7f523ee5669cdf59bc7cc0884027167c21bb143a40197");
  }

  @Test
  void iamDocumentationGetListUsers() {
    AwsV4Signer iam = new AwsV4Signer("iam", "us-east-1");
    SdkHttpRequest signed = iam.sign(SdkHttpRequest.builder().method("GET").encodedPath("/")
        .addQuery("Action", "ListUsers").addQuery("Version", "2010-05-08")
        .header("Content-Type", "application/x-www-form-urlencoded; charset=utf-8")
        .header("Host", "iam.amazonaws.com").build(), KEYS, T);
    assertThat(Hashing.sha256Hex(iam.canonicalRequest(signed)))
        .isEqualTo("f536975d06c0309214f805bb90ccff089219ecd68b2577efef23edd43b7e1a59");
    assertThat(Hashing.hex(iam.signingKey("wJalrXUtnFEMI/K7MDENG+bPxRfiCYEXAMPLEKEY", "20150830")))
        .isEqualTo("c4afb1cc5771d871763a393e44b703571b55cc28424d1a5e86da6ed3c154a4b9");
    assertThat(signed.header("Authorization")).isEqualTo("AWS4-HMAC-SHA256 "
        + "Credential=AKIDEXAMPLE/20150830/us-east-1/iam/aws4_request, SignedHeaders=content-type;host;x-amz-date, "
        + "Signature=5d672d79c15b13162d9279b0855cfba6789a8edb4c82c400e06b5924a6f2b5d7");
  }

  @Test
  void iamDocumentationPostListUsers2011() {
    AwsV4Signer iam = new AwsV4Signer("iam", "us-east-1");
    SdkHttpRequest signed = iam.sign(SdkHttpRequest.builder().method("POST").encodedPath("/")
        .header("Host", "iam.amazonaws.com")
        .body("Action=ListUsers&Version=2010-05-08", "application/x-www-form-urlencoded; charset=utf-8").build(),
        KEYS, Instant.parse("2011-09-09T23:36:00Z"));
    assertThat(iam.canonicalRequest(signed))
        .endsWith("\nb6359072c78d70ebee1e81adcbab4f01bf2c23245fa365ef83fe8f1f955085e2");
    assertThat(Hashing.sha256Hex(iam.canonicalRequest(signed)))
        .isEqualTo("3511de7e95d28ecd39e9513b642aee07e54f4941150d8df8bf94b328ef7e55e2");
    assertThat(Hashing.hex(iam.signingKey("wJalrXUtnFEMI/K7MDENG+bPxRfiCYEXAMPLEKEY", "20110909")))
        .isEqualTo("98f1d889fec4f4421adc522bab0ce1f82e6929c262ed15e5a94c90efd1e3b0e7");
    assertThat(signed.header("Authorization")).isEqualTo("AWS4-HMAC-SHA256 "
        + "Credential=AKIDEXAMPLE/20110909/us-east-1/iam/aws4_request, SignedHeaders=content-type;host;x-amz-date, "
        + "Signature=ced6826de92d2bdeed8f846f0bf508e8559e98e4b0199114b84c54174deb456c");
  }

  @Test
  void cloudFormationServiceVector() {
    AwsV4Signer cfn = new AwsV4Signer("cloudformation", "us-east-1");
    String body = "Action=ListStackSetOperationResults&Version=2010-05-15&StackSetName=my-stack-set"
        + "&OperationId=11111111-2222-3333-4444-555555555555&MaxResults=100"
        + "&Filters.member.1.Name=OPERATION_RESULT_STATUS&Filters.member.1.Values=FAILED";
    SdkHttpRequest signed = cfn.sign(SdkHttpRequest.builder().method("POST").encodedPath("/")
        .header("Host", "cloudformation.us-east-1.amazonaws.com")
        .header("User-Agent", "stacksets-java/0.1.0")
        .body(body, "application/x-www-form-urlencoded; charset=utf-8").build(), KEYS, T);
    assertThat(cfn.canonicalRequest(signed))
        .endsWith("\n4848533e185b9a1748e08decf31d03bb5e31a90cb12f8d563f80968f392ce972");
    assertThat(Hashing.sha256Hex(cfn.canonicalRequest(signed)))
        .isEqualTo("0aab3572ac9eea797463dfb7db8508eaa420e56673ec6f78b6d2f3b170002e96");
    assertThat(signed.header("Authorization")).isEqualTo("AWS4-HMAC-SHA256 "
        + "Credential=AKIDEXAMPLE/20150830/us-east-1/cloudformation/aws4_request, "
        + "SignedHeaders=content-type;host;x-amz-date, "
        + "Signature=72836975985de366f2bd447606c07891728ebe1fbc161c73a789b158edd4fe0b");
  }

  @Test
  void configServiceVector() {
    AwsV4Signer config = new AwsV4Signer("config", "us-east-1");
    SdkHttpRequest signed = config.sign(SdkHttpRequest.builder().method("POST").encodedPath("/")
        .header("Host", "config.us-east-1.amazonaws.com")
        .header("X-Amz-Target", "StarlingDoveService.GetOrganizationConformancePackDetailedStatus")
        .body("{\"OrganizationConformancePackName\": \"my-pack\", \"Limit\": 100}", "application/x-amz-json-1.1")
        .build(), KEYS, T);
    assertThat(config.canonicalRequest(signed))
        .endsWith("\n8717608009cf71a2fd311868aec25e4b6831bab7da1f3d882de8a39e9c2f9219");
    assertThat(signed.header("Authorization")).isEqualTo("AWS4-HMAC-SHA256 "
        + "Credential=AKIDEXAMPLE/20150830/us-east-1/config/aws4_request, "
        + "SignedHeaders=content-type;host;x-amz-date;x-amz-target, "
        + "Signature=88aa05f8493f41c0fe7f4b2850e6f88f9b91f7b3151cd85ee893d7cd9b4e8f21");
  }

  @Test
  void explicitHeaderListReproducesTheDefault() {
    SdkHttpRequest signed = SUITE.sign(suite("GET").header("My-Header1", "v").build(), KEYS, T);
    List<String> names = SUITE.signedHeaderNames(signed);
    assertThat(names).containsExactly("host", "my-header1", "x-amz-date");
    assertThat(SUITE.authorization(signed, KEYS, List.of("Host", "My-Header1", "X-Amz-Date")))
        .isEqualTo(signed.header("Authorization"));
    assertThat(signed.header("Authorization"))
        .endsWith("Signature=" + SUITE.signature(signed, KEYS.secretAccessKey(), names));
  }

  @Test
  void pathSegmentsAreEncodedTwiceAndRepeatedValuesSorted() {
    SdkHttpRequest dated = suite("GET").encodedPath("/a%2Fb/%E6%A0%88").header("X-Amz-Date", "20150830T123600Z")
        .addQuery("k", "b").addQuery("k", "a").addQuery("e", "").build();
    String[] lines = SUITE.canonicalRequest(dated).split("\n");
    assertThat(lines[1]).isEqualTo("/a%252Fb/%25E6%25A0%2588");
    assertThat(lines[2]).isEqualTo("e=&k=a&k=b");
  }

  @Test
  void repeatedHeaderValuesAreJoinedWithCommas() {
    SdkHttpRequest dated = suite("GET").header("X-Amz-Date", "20150830T123600Z")
        .addHeader("X-Multi", " a  b ").addHeader("X-Multi", "c").build();
    assertThat(SUITE.canonicalRequest(dated)).contains("\nx-multi:a b,c\n");
  }

  @Test
  void signingKeyChangesWithSecretAndDay() {
    AwsV4Signer s = new AwsV4Signer("service", "us-east-1");
    String a = Hashing.hex(s.signingKey("secret-a", "20150830"));
    assertThat(Hashing.hex(s.signingKey("secret-b", "20150830"))).isNotEqualTo(a);
    assertThat(Hashing.hex(s.signingKey("secret-a", "20150831"))).isNotEqualTo(a);
    assertThat(Hashing.hex(s.signingKey("secret-a", "20150830"))).isEqualTo(a);
  }

  @Test
  void staleTokenAndAuthorizationAreReplacedOnResigning() {
    SdkHttpRequest first = SUITE.sign(suite("GET").build(), Credentials.of("A", "S", "tok"), T);
    SdkHttpRequest second = SUITE.sign(first, KEYS, T);
    assertThat(second.header("X-Amz-Security-Token")).isNull();
    assertThat(second.headers().values("Authorization")).hasSize(1);
    assertThat(second.header("Authorization")).endsWith(
        "Signature=5fa00fa31553b73ebf1942676e86291e8372ff2a2260956d9b8aae1d763fbf31");
  }

  @Test
  void rejectsBlankServiceOrRegionAndMissingHost() {
    assertThatThrownBy(() -> new AwsV4Signer(" ", "us-east-1")).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> SUITE.sign(SdkHttpRequest.builder().method("GET").build(), KEYS, T))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("Host");
  }
}
