package dev.stacksets.core.auth;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.stacksets.core.testing.MutableClock;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** ECS task roles (relative URI) and EKS Pod Identity (full URI with a token file). */
class ContainerCredentialsProviderTest {
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

  private ContainerCredentialsProvider provider() {
    return ContainerCredentialsProvider.fromEnvironment(new SourceContext(machine.settings(), clock));
  }

  @Test
  void ecsRelativeUriWithAStaticToken() {
    machine.env("AWS_CONTAINER_CREDENTIALS_RELATIVE_URI", "/v2/credentials/task-1")
        .env("AWS_CONTAINER_SERVICE_ENDPOINT", fakes.base())
        .env("AWS_CONTAINER_AUTHORIZATION_TOKEN", AwsFakes.CONTAINER_TOKEN);
    assertThat(provider().resolveCredentials()).isEqualTo(fakes.lastIssued());
    assertThat(fakes.requests.get(0).getRequestLine()).isEqualTo("GET /v2/credentials/task-1 HTTP/1.1");
    assertThat(fakes.requests.get(0).getHeaders().get("Authorization")).isEqualTo(AwsFakes.CONTAINER_TOKEN);
  }

  @Test
  void eksPodIdentityReadsTheTokenFileForEveryFetchAndRenewsBeforeExpiry() {
    Path tokenFile = machine.write("eks-pod-identity-token", AwsFakes.CONTAINER_TOKEN + "\n");
    machine.env("AWS_CONTAINER_CREDENTIALS_FULL_URI", fakes.base() + "/v1/credentials")
        .env("AWS_CONTAINER_AUTHORIZATION_TOKEN_FILE", tokenFile.toString())
        .env("AWS_CONTAINER_AUTHORIZATION_TOKEN", "ignored-when-the-file-is-set");
    ContainerCredentialsProvider p = provider();
    Credentials first = p.resolveCredentials();
    clock.advance(Duration.ofMinutes(50));
    assertThat(p.resolveCredentials()).isSameAs(first);
    fakes.containerToken = "rotated-pod-token";
    TestSettings.write(tokenFile, "rotated-pod-token");
    clock.advance(Duration.ofMinutes(6));
    assertThat(p.resolveCredentials()).isNotEqualTo(first).isEqualTo(fakes.lastIssued());
    assertThat(fakes.requests).extracting(r -> r.getHeaders().get("Authorization"))
        .containsExactly(AwsFakes.CONTAINER_TOKEN, "rotated-pod-token");
  }

  @Test
  void aFullHttpUriMustStayOnThisHostOrTheAgentAddresses() {
    machine.env("AWS_CONTAINER_CREDENTIALS_FULL_URI", "http://192.0.2.10/v1/credentials");
    assertThatThrownBy(() -> provider().resolveCredentials()).isExactlyInstanceOf(CredentialsException.class)
        .hasMessageEndingWith("AWS_CONTAINER_CREDENTIALS_FULL_URI names host 192.0.2.10 (192.0.2.10): an http "
            + "endpoint must be a loopback address, 169.254.170.2, 169.254.170.23 or fd00:ec2::23; use https for any "
            + "other host");
    assertThat(fakes.requests).isEmpty();
  }

  @Test
  void aRefusedRequestNamesTheEndpointButNeverTheToken() {
    machine.env("AWS_CONTAINER_CREDENTIALS_FULL_URI", fakes.base() + "/v1/credentials")
        .env("AWS_CONTAINER_AUTHORIZATION_TOKEN", "wrong-token-0123456789");
    assertThatThrownBy(() -> provider().resolveCredentials()).isExactlyInstanceOf(CredentialsException.class)
        .hasMessage("no credentials in container credentials (AWS_CONTAINER_CREDENTIALS_RELATIVE_URI / "
            + "AWS_CONTAINER_CREDENTIALS_FULL_URI): the container credentials endpoint " + fakes.base()
            + "/v1/credentials (AWS_CONTAINER_CREDENTIALS_FULL_URI) answered HTTP 401: AccessDenied: bad token ***")
        .hasMessageNotContaining("wrong-token-0123456789");
  }

  @Test
  void aMissingTokenFileIsNamedAndNothingIsSent() {
    machine.env("AWS_CONTAINER_CREDENTIALS_FULL_URI", fakes.base() + "/v1/credentials")
        .env("AWS_CONTAINER_AUTHORIZATION_TOKEN_FILE", home.resolve("gone").toString());
    assertThatThrownBy(() -> provider().resolveCredentials())
        .hasMessageEndingWith("cannot read the container authorization token file " + home.resolve("gone")
            + " (AWS_CONTAINER_AUTHORIZATION_TOKEN_FILE): NoSuchFileException");
    assertThat(fakes.requests).isEmpty();
  }

  @Test
  void notConfiguredIsNotHere() {
    assertThat(provider().lookup().problem()).isEqualTo("not set");
  }

  @Test
  void aReplyWithoutASecretNamesTheMissingMember() {
    machine.env("AWS_CONTAINER_CREDENTIALS_RELATIVE_URI", "/v2/credentials/x")
        .env("AWS_CONTAINER_SERVICE_ENDPOINT", fakes.base());
    fakes.failNext("/v2/credentials/", 200, "{\"AccessKeyId\":\"AKID\",\"Token\":\"t\"}");
    assertThatThrownBy(() -> provider().resolveCredentials())
        .hasMessageEndingWith("the container credentials endpoint " + fakes.base() + "/v2/credentials/x "
            + "(AWS_CONTAINER_CREDENTIALS_RELATIVE_URI) answered without SecretAccessKey");
  }
}
