package dev.stacksets.emulator;

import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.awscore.retry.AwsRetryStrategy;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.core.client.config.ClientOverrideConfiguration;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.retries.api.BackoffStrategy;
import software.amazon.awssdk.retries.api.RetryStrategy;
import software.amazon.awssdk.services.cloudformation.CloudFormationClient;
import software.amazon.awssdk.services.config.ConfigClient;

/** Official AWS SDK v2 clients pointed at an emulator, configured the way a user would. */
final class AwsSdk {
  private AwsSdk() {}

  static StaticCredentialsProvider credentials(StackSetEmulator e) {
    return StaticCredentialsProvider.create(AwsBasicCredentials.create(e.credentials().accessKeyId(),
        e.credentials().secretAccessKey()));
  }

  /** The SDK's standard retry strategy (3 attempts, throttling recognised) without waiting between attempts. */
  static RetryStrategy fastRetries() {
    return AwsRetryStrategy.standardRetryStrategy().toBuilder()
        .backoffStrategy(BackoffStrategy.retryImmediately())
        .throttlingBackoffStrategy(BackoffStrategy.retryImmediately()).build();
  }

  static CloudFormationClient cloudFormation(StackSetEmulator e) {
    return cloudFormation(e, credentials(e));
  }

  static CloudFormationClient cloudFormation(StackSetEmulator e, StaticCredentialsProvider creds) {
    return CloudFormationClient.builder().endpointOverride(e.cloudFormationEndpoint())
        .region(Region.of(e.region())).credentialsProvider(creds)
        .overrideConfiguration(ClientOverrideConfiguration.builder().retryStrategy(fastRetries()).build())
        .httpClient(UrlConnectionHttpClient.create()).build();
  }

  static ConfigClient config(StackSetEmulator e) {
    return ConfigClient.builder().endpointOverride(e.configEndpoint()).region(Region.of(e.region()))
        .credentialsProvider(credentials(e))
        .overrideConfiguration(ClientOverrideConfiguration.builder().retryStrategy(fastRetries()).build())
        .httpClient(UrlConnectionHttpClient.create()).build();
  }
}
