package dev.stacksets.core.auth;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Environment variables and system properties, for both clouds. */
class FlatSourcesTest {
  private static final String SECRET = "sk-SECRET-0123456789";
  private static final String TOKEN = "tok-SECRET-abcdef";

  @TempDir Path home;

  private EnvironmentCredentialsProvider awsEnv(TestSettings t) {
    return new EnvironmentCredentialsProvider(KeySettings.AWS_ENV, t.settings());
  }

  @Test
  void awsEnvironmentFound() {
    TestSettings t = new TestSettings(home).env("AWS_ACCESS_KEY_ID", " AKIDENV \n")
        .env("AWS_SECRET_ACCESS_KEY", SECRET).env("AWS_SESSION_TOKEN", TOKEN);
    Credentials c = awsEnv(t).resolveCredentials();
    assertThat(c.accessKeyId()).isEqualTo("AKIDENV");
    assertThat(c.secretAccessKey()).isEqualTo(SECRET);
    assertThat(c.sessionToken()).isEqualTo(TOKEN);
  }

  @Test
  void awsEnvironmentWithoutTokenGivesLongTermKeys() {
    TestSettings t = new TestSettings(home).env("AWS_ACCESS_KEY_ID", "AKID").env("AWS_SECRET_ACCESS_KEY", SECRET)
        .env("AWS_SESSION_TOKEN", "   ");
    assertThat(awsEnv(t).resolveCredentials().sessionToken()).isNull();
  }

  @Test
  void awsEnvironmentMissing() {
    assertThatThrownBy(() -> awsEnv(new TestSettings(home)).resolveCredentials())
        .isInstanceOf(CredentialsException.class)
        .hasMessage("no credentials in environment variables AWS_ACCESS_KEY_ID, AWS_SECRET_ACCESS_KEY "
            + "(and AWS_SESSION_TOKEN): not set");
  }

  @Test
  void halfSetPairSaysWhichHalfIsMissingButNeverTheValue() {
    TestSettings t = new TestSettings(home).env("AWS_SECRET_ACCESS_KEY", SECRET).env("AWS_SESSION_TOKEN", TOKEN);
    assertThatThrownBy(() -> awsEnv(t).resolveCredentials())
        .hasMessageEndingWith("AWS_SECRET_ACCESS_KEY and AWS_SESSION_TOKEN are set but AWS_ACCESS_KEY_ID is not")
        .hasMessageNotContaining(SECRET).hasMessageNotContaining(TOKEN);
  }

  @Test
  void unusableValueIsReportedWithoutTheValue() {
    TestSettings t = new TestSettings(home).env("AWS_ACCESS_KEY_ID", "AKID").env("AWS_SECRET_ACCESS_KEY", SECRET)
        .env("AWS_SESSION_TOKEN", "tok-SECRET\u0001x");
    assertThatThrownBy(() -> awsEnv(t).resolveCredentials()).isInstanceOf(CredentialsException.class)
        .hasMessageContaining("sessionToken may hold only visible ASCII").hasMessageNotContaining("tok-SECRET");
  }

  @Test
  void huaweiEnvironment() {
    TestSettings t = new TestSettings(home).env("HUAWEICLOUD_SDK_AK", "HWAK").env("HUAWEICLOUD_SDK_SK", SECRET)
        .env("HUAWEICLOUD_SDK_SECURITY_TOKEN", TOKEN);
    EnvironmentCredentialsProvider p = new EnvironmentCredentialsProvider(KeySettings.HUAWEI_ENV, t.settings());
    assertThat(p.resolveCredentials()).isEqualTo(Credentials.of("HWAK", SECRET, TOKEN));
    assertThat(p.toString()).isEqualTo("EnvironmentCredentialsProvider{HUAWEICLOUD_SDK_AK, HUAWEICLOUD_SDK_SK, "
        + "HUAWEICLOUD_SDK_SECURITY_TOKEN}");
    EnvironmentCredentialsProvider empty = new EnvironmentCredentialsProvider(KeySettings.HUAWEI_ENV,
        new TestSettings(home).env("HUAWEICLOUD_SDK_AK", "HWAK").settings());
    assertThatThrownBy(empty::resolveCredentials)
        .hasMessageEndingWith("HUAWEICLOUD_SDK_AK is set but HUAWEICLOUD_SDK_SK is not");
  }

  @Test
  void awsSystemProperties() {
    TestSettings t = new TestSettings(home).prop("aws.accessKeyId", "AKIDPROP").prop("aws.secretAccessKey", SECRET)
        .prop("aws.sessionToken", TOKEN);
    SystemPropertyCredentialsProvider p = new SystemPropertyCredentialsProvider(KeySettings.AWS_PROPERTIES,
        t.settings());
    assertThat(p.resolveCredentials()).isEqualTo(Credentials.of("AKIDPROP", SECRET, TOKEN));
    // read on every call: a changed property is seen by the next request
    t.prop("aws.accessKeyId", "AKIDROTATED");
    assertThat(p.resolveCredentials().accessKeyId()).isEqualTo("AKIDROTATED");
    t.props.clear();
    assertThatThrownBy(p::resolveCredentials).hasMessage("no credentials in system properties aws.accessKeyId, "
        + "aws.secretAccessKey (and aws.sessionToken): not set");
  }

  @Test
  void huaweiSystemProperties() {
    TestSettings t = new TestSettings(home).prop("huaweicloud.sdk.ak", "HWAK").prop("huaweicloud.sdk.sk", SECRET)
        .prop("huaweicloud.sdk.securityToken", TOKEN);
    SystemPropertyCredentialsProvider p = new SystemPropertyCredentialsProvider(KeySettings.HUAWEI_PROPERTIES,
        t.settings());
    assertThat(p.resolveCredentials()).isEqualTo(Credentials.of("HWAK", SECRET, TOKEN));
    assertThat(p.toString()).doesNotContain(SECRET);
  }

  @Test
  void publicFactoriesReadTheRealMachineLazily() {
    // constructing them reads nothing; only their descriptions are checked here
    assertThat(EnvironmentCredentialsProvider.aws().toString()).contains("AWS_ACCESS_KEY_ID");
    assertThat(EnvironmentCredentialsProvider.huawei().toString()).contains("HUAWEICLOUD_SDK_AK");
    assertThat(SystemPropertyCredentialsProvider.aws().toString()).contains("aws.accessKeyId");
    assertThat(SystemPropertyCredentialsProvider.huawei().toString()).contains("huaweicloud.sdk.ak");
  }
}
