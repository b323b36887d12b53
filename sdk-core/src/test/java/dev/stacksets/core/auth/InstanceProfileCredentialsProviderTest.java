package dev.stacksets.core.auth;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.stacksets.core.internal.config.Ec2Metadata;
import dev.stacksets.core.testing.MutableClock;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import mockwebserver3.RecordedRequest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** EC2 instance profiles through IMDSv2. */
class InstanceProfileCredentialsProviderTest {
  @TempDir Path home;
  private final MutableClock clock = new MutableClock(Instant.parse("2026-03-01T10:00:00Z"));
  private AwsFakes fakes;
  private TestSettings machine;

  @BeforeEach
  void setUp() throws Exception {
    fakes = new AwsFakes(clock);
    machine = new TestSettings(home);
    machine.env.remove("AWS_EC2_METADATA_DISABLED");
    machine.env("AWS_EC2_METADATA_SERVICE_ENDPOINT", fakes.base());
  }

  @AfterEach
  void tearDown() throws Exception {
    fakes.close();
  }

  private InstanceProfileCredentialsProvider provider() {
    return InstanceProfileCredentialsProvider.create(new SourceContext(machine.settings(), clock));
  }

  @Test
  void aSessionTokenThenTheRoleThenItsCredentials() {
    assertThat(provider().resolveCredentials()).isEqualTo(fakes.lastIssued());
    assertThat(fakes.requests).extracting(RecordedRequest::getRequestLine).containsExactly(
        "PUT /latest/api/token HTTP/1.1",
        "GET /latest/meta-data/iam/security-credentials/ HTTP/1.1",
        "GET /latest/meta-data/iam/security-credentials/app-instance-role HTTP/1.1");
    assertThat(fakes.requests.get(0).getHeaders().get("X-aws-ec2-metadata-token-ttl-seconds")).isEqualTo("21600");
    assertThat(fakes.requests.subList(1, 3)).extracting(r -> r.getHeaders().get("X-aws-ec2-metadata-token"))
        .containsOnly("imds-session-token-1");
  }

  @Test
  void credentialsAreRenewedBeforeExpiryReusingTheSessionToken() {
    InstanceProfileCredentialsProvider p = provider();
    Credentials first = p.resolveCredentials();
    clock.advance(Duration.ofMinutes(54));
    assertThat(p.resolveCredentials()).isSameAs(first);
    clock.advance(Duration.ofMinutes(2));
    assertThat(p.resolveCredentials()).isNotEqualTo(first).isEqualTo(fakes.lastIssued());
    assertThat(fakes.requests("/latest/api/token")).hasSize(1);
  }

  @Test
  void aRefusedSessionTokenIsRenewedOnce() {
    InstanceProfileCredentialsProvider p = provider();
    p.resolveCredentials();
    fakes.forgetImdsTokens();
    clock.advance(Duration.ofMinutes(56));
    assertThat(p.resolveCredentials()).isEqualTo(fakes.lastIssued());
    assertThat(fakes.requests("/latest/api/token")).hasSize(2);
  }

  @Test
  void switchedOffItIsNotAskedAtAll() {
    machine.env("AWS_EC2_METADATA_DISABLED", "true");
    assertThat(provider().lookup().problem()).isEqualTo("switched off by AWS_EC2_METADATA_DISABLED");
    assertThat(fakes.requests).isEmpty();
  }

  @Test
  void anInstanceWithoutARoleSaysSo() {
    fakes.failNext("/latest/meta-data/iam/security-credentials/", 404, "");
    assertThatThrownBy(() -> provider().resolveCredentials()).isExactlyInstanceOf(CredentialsException.class)
        .hasMessage("no credentials in instance metadata (IMDSv2, AWS_EC2_METADATA_DISABLED switches it off): the "
            + "instance metadata service at " + fakes.base() + " has no IAM role for this instance (HTTP 404)");
  }

  @Test
  void anUnreachableServiceIsNamed() throws Exception {
    String base = fakes.base();
    fakes.close();
    assertThatThrownBy(() -> provider().resolveCredentials())
        .hasMessageContaining("cannot reach the instance metadata service at " + base + ": ConnectException");
  }

  @Test
  void theRegionIsReadWithTheSameTokenFlow() throws Exception {
    Ec2Metadata imds = Ec2Metadata.of(machine.settings(), clock);
    assertThat(imds.get("/latest/meta-data/placement/region")).isEqualTo("eu-central-1");
    assertThat(fakes.requests).extracting(RecordedRequest::getRequestLine).containsExactly(
        "PUT /latest/api/token HTTP/1.1", "GET /latest/meta-data/placement/region HTTP/1.1");
  }

  @Test
  void withoutImdsV2TokensItReadsWithoutOneUnlessV1IsSwitchedOff() {
    fakes.imdsV1Only = true;
    assertThat(provider().resolveCredentials()).isEqualTo(fakes.lastIssued());
    assertThat(fakes.requests.subList(1, 3)).allSatisfy(r ->
        assertThat(r.getHeaders().get("X-aws-ec2-metadata-token")).isNull());
    machine.env("AWS_EC2_METADATA_V1_DISABLED", "true");
    assertThatThrownBy(() -> provider().resolveCredentials())
        .hasMessageEndingWith("the instance metadata service at " + fakes.base() + " answered HTTP 405 for PUT "
            + "/latest/api/token (and AWS_EC2_METADATA_V1_DISABLED forbids reading without a token)");
  }
}
