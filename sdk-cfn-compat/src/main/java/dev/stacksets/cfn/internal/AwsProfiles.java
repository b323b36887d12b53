package dev.stacksets.cfn.internal;

import dev.stacksets.cfn.internal.QueryErrorMapper;
import dev.stacksets.cfn.internal.JsonErrorMapper;
import dev.stacksets.core.ClientConfiguration;
import dev.stacksets.core.auth.AwsV4Signer;
import dev.stacksets.core.auth.CredentialsProvider;
import dev.stacksets.core.auth.DefaultCredentialsProviders;
import dev.stacksets.core.internal.ClockSkewErrors;
import dev.stacksets.core.internal.ServiceProfile;
import java.net.URI;
import java.util.List;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.regex.Pattern;

/**
 * What the core pipeline needs to know about CloudFormation and Config: service names, SigV4 signing names, error
 * mappers, the {@code x-amzn-RequestId} header, no client request id, the AWS clock-skew codes; and how the clients
 * resolve their region. Stateless and thread-safe.
 */
public final class AwsProfiles {
  /** The region used for signing when only an endpoint was given (e.g. the emulator, which accepts any region). */
  public static final String DEFAULT_SIGNING_REGION = "us-east-1";
  /** The environment variable holding the default region. */
  public static final String REGION_ENV = "AWS_REGION";

  private static final List<String> REQUEST_ID_HEADERS = List.of("x-amzn-RequestId");
  private static final Pattern REGION = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");

  private AwsProfiles() {}

  /** CloudFormation: Query protocol, signing name {@code cloudformation}. */
  public static ServiceProfile cloudFormation(String region) {
    return new ServiceProfile("CloudFormation", new AwsV4Signer("cloudformation", signingRegion(region)),
        QueryErrorMapper.INSTANCE, REQUEST_ID_HEADERS, null, ClockSkewErrors.aws());
  }

  /** AWS Config: JSON 1.1, signing name {@code config}. */
  public static ServiceProfile config(String region) {
    return new ServiceProfile("Config", new AwsV4Signer("config", signingRegion(region)),
        JsonErrorMapper.INSTANCE, REQUEST_ID_HEADERS, null, ClockSkewErrors.aws());
  }

  /** The signing region: the configured one, or {@value #DEFAULT_SIGNING_REGION} for an endpoint-only client. */
  public static String signingRegion(String region) {
    return region != null ? region : DEFAULT_SIGNING_REGION;
  }

  /**
   * The {@code resolveConfiguration} step of an AWS client builder ({@code SdkClientBuilder}'s, passed as
   * {@code this::resolveConfiguration}); it is protected there, so the builders hand it in.
   */
  @FunctionalInterface
  public interface ConfigurationResolver {
    /** Resolves the configuration from the builder's settings and these defaults. */
    ClientConfiguration resolve(Supplier<String> defaultRegion, Function<String, URI> endpointForRegion,
        Supplier<CredentialsProvider> defaultCredentials);
  }

  /**
   * The configuration of an AWS client whose public endpoints {@code endpointForRegion} knows: the
   * builder's region, else {@code AWS_REGION} read through {@code environment}; the documented endpoint of that
   * region unless an endpoint was set; the default AWS credentials chain unless a provider was set.
   *
   * @throws IllegalStateException when there is neither a region nor an endpoint, saying how to set one
   */
  public static ClientConfiguration configuration(Function<String, URI> endpointForRegion,
      Function<String, String> environment, ConfigurationResolver resolver) {
    try {
      return resolver.resolve(() -> regionFromEnvironment(environment), endpointForRegion,
          DefaultCredentialsProviders::aws);
    } catch (IllegalStateException e) {
      throw new IllegalStateException(e.getMessage()
          + ": set region(...) or the AWS_REGION environment variable, or endpoint(...)", e);
    }
  }

  /**
   * The region from {@code AWS_REGION}, read through {@code environment}; null when unset or blank.
   *
   * @throws IllegalStateException when the variable holds something that is not a region id
   */
  public static String regionFromEnvironment(Function<String, String> environment) {
    String v = environment.apply(REGION_ENV);
    if (v == null || v.isBlank()) {
      return null;
    }
    String region = v.trim();
    if (!REGION.matcher(region).matches()) {
      throw new IllegalStateException(REGION_ENV + " must look like 'us-east-1': '" + v + "'");
    }
    return region;
  }
}
