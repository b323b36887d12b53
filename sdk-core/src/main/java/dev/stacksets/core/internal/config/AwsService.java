package dev.stacksets.core.internal.config;

/**
 * The AWS services this SDK calls, with the names the AWS SDKs use to configure their endpoints (from each service's
 * {@code serviceId}; see "Identifiers for service-specific endpoints" in the AWS SDKs and Tools Reference Guide):
 * the {@code AWS_ENDPOINT_URL_<SERVICE>} suffix, the key in a {@code [services]} section of the config file, and the
 * {@code aws.endpointUrl<Service>} system property suffix of the AWS SDK for Java.
 */
public enum AwsService {
  /** CloudFormation (serviceId {@code CloudFormation}). */
  CLOUDFORMATION("CLOUDFORMATION", "cloudformation", "CloudFormation", "cloudformation"),
  /** AWS Config (serviceId {@code Config Service}). */
  CONFIG("CONFIG_SERVICE", "config_service", "Config", "config"),
  /** Security Token Service (serviceId {@code STS}). */
  STS("STS", "sts", "Sts", "sts"),
  /** IAM Identity Center portal (serviceId {@code SSO}). */
  SSO("SSO", "sso", "Sso", "portal.sso");

  private final String envSuffix;
  private final String profileKey;
  private final String propertySuffix;
  private final String hostPrefix;

  AwsService(String envSuffix, String profileKey, String propertySuffix, String hostPrefix) {
    this.envSuffix = envSuffix;
    this.profileKey = profileKey;
    this.propertySuffix = propertySuffix;
    this.hostPrefix = hostPrefix;
  }

  /** E.g. {@code AWS_ENDPOINT_URL_CONFIG_SERVICE}. */
  public String endpointEnv() {
    return "AWS_ENDPOINT_URL_" + envSuffix;
  }

  /** E.g. {@code aws.endpointUrlConfig}. */
  public String endpointProperty() {
    return "aws.endpointUrl" + propertySuffix;
  }

  /** The key of this service in a config-file {@code [services]} section, e.g. {@code config_service}. */
  public String profileKey() {
    return profileKey;
  }

  /**
   * The public endpoint in a region: {@code https://{prefix}.{region}.amazonaws.com}, {@code .amazonaws.com.cn} for
   * {@code cn-*} regions.
   */
  public String publicEndpoint(String region) {
    return "https://" + hostPrefix + "." + region + (region.startsWith("cn-") ? ".amazonaws.com.cn" : ".amazonaws.com");
  }
}
