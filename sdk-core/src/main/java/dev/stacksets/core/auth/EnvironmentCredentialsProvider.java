package dev.stacksets.core.auth;

import dev.stacksets.core.internal.config.SystemSettings;
import java.util.Objects;

/**
 * Reads credentials from environment variables, on every call.
 *
 * <ul>
 *   <li>{@link #aws()}: {@code AWS_ACCESS_KEY_ID}, {@code AWS_SECRET_ACCESS_KEY}, optional
 *       {@code AWS_SESSION_TOKEN};</li>
 *   <li>{@link #huawei()}: {@code HUAWEICLOUD_SDK_AK}, {@code HUAWEICLOUD_SDK_SK}, optional
 *       {@code HUAWEICLOUD_SDK_SECURITY_TOKEN} (the project id, {@code HUAWEICLOUD_SDK_PROJECT_ID}, is read by
 *       {@link HuaweiProjectId}).</li>
 * </ul>
 *
 * <p>Values are trimmed; a blank variable counts as unset. When the pair is incomplete,
 * {@link #resolveCredentials()} throws a {@link CredentialsException} saying which variable is missing (never a
 * value).
 *
 * <p>Immutable and thread-safe.
 *
 * <pre>{@code
 * CredentialsProvider p = EnvironmentCredentialsProvider.huawei();
 * }</pre>
 */
public final class EnvironmentCredentialsProvider extends CredentialSource {
  private final KeySettings names;
  private final SystemSettings settings;

  EnvironmentCredentialsProvider(KeySettings names, SystemSettings settings) {
    this.names = Objects.requireNonNull(names, "names");
    this.settings = Objects.requireNonNull(settings, "settings");
  }

  /** AWS: {@code AWS_ACCESS_KEY_ID}, {@code AWS_SECRET_ACCESS_KEY}, {@code AWS_SESSION_TOKEN}. */
  public static EnvironmentCredentialsProvider aws() {
    return new EnvironmentCredentialsProvider(KeySettings.AWS_ENV, SystemSettings.real());
  }

  /** Huawei Cloud: {@code HUAWEICLOUD_SDK_AK}, {@code HUAWEICLOUD_SDK_SK}, {@code HUAWEICLOUD_SDK_SECURITY_TOKEN}. */
  public static EnvironmentCredentialsProvider huawei() {
    return new EnvironmentCredentialsProvider(KeySettings.HUAWEI_ENV, SystemSettings.real());
  }

  @Override
  Lookup lookup() {
    return names.read(settings::env, "environment variable");
  }

  @Override
  String description() {
    return "environment variables " + names.names();
  }

  @Override
  public String toString() {
    return "EnvironmentCredentialsProvider{" + names.accessKey() + ", " + names.secretKey() + ", " + names.token()
        + "}";
  }
}
