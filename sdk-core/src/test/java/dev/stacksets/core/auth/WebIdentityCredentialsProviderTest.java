package dev.stacksets.core.auth;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.stacksets.core.testing.MutableClock;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import mockwebserver3.RecordedRequest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** EKS IRSA: a web identity token file and a role, exchanged with STS AssumeRoleWithWebIdentity. */
class WebIdentityCredentialsProviderTest {
  private static final String ROLE = "arn:aws:iam::123456789012:role/app";
  @TempDir Path home;
  private final MutableClock clock = new MutableClock(Instant.parse("2026-03-01T10:00:00Z"));
  private AwsFakes fakes;
  private TestSettings machine;
  private Path tokenFile;

  @BeforeEach
  void setUp() throws Exception {
    fakes = new AwsFakes(clock);
    machine = new TestSettings(home);
    tokenFile = machine.write("eks/token", AwsFakes.WEB_IDENTITY_TOKEN + "\n");
    machine.env("AWS_WEB_IDENTITY_TOKEN_FILE", tokenFile.toString()).env("AWS_ROLE_ARN", ROLE)
        .env("AWS_ROLE_SESSION_NAME", "app-pod-7").env("AWS_ENDPOINT_URL_STS", fakes.base() + "/sts");
  }

  @AfterEach
  void tearDown() throws Exception {
    fakes.close();
  }

  private WebIdentityCredentialsProvider provider() {
    return WebIdentityCredentialsProvider.fromEnvironment(new SourceContext(machine.settings(), clock));
  }

  @Test
  void theTokenIsExchangedWithAnUnsignedAssumeRoleWithWebIdentity() {
    Credentials c = provider().resolveCredentials();
    assertThat(c).isEqualTo(fakes.lastIssued());
    assertThat(c.expiration()).isEqualTo(Instant.parse("2026-03-01T11:00:00Z"));
    RecordedRequest r = fakes.requests("/sts/").get(0);
    assertThat(r.getMethod()).isEqualTo("POST");
    assertThat(r.getHeaders().get("Authorization")).isNull();
    assertThat(r.getHeaders().get("Content-Type")).isEqualTo("application/x-www-form-urlencoded; charset=utf-8");
    assertThat(r.getBody().utf8()).isEqualTo("Action=AssumeRoleWithWebIdentity&Version=2011-06-15"
        + "&RoleArn=arn%3Aaws%3Aiam%3A%3A123456789012%3Arole%2Fapp&RoleSessionName=app-pod-7"
        + "&WebIdentityToken=eyJhbGciOiJSUzI1NiJ9.web-identity-token.signature");
  }

  @Test
  void withoutASessionNameOneIsMadeUp() {
    machine.env.remove("AWS_ROLE_SESSION_NAME");
    provider().resolveCredentials();
    assertThat(AwsFakes.form(fakes.requests("/sts/").get(0)))
        .containsEntry("RoleSessionName", "stacksets-java-" + clock.millis());
  }

  @Test
  void credentialsAreKeptAndRenewedBeforeTheyExpireWithTheTokenReadAgain() {
    WebIdentityCredentialsProvider p = provider();
    Credentials first = p.resolveCredentials();
    clock.advance(Duration.ofMinutes(54));
    assertThat(p.resolveCredentials()).isSameAs(first);
    assertThat(fakes.requests("/sts/")).hasSize(1);

    fakes.webIdentityToken = "eyJ.rotated-token.sig";
    TestSettings.write(tokenFile, "eyJ.rotated-token.sig");
    clock.advance(Duration.ofMinutes(2)); // four minutes before expiry: inside the five-minute window
    Credentials second = p.resolveCredentials();
    assertThat(second).isNotEqualTo(first).isEqualTo(fakes.lastIssued());
    assertThat(AwsFakes.form(fakes.requests("/sts/").get(1))).containsEntry("WebIdentityToken",
        "eyJ.rotated-token.sig");
  }

  @Test
  void notConfiguredIsNotHereAndHalfConfiguredSaysWhichHalfIsMissing() {
    machine.env.remove("AWS_WEB_IDENTITY_TOKEN_FILE");
    assertThat(provider().lookup().problem()).isEqualTo("AWS_ROLE_ARN is set but AWS_WEB_IDENTITY_TOKEN_FILE is not");
    machine.env.remove("AWS_ROLE_ARN");
    assertThat(provider().lookup().problem()).isEqualTo("not set");
    assertThat(fakes.requests).isEmpty();
  }

  @Test
  void aRefusedTokenNamesSourceEndpointAndCodeButNeverTheToken() {
    fakes.webIdentityToken = "something-else";
    assertThatThrownBy(() -> provider().resolveCredentials()).isExactlyInstanceOf(CredentialsException.class)
        .hasMessage("no credentials in web identity (AWS_WEB_IDENTITY_TOKEN_FILE " + tokenFile + ", AWS_ROLE_ARN): "
            + "STS AssumeRoleWithWebIdentity at " + fakes.base() + "/sts answered HTTP 400: InvalidIdentityToken: "
            + "the token *** is not valid")
        .hasMessageNotContaining(AwsFakes.WEB_IDENTITY_TOKEN);
  }

  @Test
  void aMissingTokenFileIsNamed() {
    machine.env("AWS_WEB_IDENTITY_TOKEN_FILE", home.resolve("nope").toString());
    assertThatThrownBy(() -> provider().resolveCredentials())
        .hasMessageEndingWith("cannot read the web identity token file " + home.resolve("nope")
            + ": NoSuchFileException");
    assertThat(fakes.requests).isEmpty();
  }

  @Test
  void stsIsTheConfiguredEndpointElseTheRegionsElseTheGlobalOne() {
    SourceContext c = new SourceContext(machine.settings(), clock);
    assertThat(new StsClient(c, null).target()).isEqualTo(new StsClient.Target(
        java.net.URI.create(fakes.base() + "/sts"), "us-east-1"));
    machine.env.remove("AWS_ENDPOINT_URL_STS");
    assertThat(new StsClient(c, null).target()).isEqualTo(new StsClient.Target(
        java.net.URI.create("https://sts.amazonaws.com"), "us-east-1"));
    machine.env("AWS_REGION", "eu-west-1");
    assertThat(new StsClient(c, null).target()).isEqualTo(new StsClient.Target(
        java.net.URI.create("https://sts.eu-west-1.amazonaws.com"), "eu-west-1"));
    assertThat(new StsClient(c, "cn-north-1").target()).isEqualTo(new StsClient.Target(
        java.net.URI.create("https://sts.cn-north-1.amazonaws.com.cn"), "cn-north-1"));
  }

  @Test
  void stsIsReachedThroughTheProxyTheEnvironmentNames() {
    machine.env("AWS_ENDPOINT_URL_STS", "http://sts.example.invalid/sts")
        .env("HTTP_PROXY", "http://proxyuser:proxy-pass-0123@" + fakes.server.getHostName() + ":"
            + fakes.server.getPort());
    fakes.failNext("/sts/", 407, "");
    assertThat(provider().resolveCredentials()).isEqualTo(fakes.lastIssued());
    RecordedRequest viaProxy = fakes.requests("/sts/").get(1);
    assertThat(viaProxy.getRequestLine()).isEqualTo("POST http://sts.example.invalid/sts/ HTTP/1.1");
    assertThat(viaProxy.getHeaders().get("Proxy-Authorization")).isEqualTo("Basic "
        + java.util.Base64.getEncoder().encodeToString("proxyuser:proxy-pass-0123".getBytes()));
  }
}
