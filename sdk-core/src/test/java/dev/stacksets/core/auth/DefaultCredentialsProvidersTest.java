package dev.stacksets.core.auth;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DefaultCredentialsProvidersTest {
  private static final String SECRET = "sk-SECRET-0123456789";
  private static final String TOKEN = "tok-SECRET-abcdef";

  @TempDir Path home;

  @Test
  void awsOrderIsPropertiesThenEnvironmentThenFiles() {
    TestSettings t = new TestSettings(home);
    CredentialsProvider chain = DefaultCredentialsProviders.aws(t.settings());
    t.write(".aws/credentials", "[default]\naws_access_key_id = FROMFILE\naws_secret_access_key = " + SECRET);
    assertThat(chain.resolveCredentials().accessKeyId()).isEqualTo("FROMFILE");
    t.env("AWS_ACCESS_KEY_ID", "FROMENV").env("AWS_SECRET_ACCESS_KEY", SECRET);
    assertThat(chain.resolveCredentials().accessKeyId()).isEqualTo("FROMENV");
    t.prop("aws.accessKeyId", "FROMPROP").prop("aws.secretAccessKey", SECRET);
    assertThat(chain.resolveCredentials().accessKeyId()).isEqualTo("FROMPROP");
  }

  @Test
  void huaweiOrderIsPropertiesThenEnvironmentThenFile() {
    TestSettings t = new TestSettings(home);
    CredentialsProvider chain = DefaultCredentialsProviders.huawei(t.settings());
    t.write(".huaweicloud/credentials", "[basic]\nak = FROMFILE\nsk = " + SECRET + "\n");
    assertThat(chain.resolveCredentials().accessKeyId()).isEqualTo("FROMFILE");
    t.env("HUAWEICLOUD_SDK_AK", "FROMENV").env("HUAWEICLOUD_SDK_SK", SECRET)
        .env("HUAWEICLOUD_SDK_SECURITY_TOKEN", TOKEN);
    assertThat(chain.resolveCredentials()).isEqualTo(Credentials.of("FROMENV", SECRET, TOKEN));
    t.prop("huaweicloud.sdk.ak", "FROMPROP").prop("huaweicloud.sdk.sk", SECRET);
    assertThat(chain.resolveCredentials()).isEqualTo(Credentials.of("FROMPROP", SECRET));
  }

  @Test
  void awsFailureListsEverySourceTried() {
    TestSettings t = new TestSettings(home).env("AWS_SECRET_ACCESS_KEY", SECRET);
    assertThatThrownBy(() -> DefaultCredentialsProviders.aws(t.settings()).resolveCredentials())
        .isInstanceOf(CredentialsException.class)
        .hasMessage("no AWS credentials found; tried:\n"
            + "  1. system properties aws.accessKeyId, aws.secretAccessKey (and aws.sessionToken): not set\n"
            + "  2. environment variables AWS_ACCESS_KEY_ID, AWS_SECRET_ACCESS_KEY (and AWS_SESSION_TOKEN): "
            + "AWS_SECRET_ACCESS_KEY is set but AWS_ACCESS_KEY_ID is not\n"
            + "  3. web identity (AWS_WEB_IDENTITY_TOKEN_FILE, AWS_ROLE_ARN): not set\n"
            + "  4. profile 'default' of " + home.resolve(".aws/credentials") + " and " + home.resolve(".aws/config")
            + ": " + home.resolve(".aws/credentials") + " does not exist; " + home.resolve(".aws/config")
            + " does not exist\n"
            + "  5. container credentials (AWS_CONTAINER_CREDENTIALS_RELATIVE_URI / AWS_CONTAINER_CREDENTIALS_FULL_URI)"
            + ": not set\n"
            + "  6. instance metadata (IMDSv2, AWS_EC2_METADATA_DISABLED switches it off): switched off by "
            + "AWS_EC2_METADATA_DISABLED");
  }

  @Test
  void huaweiFailureListsEverySourceTriedIncludingAMalformedFile() {
    TestSettings t = new TestSettings(home).prop("huaweicloud.sdk.sk", SECRET);
    Path file = t.write(".huaweicloud/credentials", "[basic]\nak HWAK\nsk = " + SECRET + "\n");
    assertThatThrownBy(() -> DefaultCredentialsProviders.huawei(t.settings()).resolveCredentials())
        .isInstanceOf(CredentialsException.class)
        .hasMessage("no Huawei Cloud credentials found; tried:\n"
            + "  1. system properties huaweicloud.sdk.ak, huaweicloud.sdk.sk (and huaweicloud.sdk.securityToken): "
            + "huaweicloud.sdk.sk is set but huaweicloud.sdk.ak is not\n"
            + "  2. identity federation (HUAWEICLOUD_SDK_IDP_ID, HUAWEICLOUD_SDK_ID_TOKEN_FILE): not set\n"
            + "  3. environment variables HUAWEICLOUD_SDK_AK, HUAWEICLOUD_SDK_SK (and HUAWEICLOUD_SDK_SECURITY_TOKEN): "
            + "not set\n"
            + "  4. the [basic] section of " + file + ": malformed credentials file " + file
            + ", line 2: expected '[section]' or 'name = value'\n"
            + "  5. ECS metadata (HUAWEICLOUD_SDK_METADATA_DISABLED switches it off): switched off by "
            + "HUAWEICLOUD_SDK_METADATA_DISABLED");
  }

  @Test
  void publicMethodsKeepTheirNames() {
    assertThat(DefaultCredentialsProviders.aws()).isInstanceOf(CredentialsProviderChain.class);
    assertThat(((CredentialsProviderChain) DefaultCredentialsProviders.huawei()).providers()).hasSize(5);
    assertThat(((CredentialsProviderChain) DefaultCredentialsProviders.huaweiGlobal()).providers()).hasSize(5);
  }

  @Test
  void chainWithForeignProviders() {
    AtomicInteger asked = new AtomicInteger();
    CredentialsProvider failing = () -> {
      asked.incrementAndGet();
      throw new CredentialsException("vault: no lease");
    };
    CredentialsProvider found = () -> Credentials.of("AK", SECRET);
    assertThat(CredentialsProviderChain.of("X", failing, found).resolveCredentials().accessKeyId()).isEqualTo("AK");
    assertThat(asked).hasValue(1);
    assertThatThrownBy(() -> CredentialsProviderChain.of("X", failing, () -> null).resolveCredentials())
        .hasMessageStartingWith("no X credentials found; tried:\n  1. vault: no lease\n  2. ")
        .hasMessageEndingWith(": returned no credentials");
    CredentialsProvider broken = () -> {
      throw new IllegalStateException("bug");
    };
    assertThatThrownBy(() -> CredentialsProviderChain.of("X", broken, found).resolveCredentials())
        .isInstanceOf(IllegalStateException.class);
    assertThatThrownBy(() -> CredentialsProviderChain.of("X")).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void huaweiProjectIdLookup() {
    TestSettings t = new TestSettings(home);
    assertThat(HuaweiProjectId.resolve(t.settings())).isEmpty();
    t.write(".huaweicloud/credentials", "[basic]\nak = A\nsk = " + SECRET + "\nproject_id = FROMFILE\n");
    assertThat(HuaweiProjectId.resolve(t.settings())).contains("FROMFILE");
    t.env("HUAWEICLOUD_SDK_PROJECT_ID", "FROMENV");
    assertThat(HuaweiProjectId.resolve(t.settings())).contains("FROMENV");
    t.prop("huaweicloud.sdk.projectId", "FROMPROP");
    assertThat(HuaweiProjectId.resolve(t.settings())).contains("FROMPROP");
  }

  @Test
  void huaweiProjectIdFromAMalformedFileFailsWithFileAndLine() {
    TestSettings t = new TestSettings(home);
    Path file = t.write(".huaweicloud/credentials", "[basic]\nproject_id\n");
    assertThatThrownBy(() -> HuaweiProjectId.resolve(t.settings())).isInstanceOf(CredentialsException.class)
        .hasMessageContaining(file + ", line 2");
  }
}
