package dev.stacksets.core.internal.config;

import java.util.Map;

/**
 * The endpoint configured for an AWS service outside the code, in the order of the AWS SDK for Java 2.x
 * ({@code AwsClientEndpointProvider}):
 *
 * <ol>
 *   <li>system property {@code aws.endpointUrl<Service>} (e.g. {@code aws.endpointUrlSts}), then
 *       {@code aws.endpointUrl};</li>
 *   <li>environment variable {@code AWS_ENDPOINT_URL_<SERVICE>} (e.g. {@code AWS_ENDPOINT_URL_CONFIG_SERVICE}), then
 *       {@code AWS_ENDPOINT_URL};</li>
 *   <li>the active profile's {@code services} section ({@code [services name]}, key {@code <service> =} with an
 *       indented {@code endpoint_url}), then the profile's own {@code endpoint_url}.</li>
 * </ol>
 *
 * <p>All of them are ignored when {@code aws.ignoreConfiguredEndpointUrls} / {@code AWS_IGNORE_CONFIGURED_ENDPOINT_URLS}
 * (else the profile's {@code ignore_configured_endpoint_urls}) is {@code true}. An endpoint given in code
 * ({@code endpoint(...)} on a builder) is not looked up here and always wins. Stateless.
 */
public final class AwsEndpointSettings {
  /** The system property that switches configured endpoints off. */
  public static final String IGNORE_PROPERTY = "aws.ignoreConfiguredEndpointUrls";
  /** The environment variable that switches configured endpoints off. */
  public static final String IGNORE_ENV = "AWS_IGNORE_CONFIGURED_ENDPOINT_URLS";

  private AwsEndpointSettings() {}

  /**
   * The configured endpoint of {@code service}, or null when none is configured (or they are ignored).
   *
   * @throws IllegalStateException naming the setting when a value is not a usable endpoint, or the ignore switch is
   *     neither {@code true} nor {@code false}
   * @throws ConfigFileException   when the config file is unreadable or malformed
   */
  public static ConfiguredEndpoint resolve(SystemSettings settings, AwsConfigFiles files, AwsService service) {
    if (ignored(settings, files)) {
      return null;
    }
    String v = settings.property(service.endpointProperty());
    if (v != null) {
      return ConfiguredEndpoint.parse(v, "system property " + service.endpointProperty());
    }
    v = settings.property("aws.endpointUrl");
    if (v != null) {
      return ConfiguredEndpoint.parse(v, "system property aws.endpointUrl");
    }
    v = settings.env(service.endpointEnv());
    if (v != null) {
      return ConfiguredEndpoint.parse(v, "environment variable " + service.endpointEnv());
    }
    v = settings.env("AWS_ENDPOINT_URL");
    if (v != null) {
      return ConfiguredEndpoint.parse(v, "environment variable AWS_ENDPOINT_URL");
    }
    Map<String, String> profile = files.activeProfile();
    if (profile == null) {
      return null;
    }
    String servicesName = blankToNull(profile.get("services"));
    if (servicesName != null) {
      Map<String, String> services = files.configSection("services", servicesName);
      String key = service.profileKey() + ".endpoint_url";
      v = services == null ? null : blankToNull(services.get(key));
      if (v != null) {
        return ConfiguredEndpoint.parse(v, key + " in [services " + servicesName + "] of " + files.configFile());
      }
    }
    v = blankToNull(profile.get("endpoint_url"));
    if (v != null) {
      return ConfiguredEndpoint.parse(v, "endpoint_url of " + files.describe(files.profileName()));
    }
    return null;
  }

  private static boolean ignored(SystemSettings settings, AwsConfigFiles files) {
    String p = settings.property(IGNORE_PROPERTY);
    if (p != null) {
      return SystemSettings.bool(p, "system property " + IGNORE_PROPERTY);
    }
    String e = settings.env(IGNORE_ENV);
    if (e != null) {
      return SystemSettings.bool(e, "environment variable " + IGNORE_ENV);
    }
    Map<String, String> profile = files.activeProfile();
    String f = profile == null ? null : blankToNull(profile.get("ignore_configured_endpoint_urls"));
    return f != null && SystemSettings.bool(f, "ignore_configured_endpoint_urls of "
        + files.describe(files.profileName()));
  }

  static String blankToNull(String v) {
    return v == null || v.isBlank() ? null : v.strip();
  }
}
