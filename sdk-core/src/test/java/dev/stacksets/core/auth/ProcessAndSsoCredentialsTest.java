package dev.stacksets.core.auth;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.stacksets.core.testing.MutableClock;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.DisabledOnOs;
import org.junit.jupiter.api.condition.OS;
import org.junit.jupiter.api.io.TempDir;

/** Profiles with credential_process, and IAM Identity Center (SSO) profiles. */
class ProcessAndSsoCredentialsTest {
  private static final String PROCESS_SECRET = "process/Secret+Key/0123456789";
  @TempDir Path home;
  private final MutableClock clock = new MutableClock(Instant.parse("2026-03-01T10:00:00Z"));
  private AwsFakes fakes;
  private TestSettings machine;

  @BeforeEach
  void setUp() throws Exception {
    fakes = new AwsFakes(clock);
    machine = new TestSettings(home).env("AWS_ENDPOINT_URL_SSO", fakes.base() + "/sso");
  }

  @AfterEach
  void tearDown() throws Exception {
    fakes.close();
  }

  private ProfileCredentialsProvider profile(String name) {
    return ProfileCredentialsProvider.aws(new SourceContext(machine.settings(), clock), name);
  }

  /** A script that counts its runs in {@code runs} and prints {@code output}, then exits with {@code status}. */
  private Path script(String output, int status) throws IOException {
    Path counter = home.resolve("runs");
    Path script = home.resolve("creds.sh");
    Files.writeString(script, "#!/bin/sh\necho run >> '" + counter + "'\necho 'stderr may hold " + PROCESS_SECRET
        + "' >&2\ncat <<'EOF'\n" + output + "\nEOF\nexit " + status + "\n");
    return script;
  }

  private long runs() throws IOException {
    Path counter = home.resolve("runs");
    return Files.exists(counter) ? Files.readAllLines(counter).size() : 0;
  }

  @Test
  @DisabledOnOs(OS.WINDOWS)
  void credentialProcessOutputIsReadAndKeptUntilTheRefreshWindow() throws IOException {
    Path s = script("{\"Version\": 1, \"AccessKeyId\": \"AKIDPROC\", \"SecretAccessKey\": \"" + PROCESS_SECRET
        + "\", \"SessionToken\": \"proc-token\", \"Expiration\": \"2026-03-01T11:00:00Z\"}", 0);
    machine.write(".aws/config", "[profile vault]\ncredential_process = sh " + s + "\n");
    ProfileCredentialsProvider p = profile("vault");
    Credentials expected = Credentials.builder().accessKeyId("AKIDPROC").secretAccessKey(PROCESS_SECRET)
        .sessionToken("proc-token").expiration(Instant.parse("2026-03-01T11:00:00Z")).build();
    assertThat(p.resolveCredentials()).isEqualTo(expected);
    clock.advance(Duration.ofMinutes(54));
    assertThat(p.resolveCredentials()).isEqualTo(expected);
    assertThat(runs()).isEqualTo(1);
    clock.advance(Duration.ofMinutes(2));
    p.resolveCredentials();
    assertThat(runs()).isEqualTo(2);
  }

  @Test
  @DisabledOnOs(OS.WINDOWS)
  void aFailingProcessReportsItsStatusButNeitherItsErrorOutputNorItsCommand() throws IOException {
    Path s = script("{\"SecretAccessKey\": \"" + PROCESS_SECRET + "\"}", 3);
    machine.write(".aws/config", "[profile vault]\ncredential_process = sh " + s + " --password hunter2-0123\n");
    assertThatThrownBy(() -> profile("vault").resolveCredentials()).isExactlyInstanceOf(CredentialsException.class)
        .hasMessageEndingWith("the credential_process of profile 'vault' exited with status 3")
        .hasMessageNotContaining(PROCESS_SECRET).hasMessageNotContaining("hunter2");
  }

  @Test
  @DisabledOnOs(OS.WINDOWS)
  void outputThatIsNotVersionOneJsonIsRefusedWithoutQuotingIt() throws IOException {
    machine.write(".aws/config", "[profile v2]\ncredential_process = sh " + script("{\"Version\": 2, "
        + "\"AccessKeyId\": \"A\", \"SecretAccessKey\": \"" + PROCESS_SECRET + "\"}", 0) + "\n");
    assertThatThrownBy(() -> profile("v2").resolveCredentials())
        .hasMessageEndingWith("the credential_process of profile 'v2' printed JSON without \"Version\": 1");
    machine.write(".aws/config", "[profile text]\ncredential_process = sh " + script("key=" + PROCESS_SECRET, 0)
        + "\n");
    assertThatThrownBy(() -> profile("text").resolveCredentials())
        .hasMessageEndingWith("the credential_process of profile 'text' printed something that is not a JSON object")
        .hasMessageNotContaining(PROCESS_SECRET);
  }

  @Test
  @DisabledOnOs(OS.WINDOWS)
  void aProcessThatDoesNotFinishIsStopped() {
    ProcessCredentialsProvider p = ProcessCredentialsProvider.of("sleep 30", Duration.ofMillis(200));
    assertThatThrownBy(p::resolveCredentials).isExactlyInstanceOf(CredentialsException.class)
        .hasMessage("the credential process did not finish within PT0.2S");
    assertThat(p.toString()).isEqualTo("ProcessCredentialsProvider{the credential process, timeout=PT0.2S}");
  }

  private void ssoConfig() {
    machine.write(".aws/config", "[sso-session corp]\nsso_start_url = https://corp.awsapps.com/start\n"
        + "sso_region = eu-west-1\nsso_registration_scopes = sso:account:access\n"
        + "[profile dev]\nsso_session = corp\nsso_account_id = 111122223333\nsso_role_name = Developer\n"
        + "[profile legacy]\nsso_start_url = https://corp.awsapps.com/start\nsso_region = eu-west-1\n"
        + "sso_account_id = 111122223333\nsso_role_name = ReadOnly\n");
  }

  private Path cachedToken(String sha1, String expiresAt) {
    return machine.write(".aws/sso/cache/" + sha1 + ".json", "{\"startUrl\": \"https://corp.awsapps.com/start\", "
        + "\"region\": \"eu-west-1\", \"accessToken\": \"" + AwsFakes.SSO_TOKEN + "\", \"expiresAt\": \"" + expiresAt
        + "\"}");
  }

  @Test
  void anSsoSessionProfileExchangesTheCachedTokenForRoleCredentials() {
    ssoConfig();
    cachedToken("ee0bfd2552fbd840c02cc48b6e823320543c450f", "2026-03-01T18:00:00Z"); // sha1("corp")
    Credentials c = profile("dev").resolveCredentials();
    assertThat(c).isEqualTo(fakes.lastIssued());
    assertThat(fakes.requests.get(0).getRequestLine())
        .isEqualTo("GET /sso/federation/credentials?role_name=Developer&account_id=111122223333 HTTP/1.1");
    assertThat(fakes.requests.get(0).getHeaders().get("x-amz-sso_bearer_token")).isEqualTo(AwsFakes.SSO_TOKEN);
  }

  @Test
  void aLegacySsoProfileUsesTheStartUrlsCacheFile() {
    ssoConfig();
    cachedToken("a51746d4aa793ae07b25e90c3a5db96fc7832bd7", "2026-03-01T18:00:00Z"); // sha1(start url)
    assertThat(profile("legacy").resolveCredentials()).isEqualTo(fakes.lastIssued());
    assertThat(fakes.requests.get(0).getUrl().queryParameter("role_name")).isEqualTo("ReadOnly");
  }

  @Test
  void anExpiredOrMissingTokenSaysHowToRenewIt() {
    ssoConfig();
    Path file = cachedToken("ee0bfd2552fbd840c02cc48b6e823320543c450f", "2026-03-01T09:59:59Z");
    assertThatThrownBy(() -> profile("dev").resolveCredentials())
        .hasMessageEndingWith("the SSO token in " + file + " expired at 2026-03-01T09:59:59Z; run 'aws sso login "
            + "--profile dev'");
    assertThatThrownBy(() -> profile("legacy").resolveCredentials())
        .hasMessageEndingWith("profile 'legacy' uses SSO but there is no cached token " + home.resolve(
            ".aws/sso/cache/a51746d4aa793ae07b25e90c3a5db96fc7832bd7.json") + "; run 'aws sso login --profile legacy'");
    assertThat(fakes.requests).isEmpty();
  }

  @Test
  void aRefusedTokenIsReportedWithoutTheToken() {
    ssoConfig();
    machine.write(".aws/sso/cache/ee0bfd2552fbd840c02cc48b6e823320543c450f.json",
        "{\"accessToken\": \"stale-sso-token-0123456789\", \"expiresAt\": \"2026-03-01T18:00:00Z\"}");
    assertThatThrownBy(() -> profile("dev").resolveCredentials())
        .hasMessageEndingWith("SSO GetRoleCredentials at " + fakes.base() + "/sso answered HTTP 401: "
            + "UnauthorizedException: Session token not found or invalid; run 'aws sso login --profile dev'")
        .hasMessageNotContaining("stale-sso-token");
  }

  @Test
  void anIncompleteSsoProfileNamesWhatIsMissing() {
    machine.write(".aws/config", "[profile half]\nsso_session = nowhere\nsso_account_id = 1\nsso_role_name = R\n"
        + "[profile bare]\nsso_account_id = 1\n");
    assertThatThrownBy(() -> profile("half").resolveCredentials())
        .hasMessageEndingWith("profile 'half' names sso_session 'nowhere', but " + home.resolve(".aws/config")
            + " has no [sso-session nowhere] section");
    assertThatThrownBy(() -> profile("bare").resolveCredentials())
        .hasMessageEndingWith("profile 'bare' uses SSO but has no sso_start_url, sso_region, sso_role_name");
  }
}
