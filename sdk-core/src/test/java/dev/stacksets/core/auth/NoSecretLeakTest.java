package dev.stacksets.core.auth;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import dev.stacksets.core.http.SdkHttpRequest;
import dev.stacksets.core.internal.config.SystemSettings;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Sweeps every provider, chain and signer failure this package produces with secrets configured everywhere, and
 * checks no secret key or token appears in any {@code toString()} or exception message (causes included).
 */
class NoSecretLeakTest {
  private static final String SK = "SECRETKEY0123456789abcdefSECRET";
  private static final String TOKEN = "SESSIONTOKEN0123456789TOKEN";

  @TempDir Path home;

  @Test
  void noSecretInAnyStringOrMessage() {
    TestSettings t = new TestSettings(home)
        .env("AWS_SECRET_ACCESS_KEY", SK).env("AWS_SESSION_TOKEN", TOKEN)             // half a pair
        .env("HUAWEICLOUD_SDK_SK", SK).env("HUAWEICLOUD_SDK_SECURITY_TOKEN", TOKEN)
        .prop("aws.secretAccessKey", SK).prop("aws.sessionToken", TOKEN)
        .prop("huaweicloud.sdk.sk", SK).prop("huaweicloud.sdk.securityToken", TOKEN);
    // malformed lines that hold the secrets themselves
    t.write(".aws/credentials", "[default]\naws_secret_access_key " + SK + "\n");
    t.write(".aws/config", "[profile default]\naws_session_token = " + TOKEN + "\n");
    t.write(".huaweicloud/credentials", "[basic]\nsk " + SK + "\nsecurity_token = " + TOKEN + "\n");

    List<Object> subjects = new ArrayList<>();
    List<Throwable> failures = new ArrayList<>();
    SystemSettings s = t.settings();
    List<CredentialsProvider> providers = List.of(
        DefaultCredentialsProviders.aws(s), DefaultCredentialsProviders.huawei(s),
        new EnvironmentCredentialsProvider(KeySettings.AWS_ENV, s),
        new EnvironmentCredentialsProvider(KeySettings.HUAWEI_ENV, s),
        new SystemPropertyCredentialsProvider(KeySettings.AWS_PROPERTIES, s),
        new SystemPropertyCredentialsProvider(KeySettings.HUAWEI_PROPERTIES, s),
        ProfileCredentialsProvider.aws(s, null), ProfileCredentialsProvider.huawei(s),
        CachingCredentialsProvider.of(DefaultCredentialsProviders.aws(s)));
    for (CredentialsProvider p : providers) {
      subjects.add(p);
      failures.add(catchThrowable(p::resolveCredentials));
    }
    failures.add(catchThrowable(() -> HuaweiProjectId.resolve(s)));

    // well-formed files whose keys are unusable, and a token that would break a header
    t.write(".aws/credentials", "[default]\naws_access_key_id = AK\naws_secret_access_key = " + SK
        + "\naws_session_token = " + TOKEN + "\u0007\n");
    failures.add(catchThrowable(() -> ProfileCredentialsProvider.aws(s, null).resolveCredentials()));
    failures.add(catchThrowable(() -> Credentials.of("AK", SK, TOKEN + "\n")));

    // credentials, static and caching providers, signers given a request they cannot sign
    Credentials c = Credentials.builder().accessKeyId("AK").secretAccessKey(SK).sessionToken(TOKEN)
        .expiration(Instant.parse("2030-01-01T00:00:00Z")).build();
    subjects.add(c);
    subjects.add(CredentialsProvider.of(c));
    subjects.add(CachingCredentialsProvider.of(CredentialsProvider.of(c)));
    subjects.add(CredentialsProviderChain.of("X", CredentialsProvider.of(c)));
    SdkHttpRequest noHost = SdkHttpRequest.builder().method("GET").build();
    failures.add(catchThrowable(() -> new HuaweiSigner().sign(noHost, c, Instant.EPOCH)));
    failures.add(catchThrowable(() -> new AwsV4Signer("s", "r").sign(noHost, c, Instant.EPOCH)));
    SdkHttpRequest signed = new HuaweiSigner().sign(noHost.toBuilder().header("Host", "h").build(), c, Instant.EPOCH);
    subjects.add(signed);

    assertThat(failures).allSatisfy(f -> assertThat(f).isNotNull());
    for (Throwable f : failures) {
      for (Throwable e = f; e != null; e = e.getCause()) {
        assertThat(String.valueOf(e.getMessage())).as("message of %s", e.getClass())
            .doesNotContain(SK).doesNotContain(TOKEN);
        assertThat(e.toString()).doesNotContain(SK).doesNotContain(TOKEN);
      }
    }
    for (Object o : subjects) {
      assertThat(o.toString()).as("toString of %s", o.getClass()).doesNotContain(SK).doesNotContain(TOKEN);
    }
  }
}
