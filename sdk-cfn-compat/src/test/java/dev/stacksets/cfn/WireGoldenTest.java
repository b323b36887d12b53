package dev.stacksets.cfn;

import static dev.stacksets.core.testing.WireRecorder.assertMatchesGolden;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.stacksets.cfn.config.model.ConformancePackInputParameter;
import dev.stacksets.cfn.config.model.OrganizationResourceDetailedStatus;
import dev.stacksets.cfn.model.AccountFilterType;
import dev.stacksets.cfn.model.CallAs;
import dev.stacksets.cfn.model.Capability;
import dev.stacksets.cfn.model.ConcurrencyMode;
import dev.stacksets.cfn.model.OperationResultFilter;
import dev.stacksets.cfn.model.OperationResultFilterName;
import dev.stacksets.cfn.model.Parameter;
import dev.stacksets.cfn.model.PermissionModels;
import dev.stacksets.cfn.model.RegionConcurrencyType;
import dev.stacksets.cfn.model.StackInstanceFilter;
import dev.stacksets.cfn.model.StackInstanceFilterName;
import dev.stacksets.cfn.model.StackSetStatus;
import dev.stacksets.cfn.model.Tag;
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

  /** The writes, each with its idempotency key given (a generated one would differ on every run). */
  @Test
  void cloudFormationWriteOperations() {
    try (CloudFormationClient cfn = cfn("us-east-1", KEYS)) {
      record("cfn-create-stack-set", () -> cfn.createStackSet(r -> r
          .stackSetName(SET).description("Baseline").templateBody("{\"Resources\": {}}")
          .parameters(Parameter.builder().parameterKey("Env").parameterValue("prod").build())
          .capabilities(Capability.CAPABILITY_NAMED_IAM).tags(Tag.builder().key("team").value("platform").build())
          .permissionModel(PermissionModels.SERVICE_MANAGED)
          .autoDeployment(a -> a.enabled(true).retainStacksOnAccountRemoval(false))
          .callAs(CallAs.DELEGATED_ADMIN).clientRequestToken("token-1").managedExecution(m -> m.active(true))));
      record("cfn-update-stack-set", () -> cfn.updateStackSet(r -> r
          .stackSetName(SET).templateUrl("https://s3.amazonaws.com/bucket/t.yaml")
          .operationPreferences(p -> p.regionConcurrencyType(RegionConcurrencyType.SEQUENTIAL)
              .regionOrder("eu-west-1", "us-east-1").failureToleranceCount(1).maxConcurrentCount(2))
          .accounts("123456789012").regions("eu-west-1", "us-east-1")
          .administrationRoleArn("arn:aws:iam::123456789012:role/Admin").executionRoleName("Exec")
          .operationId(OPERATION)));
      record("cfn-delete-stack-set", () -> cfn.deleteStackSet(r -> r.stackSetName(SET)));
      record("cfn-create-stack-instances", () -> cfn.createStackInstances(r -> r
          .stackSetName(SET).deploymentTargets(t -> t.organizationalUnitIds("ou-ab12-cd34ef56")
              .accounts("123456789012").accountFilterType(AccountFilterType.DIFFERENCE))
          .regions("eu-west-1").parameterOverrides(Parameter.builder().parameterKey("Size").parameterValue("2")
              .build())
          .operationPreferences(p -> p.maxConcurrentPercentage(50).failureTolerancePercentage(10)
              .concurrencyMode(ConcurrencyMode.SOFT_FAILURE_TOLERANCE))
          .operationId(OPERATION).callAs(CallAs.DELEGATED_ADMIN)));
      record("cfn-update-stack-instances", () -> cfn.updateStackInstances(r -> r
          .stackSetName(SET).accounts("123456789012").regions("eu-west-1")
          .parameterOverrides(Parameter.builder().parameterKey("Size").usePreviousValue(true).build())
          .operationId(OPERATION)));
      record("cfn-delete-stack-instances", () -> cfn.deleteStackInstances(r -> r
          .stackSetName(SET).accounts("123456789012").regions("eu-west-1").retainStacks(true)
          .operationId(OPERATION)));
      record("cfn-stop-stack-set-operation", () -> cfn.stopStackSetOperation(r -> r
          .stackSetName(SET).operationId(OPERATION)));
      record("cfn-detect-stack-set-drift", () -> cfn.detectStackSetDrift(r -> r
          .stackSetName(SET).operationPreferences(p -> p.maxConcurrentPercentage(100)).operationId(OPERATION)));
      record("cfn-list-stack-set-auto-deployment-targets", () -> cfn.listStackSetAutoDeploymentTargets(r -> r
          .stackSetName(SET).maxResults(10).nextToken("n").callAs(CallAs.SELF)));
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
      record("config-put-organization-conformance-pack", () -> config.putOrganizationConformancePack(r -> r
          .organizationConformancePackName("my-pack").templateS3Uri("s3://my-bucket/pack.yaml")
          .deliveryS3Bucket("awsconfigconforms-bucket").deliveryS3KeyPrefix("packs/")
          .conformancePackInputParameters(ConformancePackInputParameter.builder().parameterName("MaxAge")
              .parameterValue("90").build())
          .excludedAccounts("123456789012")));
      record("config-delete-organization-conformance-pack", () -> config.deleteOrganizationConformancePack(r -> r
          .organizationConformancePackName("my-pack")));
      record("config-describe-organization-conformance-packs", () -> config.describeOrganizationConformancePacks(
          r -> r.organizationConformancePackNames("my-pack").limit(10).nextToken("t")));
      record("config-describe-organization-conformance-pack-statuses",
          () -> config.describeOrganizationConformancePackStatuses(r -> r.limit(0)));
    }
  }
}
