package dev.stacksets.emulator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.awscore.exception.AwsServiceException;
import software.amazon.awssdk.services.cloudformation.CloudFormationClient;
import software.amazon.awssdk.services.cloudformation.model.AutoDeployment;
import software.amazon.awssdk.services.cloudformation.model.DeploymentTargets;
import software.amazon.awssdk.services.cloudformation.model.InvalidOperationException;
import software.amazon.awssdk.services.cloudformation.model.NameAlreadyExistsException;
import software.amazon.awssdk.services.cloudformation.model.OperationIdAlreadyExistsException;
import software.amazon.awssdk.services.cloudformation.model.OperationInProgressException;
import software.amazon.awssdk.services.cloudformation.model.Parameter;
import software.amazon.awssdk.services.cloudformation.model.StackInstanceNotFoundException;
import software.amazon.awssdk.services.cloudformation.model.StackSet;
import software.amazon.awssdk.services.cloudformation.model.StackSetNotEmptyException;
import software.amazon.awssdk.services.cloudformation.model.StackSetNotFoundException;
import software.amazon.awssdk.services.cloudformation.model.StackSetOperation;
import software.amazon.awssdk.services.cloudformation.model.StackSetOperationPreferences;
import software.amazon.awssdk.services.cloudformation.model.StackSetOperationResultSummary;
import software.amazon.awssdk.services.cloudformation.model.StackSetStatus;
import software.amazon.awssdk.services.cloudformation.model.Tag;

/**
 * The official AWS SDK for Java v2 drives every CloudFormation stack-set write against the in-JVM emulator (time
 * frozen, so each step is exact): the life cycle, the state rules with the AWS model's exceptions, replays, stops,
 * drift, failure tolerance, concurrency and region order.
 */
@StackSetEmulatorTest(timeSpeed = 0, seedData = false)
class AwsSdkWritesTest {
  private static final String TEMPLATE = "Resources:\n  Topic:\n    Type: AWS::SNS::Topic\n";
  private static final List<String> ACCOUNTS = List.of("111111111111", "222222222222");
  private static final List<String> REGIONS = List.of("us-east-1", "eu-west-1");

  private final StackSetEmulator e;
  private final CloudFormationClient cfn;

  AwsSdkWritesTest(StackSetEmulator e) {
    this.e = e;
    this.cfn = AwsSdk.cloudFormation(e);
  }

  private String create(String name) {
    return cfn.createStackSet(b -> b.stackSetName(name).templateBody(TEMPLATE)).stackSetId();
  }

  private StackSetOperation operation(String set, String id) {
    return cfn.describeStackSetOperation(b -> b.stackSetName(set).operationId(id)).stackSetOperation();
  }

  private Map<String, String> results(String set, String id) {
    return cfn.listStackSetOperationResultsPaginator(b -> b.stackSetName(set).operationId(id)).summaries().stream()
        .collect(Collectors.toMap(r -> r.region() + "/" + r.account(), StackSetOperationResultSummary::statusAsString,
            (a, b) -> a, TreeMap::new));
  }

  private void finish() {
    e.advanceTime(Duration.ofHours(2));
  }

  @Test
  void aWholeLifeCycleWithTheStateRules() {
    String id = create("life-cycle");
    assertThat(id).startsWith("life-cycle:");
    StackSet described = cfn.describeStackSet(b -> b.stackSetName("life-cycle")).stackSet();
    assertThat(described.templateBody()).isEqualTo(TEMPLATE);
    assertThat(described.statusAsString()).isEqualTo("ACTIVE");
    assertThat(described.administrationRoleARN())
        .isEqualTo("arn:aws:iam::123456789012:role/AWSCloudFormationStackSetAdministrationRole");
    assertThat(described.executionRoleName()).isEqualTo("AWSCloudFormationStackSetExecutionRole");

    String createOp = cfn.createStackInstances(b -> b.stackSetName("life-cycle").accounts(ACCOUNTS).regions(REGIONS)
        .operationPreferences(p -> p.maxConcurrentCount(2).failureToleranceCount(1))).operationId();
    StackSetOperation queued = operation("life-cycle", createOp);
    assertThat(queued.statusAsString()).isEqualTo("QUEUED");
    assertThat(queued.actionAsString()).isEqualTo("CREATE");
    assertThat(queued.deploymentTargets().accounts()).containsExactlyElementsOf(ACCOUNTS);
    assertThat(queued.operationPreferences().maxConcurrentCount()).isEqualTo(2);

    // one operation at a time: any other write is refused while it runs
    OperationInProgressException busy = (OperationInProgressException) catchService(() -> cfn.updateStackSet(b -> b
        .stackSetName("life-cycle").usePreviousTemplate(true)));
    assertThat(busy.statusCode()).isEqualTo(409);
    assertThat(busy.awsErrorDetails().errorCode()).isEqualTo("OperationInProgressException");
    assertThat(busy.getMessage()).contains("stackset/" + id);
    assertThatThrownBy(() -> cfn.deleteStackSet(b -> b.stackSetName("life-cycle")))
        .isInstanceOf(OperationInProgressException.class);

    e.advanceTime(Duration.ofSeconds(3));
    assertThat(operation("life-cycle", createOp).statusAsString()).isEqualTo("RUNNING");
    finish();
    StackSetOperation done = operation("life-cycle", createOp);
    assertThat(done.statusAsString()).isEqualTo("SUCCEEDED");
    assertThat(done.endTimestamp()).isAfter(done.creationTimestamp());
    assertThat(results("life-cycle", createOp)).containsOnlyKeys("eu-west-1/111111111111",
        "eu-west-1/222222222222", "us-east-1/111111111111", "us-east-1/222222222222").containsValues("SUCCEEDED")
        .doesNotContainValue("FAILED");
    assertThat(cfn.listStackInstances(b -> b.stackSetName("life-cycle")).summaries())
        .allSatisfy(i -> assertThat(i.statusAsString()).isEqualTo("CURRENT")).hasSize(4);
    assertThat(cfn.describeStackSet(b -> b.stackSetName("life-cycle")).stackSet().regions())
        .containsExactly("eu-west-1", "us-east-1");

    // no deletion while instances exist
    StackSetNotEmptyException notEmpty = (StackSetNotEmptyException) catchService(() -> cfn.deleteStackSet(b -> b
        .stackSetName("life-cycle")));
    assertThat(notEmpty.statusCode()).isEqualTo(409);

    String updateOp = cfn.updateStackSet(b -> b.stackSetName("life-cycle").templateBody(TEMPLATE + "# v2\n")
        .description("second version").parameters(Parameter.builder().parameterKey("Env").parameterValue("prod")
            .build()).tags(Tag.builder().key("team").value("platform").build())).operationId();
    finish();
    assertThat(operation("life-cycle", updateOp).statusAsString()).isEqualTo("SUCCEEDED");
    assertThat(operation("life-cycle", updateOp).actionAsString()).isEqualTo("UPDATE");
    assertThat(results("life-cycle", updateOp)).hasSize(4).containsValues("SUCCEEDED");
    StackSet updated = cfn.describeStackSet(b -> b.stackSetName("life-cycle")).stackSet();
    assertThat(updated.templateBody()).endsWith("# v2\n");
    assertThat(updated.description()).isEqualTo("second version");
    assertThat(updated.parameters()).singleElement().satisfies(p -> {
      assertThat(p.parameterKey()).isEqualTo("Env");
      assertThat(p.parameterValue()).isEqualTo("prod");
    });
    assertThat(updated.tags()).extracting(Tag::key).containsExactly("team");

    String deleteOp = cfn.deleteStackInstances(b -> b.stackSetName("life-cycle").accounts(ACCOUNTS).regions(REGIONS)
        .retainStacks(false)).operationId();
    assertThat(cfn.listStackInstances(b -> b.stackSetName("life-cycle")).summaries()).hasSize(4);
    finish();
    assertThat(operation("life-cycle", deleteOp).statusAsString()).isEqualTo("SUCCEEDED");
    assertThat(operation("life-cycle", deleteOp).retainStacks()).isFalse();
    assertThat(cfn.listStackInstances(b -> b.stackSetName("life-cycle")).summaries()).isEmpty();

    cfn.deleteStackSet(b -> b.stackSetName("life-cycle"));
    assertThatThrownBy(() -> cfn.describeStackSet(b -> b.stackSetName("life-cycle")))
        .isInstanceOf(StackSetNotFoundException.class);
    assertThat(cfn.describeStackSet(b -> b.stackSetName(id)).stackSet().statusAsString()).isEqualTo("DELETED");
    assertThat(cfn.listStackSets(b -> b.status(StackSetStatus.DELETED)).summaries())
        .anySatisfy(s -> assertThat(s.stackSetId()).isEqualTo(id));
    assertThat(cfn.listStackSetOperations(b -> b.stackSetName(id)).summaries()).extracting(s -> s.operationId())
        .containsExactly(deleteOp, updateOp, createOp);
    // the name is free again
    assertThat(create("life-cycle")).isNotEqualTo(id);
  }

  @Test
  void aNameInUseIsNameAlreadyExists() {
    create("taken-name");
    NameAlreadyExistsException x = (NameAlreadyExistsException) catchService(() -> create("taken-name"));
    assertThat(x.statusCode()).isEqualTo(409);
    assertThat(x.awsErrorDetails().errorCode()).isEqualTo("NameAlreadyExistsException");
    assertThat(x.getMessage()).contains("StackSet taken-name already exists");
  }

  @Test
  void theSameClientRequestTokenGivesTheFirstStackSetBack() {
    String first = cfn.createStackSet(b -> b.stackSetName("token-set").templateBody(TEMPLATE)
        .clientRequestToken("tok-1")).stackSetId();
    String again = cfn.createStackSet(b -> b.stackSetName("token-set").templateBody(TEMPLATE)
        .clientRequestToken("tok-1")).stackSetId();
    assertThat(again).isEqualTo(first);
    assertThat(e.cloudFormation().stackSetNames()).containsOnlyOnce("token-set");
    assertThatThrownBy(() -> cfn.createStackSet(b -> b.stackSetName("token-set").templateBody(TEMPLATE)
        .clientRequestToken("tok-2"))).isInstanceOf(NameAlreadyExistsException.class);
  }

  @Test
  void anOperationIdReplaysTheSameRequestAndRefusesAnotherOne() {
    create("replay-set");
    String op = cfn.createStackInstances(b -> b.stackSetName("replay-set").accounts(ACCOUNTS).regions("us-east-1")
        .operationId("my-op-1")).operationId();
    assertThat(op).isEqualTo("my-op-1");
    // a retry of the same call while the operation runs: the same operation, no conflict, nothing new
    assertThat(cfn.createStackInstances(b -> b.stackSetName("replay-set").accounts(ACCOUNTS).regions("us-east-1")
        .operationId("my-op-1")).operationId()).isEqualTo("my-op-1");
    assertThat(e.cloudFormation().operationIds("replay-set")).containsExactly("my-op-1");
    OperationIdAlreadyExistsException x = (OperationIdAlreadyExistsException) catchService(() -> cfn
        .createStackInstances(b -> b.stackSetName("replay-set").accounts(ACCOUNTS).regions("eu-west-1")
            .operationId("my-op-1")));
    assertThat(x.statusCode()).isEqualTo(409);
    finish();
    // still a replay after it ended
    assertThat(cfn.createStackInstances(b -> b.stackSetName("replay-set").accounts(ACCOUNTS).regions("us-east-1")
        .operationId("my-op-1")).operationId()).isEqualTo("my-op-1");
    assertThat(e.cloudFormation().operationIds("replay-set")).containsExactly("my-op-1");
  }

  @Test
  void aFailingTargetBeyondTheToleranceFailsTheOperationAndCancelsTheRest() {
    create("tolerance-set");
    List<String> four = List.of("111111111111", "222222222222", "333333333333", "444444444444");
    e.cloudFormation().failTarget("us-east-1", "222222222222", "Account 222222222222 has no execution role");
    String op = cfn.createStackInstances(b -> b.stackSetName("tolerance-set").accounts(four).regions(REGIONS)
        .operationPreferences(p -> p.regionOrder("us-east-1", "eu-west-1"))).operationId();
    finish();
    StackSetOperation failed = operation("tolerance-set", op);
    assertThat(failed.statusAsString()).isEqualTo("FAILED");
    assertThat(failed.statusReason()).contains("failure tolerance");
    assertThat(failed.statusDetails().failedStackInstancesCount()).isEqualTo(1);
    // one at a time in region order: the first account succeeded, the second failed, nothing else started
    assertThat(results("tolerance-set", op)).containsExactlyEntriesOf(new TreeMap<>(Map.of(
        "us-east-1/111111111111", "SUCCEEDED", "us-east-1/222222222222", "FAILED",
        "us-east-1/333333333333", "CANCELLED", "us-east-1/444444444444", "CANCELLED",
        "eu-west-1/111111111111", "CANCELLED", "eu-west-1/222222222222", "CANCELLED",
        "eu-west-1/333333333333", "CANCELLED", "eu-west-1/444444444444", "CANCELLED")));
    assertThat(cfn.listStackSetOperationResults(b -> b.stackSetName("tolerance-set").operationId(op)
        .filters(software.amazon.awssdk.services.cloudformation.model.OperationResultFilter.builder()
            .name("OPERATION_RESULT_STATUS").values("FAILED").build())).summaries()).singleElement()
        .satisfies(r -> assertThat(r.statusReason()).isEqualTo("Account 222222222222 has no execution role"));
    assertThat(cfn.describeStackInstance(b -> b.stackSetName("tolerance-set").stackInstanceAccount("222222222222")
        .stackInstanceRegion("us-east-1")).stackInstance().stackInstanceStatus().detailedStatusAsString())
        .isEqualTo("FAILED");
  }

  @Test
  void aFailureTolerancePercentageIsCountedPerRegion() {
    create("percent-set");
    List<String> four = List.of("111111111111", "222222222222", "333333333333", "444444444444");
    e.cloudFormation().failTarget("us-east-1", "111111111111");
    e.cloudFormation().failTarget("*", "333333333333");
    // 50 % of 4 accounts per region: 2 failures tolerated in each region
    String tolerated = cfn.createStackInstances(b -> b.stackSetName("percent-set").accounts(four).regions(REGIONS)
        .operationPreferences(p -> p.failureTolerancePercentage(50).maxConcurrentPercentage(100)
            .concurrencyMode("SOFT_FAILURE_TOLERANCE"))).operationId();
    finish();
    StackSetOperation ok = operation("percent-set", tolerated);
    assertThat(ok.statusAsString()).isEqualTo("SUCCEEDED");
    assertThat(ok.operationPreferences().failureTolerancePercentage()).isEqualTo(50);
    assertThat(ok.operationPreferences().failureToleranceCount()).isNull();
    assertThat(results("percent-set", tolerated).values()).containsExactlyInAnyOrder("FAILED", "FAILED", "FAILED",
        "SUCCEEDED", "SUCCEEDED", "SUCCEEDED", "SUCCEEDED", "SUCCEEDED");
    // 25 % of 4 is 1: the second failure in us-east-1 fails the operation
    String exceeded = cfn.updateStackInstances(b -> b.stackSetName("percent-set").accounts(four).regions(REGIONS)
        .operationPreferences(p -> p.failureTolerancePercentage(25).maxConcurrentPercentage(100)
            .concurrencyMode("SOFT_FAILURE_TOLERANCE"))).operationId();
    finish();
    assertThat(operation("percent-set", exceeded).statusAsString()).isEqualTo("FAILED");
  }

  @Test
  void maximumConcurrencyAndRegionOrderDecideWhatRunsAtOnce() {
    create("concurrency-set");
    e.cloudFormation().writeTiming(Duration.ZERO, Duration.ofSeconds(60));
    try {
      List<String> four = List.of("111111111111", "222222222222", "333333333333", "444444444444");
      String sequential = cfn.createStackInstances(b -> b.stackSetName("concurrency-set").accounts(four)
          .regions(REGIONS).operationPreferences(p -> p.regionOrder("eu-west-1", "us-east-1").maxConcurrentCount(2)
              .failureToleranceCount(1))).operationId();
      e.advanceTime(Duration.ofSeconds(1));
      Map<String, String> first = results("concurrency-set", sequential);
      assertThat(first).containsEntry("eu-west-1/111111111111", "RUNNING")
          .containsEntry("eu-west-1/222222222222", "RUNNING").containsEntry("eu-west-1/333333333333", "PENDING")
          .containsEntry("us-east-1/111111111111", "PENDING");
      assertThat(first.values().stream().filter("RUNNING"::equals).count()).isEqualTo(2);
      finish();

      String parallel = cfn.updateStackInstances(b -> b.stackSetName("concurrency-set").accounts(four)
          .regions(REGIONS).operationPreferences(p -> p.regionConcurrencyType("PARALLEL")
              .maxConcurrentPercentage(25))).operationId();
      e.advanceTime(Duration.ofSeconds(1));
      // 25 % of 4 is 1 per region, both regions at once
      assertThat(results("concurrency-set", parallel)).containsEntry("eu-west-1/111111111111", "RUNNING")
          .containsEntry("us-east-1/111111111111", "RUNNING").containsEntry("eu-west-1/222222222222", "PENDING");
      assertThat(operation("concurrency-set", parallel).operationPreferences().regionConcurrencyTypeAsString())
          .isEqualTo("PARALLEL");
      finish();
      assertThat(operation("concurrency-set", parallel).statusAsString()).isEqualTo("SUCCEEDED");
    } finally {
      e.cloudFormation().writeTiming(Duration.ofSeconds(2), Duration.ofSeconds(30));
    }
  }

  @Test
  void stoppingAnOperationLetsTheRunningTargetsFinishAndCancelsTheRest() {
    create("stop-set");
    String op = cfn.createStackInstances(b -> b.stackSetName("stop-set").accounts(ACCOUNTS).regions(REGIONS))
        .operationId();
    e.advanceTime(Duration.ofSeconds(3));
    cfn.stopStackSetOperation(b -> b.stackSetName("stop-set").operationId(op));
    assertThat(operation("stop-set", op).statusAsString()).isEqualTo("STOPPING");
    cfn.stopStackSetOperation(b -> b.stackSetName("stop-set").operationId(op)); // stopping again changes nothing
    finish();
    StackSetOperation stopped = operation("stop-set", op);
    assertThat(stopped.statusAsString()).isEqualTo("STOPPED");
    assertThat(results("stop-set", op).values()).containsExactlyInAnyOrder("SUCCEEDED", "CANCELLED", "CANCELLED",
        "CANCELLED");
    InvalidOperationException x = (InvalidOperationException) catchService(() -> cfn.stopStackSetOperation(b -> b
        .stackSetName("stop-set").operationId(op)));
    assertThat(x.statusCode()).isEqualTo(400);
    assertThat(x.getMessage()).contains("STOPPED");
    assertThatThrownBy(() -> cfn.stopStackSetOperation(b -> b.stackSetName("stop-set").operationId("no-such-op")))
        .isInstanceOf(software.amazon.awssdk.services.cloudformation.model.OperationNotFoundException.class);
  }

  @Test
  void driftDetectionReportsTheTargetsToldToDrift() {
    create("drift-set");
    cfn.createStackInstances(b -> b.stackSetName("drift-set").accounts(ACCOUNTS).regions(REGIONS));
    finish();
    e.cloudFormation().driftTarget("eu-west-1", "222222222222");
    String op = cfn.detectStackSetDrift(b -> b.stackSetName("drift-set")).operationId();
    assertThat(operation("drift-set", op).actionAsString()).isEqualTo("DETECT_DRIFT");
    finish();
    StackSetOperation done = operation("drift-set", op);
    assertThat(done.stackSetDriftDetectionDetails().driftStatusAsString()).isEqualTo("DRIFTED");
    assertThat(done.stackSetDriftDetectionDetails().driftedStackInstancesCount()).isEqualTo(1);
    assertThat(done.stackSetDriftDetectionDetails().inSyncStackInstancesCount()).isEqualTo(3);
    assertThat(cfn.describeStackInstance(b -> b.stackSetName("drift-set").stackInstanceAccount("222222222222")
        .stackInstanceRegion("eu-west-1")).stackInstance().driftStatusAsString()).isEqualTo("DRIFTED");
    assertThat(cfn.describeStackSet(b -> b.stackSetName("drift-set")).stackSet().stackSetDriftDetectionDetails()
        .driftStatusAsString()).isEqualTo("DRIFTED");
  }

  @Test
  void serviceManagedSetsDeployToOrganizationalUnits() {
    cfn.createStackSet(b -> b.stackSetName("org-set").templateBody(TEMPLATE).permissionModel("SERVICE_MANAGED")
        .autoDeployment(AutoDeployment.builder().enabled(true).retainStacksOnAccountRemoval(true).build()));
    String ou = "ou-abcd-12345678";
    String op = cfn.createStackInstances(b -> b.stackSetName("org-set").regions("us-east-1")
        .deploymentTargets(DeploymentTargets.builder().organizationalUnitIds(ou).build())).operationId();
    finish();
    assertThat(operation("org-set", op).deploymentTargets().organizationalUnitIds()).containsExactly(ou);
    assertThat(cfn.listStackInstances(b -> b.stackSetName("org-set")).summaries()).hasSize(3)
        .allSatisfy(i -> assertThat(i.organizationalUnitId()).isEqualTo(ou));
    assertThat(cfn.listStackSetAutoDeploymentTargets(b -> b.stackSetName("org-set")).summaries()).singleElement()
        .satisfies(t -> {
          assertThat(t.organizationalUnitId()).isEqualTo(ou);
          assertThat(t.regions()).containsExactly("us-east-1");
        });
    StackSet s = cfn.describeStackSet(b -> b.stackSetName("org-set")).stackSet();
    assertThat(s.organizationalUnitIds()).containsExactly(ou);
    assertThat(s.autoDeployment().retainStacksOnAccountRemoval()).isTrue();
    assertThatThrownBy(() -> cfn.createStackInstances(b -> b.stackSetName("org-set").regions("us-east-1")
        .accounts("111111111111"))).isInstanceOf(AwsServiceException.class).hasMessageContaining("SERVICE_MANAGED");
  }

  @Test
  void updatingAnInstanceThatDoesNotExistIsStackInstanceNotFound() {
    create("missing-instance-set");
    StackInstanceNotFoundException x = (StackInstanceNotFoundException) catchService(() -> cfn.updateStackInstances(
        b -> b.stackSetName("missing-instance-set").accounts("111111111111").regions("us-east-1")));
    assertThat(x.statusCode()).isEqualTo(404);
    assertThat(x.getMessage()).contains("111111111111", "us-east-1");
    assertThatThrownBy(() -> cfn.createStackInstances(b -> b.stackSetName("no-such-set").accounts("111111111111")
        .regions("us-east-1"))).isInstanceOf(StackSetNotFoundException.class);
  }

  @Test
  void badWriteRequestsAreValidationErrors() {
    AwsServiceException noTemplate = catchService(() -> cfn.createStackSet(b -> b.stackSetName("no-template")));
    assertThat(noTemplate.statusCode()).isEqualTo(400);
    assertThat(noTemplate.awsErrorDetails().errorCode()).isEqualTo("ValidationError");
    assertThat(catchService(() -> cfn.createStackSet(b -> b.stackSetName("bad_name").templateBody(TEMPLATE)))
        .awsErrorDetails().errorMessage()).contains("stackSetName");
    create("prefs-set");
    AwsServiceException both = catchService(() -> cfn.createStackInstances(b -> b.stackSetName("prefs-set")
        .accounts(ACCOUNTS).regions(REGIONS).operationPreferences(StackSetOperationPreferences.builder()
            .maxConcurrentCount(2).maxConcurrentPercentage(50).build())));
    assertThat(both.awsErrorDetails().errorMessage()).contains("MaxConcurrentCount or MaxConcurrentPercentage");
    assertThat(catchService(() -> cfn.createStackInstances(b -> b.stackSetName("prefs-set").regions(REGIONS)))
        .awsErrorDetails().errorMessage()).contains("Accounts or DeploymentTargets");
    assertThat(e.cloudFormation().operationIds("prefs-set")).isEmpty();
    assertThatThrownBy(() -> cfn.createStackSet(b -> b.stackSetName("x").templateBody(TEMPLATE)
        .executionRoleName("bad role!"))).isInstanceOf(AwsServiceException.class)
        .hasMessageContaining("executionRoleName");
  }

  private static AwsServiceException catchService(Runnable call) {
    try {
      call.run();
    } catch (AwsServiceException x) {
      return x;
    }
    throw new AssertionError("expected a service exception");
  }
}
