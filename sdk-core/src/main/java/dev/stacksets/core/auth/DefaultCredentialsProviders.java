package dev.stacksets.core.auth;

import dev.stacksets.core.internal.config.SystemSettings;
import java.time.Clock;
import java.util.List;

/**
 * The default credentials chain of each cloud: what a client uses when it is given no provider. Each chain asks its
 * sources in order on every request (the first one that has credentials wins), so a changed system property or a
 * rewritten credentials file takes effect without rebuilding the client; sources that fetch temporary credentials
 * keep them until shortly before they expire. When none has credentials, the {@link CredentialsException} lists every
 * source tried and why it had nothing (or what failed).
 *
 * <table>
 *   <caption>AWS ({@link #aws()}): the order of the AWS SDK for Java 2.x {@code DefaultCredentialsProvider}</caption>
 *   <tr><td>1. system properties</td><td>{@code aws.accessKeyId}, {@code aws.secretAccessKey},
 *       {@code aws.sessionToken} ({@link SystemPropertyCredentialsProvider})</td></tr>
 *   <tr><td>2. environment</td><td>{@code AWS_ACCESS_KEY_ID}, {@code AWS_SECRET_ACCESS_KEY},
 *       {@code AWS_SESSION_TOKEN} ({@link EnvironmentCredentialsProvider})</td></tr>
 *   <tr><td>3. web identity</td><td>{@code AWS_WEB_IDENTITY_TOKEN_FILE} + {@code AWS_ROLE_ARN} (EKS IRSA;
 *       {@link WebIdentityCredentialsProvider})</td></tr>
 *   <tr><td>4. shared files</td><td>profile {@code AWS_PROFILE} (default {@code default}) of
 *       {@code ~/.aws/credentials} and {@code ~/.aws/config}: keys, roles, SSO, {@code credential_process}
 *       ({@link ProfileCredentialsProvider})</td></tr>
 *   <tr><td>5. container</td><td>{@code AWS_CONTAINER_CREDENTIALS_RELATIVE_URI} / {@code _FULL_URI} (ECS, EKS Pod
 *       Identity; {@link ContainerCredentialsProvider})</td></tr>
 *   <tr><td>6. instance metadata</td><td>IMDSv2 unless {@code AWS_EC2_METADATA_DISABLED=true}
 *       ({@link InstanceProfileCredentialsProvider})</td></tr>
 * </table>
 *
 * <table>
 *   <caption>Huawei Cloud ({@link #huawei()}): the official SDKs' order (environment, file, metadata), after this
 *   SDK's system properties</caption>
 *   <tr><td>1. system properties</td><td>{@code huaweicloud.sdk.ak}, {@code huaweicloud.sdk.sk},
 *       {@code huaweicloud.sdk.securityToken} (this SDK's own names)</td></tr>
 *   <tr><td>2. environment: federation</td><td>{@code HUAWEICLOUD_SDK_IDP_ID} + {@code HUAWEICLOUD_SDK_ID_TOKEN_FILE}
 *       ({@link HuaweiFederatedCredentialsProvider}; the official SDK prefers it to keys in the environment)</td></tr>
 *   <tr><td>3. environment: keys</td><td>{@code HUAWEICLOUD_SDK_AK}, {@code HUAWEICLOUD_SDK_SK},
 *       {@code HUAWEICLOUD_SDK_SECURITY_TOKEN}</td></tr>
 *   <tr><td>4. shared file</td><td>{@code [basic]} of {@code ~/.huaweicloud/credentials}
 *       ({@code HUAWEICLOUD_SDK_CREDENTIALS_FILE}): {@code idp_id} + {@code id_token_file}, else keys</td></tr>
 *   <tr><td>5. ECS metadata</td><td>the agency's temporary keys, unless
 *       {@code HUAWEICLOUD_SDK_METADATA_DISABLED=true} ({@link HuaweiMetadataCredentialsProvider})</td></tr>
 * </table>
 * {@link #huaweiGlobal()} is the same chain reading the {@code [global]} section instead.
 *
 * <p>The Huawei project id is not a credential; {@link HuaweiProjectId#resolve()} reads it from the same places.
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

  /**
   * Huawei Cloud: system properties, environment (federation, then keys), {@code [basic]} of
   * {@code ~/.huaweicloud/credentials}, ECS metadata.
   */
  public static CredentialsProvider huawei() {
    return huawei(SourceContext.real(), ProfileCredentialsProvider.HUAWEI_SECTION);
  }

  /** Huawei Cloud for global services: as {@link #huawei()}, with the {@code [global]} section of the file. */
  public static CredentialsProvider huaweiGlobal() {
    return huawei(SourceContext.real(), ProfileCredentialsProvider.HUAWEI_GLOBAL_SECTION);
  }

  /**
   * AWS: system properties, environment variables, web identity, the shared files, container credentials, instance
   * metadata.
   */
  public static CredentialsProvider aws() {
    return aws(SourceContext.real());
  }

  static CredentialsProviderChain huawei(SystemSettings s) {
    return huawei(new SourceContext(s, Clock.systemUTC()), ProfileCredentialsProvider.HUAWEI_SECTION);
  }

  static CredentialsProviderChain huawei(SourceContext c, String section) {
    return CredentialsProviderChain.of("Huawei Cloud", List.of(
        new SystemPropertyCredentialsProvider(KeySettings.HUAWEI_PROPERTIES, c.settings()),
        HuaweiFederatedCredentialsProvider.fromEnvironment(c),
        new EnvironmentCredentialsProvider(KeySettings.HUAWEI_ENV, c.settings()),
        ProfileCredentialsProvider.huawei(c, section),
        HuaweiMetadataCredentialsProvider.create(c)));
  }

  static CredentialsProviderChain aws(SystemSettings s) {
    return aws(new SourceContext(s, Clock.systemUTC()));
  }

  static CredentialsProviderChain aws(SourceContext c) {
    return CredentialsProviderChain.of("AWS", List.of(
        new SystemPropertyCredentialsProvider(KeySettings.AWS_PROPERTIES, c.settings()),
        new EnvironmentCredentialsProvider(KeySettings.AWS_ENV, c.settings()),
        WebIdentityCredentialsProvider.fromEnvironment(c),
        ProfileCredentialsProvider.aws(c, null),
        ContainerCredentialsProvider.fromEnvironment(c),
        InstanceProfileCredentialsProvider.create(c)));
  }
}
