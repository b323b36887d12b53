package dev.stacksets.core.auth;

import static dev.stacksets.core.auth.PipelineHarness.take;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.stacksets.core.ClientConfiguration;
import dev.stacksets.core.exception.ClientSideException;
import dev.stacksets.core.http.SdkHttpRequest;
import dev.stacksets.core.internal.ClientRuntime;
import dev.stacksets.core.internal.ServiceProfile;
import dev.stacksets.core.pipeline.RequestHook;
import dev.stacksets.core.retry.RetryPolicy;
import java.time.Clock;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import mockwebserver3.junit5.StartStop;
import org.junit.jupiter.api.Test;

/** A request hook runs before signing: the header and query parameter it adds are signed, by both signers. */
class RequestHookSigningTest {
  private static final Credentials KEYS = Credentials.of("AKHOOKTEST", "hook-test-secret-key-0123456789");
  private static final RequestHook TENANT = (service, operation, request) -> request.toBuilder()
      .header("X-Tenant", service + "/" + operation).addQuery("tenant", "blue").build();

  @StartStop final MockWebServer server = new MockWebServer();

  private ClientRuntime runtime(ServiceProfile profile, List<RequestHook> hooks) {
    ClientConfiguration config = new ClientConfiguration(server.url("/").uri(), "cn-north-4",
        CredentialsProvider.of(KEYS), Clock.systemUTC(), d -> { }, RetryPolicy.none(), Duration.ofSeconds(5),
        Duration.ofSeconds(5), Duration.ofSeconds(30), null, null, List.of(), hooks, List.of());
    return new ClientRuntime(config, profile);
  }

  private static SdkHttpRequest listStackSets() {
    return SdkHttpRequest.builder().method("GET").encodedPath("/v1/stack-sets").build();
  }

  @Test
  void huaweiSignerSignsWhatTheHookAdded() {
    server.enqueue(new MockResponse.Builder().code(200).body("{}").build());
    try (ClientRuntime rt = runtime(PipelineHarness.huaweiProfile(), List.of(TENANT))) {
      rt.execute("ListStackSets", listStackSets(), (r, m) -> m);
    }

    RecordedRequest r = take(server);
    assertThat(r.getHeaders().get("X-Tenant")).isEqualTo("RFS/ListStackSets");
    assertThat(r.getUrl().queryParameter("tenant")).isEqualTo("blue");
    String signed = PipelineHarness.authPart(r.getHeaders().get("Authorization"), "SignedHeaders");
    assertThat(Arrays.asList(signed.split(";"))).contains("x-tenant");
    assertThat(PipelineHarness.huaweiSignatureValid(r, KEYS.secretAccessKey())).isTrue();
  }

  @Test
  void awsSignerSignsWhatTheHookAdded() {
    AwsV4Signer signer = new AwsV4Signer("cloudformation", "us-east-1");
    server.enqueue(new MockResponse.Builder().code(200).body("<ok/>").build());
    try (ClientRuntime rt = runtime(PipelineHarness.awsProfile(signer), List.of(TENANT))) {
      rt.execute("ListStackSets", listStackSets(), (r, m) -> m);
    }

    RecordedRequest r = take(server);
    assertThat(r.getHeaders().get("X-Tenant")).isEqualTo("CloudFormation/ListStackSets");
    String signed = PipelineHarness.authPart(r.getHeaders().get("Authorization"), "SignedHeaders");
    assertThat(Arrays.asList(signed.split(";"))).contains("x-tenant");
    assertThat(PipelineHarness.awsSignatureValid(signer, r, KEYS.secretAccessKey())).isTrue();
    // the verifier really checks the hook's additions: without the query parameter the signature differs
    SdkHttpRequest wire = PipelineHarness.fromWire(r);
    SdkHttpRequest withoutTenant = wire.toBuilder().query(List.of()).build();
    assertThat(signer.signature(withoutTenant, KEYS.secretAccessKey(), Arrays.asList(signed.split(";"))))
        .isNotEqualTo(signer.signature(wire, KEYS.secretAccessKey(), Arrays.asList(signed.split(";"))));
  }

  @Test
  void aFailingHookEndsTheCallBeforeAnythingIsSent() {
    RequestHook broken = (service, operation, request) -> {
      throw new IllegalStateException("no tenant");
    };
    ClientSideException e;
    try (ClientRuntime rt = runtime(PipelineHarness.huaweiProfile(), List.of(broken))) {
      e = catchThrowableOfType(ClientSideException.class, () -> rt.execute("ListStackSets", listStackSets(),
          (r, m) -> m));
    }

    assertThat(e.getMessage()).startsWith("RFS ListStackSets: a request hook failed: IllegalStateException: no tenant"
        + " (client request id: ");
    assertThat(e.isRetryable()).isFalse();
    assertThat(e.getCause()).isExactlyInstanceOf(IllegalStateException.class);
    assertThat(server.getRequestCount()).isZero();
  }
}
