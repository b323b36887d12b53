package dev.stacksets.core.internal.config;

import java.net.URI;
import java.util.Locale;
import java.util.Set;

/**
 * Huawei Cloud settings read from the environment.
 *
 * <ul>
 *   <li>Service endpoint: {@code HUAWEICLOUD_SDK_REGION_<SERVICE>_<REGION>} (region id upper-case, {@code -} as
 *       {@code _}; a comma-separated list of which the first is used), as the Huawei Cloud SDKs'
 *       {@code EnvRegionProvider} reads it; a value without a scheme gets {@code https://}.</li>
 *   <li>Region: {@code huaweicloud.sdk.region} / {@code HUAWEICLOUD_SDK_REGION}. The Huawei Cloud SDKs have no such
 *       setting (their region is always given in code); these names are this SDK's own.</li>
 *   <li>IAM endpoint: {@code HUAWEICLOUD_SDK_IAM_ENDPOINT} (the Huawei Cloud SDKs' name), else
 *       {@code https://iam.{region}.myhuaweicloud.com} for the regions the official SDK lists in its
 *       {@code iam_endpoints.json}, else {@code https://iam.myhuaweicloud.com}.</li>
 *   <li>ECS metadata service: {@code HUAWEICLOUD_SDK_METADATA_ENDPOINT} (default {@code http://169.254.169.254}) and
 *       {@code HUAWEICLOUD_SDK_METADATA_DISABLED}: this SDK's own names (the official SDK has neither).</li>
 * </ul>
 *
 * <p>Stateless.
 */
public final class HuaweiSettings {
  /** This SDK's system property holding the default region. */
  public static final String REGION_PROPERTY = "huaweicloud.sdk.region";
  /** This SDK's environment variable holding the default region. */
  public static final String REGION_ENV = "HUAWEICLOUD_SDK_REGION";
  /** The IAM endpoint override (the Huawei Cloud SDKs' name). */
  public static final String IAM_ENDPOINT_ENV = "HUAWEICLOUD_SDK_IAM_ENDPOINT";
  /** The ECS/CCE metadata service override (this SDK's name). */
  public static final String METADATA_ENDPOINT_ENV = "HUAWEICLOUD_SDK_METADATA_ENDPOINT";
  /** Switches the ECS/CCE metadata source off when {@code true} (this SDK's name). */
  public static final String METADATA_DISABLED_ENV = "HUAWEICLOUD_SDK_METADATA_DISABLED";
  /** The global IAM endpoint. */
  public static final URI DEFAULT_IAM_ENDPOINT = URI.create("https://iam.myhuaweicloud.com");
  private static final URI DEFAULT_METADATA_ENDPOINT = URI.create("http://169.254.169.254");
  private static final Set<String> REGIONAL_IAM = Set.of("cn-north-1", "cn-north-2", "cn-north-4", "cn-north-9",
      "cn-east-2", "cn-east-3", "cn-east-4", "cn-east-5", "cn-south-1", "cn-south-2", "cn-southwest-2",
      "ap-southeast-1", "ap-southeast-2", "ap-southeast-3", "ap-southeast-4", "af-south-1", "sa-brazil-1",
      "la-south-2", "la-north-2", "na-mexico-1", "eu-west-0", "my-kualalumpur-1", "ru-moscow-1", "me-east-1",
      "ae-ad-1");

  private HuaweiSettings() {}

  /**
   * The default region, or null when none is set.
   *
   * @throws IllegalStateException naming the setting when it is not a region id
   */
  public static String region(SystemSettings settings) {
    String v = settings.property(REGION_PROPERTY);
    if (v != null) {
      return AwsRegionSettings.check(v, "system property " + REGION_PROPERTY);
    }
    v = settings.env(REGION_ENV);
    return v == null ? null : AwsRegionSettings.check(v, REGION_ENV);
  }

  /** The name of the endpoint variable of a service in a region, e.g. {@code HUAWEICLOUD_SDK_REGION_RFS_CN_NORTH_4}. */
  public static String endpointEnv(String service, String region) {
    return "HUAWEICLOUD_SDK_REGION_" + service.toUpperCase(Locale.ROOT) + "_"
        + region.replace('-', '_').toUpperCase(Locale.ROOT);
  }

  /**
   * The endpoint configured for {@code service} in {@code region}, or null.
   *
   * @throws IllegalStateException naming the variable when its first entry is not a usable endpoint
   */
  public static ConfiguredEndpoint endpoint(SystemSettings settings, String service, String region) {
    String name = endpointEnv(service, region);
    String v = settings.env(name);
    if (v == null) {
      return null;
    }
    String first = v.split(",", -1)[0].strip();
    if (first.isEmpty()) {
      throw new IllegalStateException("environment variable " + name + " starts with an empty endpoint");
    }
    return ConfiguredEndpoint.parse(first.contains("://") ? first : "https://" + first, "environment variable " + name);
  }

  /**
   * The IAM endpoint for {@code region} (null: no region known).
   *
   * @throws IllegalStateException when {@code HUAWEICLOUD_SDK_IAM_ENDPOINT} is not a usable endpoint
   */
  public static URI iamEndpoint(SystemSettings settings, String region) {
    String v = settings.env(IAM_ENDPOINT_ENV);
    if (v != null) {
      return ConfiguredEndpoint.parse(v.contains("://") ? v : "https://" + v, "environment variable "
          + IAM_ENDPOINT_ENV).uri();
    }
    if (region != null && REGIONAL_IAM.contains(region)) {
      return URI.create("https://iam." + region + ".myhuaweicloud.com");
    }
    return DEFAULT_IAM_ENDPOINT;
  }

  /**
   * The ECS/CCE metadata service, or null when it is switched off (or the settings are
   * {@link SystemSettings#isolated() isolated} and name none).
   *
   * @throws IllegalStateException when a setting is unusable
   */
  public static URI metadataEndpoint(SystemSettings settings) {
    if (Boolean.TRUE.equals(SystemSettings.bool(settings.env(METADATA_DISABLED_ENV), METADATA_DISABLED_ENV))) {
      return null;
    }
    String v = settings.env(METADATA_ENDPOINT_ENV);
    if (v == null) {
      return settings.isolated() ? null : DEFAULT_METADATA_ENDPOINT;
    }
    return ConfiguredEndpoint.parse(v, "environment variable " + METADATA_ENDPOINT_ENV).uri();
  }
}
