package dev.stacksets.core.auth;

import dev.stacksets.core.internal.config.SystemSettings;
import java.util.Optional;

/**
 * Finds the Huawei Cloud account (domain) id configured on this machine, which the Huawei Cloud SDKs send with the
 * credentials of global services ({@code GlobalCredentials}): the system property {@code huaweicloud.sdk.domainId}
 * (this SDK's name), the environment variable {@code HUAWEICLOUD_SDK_DOMAIN_ID}, or {@code domain_id} in the
 * {@code [global]} section of {@code ~/.huaweicloud/credentials} (see {@link ProfileCredentialsProvider#huaweiGlobal()}).
 *
 * <p>Stateless and thread-safe.
 *
 * <pre>{@code
 * String domainId = HuaweiDomainId.resolve().orElseThrow();
 * }</pre>
 */
public final class HuaweiDomainId {
  /** The system property holding a domain id. */
  public static final String PROPERTY = "huaweicloud.sdk.domainId";
  /** The environment variable holding a domain id. */
  public static final String ENV = "HUAWEICLOUD_SDK_DOMAIN_ID";

  private HuaweiDomainId() {}

  /**
   * The configured domain id, or empty when none of the places holds one.
   *
   * @throws CredentialsException when the credentials file exists but is unreadable or malformed
   */
  public static Optional<String> resolve() {
    return resolve(SystemSettings.real());
  }

  static Optional<String> resolve(SystemSettings s) {
    return HuaweiProjectId.configured(s, PROPERTY, ENV, ProfileCredentialsProvider.HUAWEI_GLOBAL_SECTION, "domain_id");
  }
}
