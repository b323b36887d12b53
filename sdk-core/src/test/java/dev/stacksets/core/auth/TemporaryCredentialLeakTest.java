package dev.stacksets.core.auth;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import dev.stacksets.core.testing.MutableClock;
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
 * Every temporary-credential source, made to fail by services that echo the secrets they were sent (the web identity
 * token, the container token, the SSO token, the source key of an AssumeRole) and by a refresh that fails in the
 * refresh window (logged at WARN): no secret or token appears in any message (causes included), log line or
 * {@code toString()}.
 */
class TemporaryCredentialLeakTest {
  private static final String SOURCE_SK = "SourceSecretKey/0123456789+abc";
  @TempDir Path home;
  private final MutableClock clock = new MutableClock(Instant.parse("2026-03-01T10:00:00Z"));
  private AwsFakes fakes;
  private TestSettings machine;

  @BeforeEach
  void setUp() throws Exception {
    fakes = new AwsFakes(clock);
    machine = new TestSettings(home).env("AWS_ENDPOINT_URL_STS", fakes.base() + "/sts")
        .env("AWS_ENDPOINT_URL_SSO", fakes.base() + "/sso");
  }

  @AfterEach
  void tearDown() throws Exception {
    fakes.close();
  }

  @Test
  void noSecretInMessagesLogsOrStrings() {
    SourceContext c = new SourceContext(machine.settings(), clock);
    Path webToken = machine.write("web-token", AwsFakes.WEB_IDENTITY_TOKEN);
    machine.env("AWS_WEB_IDENTITY_TOKEN_FILE", webToken.toString()).env("AWS_ROLE_ARN", "arn:aws:iam::1:role/w")
        .env("AWS_CONTAINER_CREDENTIALS_FULL_URI", fakes.base() + "/v1/credentials")
        .env("AWS_CONTAINER_AUTHORIZATION_TOKEN", AwsFakes.CONTAINER_TOKEN);
    machine.write(".aws/credentials", "[base]\naws_access_key_id = AKIDSOURCE\naws_secret_access_key = " + SOURCE_SK
        + "\n");
    machine.write(".aws/config", "[profile role]\nrole_arn = arn:aws:iam::1:role/r\nsource_profile = base\n"
        + "[profile sso]\nsso_start_url = https://x.awsapps.com/start\nsso_region = eu-west-1\n"
        + "sso_account_id = 1\nsso_role_name = R\n"
        + "[profile proc]\ncredential_process = echo --secret " + SOURCE_SK + "\n");
    machine.write(".aws/sso/cache/" + SsoRoleCredentials.sha1("https://x.awsapps.com/start") + ".json",
        "{\"accessToken\": \"" + AwsFakes.SSO_TOKEN + "\", \"expiresAt\": \"2026-03-02T00:00:00Z\"}");

    // services that echo what they were sent
    fakes.failNext("/sts/", 400, "<ErrorResponse><Error><Code>InvalidIdentityToken</Code><Message>token "
        + AwsFakes.WEB_IDENTITY_TOKEN + " rejected</Message></Error></ErrorResponse>");
    fakes.failNext("/v1/credentials", 403, "{\"code\":\"Denied\",\"message\":\"token " + AwsFakes.CONTAINER_TOKEN
        + "\"}");
    fakes.failNext("/sso/", 403, "{\"message\":\"token " + AwsFakes.SSO_TOKEN + " is not allowed\"}");
    fakes.stsSources.put("AKIDSOURCE", "a different secret");

    List<Object> subjects = new ArrayList<>();
    List<Throwable> failures = new ArrayList<>();
    List<CredentialsProvider> providers = List.of(WebIdentityCredentialsProvider.fromEnvironment(c),
        ContainerCredentialsProvider.fromEnvironment(c), ProfileCredentialsProvider.aws(c, "role"),
        ProfileCredentialsProvider.aws(c, "sso"), ProfileCredentialsProvider.aws(c, "proc"),
        InstanceProfileCredentialsProvider.create(c), ProcessCredentialsProvider.of("vault --key " + SOURCE_SK),
        DefaultCredentialsProviders.aws(c));
    String log = AwsEnvironmentsTest.captureLog(() -> {
      for (CredentialsProvider p : providers) {
        subjects.add(p);
        failures.add(catchThrowable(p::resolveCredentials));
      }
      // a refresh that fails inside the refresh window is logged (WARN) and the cached credentials are kept
      CredentialsProvider web = WebIdentityCredentialsProvider.fromEnvironment(c);
      Credentials first = web.resolveCredentials();
      clock.advance(Duration.ofMinutes(56));
      fakes.failNext("/sts/", 400, "<ErrorResponse><Error><Code>InvalidIdentityToken</Code><Message>"
          + AwsFakes.WEB_IDENTITY_TOKEN + "</Message></Error></ErrorResponse>");
      assertThat(web.resolveCredentials()).isSameAs(first);
      subjects.add(first);
    });

    assertThat(log).contains("credentials refresh failed");
    List<String> secrets = new ArrayList<>(List.of(SOURCE_SK, AwsFakes.WEB_IDENTITY_TOKEN, AwsFakes.CONTAINER_TOKEN,
        AwsFakes.SSO_TOKEN));
    for (Credentials issued : fakes.issued) {
      secrets.add(issued.secretAccessKey());
      secrets.add(issued.sessionToken());
    }
    assertThat(failures.subList(0, 7)).allSatisfy(f -> assertThat(f).isInstanceOf(CredentialsException.class));
    for (String secret : secrets) {
      assertThat(log).doesNotContain(secret);
      for (Throwable f : failures) {
        for (Throwable e = f; e != null; e = e.getCause()) {
          assertThat(String.valueOf(e.getMessage())).doesNotContain(secret);
          assertThat(e.toString()).doesNotContain(secret);
        }
      }
      for (Object o : subjects) {
        assertThat(o.toString()).doesNotContain(secret);
      }
    }
  }

  @Test
  void huaweiSourcesLeakNoKeyOrToken() throws Exception {
    try (HuaweiFakes hw = new HuaweiFakes(clock)) {
      Path idToken = machine.write("oidc", HuaweiFakes.ID_TOKEN);
      machine.env.remove("HUAWEICLOUD_SDK_METADATA_DISABLED");
      machine.env("HUAWEICLOUD_SDK_METADATA_ENDPOINT", hw.base()).env("HUAWEICLOUD_SDK_IAM_ENDPOINT", hw.base() + "/iam")
          .env("HUAWEICLOUD_SDK_IDP_ID", HuaweiFakes.IDP_ID).env("HUAWEICLOUD_SDK_ID_TOKEN_FILE", idToken.toString());
      SourceContext c = new SourceContext(machine.settings(), clock);
      List<Object> subjects = new ArrayList<>();
      List<Throwable> failures = new ArrayList<>();
      String log = AwsEnvironmentsTest.captureLog(() -> {
        CredentialsProvider federated = HuaweiFederatedCredentialsProvider.fromEnvironment(c);
        CredentialsProvider ecs = HuaweiMetadataCredentialsProvider.create(c);
        Credentials fed = federated.resolveCredentials();
        Credentials meta = ecs.resolveCredentials();
        HuaweiProjectIdLookup lookup = HuaweiProjectIdLookup.of(java.net.URI.create(hw.base() + "/iam"), clock);
        lookup.projectId(fed, "cn-north-4");
        subjects.addAll(List.of(federated, ecs, fed, meta, lookup, DefaultCredentialsProviders.huawei(c, "basic")));
        // then everything refuses: a wrong id token (echoed by IAM), no agency, a rotated-away key
        hw.idToken = "rotated";
        hw.noAgency = true;
        clock.advance(Duration.ofHours(3));
        failures.add(catchThrowable(federated::resolveCredentials));
        failures.add(catchThrowable(ecs::resolveCredentials));
        failures.add(catchThrowable(() -> HuaweiProjectIdLookup.of(java.net.URI.create(hw.base() + "/iam"), clock)
            .projectId(Credentials.of("HWAK", "hw/unknown+secret", "hw-unknown-token"), "cn-north-4")));
      });
      List<String> secrets = new ArrayList<>(List.of(HuaweiFakes.ID_TOKEN, "hw-metadata-token", "MIIsubject",
          "hw/unknown+secret", "hw-unknown-token"));
      for (Credentials issued : hw.issued) {
        secrets.add(issued.secretAccessKey());
        secrets.add(issued.sessionToken());
      }
      assertThat(failures).allSatisfy(f -> assertThat(f).isInstanceOf(CredentialsException.class));
      for (String secret : secrets) {
        assertThat(log).doesNotContain(secret);
        for (Throwable f : failures) {
          for (Throwable e = f; e != null; e = e.getCause()) {
            assertThat(String.valueOf(e.getMessage())).doesNotContain(secret);
          }
        }
        for (Object o : subjects) {
          assertThat(o.toString()).doesNotContain(secret);
        }
      }
    }
  }
}
