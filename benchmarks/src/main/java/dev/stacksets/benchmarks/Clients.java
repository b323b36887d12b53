package dev.stacksets.benchmarks;

import dev.stacksets.cfn.CloudFormationClient;
import dev.stacksets.core.auth.Credentials;
import dev.stacksets.core.auth.CredentialsProvider;
import dev.stacksets.core.retry.RetryPolicy;
import dev.stacksets.rfs.RfsClient;
import java.net.URI;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.regions.Region;

/**
 * How every benchmark, the start-up probe and the paging check build the clients they compare, so they all measure
 * the same configuration: static credentials {@code AK}/{@code SK}, the loopback endpoint, and (unless asked for
 * the defaults) no retries.
 *
 * <p>Stateless and thread-safe.
 */
public final class Clients {
  /** The RFS stack set every RFS call names. */
  public static final String STACK_SET = "my_stack_set";
  /** The CloudFormation stack set every CloudFormation call names (no underscores there). */
  public static final String CFN_STACK_SET = "my-stack-set";
  /** The operation id the CloudFormation calls name. */
  public static final String OPERATION_ID = "0a1b2c3d-0000-4000-8000-000000000001";
  /** The RFS path of ListStackSetOperations for {@link #STACK_SET}. */
  public static final String RFS_PATH = "/v1/stack-sets/" + STACK_SET + "/operations";

  private Clients() {}

  /** Our RFS client against {@code endpoint}; {@code defaultRetries} keeps the default retry policy. */
  public static RfsClient rfs(URI endpoint, boolean defaultRetries) {
    RfsClient.Builder b = RfsClient.builder().endpoint(endpoint)
        .credentialsProvider(CredentialsProvider.of(Credentials.of("AK", "SK")));
    if (!defaultRetries) {
      b.retryPolicy(RetryPolicy.none());
    }
    return b.build();
  }

  /** Our CloudFormation client against {@code endpoint}; {@code defaultRetries} keeps the default retry policy. */
  public static CloudFormationClient cfn(URI endpoint, boolean defaultRetries) {
    CloudFormationClient.Builder b = CloudFormationClient.builder().endpoint(endpoint).region("us-east-1")
        .credentialsProvider(CredentialsProvider.of(Credentials.of("AK", "SK")));
    if (!defaultRetries) {
      b.retryPolicy(RetryPolicy.none());
    }
    return b.build();
  }

  /**
   * The official AWS SDK v2 CloudFormation client with its default HTTP client (Apache, the only one on the class
   * path) and default settings otherwise (standard retries), pointed at {@code endpoint}.
   */
  public static software.amazon.awssdk.services.cloudformation.CloudFormationClient awsSdk(URI endpoint) {
    return software.amazon.awssdk.services.cloudformation.CloudFormationClient.builder()
        .endpointOverride(endpoint)
        .region(Region.US_EAST_1)
        .credentialsProvider(StaticCredentialsProvider.create(AwsBasicCredentials.create("AK", "SK")))
        .build();
  }
}
