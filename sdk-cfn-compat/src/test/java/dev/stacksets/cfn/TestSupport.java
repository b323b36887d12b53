package dev.stacksets.cfn;

import static org.assertj.core.api.Assertions.assertThat;

import dev.stacksets.core.auth.AwsV4Signer;
import dev.stacksets.core.auth.Credentials;
import dev.stacksets.core.auth.CredentialsProvider;
import dev.stacksets.core.http.SdkHttpRequest;
import dev.stacksets.core.retry.RetryPolicy;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import okhttp3.Headers;

/** Shared fixtures: fixed clock and credentials, fast retries, canned replies, signature re-computation. */
final class TestSupport {
  static final Credentials CREDENTIALS = Credentials.of("AKIDEXAMPLE", "wJalrXUtnFEMI/K7MDENG+bPxRfiCYEXAMPLEKEY");
  static final Instant NOW = Instant.parse("2015-08-30T12:36:00Z");
  static final Clock CLOCK = Clock.fixed(NOW, ZoneOffset.UTC);
  static final String XML_NS = "http://cloudformation.amazonaws.com/doc/2010-05-15/";
  static final String MAESTRO_NS = "http://internal.amazon.com/coral/com.amazonaws.maestro.service.v20160713/";
  private static final Pattern AUTH = Pattern.compile(
      "AWS4-HMAC-SHA256 Credential=([^/]+)/(\\d{8})/([^/]+)/([^/]+)/aws4_request, SignedHeaders=([^,]+), "
          + "Signature=([0-9a-f]{64})");

  private TestSupport() {}

  static RetryPolicy fastRetries(int attempts) {
    return RetryPolicy.builder().maxAttempts(attempts).baseDelay(Duration.ZERO).throttlingBaseDelay(Duration.ZERO)
        .maxDelay(Duration.ZERO).build();
  }

  static CloudFormationClient cfn(MockWebServer server) {
    return cfn(server, 1);
  }

  static CloudFormationClient cfn(MockWebServer server, int attempts) {
    return CloudFormationClient.builder()
        .environment(name -> null)
        .region("us-east-1")
        .endpoint(URI.create(server.url("/").toString()))
        .credentialsProvider(CredentialsProvider.of(CREDENTIALS))
        .clock(CLOCK)
        .sleeper(d -> { })
        .retryPolicy(fastRetries(attempts))
        .build();
  }

  static ConfigClient config(MockWebServer server) {
    return config(server, 1);
  }

  static ConfigClient config(MockWebServer server, int attempts) {
    return ConfigClient.builder()
        .environment(name -> null)
        .region("us-east-1")
        .endpoint(URI.create(server.url("/").toString()))
        .credentialsProvider(CredentialsProvider.of(CREDENTIALS))
        .clock(CLOCK)
        .sleeper(d -> { })
        .retryPolicy(fastRetries(attempts))
        .build();
  }

  /** A 200 XML reply with a request id header. */
  static MockResponse xml(String body) {
    return new MockResponse.Builder().code(200).setHeader("Content-Type", "text/xml")
        .setHeader("x-amzn-RequestId", "req-123").body(body).build();
  }

  /** A 200 XML reply without request id header. */
  static MockResponse xmlWithoutRequestId(String body) {
    return new MockResponse.Builder().code(200).setHeader("Content-Type", "text/xml").body(body).build();
  }

  static MockResponse xmlError(int code, String body) {
    return new MockResponse.Builder().code(code).setHeader("Content-Type", "text/xml")
        .setHeader("x-amzn-RequestId", "err-req-1").body(body).build();
  }

  static MockResponse json(String body) {
    return new MockResponse.Builder().code(200).setHeader("Content-Type", "application/x-amz-json-1.1")
        .setHeader("x-amzn-RequestId", "cfg-req-1").body(body).build();
  }

  static MockResponse jsonError(int code, String body) {
    return new MockResponse.Builder().code(code).setHeader("Content-Type", "application/x-amz-json-1.1")
        .setHeader("x-amzn-RequestId", "cfg-err-1").body(body).build();
  }

  /** The Query error envelope. */
  static String queryError(String code, String message) {
    return "<ErrorResponse xmlns=\"" + XML_NS + "\">\n  <Error>\n    <Type>Sender</Type>\n    <Code>" + code
        + "</Code>\n    <Message>" + message + "</Message>\n  </Error>\n  <RequestId>body-req-9</RequestId>\n"
        + "</ErrorResponse>";
  }

  /** A successful Query reply around {@code result}. */
  static String queryReply(String operation, String ns, String result) {
    return "<" + operation + "Response xmlns=\"" + ns + "\">\n  <" + operation + "Result>\n" + result + "\n  </"
        + operation + "Result>\n  <ResponseMetadata><RequestId>body-req-1</RequestId></ResponseMetadata>\n</"
        + operation + "Response>";
  }

  static String body(RecordedRequest request) {
    return request.getBody() == null ? "" : request.getBody().utf8();
  }

  /**
   * Checks the recorded request's SigV4 {@code Authorization}: its scope, its signed header list, and that the
   * signature equals the signer's own computation over the recorded method, path, signed headers and body.
   */
  static void assertSigned(RecordedRequest recorded, String service, String region, String signedHeaders) {
    String authorization = recorded.getHeaders().get("Authorization");
    assertThat(authorization).isNotNull();
    Matcher m = AUTH.matcher(authorization);
    assertThat(m.matches()).as("Authorization format: %s", authorization).isTrue();
    assertThat(m.group(1)).isEqualTo("AKIDEXAMPLE");
    assertThat(m.group(2)).isEqualTo("20150830");
    assertThat(m.group(3)).isEqualTo(region);
    assertThat(m.group(4)).isEqualTo(service);
    assertThat(m.group(5)).isEqualTo(signedHeaders);
    assertThat(recorded.getHeaders().get("X-Amz-Date")).isEqualTo("20150830T123600Z");
    Headers headers = recorded.getHeaders();
    SdkHttpRequest.Builder rebuilt = SdkHttpRequest.builder()
        .method(recorded.getMethod())
        .encodedPath(recorded.getUrl().encodedPath());
    for (String name : signedHeaders.split(";")) {
      assertThat(headers.get(name)).as("signed header %s", name).isNotNull();
      rebuilt.header(name, headers.get(name));
    }
    byte[] body = recorded.getBody() == null ? new byte[0] : recorded.getBody().toByteArray();
    rebuilt.body(body, headers.get("Content-Type"));
    String expected = new AwsV4Signer(service, region).authorization(rebuilt.build(), CREDENTIALS);
    assertThat(authorization).isEqualTo(expected);
  }

  static Map<String, String> env(String... kv) {
    java.util.HashMap<String, String> m = new java.util.HashMap<>();
    for (int i = 0; i < kv.length; i += 2) {
      m.put(kv[i], kv[i + 1]);
    }
    return m;
  }
}
