package dev.stacksets.core.auth;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.stacksets.core.testing.MutableClock;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import mockwebserver3.RecordedRequest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Profiles that assume a role: source_profile chains, credential_source, web_identity_token_file. */
class ProfileRoleCredentialsTest {
  private static final String SOURCE_SK = "source/Secret+Key0123456789";
  @TempDir Path home;
  private final MutableClock clock = new MutableClock(Instant.parse("2026-03-01T10:00:00Z"));
  private AwsFakes fakes;
  private TestSettings machine;

  @BeforeEach
  void setUp() throws Exception {
    fakes = new AwsFakes(clock);
    fakes.stsSources.put("AKIDSOURCE", SOURCE_SK);
    machine = new TestSettings(home).env("AWS_ENDPOINT_URL_STS", fakes.base() + "/sts");
    machine.write(".aws/credentials", "[base]\naws_access_key_id = AKIDSOURCE\naws_secret_access_key = " + SOURCE_SK
        + "\n");
  }

  @AfterEach
  void tearDown() throws Exception {
    fakes.close();
  }

  private ProfileCredentialsProvider profile(String name) {
    return ProfileCredentialsProvider.aws(new SourceContext(machine.settings(), clock), name);
  }

  @Test
  void sourceProfileKeysSignAnAssumeRoleWithEveryOption() {
    machine.write(".aws/config", "[profile deploy]\nrole_arn = arn:aws:iam::123456789012:role/deploy\n"
        + "source_profile = base\nexternal_id = ext-42\nrole_session_name = ci-run\nduration_seconds = 1800\n"
        + "region = eu-west-1\n");
    assertThat(profile("deploy").resolveCredentials()).isEqualTo(fakes.lastIssued());
    RecordedRequest r = fakes.requests("/sts/").get(0);
    assertThat(r.getBody().utf8()).isEqualTo("Action=AssumeRole&Version=2011-06-15"
        + "&RoleArn=arn%3Aaws%3Aiam%3A%3A123456789012%3Arole%2Fdeploy&RoleSessionName=ci-run&ExternalId=ext-42"
        + "&DurationSeconds=1800");
    assertThat(r.getHeaders().get("Authorization"))
        .startsWith("AWS4-HMAC-SHA256 Credential=AKIDSOURCE/20260301/eu-west-1/sts/aws4_request, "
            + "SignedHeaders=content-type;host;x-amz-date, Signature=");
    assertThat(PipelineHarness.awsSignatureValid(new AwsV4Signer("sts", "eu-west-1"), r, SOURCE_SK)).isTrue();
    assertThat(r.getHeaders().get("X-Amz-Date")).isEqualTo("20260301T100000Z");
  }

  @Test
  void aChainOfRolesAssumesEachInTurnAndRenewsBeforeExpiry() {
    fakes.stsSources.put("ASIAROLE1", "secret/ROLE+1"); // the first role's credentials may assume the second
    machine.write(".aws/config", "[profile first]\nrole_arn = arn:aws:iam::1:role/first\nsource_profile = base\n"
        + "[profile second]\nrole_arn = arn:aws:iam::2:role/second\nsource_profile = first\n");
    ProfileCredentialsProvider p = profile("second");
    Credentials c = p.resolveCredentials();
    assertThat(c.accessKeyId()).isEqualTo("ASIAROLE2");
    assertThat(fakes.requests("/sts/")).extracting(r -> AwsFakes.form(r).get("RoleArn"))
        .containsExactly("arn:aws:iam::1:role/first", "arn:aws:iam::2:role/second");
    assertThat(fakes.requests("/sts/").get(1).getHeaders().get("Authorization")).contains("Credential=ASIAROLE1/");
    clock.advance(Duration.ofMinutes(50));
    assertThat(p.resolveCredentials()).isSameAs(c);
    fakes.stsSources.put("ASIAROLE3", "secret/ROLE+3");
    clock.advance(Duration.ofMinutes(6));
    assertThat(p.resolveCredentials().accessKeyId()).isEqualTo("ASIAROLE4");
  }

  @Test
  void credentialSourceEnvironmentUsesTheEnvironmentKeys() {
    machine.env("AWS_ACCESS_KEY_ID", "AKIDSOURCE").env("AWS_SECRET_ACCESS_KEY", SOURCE_SK);
    machine.write(".aws/config", "[default]\nrole_arn = arn:aws:iam::1:role/r\ncredential_source = Environment\n");
    assertThat(profile("default").resolveCredentials()).isEqualTo(fakes.lastIssued());
  }

  @Test
  void webIdentityTokenFileInAProfile() {
    Path token = machine.write("token", AwsFakes.WEB_IDENTITY_TOKEN);
    machine.write(".aws/config", "[profile ci]\nrole_arn = arn:aws:iam::1:role/ci\nweb_identity_token_file = "
        + token + "\nrole_session_name = gh\n");
    assertThat(profile("ci").resolveCredentials()).isEqualTo(fakes.lastIssued());
    assertThat(AwsFakes.form(fakes.requests("/sts/").get(0))).containsEntry("Action", "AssumeRoleWithWebIdentity")
        .containsEntry("RoleSessionName", "gh");
  }

  @Test
  void brokenRoleProfilesNameProfileAndSetting() {
    machine.write(".aws/config", "[profile loop-a]\nrole_arn = arn:aws:iam::1:role/a\nsource_profile = loop-b\n"
        + "[profile loop-b]\nrole_arn = arn:aws:iam::1:role/b\nsource_profile = loop-a\n"
        + "[profile both]\nrole_arn = arn:aws:iam::1:role/x\nsource_profile = base\ncredential_source = Environment\n"
        + "[profile none]\nrole_arn = arn:aws:iam::1:role/x\n"
        + "[profile bad-source]\nrole_arn = arn:aws:iam::1:role/x\ncredential_source = Laptop\n"
        + "[profile ghost]\nrole_arn = arn:aws:iam::1:role/x\nsource_profile = nobody\n"
        + "[profile long]\nrole_arn = arn:aws:iam::1:role/x\nsource_profile = base\nduration_seconds = 1h\n");
    Map<String, String> expected = Map.of(
        "loop-a", ": the source_profile chain loop-a -> loop-b -> loop-a loops",
        "both", "profile 'both' has both source_profile and credential_source; keep one",
        "none", "profile 'none' has role_arn but neither source_profile nor credential_source",
        "bad-source", "profile 'bad-source' has credential_source 'Laptop'; it must be one of Environment, "
            + "Ec2InstanceMetadata, EcsContainer",
        "ghost", "profile 'ghost' names source_profile 'nobody', which does not exist: " + home.resolve(
            ".aws/credentials") + " has no profile 'nobody' (sections: base); " + home.resolve(".aws/config")
            + " has no profile 'profile nobody' (sections: profile loop-a, profile loop-b, profile both, profile none,"
            + " profile bad-source, profile ghost, profile long)",
        "long", "profile 'long' has duration_seconds '1h'; it must be a number of seconds from 900 to 43200");
    for (Map.Entry<String, String> e : expected.entrySet()) {
      assertThatThrownBy(() -> profile(e.getKey()).resolveCredentials()).as(e.getKey())
          .isExactlyInstanceOf(CredentialsException.class).hasMessageEndingWith(e.getValue());
    }
    assertThat(fakes.requests).isEmpty();
  }

  @Test
  void aRefusedAssumeRoleNamesTheEndpointAndCodeButNoSecret() {
    fakes.stsSources.clear();
    machine.write(".aws/config", "[profile deploy]\nrole_arn = arn:aws:iam::1:role/deploy\nsource_profile = base\n");
    assertThatThrownBy(() -> profile("deploy").resolveCredentials())
        .hasMessageEndingWith("STS AssumeRole at " + fakes.base() + "/sts answered HTTP 403: SignatureDoesNotMatch: "
            + "The request signature we calculated does not match")
        .hasMessageNotContaining(SOURCE_SK);
  }
}
