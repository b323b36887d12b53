package dev.stacksets.core.auth;

import dev.stacksets.core.internal.config.SystemSettings;
import java.util.Objects;

/**
 * Reads credentials from Java system properties, on every call (so {@code System.setProperty} takes effect on the
 * next request).
 *
 * <ul>
 *   <li>{@link #aws()}: {@code aws.accessKeyId}, {@code aws.secretAccessKey}, optional {@code aws.sessionToken}
 *       (the names the AWS SDK for Java uses);</li>
 *   <li>{@link #huawei()}: {@code huaweicloud.sdk.ak}, {@code huaweicloud.sdk.sk}, optional
 *       {@code huaweicloud.sdk.securityToken} (this SDK's names, mirroring the {@code HUAWEICLOUD_SDK_*} environment
 *       variables; the project id is {@code huaweicloud.sdk.projectId}, read by {@link HuaweiProjectId}).</li>
 * </ul>
 *
 * <p>Values are trimmed; a blank property counts as unset. Immutable and thread-safe.
 *
 * <pre>{@code
 * // java -Daws.accessKeyId=... -Daws.secretAccessKey=... -jar app.jar
 * CredentialsProvider p = SystemPropertyCredentialsProvider.aws();
 * }</pre>
 */
public final class SystemPropertyCredentialsProvider extends CredentialSource {
  private final KeySettings names;
  private final SystemSettings settings;

  SystemPropertyCredentialsProvider(KeySettings names, SystemSettings settings) {
    this.names = Objects.requireNonNull(names, "names");
    this.settings = Objects.requireNonNull(settings, "settings");
  }

  /** AWS: {@code aws.accessKeyId}, {@code aws.secretAccessKey}, {@code aws.sessionToken}. */
  public static SystemPropertyCredentialsProvider aws() {
    return new SystemPropertyCredentialsProvider(KeySettings.AWS_PROPERTIES, SystemSettings.real());
  }

  /** Huawei Cloud: {@code huaweicloud.sdk.ak}, {@code huaweicloud.sdk.sk}, {@code huaweicloud.sdk.securityToken}. */
  public static SystemPropertyCredentialsProvider huawei() {
    return new SystemPropertyCredentialsProvider(KeySettings.HUAWEI_PROPERTIES, SystemSettings.real());
  }

  @Override
  Lookup lookup() {
    return names.read(settings::property, "system property");
  }

  @Override
  String description() {
    return "system properties " + names.names();
  }

  @Override
  public String toString() {
    return "SystemPropertyCredentialsProvider{" + names.accessKey() + ", " + names.secretKey() + ", "
        + names.token() + "}";
  }
}
