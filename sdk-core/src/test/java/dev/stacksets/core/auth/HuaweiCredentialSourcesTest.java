package dev.stacksets.core.auth;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.stacksets.core.testing.MutableClock;
import java.net.URI;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import mockwebserver3.RecordedRequest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** ECS/CCE metadata credentials, OIDC federation through IAM, the project id from IAM, the [global] section. */
class HuaweiCredentialSourcesTest {
  @TempDir Path home;
  private final MutableClock clock = new MutableClock(Instant.parse("2026-03-01T10:00:00Z"));
  private HuaweiFakes fakes;
  private TestSettings machine;

  @BeforeEach
  void setUp() throws Exception {
    fakes = new HuaweiFakes(clock);
    machine = new TestSettings(home);
  }

  @AfterEach
  void tearDown() throws Exception {
    fakes.close();
  }

  private SourceContext context() {
    return new SourceContext(machine.settings(), clock);
  }

  private HuaweiMetadataCredentialsProvider metadata() {
    machine.env.remove("HUAWEICLOUD_SDK_METADATA_DISABLED");
    machine.env("HUAWEICLOUD_SDK_METADATA_ENDPOINT", fakes.base());
    return HuaweiMetadataCredentialsProvider.create(context());
  }

  @Test
  void metadataHandsOutTheAgencysTemporaryKeysWithASessionToken() {
    Credentials c = metadata().resolveCredentials();
    assertThat(c).isEqualTo(fakes.lastIssued());
    assertThat(c.expiration()).isEqualTo(Instant.parse("2026-03-01T12:00:00Z"));
    assertThat(fakes.requests).extracting(RecordedRequest::getRequestLine).containsExactly(
        "PUT /meta-data/latest/api/token HTTP/1.1", "GET /openstack/latest/securitykey HTTP/1.1");
    assertThat(fakes.requests.get(0).getHeaders().get("X-Metadata-Token-Ttl-Seconds")).isEqualTo("21600");
    assertThat(fakes.requests.get(1).getHeaders().get("X-Metadata-Token")).isEqualTo("hw-metadata-token-1");
  }

  @Test
  void metadataCredentialsAreRenewedWhenFewerThanFortyMinutesRemain() {
    HuaweiMetadataCredentialsProvider p = metadata();
    Credentials first = p.resolveCredentials();
    clock.advance(Duration.ofMinutes(79)); // 41 minutes left
    assertThat(p.resolveCredentials()).isSameAs(first);
    clock.advance(Duration.ofMinutes(2)); // 39 minutes left
    assertThat(p.resolveCredentials()).isNotEqualTo(first).isEqualTo(fakes.lastIssued());
    assertThat(fakes.requests("/meta-data/latest/api/token")).hasSize(1);
  }

  @Test
  void aRefusedSessionTokenIsRenewedOnceAndAMissingAgencyIsNamed() {
    HuaweiMetadataCredentialsProvider p = metadata();
    p.resolveCredentials();
    fakes.forgetMetadataTokens();
    clock.advance(Duration.ofMinutes(81));
    assertThat(p.resolveCredentials()).isEqualTo(fakes.lastIssued());
    assertThat(fakes.requests("/meta-data/latest/api/token")).hasSize(2);

    fakes.noAgency = true;
    assertThatThrownBy(() -> metadata().resolveCredentials()).isExactlyInstanceOf(CredentialsException.class)
        .hasMessage("no credentials in ECS metadata (HUAWEICLOUD_SDK_METADATA_DISABLED switches it off): the ECS "
            + "metadata service at " + fakes.base() + " says this ECS has no agency: attach a cloud service agency to "
            + "it");
  }

  @Test
  void metadataSwitchedOffIsNotAsked() {
    assertThat(HuaweiMetadataCredentialsProvider.create(context()).lookup().problem())
        .isEqualTo("switched off by HUAWEICLOUD_SDK_METADATA_DISABLED");
    assertThat(fakes.requests).isEmpty();
  }

  private Path federationEnvironment() {
    Path idToken = machine.write("var/run/secrets/tokens/oidc-token", HuaweiFakes.ID_TOKEN + "\n");
    machine.env("HUAWEICLOUD_SDK_IDP_ID", HuaweiFakes.IDP_ID)
        .env("HUAWEICLOUD_SDK_ID_TOKEN_FILE", idToken.toString())
        .env("HUAWEICLOUD_SDK_IAM_ENDPOINT", fakes.base() + "/iam");
    return idToken;
  }

  @Test
  void federationExchangesTheIdTokenForATokenThenForTemporaryKeys() {
    federationEnvironment();
    Credentials c = HuaweiFederatedCredentialsProvider.fromEnvironment(context()).resolveCredentials();
    assertThat(c).isEqualTo(fakes.lastIssued());
    RecordedRequest token = fakes.requests.get(0);
    assertThat(token.getRequestLine()).isEqualTo("POST /iam/v3.0/OS-AUTH/id-token/tokens HTTP/1.1");
    assertThat(token.getHeaders().get("X-Idp-Id")).isEqualTo(HuaweiFakes.IDP_ID);
    assertThat(token.getHeaders().get("Content-Type")).isEqualTo("application/json;charset=UTF-8");
    assertThat(token.getBody().utf8()).isEqualTo("{\"auth\":{\"id_token\":{\"id\":\"" + HuaweiFakes.ID_TOKEN + "\"}}}");
    RecordedRequest keys = fakes.requests.get(1);
    assertThat(keys.getRequestLine()).isEqualTo("POST /iam/v3.0/OS-CREDENTIAL/securitytokens HTTP/1.1");
    assertThat(keys.getBody().utf8()).isEqualTo("{\"auth\":{\"identity\":{\"methods\":[\"token\"],\"token\":"
        + "{\"id\":\"MIIsubject-token-1\",\"duration_seconds\":21600}}}}");
  }

  @Test
  void federatedCredentialsAreRenewedFortyMinutesAheadWithTheTokenFileReadAgain() {
    Path idToken = federationEnvironment();
    HuaweiFederatedCredentialsProvider p = HuaweiFederatedCredentialsProvider.fromEnvironment(context());
    Credentials first = p.resolveCredentials();
    clock.advance(Duration.ofMinutes(79));
    assertThat(p.resolveCredentials()).isSameAs(first);
    fakes.idToken = "eyJ.rotated.sig";
    TestSettings.write(idToken, "eyJ.rotated.sig");
    clock.advance(Duration.ofMinutes(2));
    assertThat(p.resolveCredentials()).isEqualTo(fakes.lastIssued()).isNotEqualTo(first);
  }

  @Test
  void aRefusedIdTokenNamesProviderAndEndpointButNeverTheToken() {
    federationEnvironment();
    fakes.idToken = "another";
    assertThatThrownBy(() -> HuaweiFederatedCredentialsProvider.fromEnvironment(context()).resolveCredentials())
        .isExactlyInstanceOf(CredentialsException.class)
        .hasMessage("no credentials in identity federation (HUAWEICLOUD_SDK_IDP_ID, HUAWEICLOUD_SDK_ID_TOKEN_FILE): "
            + "IAM CreateTokenWithIdToken at " + fakes.base() + "/iam (identity provider cce-oidc-provider) answered "
            + "HTTP 401: Unauthorized: The id token *** is invalid.")
        .hasMessageNotContaining(HuaweiFakes.ID_TOKEN);
  }

  @Test
  void inTheEnvironmentFederationWinsOverKeysAsInTheOfficialSdk() {
    federationEnvironment();
    machine.env("HUAWEICLOUD_SDK_AK", "HWENVAK").env("HUAWEICLOUD_SDK_SK", "hw-env-secret");
    assertThat(DefaultCredentialsProviders.huawei(context(), "basic").resolveCredentials())
        .isEqualTo(fakes.lastIssued());
    machine.env.remove("HUAWEICLOUD_SDK_IDP_ID");
    assertThat(DefaultCredentialsProviders.huawei(context(), "basic").resolveCredentials().accessKeyId())
        .isEqualTo("HWENVAK");
  }

  @Test
  void theCredentialsFileCanNameAnIdentityProviderAndItsIamEndpoint() {
    Path idToken = machine.write("oidc", HuaweiFakes.ID_TOKEN);
    machine.write(".huaweicloud/credentials", "[basic]\nidp_id = " + HuaweiFakes.IDP_ID + "\nid_token_file = "
        + idToken + "\niam_endpoint = " + fakes.base() + "/iam\nproject_id = p1\n");
    assertThat(ProfileCredentialsProvider.huawei(context()).resolveCredentials()).isEqualTo(fakes.lastIssued());
  }

  @Test
  void theGlobalSectionAndItsDomainId() {
    machine.write(".huaweicloud/credentials", "[basic]\nak = BASICAK\nsk = basic-secret\n"
        + "[global]\nak = GLOBALAK\nsk = global-secret\ndomain_id = d0123\n");
    assertThat(DefaultCredentialsProviders.huawei(context(), "global").resolveCredentials().accessKeyId())
        .isEqualTo("GLOBALAK");
    assertThat(ProfileCredentialsProvider.huawei(context()).resolveCredentials().accessKeyId()).isEqualTo("BASICAK");
    assertThat(HuaweiDomainId.resolve(machine.settings())).contains("d0123");
    machine.env("HUAWEICLOUD_SDK_DOMAIN_ID", "d-env");
    assertThat(HuaweiDomainId.resolve(machine.settings())).contains("d-env");
  }

  @Test
  void theProjectIdIsLookedUpOncePerKeyAndRegionWithASignedRequest() {
    fakes.knownKeys.put("HWAK", "hw-secret");
    HuaweiProjectIdLookup lookup = HuaweiProjectIdLookup.of(URI.create(fakes.base() + "/iam"),
        Clock.fixed(Instant.parse("2026-03-01T10:00:00Z"), java.time.ZoneOffset.UTC));
    Credentials keys = Credentials.of("HWAK", "hw-secret");
    assertThat(lookup.projectId(keys, "cn-north-4")).isEqualTo("proj-cn-north-4");
    assertThat(lookup.projectId(keys, "cn-north-4")).isEqualTo("proj-cn-north-4");
    assertThat(lookup.projectId(keys, "ap-southeast-1")).isEqualTo("proj-ap-southeast-1");
    assertThat(fakes.requests).extracting(RecordedRequest::getRequestLine).containsExactly(
        "GET /iam/v3/projects?name=cn-north-4 HTTP/1.1", "GET /iam/v3/projects?name=ap-southeast-1 HTTP/1.1");
    assertThat(fakes.requests.get(0).getHeaders().get("X-Sdk-Date")).isEqualTo("20260301T100000Z");
  }

  @Test
  void noOrSeveralProjectsOrARefusalAreClearErrors() {
    fakes.knownKeys.put("HWAK", "hw-secret");
    fakes.projects.put("cn-east-3", List.of());
    fakes.projects.put("cn-south-1", List.of("p-a", "p-b"));
    HuaweiProjectIdLookup lookup = HuaweiProjectIdLookup.of(URI.create(fakes.base() + "/iam"), clock);
    Credentials keys = Credentials.of("HWAK", "hw-secret");
    assertThatThrownBy(() -> lookup.projectId(keys, "cn-east-3")).isExactlyInstanceOf(CredentialsException.class)
        .hasMessage("IAM KeystoneListProjects at " + fakes.base() + "/iam lists no project named 'cn-east-3' for "
            + "access key HWAK; set the project id (projectId(...) or HUAWEICLOUD_SDK_PROJECT_ID)");
    assertThatThrownBy(() -> lookup.projectId(keys, "cn-south-1"))
        .hasMessage("IAM KeystoneListProjects at " + fakes.base() + "/iam lists 2 projects (p-a, p-b) named "
            + "'cn-south-1' for access key HWAK; set the project id (projectId(...) or HUAWEICLOUD_SDK_PROJECT_ID)");
    assertThatThrownBy(() -> lookup.projectId(Credentials.of("HWAK", "wrong-secret-0123"), "cn-north-4"))
        .hasMessage("IAM KeystoneListProjects at " + fakes.base() + "/iam answered HTTP 401: APIGW.0301: Incorrect "
            + "IAM authentication information: verify aksk signature fail");
  }
}
