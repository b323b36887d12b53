package dev.stacksets.core.auth;

import dev.stacksets.core.internal.config.SystemSettings;
import java.util.List;

/**
 * The default credentials chain of each cloud: what a client uses when it is given no provider. Each chain asks its
 * sources in order on every request (the first one that has credentials wins), so a changed system property or a
 * rewritten credentials file takes effect without rebuilding the client. When none has credentials, the
 * {@link CredentialsException} lists every source tried and why it had nothing.
 *
 * <table>
 *   <caption>Sources, in order</caption>
 *   <tr><th></th><th>{@link #huawei()}</th><th>{@link #aws()}</th></tr>
 *   <tr><td>1. system properties</td>
 *       <td>{@code huaweicloud.sdk.ak}, {@code huaweicloud.sdk.sk}, {@code huaweicloud.sdk.securityToken}</td>
 *       <td>{@code aws.accessKeyId}, {@code aws.secretAccessKey}, {@code aws.sessionToken}</td></tr>
 *   <tr><td>2. environment</td>
 *       <td>{@code HUAWEICLOUD_SDK_AK}, {@code HUAWEICLOUD_SDK_SK}, {@code HUAWEICLOUD_SDK_SECURITY_TOKEN}</td>
 *       <td>{@code AWS_ACCESS_KEY_ID}, {@code AWS_SECRET_ACCESS_KEY}, {@code AWS_SESSION_TOKEN}</td></tr>
 *   <tr><td>3. shared file</td>
 *       <td>{@code [basic]} of {@code ~/.huaweicloud/credentials} ({@code HUAWEICLOUD_SDK_CREDENTIALS_FILE})</td>
 *       <td>profile {@code AWS_PROFILE} (default {@code default}) of {@code ~/.aws/credentials}
 *           ({@code AWS_SHARED_CREDENTIALS_FILE}) and {@code ~/.aws/config} ({@code AWS_CONFIG_FILE})</td></tr>
 * </table>
 *
 * <p>The Huawei project id is not a credential; {@link HuaweiProjectId#resolve()} reads it from the same three
 * places. Instance metadata and role assumption are not part of these chains; wrap your own provider in a
 * {@link CachingCredentialsProvider} for such temporary credentials.
 *
 * <p>Thread-safe.
 *
 * <pre>{@code
 * CredentialsProvider huawei = DefaultCredentialsProviders.huawei();
 * CredentialsProvider aws = DefaultCredentialsProviders.aws();
 * }</pre>
 */
public final class DefaultCredentialsProviders {
  private DefaultCredentialsProviders() {}

  /** Huawei Cloud: system properties, then environment variables, then {@code ~/.huaweicloud/credentials}. */
  public static CredentialsProvider huawei() {
    return huawei(SystemSettings.real());
  }

  /** AWS: system properties, then environment variables, then the shared credentials and config files. */
  public static CredentialsProvider aws() {
    return aws(SystemSettings.real());
  }

  static CredentialsProviderChain huawei(SystemSettings s) {
    return CredentialsProviderChain.of("Huawei Cloud", List.of(
        new SystemPropertyCredentialsProvider(KeySettings.HUAWEI_PROPERTIES, s),
        new EnvironmentCredentialsProvider(KeySettings.HUAWEI_ENV, s),
        ProfileCredentialsProvider.huawei(s)));
  }

  static CredentialsProviderChain aws(SystemSettings s) {
    return CredentialsProviderChain.of("AWS", List.of(
        new SystemPropertyCredentialsProvider(KeySettings.AWS_PROPERTIES, s),
        new EnvironmentCredentialsProvider(KeySettings.AWS_ENV, s),
        ProfileCredentialsProvider.aws(s, null)));
  }
}
