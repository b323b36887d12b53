package dev.stacksets.core.internal.config;

import java.util.Map;
import java.util.regex.Pattern;

/**
 * The AWS region configured outside the code, in the order of the AWS SDK for Java 2.x
 * ({@code DefaultAwsRegionProviderChain}), without its last step (instance metadata, asked by the caller when it
 * needs it): the system property {@code aws.region}, the environment variable {@code AWS_REGION}, the active
 * profile's {@code region}. Stateless.
 */
public final class AwsRegionSettings {
  /** The system property holding the region. */
  public static final String PROPERTY = "aws.region";
  /** The environment variable holding the region. */
  public static final String ENV = "AWS_REGION";
  private static final Pattern REGION = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");

  private AwsRegionSettings() {}

  /**
   * The configured region, or null when none of the places holds one.
   *
   * @throws IllegalStateException naming the setting when it holds something that is not a region id
   * @throws ConfigFileException   when a shared file is unreadable or malformed
   */
  public static String resolve(SystemSettings settings, AwsConfigFiles files) {
    String v = settings.property(PROPERTY);
    if (v != null) {
      return check(v, "system property " + PROPERTY);
    }
    v = settings.env(ENV);
    if (v != null) {
      return check(v, ENV);
    }
    Map<String, String> profile = files.activeProfile();
    v = profile == null ? null : AwsEndpointSettings.blankToNull(profile.get("region"));
    return v == null ? null : check(v, "region of " + files.describe(files.profileName()));
  }

  /**
   * Returns {@code region} when it looks like a region id.
   *
   * @throws IllegalStateException naming {@code source} otherwise
   */
  public static String check(String region, String source) {
    if (!REGION.matcher(region).matches()) {
      throw new IllegalStateException(source + " must look like 'us-east-1': '" + region + "'");
    }
    return region;
  }
}
