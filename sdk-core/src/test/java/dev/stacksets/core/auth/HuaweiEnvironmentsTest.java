package dev.stacksets.core.auth;

import static org.assertj.core.api.Assertions.assertThat;

import dev.stacksets.core.ClientConfiguration;
import dev.stacksets.core.http.SdkHttpRequest;
import dev.stacksets.core.internal.ClientRuntime;
import dev.stacksets.core.retry.RetryPolicy;
import dev.stacksets.core.testing.MutableClock;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import mockwebserver3.RecordedRequest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The same application code (the default Huawei chain, the project id from IAM when none is configured, a signed
 * RFS call) on a Huawei Cloud ECS with an agency and on a CCE workload with OIDC federation, both faked on loopback.
 */
class HuaweiEnvironmentsTest {
  @TempDir Path home;
  private final MutableClock clock = new MutableClock(Instant.parse("2026-03-01T10:00:00Z"));
  private HuaweiFakes fakes;
  private TestSettings machine;

  @BeforeEach
  void setUp() throws Exception {
    fakes = new HuaweiFakes(clock);
    machine = new TestSettings(home).env("HUAWEICLOUD_SDK_IAM_ENDPOINT", fakes.base() + "/iam");
  }

  @AfterEach
  void tearDown() throws Exception {
    fakes.close();
  }

  /** What the RFS client does for a region without a project id, twice (the second from the caches). */
  private String application() {
    CredentialsProvider defaultChain = DefaultCredentialsProviders.huawei(new SourceContext(machine.settings(), clock),
        "basic");
    HuaweiProjectIdLookup projects = HuaweiProjectIdLookup.of(URI.create(fakes.base() + "/iam"), clock);
    ClientConfiguration config = new ClientConfiguration(URI.create(fakes.base() + "/rfs"), "cn-north-4",
        defaultChain, clock, d -> { }, RetryPolicy.none(), Duration.ofSeconds(5), Duration.ofSeconds(5),
        Duration.ofSeconds(30), null, null, List.of());
    return AwsEnvironmentsTest.captureLog(() -> {
      try (ClientRuntime runtime = new ClientRuntime(config, PipelineHarness.huaweiProfile())) {
        for (int i = 0; i < 2; i++) {
          String projectId = projects.projectId(defaultChain.resolveCredentials(), "cn-north-4");
          SdkHttpRequest listStackSets = SdkHttpRequest.builder().method("GET").encodedPath("/v1/stack-sets")
              .header("X-Project-Id", projectId).build();
          String reply = runtime.execute("ListStackSets", listStackSets,
              (r, metadata) -> new String(r.body(), StandardCharsets.UTF_8));
          assertThat(reply).contains("stack_sets");
        }
      }
    });
  }

  private void assertServedBy(String log, String... sourcePaths) {
    assertThat(fakes.issued).hasSize(1);
    Credentials issued = fakes.lastIssued();
    List<RecordedRequest> calls = fakes.requests("/rfs/");
    assertThat(calls).hasSize(2).allSatisfy(r -> {
      assertThat(r.getHeaders().get("X-Project-Id")).isEqualTo("proj-cn-north-4");
      assertThat(r.getHeaders().get("Authorization")).contains("Access=" + issued.accessKeyId() + ",");
    });
    assertThat(fakes.requests("/iam/v3/projects")).hasSize(1);
    assertThat(fakes.requests).extracting(r -> r.getUrl().encodedPath())
        .allMatch(p -> p.startsWith("/rfs/") || p.equals("/iam/v3/projects") || List.of(sourcePaths).contains(p));
    assertThat(log).doesNotContain(issued.secretAccessKey()).doesNotContain(issued.sessionToken())
        .doesNotContain(HuaweiFakes.ID_TOKEN).doesNotContain("hw-metadata-token").doesNotContain("MIIsubject");
  }

  @Test
  void aHuaweiCloudEcsWithAnAgency() {
    machine.env.remove("HUAWEICLOUD_SDK_METADATA_DISABLED");
    machine.env("HUAWEICLOUD_SDK_METADATA_ENDPOINT", fakes.base());
    String log = application();
    assertServedBy(log, "/meta-data/latest/api/token", "/openstack/latest/securitykey");
    assertThat(log).contains("fetched temporary credentials " + fakes.lastIssued().accessKeyId());
  }

  @Test
  void aCceWorkloadWithOidcFederation() {
    Path idToken = machine.write("var/run/secrets/tokens/oidc-token", HuaweiFakes.ID_TOKEN);
    machine.env("HUAWEICLOUD_SDK_IDP_ID", HuaweiFakes.IDP_ID).env("HUAWEICLOUD_SDK_ID_TOKEN_FILE", idToken.toString());
    String log = application();
    assertServedBy(log, "/iam/v3.0/OS-AUTH/id-token/tokens", "/iam/v3.0/OS-CREDENTIAL/securitytokens");
  }
}
