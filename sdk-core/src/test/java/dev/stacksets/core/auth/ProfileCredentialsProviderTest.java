package dev.stacksets.core.auth;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.stacksets.core.internal.config.SystemSettings;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ProfileCredentialsProviderTest {
  private static final String SECRET = "wJalrXUtnFEMI/K7MDENG+bPxRfiCYEXAMPLEKEY";
  private static final String TOKEN = "IQoJb3JpZ2luX2VjEXAMPLE";

  @TempDir Path home;

  private ProfileCredentialsProvider aws(TestSettings t) {
    return ProfileCredentialsProvider.aws(t.settings(), null);
  }

  // ---- AWS ----

  @Test
  void awsDefaultProfileFromTheHomeDirectory() {
    TestSettings t = new TestSettings(home);
    t.write(".aws/credentials", "# my keys\n[default]\naws_access_key_id = AKIDDEFAULT\n"
        + "aws_secret_access_key = " + SECRET + "\n\n[dev]\naws_access_key_id=AKIDDEV\naws_secret_access_key="
        + SECRET + "\naws_session_token=" + TOKEN + "\n");
    ProfileCredentialsProvider p = aws(t);
    assertThat(p.profileName()).isEqualTo("default");
    assertThat(p.credentialsFile()).isEqualTo(home.resolve(".aws/credentials"));
    assertThat(p.resolveCredentials()).isEqualTo(Credentials.of("AKIDDEFAULT", SECRET));
  }

  @Test
  void awsProfileFromEnvironmentOrArgument() {
    TestSettings t = new TestSettings(home).env("AWS_PROFILE", "dev");
    t.write(".aws/credentials", "[default]\naws_access_key_id = AKIDDEFAULT\naws_secret_access_key = x\n"
        + "[dev]\naws_access_key_id = AKIDDEV\naws_secret_access_key = " + SECRET
        + "\naws_session_token = " + TOKEN + "\n");
    assertThat(aws(t).resolveCredentials()).isEqualTo(Credentials.of("AKIDDEV", SECRET, TOKEN));
    assertThat(ProfileCredentialsProvider.aws(t.settings(), "default").resolveCredentials().accessKeyId())
        .isEqualTo("AKIDDEFAULT");
    // the system property wins over the environment variable
    t.prop("aws.profile", "default");
    assertThat(aws(t).resolveCredentials().accessKeyId()).isEqualTo("AKIDDEFAULT");
  }

  @Test
  void awsSharedCredentialsFileVariableWithTilde() {
    TestSettings t = new TestSettings(home).env("AWS_SHARED_CREDENTIALS_FILE", "~/secrets/aws-creds");
    t.write("secrets/aws-creds", "[default]\naws_access_key_id = AKIDFILE\naws_secret_access_key = " + SECRET);
    ProfileCredentialsProvider p = aws(t);
    assertThat(p.credentialsFile()).isEqualTo(home.resolve("secrets/aws-creds"));
    assertThat(p.resolveCredentials().accessKeyId()).isEqualTo("AKIDFILE");
  }

  @Test
  void awsExplicitFile() {
    Path file = TestSettings.write(home.resolve("elsewhere/creds.ini"),
        "[ci]\naws_access_key_id = AKIDCI\naws_secret_access_key = " + SECRET + "\n");
    assertThat(ProfileCredentialsProvider.aws(file, "ci").resolveCredentials().accessKeyId()).isEqualTo("AKIDCI");
    assertThatThrownBy(() -> ProfileCredentialsProvider.aws(file, " ")).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void awsConfigFileProfilesAndPrecedence() {
    TestSettings t = new TestSettings(home).env("AWS_PROFILE", "work");
    t.write(".aws/config", "[default]\nregion = us-east-1\n[profile work]\nregion = eu-west-1\n"
        + "aws_access_key_id = AKIDCONFIG\naws_secret_access_key = from-config\ns3 =\n"
        + "  max_concurrent_requests = 20\n  addressing_style = path\n");
    assertThat(aws(t).resolveCredentials()).isEqualTo(Credentials.of("AKIDCONFIG", "from-config"));
    // the credentials file wins key by key
    t.write(".aws/credentials", "[work]\naws_secret_access_key = " + SECRET + "\n");
    assertThat(aws(t).resolveCredentials()).isEqualTo(Credentials.of("AKIDCONFIG", SECRET));
  }

  @Test
  void awsMissingFileAndMissingProfileAreExplained() {
    TestSettings t = new TestSettings(home);
    assertThatThrownBy(() -> aws(t).resolveCredentials()).isInstanceOf(CredentialsException.class)
        .hasMessageContaining(home.resolve(".aws/credentials") + " does not exist")
        .hasMessageContaining(home.resolve(".aws/config") + " does not exist");
    t.write(".aws/credentials", "[default]\naws_access_key_id = A\naws_secret_access_key = " + SECRET
        + "\n[prod]\naws_access_key_id = B\naws_secret_access_key = " + SECRET + "\n");
    assertThatThrownBy(() -> ProfileCredentialsProvider.aws(t.settings(), "staging").resolveCredentials())
        .hasMessageContaining("has no profile 'staging' (sections: default, prod)")
        .hasMessageNotContaining(SECRET);
  }

  @Test
  void awsProfileWithoutKeys() {
    TestSettings t = new TestSettings(home);
    t.write(".aws/credentials", "[default]\naws_access_key_id = AKID\n[role]\nrole_arn = arn:aws:iam::1:role/x\n"
        + "source_profile = default\n");
    assertThatThrownBy(() -> aws(t).resolveCredentials())
        .hasMessageEndingWith("profile 'default' has no aws_secret_access_key");
    assertThatThrownBy(() -> ProfileCredentialsProvider.aws(t.settings(), "role").resolveCredentials())
        .hasMessageEndingWith("profile 'role' names source_profile 'default', which has no credentials: "
            + "profile 'default' has no aws_secret_access_key");
  }

  @Test
  void malformedFileNamesFileAndLineButNeverTheLine() {
    TestSettings t = new TestSettings(home);
    Path file = t.write(".aws/credentials", "[default]\naws_access_key_id = AKID\n\naws_secret_access_key "
        + SECRET + "\n");
    assertThatThrownBy(() -> aws(t).resolveCredentials()).isInstanceOf(CredentialsException.class)
        .hasMessageContaining("malformed credentials file " + file + ", line 4: expected '[section]' or "
            + "'name = value'")
        .hasMessageNotContaining(SECRET);
  }

  @Test
  void otherMalformations() {
    assertMalformed("aws_access_key_id = A\n[default]\n", 1, "a property before the first [section]");
    assertMalformed("[default\n", 1, "a section header needs a closing ']'");
    assertMalformed("; c\n[]\n", 2, "empty section name");
    assertMalformed("[default] junk\n", 1, "unexpected text after a section header");
    assertMalformed("[default]\n= value\n", 2, "a property needs a name before '='");
  }

  private void assertMalformed(String content, int line, String what) {
    Path file = TestSettings.write(home.resolve("bad-" + line + what.length()), content);
    assertThatThrownBy(() -> ProfileCredentialsProvider.aws(file, "default").resolveCredentials())
        .hasMessageContaining("malformed credentials file " + file + ", line " + line + ": " + what);
  }

  @Test
  void commentsBomIndentationAndInlineComments() {
    Path file = TestSettings.write(home.resolve("c"), "\uFEFF; top\n[default] ; the default\n"
        + "  aws_access_key_id = AKID   # inline\n\taws_secret_access_key=" + SECRET + "\n"
        + "aws_session_token = tok#en;x ;comment\n");
    assertThat(ProfileCredentialsProvider.aws(file, "default").resolveCredentials())
        .isEqualTo(Credentials.of("AKID", SECRET, "tok#en;x"));
  }

  @Test
  void rewrittenFileIsReadAgainOnTheNextCall() {
    TestSettings t = new TestSettings(home);
    t.write(".aws/credentials", "[default]\naws_access_key_id = AKIDOLD\naws_secret_access_key = s1\n");
    ProfileCredentialsProvider p = aws(t);
    assertThat(p.resolveCredentials().accessKeyId()).isEqualTo("AKIDOLD");
    assertThat(p.resolveCredentials().accessKeyId()).isEqualTo("AKIDOLD");
    t.write(".aws/credentials", "[default]\naws_access_key_id = AKIDNEW\naws_secret_access_key = s2\n");
    assertThat(p.resolveCredentials()).isEqualTo(Credentials.of("AKIDNEW", "s2"));
  }

  @Test
  void unknownHomeIsExplained() {
    SystemSettings noHome = new SystemSettings(n -> null, n -> null, null);
    ProfileCredentialsProvider p = ProfileCredentialsProvider.aws(noHome, null);
    assertThat(p.credentialsFile()).isNull();
    assertThatThrownBy(p::resolveCredentials).hasMessageContaining("home directory is unknown");
  }

  // ---- Huawei ----

  @Test
  void huaweiBasicSection() {
    TestSettings t = new TestSettings(home);
    t.write(".huaweicloud/credentials", "[basic]\nak = HWAK\nsk = " + SECRET + "\nproject_id = p1\n"
        + "security_token = " + TOKEN + "\n\n[global]\nak = GLOBALAK\nsk = x\ndomain_id = d1\n");
    ProfileCredentialsProvider p = ProfileCredentialsProvider.huawei(t.settings());
    assertThat(p.profileName()).isEqualTo("basic");
    assertThat(p.resolveCredentials()).isEqualTo(Credentials.of("HWAK", SECRET, TOKEN));
    assertThat(p.toString()).isEqualTo("ProfileCredentialsProvider{the [basic] section of "
        + home.resolve(".huaweicloud/credentials") + "}");
  }

  @Test
  void huaweiCredentialsFileVariable() {
    TestSettings t = new TestSettings(home).env("HUAWEICLOUD_SDK_CREDENTIALS_FILE",
        home.resolve("conf/hw.ini").toString());
    t.write("conf/hw.ini", "[basic]\nak=HWAK2\nsk=" + SECRET + "\n");
    assertThat(ProfileCredentialsProvider.huawei(t.settings()).resolveCredentials().accessKeyId())
        .isEqualTo("HWAK2");
    assertThat(ProfileCredentialsProvider.huawei(home.resolve("conf/hw.ini")).resolveCredentials().accessKeyId())
        .isEqualTo("HWAK2");
  }

  @Test
  void huaweiMissingSectionOrKeys() {
    TestSettings t = new TestSettings(home);
    ProfileCredentialsProvider p = ProfileCredentialsProvider.huawei(t.settings());
    assertThatThrownBy(p::resolveCredentials)
        .hasMessageContaining(home.resolve(".huaweicloud/credentials") + " does not exist");
    t.write(".huaweicloud/credentials", "[global]\nak = A\nsk = " + SECRET + "\n");
    assertThatThrownBy(p::resolveCredentials).hasMessageContaining("has no [basic] section (sections: global)")
        .hasMessageNotContaining(SECRET);
    t.write(".huaweicloud/credentials", "[basic]\nsk = " + SECRET + "\n");
    assertThatThrownBy(p::resolveCredentials).hasMessageEndingWith("the [basic] section has no ak")
        .hasMessageNotContaining(SECRET);
    t.write(".huaweicloud/credentials", "[basic]\nidp_id = idp\n");
    assertThatThrownBy(p::resolveCredentials).hasMessageEndingWith("the [basic] section has idp_id but no "
        + "id_token_file");
  }
}
