package dev.stacksets.cfn;

import static dev.stacksets.core.testing.WireRecorder.assertMatchesGolden;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.stacksets.cfn.config.model.OrganizationResourceDetailedStatus;
import dev.stacksets.cfn.model.CallAs;
import dev.stacksets.cfn.model.OperationResultFilter;
import dev.stacksets.cfn.model.OperationResultFilterName;
import dev.stacksets.cfn.model.StackInstanceFilter;
import dev.stacksets.cfn.model.StackInstanceFilterName;
import dev.stacksets.cfn.model.StackSetStatus;
import dev.stacksets.core.auth.Credentials;
import dev.stacksets.core.auth.CredentialsProvider;
import dev.stacksets.core.exception.StackSetsException;
import dev.stacksets.core.retry.RetryPolicy;
import dev.stacksets.core.testing.WireRecorder;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;

/**
 * The exact bytes and SigV4 signature of every CloudFormation and Config operation, pinned in
 * {@code src/test/resources/wire/}. A refactoring must leave these files alone; a deliberate wire change regenerates
 * them with {@code -Dwire.update=true} and says why in its commit.
 */
class WireGoldenTest {
  private static final Credentials KEYS = Credentials.of("AKIDEXAMPLE", "wJalrXUtnFEMI/K7MDENG+bPxRfiCYEXAMPLEKEY");
  private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-12-04T06:00:00Z"), ZoneOffset.UTC);
  private static final String SET = "my-stack-set";
  private static final String OPERATION = "a1b2c3d4-e5f6-4711-8899-aabbccddeeff";

  private final WireRecorder wire = new WireRecorder().reply(400, "text/xml", "<ErrorResponse/>");

  private CloudFormationClient cfn(String region, Credentials credentials) {
    return CloudFormationClient.builder().environment(name -> null).region(region)
        .credentialsProvider(CredentialsProvider.of(credentials)).clock(CLOCK).retryPolicy(RetryPolicy.none())
        .addInterceptor(wire).build();
  }

  private void record(String name, Executable call) {
    assertThatThrownBy(call::execute).isInstanceOf(StackSetsException.class); // the canned 400
    assertMatchesGolden(name, wire.takeOnly());
  }

  @Test
  void cloudFormationOperations() {
    try (CloudFormationClient cfn = cfn("us-east-1", KEYS)) {
      record("cfn-list-stack-set-operation-results", () -> cfn.listStackSetOperationResults(r -> r
          .stackSetName(SET).operationId(OPERATION).maxResults(100).nextToken("token+/=")
          .callAs(CallAs.DELEGATED_ADMIN)
          .filters(OperationResultFilter.builder().name(OperationResultFilterName.OPERATION_RESULT_STATUS)
              .values("FAILED").build())));
      record("cfn-list-stack-set-operations", () -> cfn.listStackSetOperations(r -> r
          .stackSetName(SET).maxResults(20).nextToken("t1").callAs(CallAs.SELF)));
      record("cfn-describe-stack-set-operation", () -> cfn.describeStackSetOperation(r -> r
          .stackSetName(SET).operationId(OPERATION)));
      record("cfn-list-stack-sets", () -> cfn.listStackSets(r -> r
          .status(StackSetStatus.ACTIVE).maxResults(5).nextToken("n").callAs(CallAs.SELF)));
      record("cfn-list-stack-instances", () -> cfn.listStackInstances(r -> r
          .stackSetName(SET).maxResults(50)
          .filters(StackInstanceFilter.builder().name(StackInstanceFilterName.DETAILED_STATUS).values("FAILED")
                  .build(),
              StackInstanceFilter.builder().name(StackInstanceFilterName.LAST_OPERATION_ID).values(OPERATION)
                  .build())
          .stackInstanceAccount("123456789012").stackInstanceRegion("eu-west-1")));
      record("cfn-describe-stack-set", () -> cfn.describeStackSet(r -> r.stackSetName(SET)));
      record("cfn-describe-stack-instance", () -> cfn.describeStackInstance(r -> r
          .stackSetName(SET).stackInstanceAccount("123456789012").stackInstanceRegion("eu-west-1")
          .callAs(CallAs.DELEGATED_ADMIN)));
    }
  }

  @Test
  void cloudFormationInChinaWithSessionToken() {
    try (CloudFormationClient cfn = cfn("cn-north-1",
        Credentials.of("AKIDEXAMPLE", "wJalrXUtnFEMI/K7MDENG+bPxRfiCYEXAMPLEKEY", "session-token-example"))) {
      record("cfn-china-session-token", () -> cfn.describeStackSet(r -> r.stackSetName(SET)));
    }
  }

  @Test
  void configOperation() {
    wire.reply(400, "application/x-amz-json-1.1", "{\"__type\":\"ValidationException\"}");
    try (ConfigClient config = ConfigClient.builder().environment(name -> null).region("us-east-1")
        .credentialsProvider(CredentialsProvider.of(KEYS)).clock(CLOCK).retryPolicy(RetryPolicy.none())
        .addInterceptor(wire).build()) {
      record("config-get-organization-conformance-pack-detailed-status",
          () -> config.getOrganizationConformancePackDetailedStatus(r -> r
              .organizationConformancePackName("my-pack")
              .filters(f -> f.accountId("123456789012").status(OrganizationResourceDetailedStatus.CREATE_FAILED))
              .limit(100).nextToken("next/token")));
    }
  }
}
