package dev.stacksets.core.auth;

import static org.assertj.core.api.Assertions.assertThat;

import dev.stacksets.core.ClientConfiguration;
import dev.stacksets.core.http.SdkHttpRequest;
import dev.stacksets.core.internal.ClientRuntime;
import dev.stacksets.core.retry.RetryPolicy;
import dev.stacksets.core.testing.MutableClock;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The same application code, a client with no credentials provider (so the default AWS chain) calling a service, run
 * on four machines faked on loopback: a laptop with an SSO profile, an EKS pod with IRSA, an ECS task, an EC2 instance.
 * Each time the service sees a request signed with the credentials that machine's source issued, the chain asks only
 * that source's service, and nothing secret reaches the log.
 */
class AwsEnvironmentsTest {
  @TempDir Path home;
  private final MutableClock clock = new MutableClock(Instant.parse("2026-03-01T10:00:00Z"));
  private AwsFakes fakes;
  private TestSettings machine;

  @BeforeEach
  void setUp() throws Exception {
    fakes = new AwsFakes(clock);
    machine = new TestSettings(home);
  }

  @AfterEach
  void tearDown() throws Exception {
    fakes.close();
  }

  /** The application: build a client the default way and list stack sets, twice (the second from the cache). */
  private String application() {
    CredentialsProvider defaultChain = DefaultCredentialsProviders.aws(new SourceContext(machine.settings(), clock));
    ClientConfiguration config = new ClientConfiguration(URI.create(fakes.base() + "/service"), null, defaultChain,
        clock, d -> { }, RetryPolicy.none(), Duration.ofSeconds(5), Duration.ofSeconds(5), Duration.ofSeconds(30),
        null, null, List.of());
    SdkHttpRequest listStackSets = SdkHttpRequest.builder().method("POST").encodedPath("/")
        .body("Action=ListStackSets&Version=2010-05-15", "application/x-www-form-urlencoded; charset=utf-8").build();
    return captureLog(() -> {
      try (ClientRuntime runtime = new ClientRuntime(config,
          PipelineHarness.awsProfile(new AwsV4Signer("cloudformation", "us-east-1")))) {
        for (int i = 0; i < 2; i++) {
          String reply = runtime.execute("ListStackSets", listStackSets,
              (r, metadata) -> new String(r.body(), StandardCharsets.UTF_8));
          assertThat(reply).contains("ListStackSetsResponse");
        }
      }
    });
  }

  private void assertCalledOnly(String sourcePathPrefix, String log) {
    List<String> paths = new ArrayList<>();
    fakes.requests.forEach(r -> paths.add(r.getUrl().encodedPath()));
    assertThat(paths).allMatch(p -> p.startsWith(sourcePathPrefix) || p.equals("/service/")
        || (sourcePathPrefix.equals("/latest/") && p.equals("/latest/api/token")));
    assertThat(fakes.requests("/service/")).hasSize(2).allSatisfy(r -> assertThat(r.getHeaders().get("Authorization"))
        .contains("Credential=" + fakes.lastIssued().accessKeyId() + "/"));
    assertThat(fakes.issued).hasSize(1);
    for (Credentials c : fakes.issued) {
      assertThat(log).doesNotContain(c.secretAccessKey()).doesNotContain(c.sessionToken());
    }
    assertThat(log).doesNotContain(AwsFakes.WEB_IDENTITY_TOKEN).doesNotContain(AwsFakes.CONTAINER_TOKEN)
        .doesNotContain(AwsFakes.SSO_TOKEN).doesNotContain("imds-session-token");
  }

  @Test
  void aLaptopWithAnSsoProfile() {
    machine.env("AWS_PROFILE", "dev").env("AWS_ENDPOINT_URL_SSO", fakes.base() + "/sso");
    machine.write(".aws/config", "[profile dev]\nsso_session = corp\nsso_account_id = 111122223333\n"
        + "sso_role_name = Developer\nregion = eu-west-1\n[sso-session corp]\n"
        + "sso_start_url = https://corp.awsapps.com/start\nsso_region = eu-west-1\n");
    machine.write(".aws/sso/cache/ee0bfd2552fbd840c02cc48b6e823320543c450f.json",
        "{\"accessToken\": \"" + AwsFakes.SSO_TOKEN + "\", \"expiresAt\": \"2026-03-01T18:00:00Z\"}");
    String log = application();
    assertCalledOnly("/sso/", log);
  }

  @Test
  void anEksPodWithIrsa() {
    Path token = machine.write("var/run/secrets/eks.amazonaws.com/serviceaccount/token", AwsFakes.WEB_IDENTITY_TOKEN);
    machine.env("AWS_WEB_IDENTITY_TOKEN_FILE", token.toString())
        .env("AWS_ROLE_ARN", "arn:aws:iam::111122223333:role/app").env("AWS_REGION", "eu-west-1")
        .env("AWS_ENDPOINT_URL_STS", fakes.base() + "/sts");
    String log = application();
    assertCalledOnly("/sts/", log);
    assertThat(log).contains("assumed role arn:aws:iam::111122223333:role/app with the web identity token in "
        + token);
  }

  @Test
  void anEcsTask() {
    machine.env("AWS_CONTAINER_CREDENTIALS_RELATIVE_URI", "/v2/credentials/0c8e6a2b")
        .env("AWS_CONTAINER_SERVICE_ENDPOINT", fakes.base())
        .env("AWS_CONTAINER_AUTHORIZATION_TOKEN", AwsFakes.CONTAINER_TOKEN);
    String log = application();
    assertCalledOnly("/v2/credentials/", log);
  }

  @Test
  void anEc2InstanceWithImdsV2() {
    machine.env.remove("AWS_EC2_METADATA_DISABLED");
    machine.env("AWS_EC2_METADATA_SERVICE_ENDPOINT", fakes.base());
    String log = application();
    assertCalledOnly("/latest/", log);
  }

  static String captureLog(Runnable action) {
    PrintStream original = System.err;
    ByteArrayOutputStream buffer = new ByteArrayOutputStream();
    System.setErr(new PrintStream(buffer, true, StandardCharsets.UTF_8));
    try {
      action.run();
    } finally {
      System.err.flush();
      System.setErr(original);
    }
    String captured = buffer.toString(StandardCharsets.UTF_8);
    original.print(captured);
    return captured;
  }
}
