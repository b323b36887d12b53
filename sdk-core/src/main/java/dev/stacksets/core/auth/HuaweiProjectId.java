package dev.stacksets.core.auth;

import dev.stacksets.core.internal.config.ConfigFileException;
import dev.stacksets.core.internal.config.SystemSettings;
import java.time.Clock;
import java.util.Map;
import java.util.Optional;

/**
 * Finds the Huawei Cloud project id configured on this machine, for clients that send {@code X-Project-Id} (the RFS
 * client uses it when its builder was given no {@code projectId(...)}). It is looked up in the same places, in the
 * same order, as {@link DefaultCredentialsProviders#huawei()} looks up keys:
 *
 * <ol>
 *   <li>the system property {@code huaweicloud.sdk.projectId};</li>
 *   <li>the environment variable {@code HUAWEICLOUD_SDK_PROJECT_ID};</li>
 *   <li>{@code project_id} in the {@code [basic]} section of {@code ~/.huaweicloud/credentials} (or of the file
 *       named by {@code huaweicloud.sdk.credentialsFile} / {@code HUAWEICLOUD_SDK_CREDENTIALS_FILE}).</li>
 * </ol>
 *
 * <p>Stateless and thread-safe.
 *
 * <pre>{@code
 * String projectId = HuaweiProjectId.resolve().orElse(null);   // null: send no X-Project-Id
 * }</pre>
 */
public final class HuaweiProjectId {
  /** The system property holding a project id. */
  public static final String PROPERTY = "huaweicloud.sdk.projectId";
  /** The environment variable holding a project id. */
  public static final String ENV = "HUAWEICLOUD_SDK_PROJECT_ID";

  private HuaweiProjectId() {}

  /**
   * The configured project id, or empty when none of the places holds one.
   *
   * @throws CredentialsException when the credentials file exists but is unreadable or malformed (file and line
   *                              named)
   */
  public static Optional<String> resolve() {
    return resolve(SystemSettings.real());
  }

  static Optional<String> resolve(SystemSettings s) {
    return configured(s, PROPERTY, ENV, ProfileCredentialsProvider.HUAWEI_SECTION, "project_id");
  }

  /**
   * A setting read from the system property, else the environment variable, else {@code key} in a section of the
   * Huawei credentials file.
   *
   * @throws CredentialsException when the credentials file is unreadable or malformed
   */
  static Optional<String> configured(SystemSettings s, String property, String env, String section, String key) {
    String v = s.propertyOrEnv(property, env);
    if (v == null) {
      Map<String, String> values;
      try {
        values = ProfileCredentialsProvider.huawei(new SourceContext(s, Clock.systemUTC()), section).settings();
      } catch (ConfigFileException e) {
        throw new CredentialsException(e.getMessage(), e.getCause());
      }
      String fromFile = values == null ? null : values.get(key);
      v = fromFile == null || fromFile.isBlank() ? null : fromFile.strip();
    }
    return Optional.ofNullable(v);
  }
}
