package dev.stacksets.core.auth;

import static dev.stacksets.core.auth.PipelineHarness.take;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.stacksets.core.exception.AccessDeniedException;
import dev.stacksets.core.exception.AuthenticationException;
import dev.stacksets.core.http.SdkHttpRequest;
import dev.stacksets.core.internal.ClientRuntime;
import dev.stacksets.core.retry.RetryPolicy;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import mockwebserver3.junit5.StartStop;
import org.junit.jupiter.api.Test;

/**
 * A skew error whose reply {@code Date} is 20 minutes ahead of the client's clock: the client learns the offset and
 * the immediate second attempt (and every later call) is signed with the corrected time.
 */
class ClockSkewCorrectionTest {
  private static final Instant NOW = Instant.parse("2026-03-01T10:00:00Z");
  private static final Clock CLOCK = Clock.fixed(NOW, ZoneOffset.UTC);
  private static final String SERVER_DATE =
      DateTimeFormatter.RFC_1123_DATE_TIME.format(NOW.plus(Duration.ofMinutes(20)).atZone(ZoneOffset.UTC));
  private static final String HUAWEI_SKEW = "{\"error_code\":\"APIGW.0301\",\"error_msg\":\"Incorrect IAM "
      + "authentication information: verify aksk signature fail, signature expired, signature time:20260301T100000Z,"
      + "server time:20260301T102000Z\",\"request_id\":\"8080d377\"}";

  @StartStop final MockWebServer server = new MockWebServer();

  private static SdkHttpRequest rfsCall() {
    return SdkHttpRequest.builder().method("GET").encodedPath("/v1/stack-sets").build();
  }

  @Test
  void huaweiSignatureExpiredIsRetriedOnceWithTheServersTime() {
    server.enqueue(new MockResponse.Builder().code(401).setHeader("Date", SERVER_DATE)
        .setHeader("Content-Type", "application/json").body(HUAWEI_SKEW).build());
    server.enqueue(new MockResponse.Builder().code(200).body("{}").build());
    server.enqueue(new MockResponse.Builder().code(200).body("{}").build());
    Credentials keys = Credentials.of("AK", "SK");
    try (ClientRuntime rt = PipelineHarness.runtime(server, PipelineHarness.huaweiProfile(),
        CredentialsProvider.of(keys), CLOCK, RetryPolicy.none())) {
      int attempts = rt.execute("ListStackSets", rfsCall(), (resp, meta) -> meta.attempts());
      assertThat(attempts).isEqualTo(2);
      assertThat(rt.clockOffset()).isEqualTo(Duration.ofMinutes(20));
      rt.execute("ListStackSets", rfsCall(), (resp, meta) -> meta);
    }
    RecordedRequest rejected = take(server);
    RecordedRequest retried = take(server);
    RecordedRequest later = take(server);
    assertThat(rejected.getHeaders().get("X-Sdk-Date")).isEqualTo("20260301T100000Z");
    assertThat(retried.getHeaders().get("X-Sdk-Date")).isEqualTo("20260301T102000Z");
    assertThat(later.getHeaders().get("X-Sdk-Date")).isEqualTo("20260301T102000Z");
    // same logical call: same Client-Request-Id; the retry is signed afresh and verifies
    assertThat(retried.getHeaders().get("Client-Request-Id")).isEqualTo(rejected.getHeaders().get("Client-Request-Id"));
    assertThat(PipelineHarness.huaweiSignatureValid(retried, "SK")).isTrue();
  }

  @Test
  void huaweiSignatureFailureWithServerTimeCloseToOursIsNotRetried() {
    String closeDate = DateTimeFormatter.RFC_1123_DATE_TIME.format(NOW.plusSeconds(20).atZone(ZoneOffset.UTC));
    server.enqueue(new MockResponse.Builder().code(401).setHeader("Date", closeDate).body(HUAWEI_SKEW).build());
    try (ClientRuntime rt = PipelineHarness.runtime(server, PipelineHarness.huaweiProfile(),
        CredentialsProvider.of(Credentials.of("AK", "SK")), CLOCK, RetryPolicy.none())) {
      assertThatThrownBy(() -> rt.execute("ListStackSets", rfsCall(), (resp, meta) -> meta))
          .isInstanceOfSatisfying(AuthenticationException.class, e -> {
            assertThat(e.errorCode()).isEqualTo("APIGW.0301");
            assertThat(e.attempts()).isEqualTo(1);
          });
      assertThat(rt.clockOffset()).isZero();
    }
    assertThat(server.getRequestCount()).isEqualTo(1);
  }

  private static String awsError(String code, String message) {
    return "<ErrorResponse xmlns=\"http://cloudformation.amazonaws.com/doc/2010-05-15/\">\n  <Error>\n"
        + "    <Type>Sender</Type>\n    <Code>" + code + "</Code>\n    <Message>" + message + "</Message>\n"
        + "  </Error>\n  <RequestId>b2544024-a0f9-4ae1-ab23-fc08e1ef4e9a</RequestId>\n</ErrorResponse>";
  }

  private static SdkHttpRequest cfnCall() {
    return SdkHttpRequest.builder().method("POST").encodedPath("/")
        .body("Action=ListStackSets&Version=2010-05-15", "application/x-www-form-urlencoded; charset=utf-8").build();
  }

  @Test
  void awsRequestTimeTooSkewedIsRetriedOnceWithTheServersTime() {
    AwsV4Signer signer = new AwsV4Signer("cloudformation", "us-east-1");
    server.enqueue(new MockResponse.Builder().code(403).setHeader("Date", SERVER_DATE)
        .body(awsError("RequestTimeTooSkewed", "The difference between the request time and the current time is "
            + "too large.")).build());
    server.enqueue(new MockResponse.Builder().code(200).body("<ok/>").build());
    try (ClientRuntime rt = PipelineHarness.runtime(server, PipelineHarness.awsProfile(signer),
        CredentialsProvider.of(Credentials.of("AKID", "secret")), CLOCK, RetryPolicy.none())) {
      int attempts = rt.execute("ListStackSets", cfnCall(), (resp, meta) -> meta.attempts());
      assertThat(attempts).isEqualTo(2);
    }
    RecordedRequest rejected = take(server);
    RecordedRequest retried = take(server);
    assertThat(rejected.getHeaders().get("X-Amz-Date")).isEqualTo("20260301T100000Z");
    assertThat(retried.getHeaders().get("X-Amz-Date")).isEqualTo("20260301T102000Z");
    assertThat(PipelineHarness.awsSignatureValid(signer, retried, "secret")).isTrue();
  }

  @Test
  void awsRequestExpiredAndSignatureErrorsWithAFarDateAreCorrectedToo() {
    AwsV4Signer signer = new AwsV4Signer("cloudformation", "us-east-1");
    String behind = DateTimeFormatter.RFC_1123_DATE_TIME.format(NOW.minus(Duration.ofMinutes(17))
        .atZone(ZoneOffset.UTC));
    server.enqueue(new MockResponse.Builder().code(400).setHeader("Date", behind)
        .body(awsError("RequestExpired", "Request has expired.")).build());
    server.enqueue(new MockResponse.Builder().code(200).body("<ok/>").build());
    try (ClientRuntime rt = PipelineHarness.runtime(server, PipelineHarness.awsProfile(signer),
        CredentialsProvider.of(Credentials.of("AKID", "secret")), CLOCK, RetryPolicy.none())) {
      rt.execute("ListStackSets", cfnCall(), (resp, meta) -> meta);
    }
    take(server);
    assertThat(take(server).getHeaders().get("X-Amz-Date")).isEqualTo("20260301T094300Z");
  }

  @Test
  void awsSignatureMismatchWithoutSkewSurfacesAtOnce() {
    AwsV4Signer signer = new AwsV4Signer("cloudformation", "us-east-1");
    String same = DateTimeFormatter.RFC_1123_DATE_TIME.format(NOW.atZone(ZoneOffset.UTC));
    server.enqueue(new MockResponse.Builder().code(403).setHeader("Date", same)
        .body(awsError("SignatureDoesNotMatch", "The request signature we calculated does not match")).build());
    try (ClientRuntime rt = PipelineHarness.runtime(server, PipelineHarness.awsProfile(signer),
        CredentialsProvider.of(Credentials.of("AKID", "secret")), CLOCK, RetryPolicy.none())) {
      assertThatThrownBy(() -> rt.execute("ListStackSets", cfnCall(), (resp, meta) -> meta))
          .isInstanceOf(AccessDeniedException.class);
    }
    assertThat(server.getRequestCount()).isEqualTo(1);
  }
}
