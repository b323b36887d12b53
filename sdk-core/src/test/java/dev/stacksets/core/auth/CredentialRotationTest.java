package dev.stacksets.core.auth;

import static dev.stacksets.core.auth.PipelineHarness.authPart;
import static dev.stacksets.core.auth.PipelineHarness.take;
import static org.assertj.core.api.Assertions.assertThat;

import dev.stacksets.core.http.SdkHttpRequest;
import dev.stacksets.core.internal.ClientRuntime;
import dev.stacksets.core.retry.RetryPolicy;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.concurrent.atomic.AtomicReference;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import mockwebserver3.junit5.StartStop;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** One client, two calls, the provider's answer changes in between: each request is signed with the keys of its time. */
class CredentialRotationTest {
  private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-03-01T10:00:00Z"), ZoneOffset.UTC);

  @StartStop final MockWebServer server = new MockWebServer();
  @TempDir Path home;

  private static SdkHttpRequest listStackSets() {
    return SdkHttpRequest.builder().method("GET").encodedPath("/v1/stack-sets").addQuery("limit", "10").build();
  }

  @Test
  void huaweiClientSignsEachCallWithTheCurrentKeys() {
    AtomicReference<Credentials> current = new AtomicReference<>(Credentials.of("AKFIRST", "sk-first"));
    try (ClientRuntime rt = PipelineHarness.runtime(server, PipelineHarness.huaweiProfile(), current::get, CLOCK,
        RetryPolicy.none())) {
      server.enqueue(new MockResponse.Builder().code(200).body("{}").build());
      server.enqueue(new MockResponse.Builder().code(200).body("{}").build());
      rt.execute("ListStackSets", listStackSets(), (resp, meta) -> meta);
      current.set(Credentials.of("AKSECOND", "sk-second", "security-token-2"));
      rt.execute("ListStackSets", listStackSets(), (resp, meta) -> meta);
    }
    RecordedRequest first = take(server);
    RecordedRequest second = take(server);
    assertThat(authPart(first.getHeaders().get("Authorization"), "Access")).isEqualTo("AKFIRST");
    assertThat(authPart(second.getHeaders().get("Authorization"), "Access")).isEqualTo("AKSECOND");
    assertThat(first.getHeaders().get("X-Security-Token")).isNull();
    assertThat(second.getHeaders().get("X-Security-Token")).isEqualTo("security-token-2");
    assertThat(authPart(second.getHeaders().get("Authorization"), "SignedHeaders"))
        .isEqualTo("client-request-id;host;x-sdk-date;x-security-token");
    // what went over the wire verifies with the secret of its own time, and only with that one
    assertThat(PipelineHarness.huaweiSignatureValid(first, "sk-first")).isTrue();
    assertThat(PipelineHarness.huaweiSignatureValid(second, "sk-second")).isTrue();
    assertThat(PipelineHarness.huaweiSignatureValid(second, "sk-first")).isFalse();
  }

  @Test
  void awsClientSignsEachCallWithTheCurrentKeys() {
    AwsV4Signer signer = new AwsV4Signer("cloudformation", "us-east-1");
    AtomicReference<Credentials> current = new AtomicReference<>(Credentials.of("AKIDFIRST", "secret-first"));
    SdkHttpRequest call = SdkHttpRequest.builder().method("POST").encodedPath("/")
        .body("Action=ListStackSets&Version=2010-05-15", "application/x-www-form-urlencoded; charset=utf-8").build();
    try (ClientRuntime rt = PipelineHarness.runtime(server, PipelineHarness.awsProfile(signer), current::get, CLOCK,
        RetryPolicy.none())) {
      server.enqueue(new MockResponse.Builder().code(200).body("<ok/>").build());
      server.enqueue(new MockResponse.Builder().code(200).body("<ok/>").build());
      rt.execute("ListStackSets", call, (resp, meta) -> meta);
      current.set(Credentials.of("AKIDSECOND", "secret-second", "session-2"));
      rt.execute("ListStackSets", call, (resp, meta) -> meta);
    }
    RecordedRequest first = take(server);
    RecordedRequest second = take(server);
    assertThat(authPart(first.getHeaders().get("Authorization"), "Credential"))
        .isEqualTo("AKIDFIRST/20260301/us-east-1/cloudformation/aws4_request");
    assertThat(authPart(second.getHeaders().get("Authorization"), "Credential"))
        .isEqualTo("AKIDSECOND/20260301/us-east-1/cloudformation/aws4_request");
    assertThat(second.getHeaders().get("X-Amz-Security-Token")).isEqualTo("session-2");
    // content-type is signed with exactly the value sent
    assertThat(first.getHeaders().get("Content-Type")).isEqualTo("application/x-www-form-urlencoded; charset=utf-8");
    assertThat(authPart(second.getHeaders().get("Authorization"), "SignedHeaders"))
        .isEqualTo("content-type;host;x-amz-date;x-amz-security-token");
    assertThat(PipelineHarness.awsSignatureValid(signer, first, "secret-first")).isTrue();
    assertThat(PipelineHarness.awsSignatureValid(signer, second, "secret-second")).isTrue();
  }

  @Test
  void rewrittenCredentialsFileIsUsedByTheNextCallOfTheDefaultChain() {
    TestSettings t = new TestSettings(home);
    t.write(".huaweicloud/credentials", "[basic]\nak = AKFILE1\nsk = sk-file-1\n");
    CredentialsProvider chain = DefaultCredentialsProviders.huawei(t.settings());
    try (ClientRuntime rt = PipelineHarness.runtime(server, PipelineHarness.huaweiProfile(), chain, CLOCK,
        RetryPolicy.none())) {
      server.enqueue(new MockResponse.Builder().code(200).body("{}").build());
      server.enqueue(new MockResponse.Builder().code(200).body("{}").build());
      rt.execute("ListStackSets", listStackSets(), (resp, meta) -> meta);
      t.write(".huaweicloud/credentials", "[basic]\nak = AKFILE2\nsk = sk-file-2\n");
      rt.execute("ListStackSets", listStackSets(), (resp, meta) -> meta);
    }
    RecordedRequest first = take(server);
    RecordedRequest second = take(server);
    assertThat(authPart(first.getHeaders().get("Authorization"), "Access")).isEqualTo("AKFILE1");
    assertThat(authPart(second.getHeaders().get("Authorization"), "Access")).isEqualTo("AKFILE2");
    assertThat(PipelineHarness.huaweiSignatureValid(second, "sk-file-2")).isTrue();
  }

  @Test
  void wirePathIsTheSignedPathForAwkwardNames() {
    AtomicReference<Credentials> keys = new AtomicReference<>(Credentials.of("AK", "SK"));
    SdkHttpRequest show = SdkHttpRequest.builder().method("GET")
        .encodedPath("/v1/stack-sets/%e6%a0%88%e9%9b%86-1/stack-instances/cn-north-4%2f0123abcd")
        .addQuery("filter", "region==cn-north-4|region==cn-east-3,stack_domain_id==0123")
        .addQuery("marker", "").build();
    try (ClientRuntime rt = PipelineHarness.runtime(server, PipelineHarness.huaweiProfile(), keys::get, CLOCK,
        RetryPolicy.none())) {
      server.enqueue(new MockResponse.Builder().code(200).body("{}").build());
      rt.execute("ShowStackInstance", show, (resp, meta) -> meta);
    }
    RecordedRequest r = take(server);
    assertThat(r.getTarget()).isEqualTo("/v1/stack-sets/%E6%A0%88%E9%9B%86-1/stack-instances/cn-north-4%2F0123abcd"
        + "?filter=region%3D%3Dcn-north-4%7Cregion%3D%3Dcn-east-3%2Cstack_domain_id%3D%3D0123&marker=");
    assertThat(PipelineHarness.huaweiSignatureValid(r, "SK")).isTrue();
  }
}
