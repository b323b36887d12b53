package dev.stacksets.cfn.internal;

import dev.stacksets.cfn.internal.QueryErrorMapper;
import dev.stacksets.cfn.internal.JsonErrorMapper;
import dev.stacksets.core.ClientConfiguration;
import dev.stacksets.core.auth.AwsV4Signer;
import dev.stacksets.core.auth.CredentialsProvider;
import dev.stacksets.core.auth.DefaultCredentialsProviders;
import dev.stacksets.core.internal.ClockSkewErrors;
import dev.stacksets.core.internal.ServiceProfile;
import dev.stacksets.core.internal.config.AwsConfigFiles;
import dev.stacksets.core.internal.config.AwsEndpointSettings;
import dev.stacksets.core.internal.config.AwsRegionSettings;
import dev.stacksets.core.internal.config.AwsService;
import dev.stacksets.core.internal.config.ConfigFileException;
import dev.stacksets.core.internal.config.ConfiguredEndpoint;
import dev.stacksets.core.internal.config.Ec2Metadata;
import dev.stacksets.core.internal.config.SystemSettings;
import java.io.IOException;
import java.net.URI;
import java.time.Clock;
import java.util.List;
import java.util.function.Function;
import java.util.function.Supplier;

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
        Supplier<CredentialsProvider> defaultCredentials, Supplier<URI> configuredEndpoint);
  }

  /**
   * The configuration of an AWS client: the builder's region, else the one configured on the machine
   * ({@code aws.region}, {@code AWS_REGION}, the profile's {@code region}: {@link AwsRegionSettings}), else, when no
   * endpoint is set or configured either, the EC2 instance metadata's {@code placement/region}; the builder's
   * endpoint, else the one configured for {@code service} ({@code AWS_ENDPOINT_URL_<SERVICE>} and the rest:
   * {@link AwsEndpointSettings}), else the documented endpoint of the region; the default AWS credentials chain
   * unless a provider was set.
   *
   * @param endpointSet whether the builder was given an endpoint (then no configured one is looked up)
   * @throws IllegalStateException when there is neither a region nor an endpoint, saying how to set one, or a
   *     setting or shared file is unusable
   */
  public static ClientConfiguration configuration(AwsService service, Function<String, URI> endpointForRegion,
      SystemSettings settings, boolean endpointSet, ConfigurationResolver resolver) {
    String configuredRegion;
    ConfiguredEndpoint configured;
    try {
      AwsConfigFiles files = AwsConfigFiles.of(settings, null);
      configuredRegion = AwsRegionSettings.resolve(settings, files);
      configured = endpointSet ? null : AwsEndpointSettings.resolve(settings, files, service);
    } catch (ConfigFileException e) {
      throw new IllegalStateException(e.getMessage(), e);
    }
    // the last step of the region chain, instance metadata, only when the region is needed to pick the endpoint
    Supplier<String> region = configuredRegion != null || endpointSet || configured != null ? () -> configuredRegion
        : () -> regionFromInstanceMetadata(settings);
    try {
      return resolver.resolve(region, endpointForRegion, DefaultCredentialsProviders::aws,
          () -> configured == null ? null : configured.uri());
    } catch (IllegalStateException e) {
      throw new IllegalStateException(e.getMessage() + ": set region(...), the aws.region system property, the "
          + REGION_ENV + " environment variable or a profile's region (or run on EC2), or endpoint(...) or "
          + service.endpointEnv(),
          e);
    }
  }

  /** The region of this EC2 instance, or null when instance metadata is off or does not answer. */
  private static String regionFromInstanceMetadata(SystemSettings settings) {
    Ec2Metadata imds = Ec2Metadata.of(settings, Clock.systemUTC());
    if (imds.endpoint() == null) {
      return null;
    }
    try {
      return AwsRegionSettings.check(imds.get("/latest/meta-data/placement/region").strip(),
          "the region of instance metadata at " + imds.endpoint());
    } catch (IOException e) {
      return null; // not on EC2 (or no answer): the build then says how to set a region
    }
  }
}
