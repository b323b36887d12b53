package dev.stacksets.emulator;

import dev.stacksets.emulator.model.Faults;
import dev.stacksets.emulator.model.ServedRequest;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.stacksets.emulator.internal.InstanceState;
import dev.stacksets.emulator.internal.OpStatus;
import dev.stacksets.emulator.internal.Operation;
import dev.stacksets.emulator.internal.Provider;
import dev.stacksets.emulator.internal.SeedData;
import dev.stacksets.emulator.internal.StackSet;
import dev.stacksets.emulator.internal.Target;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.services.cloudformation.CloudFormationClient;
import software.amazon.awssdk.services.cloudformation.model.CloudFormationException;
import software.amazon.awssdk.services.cloudformation.model.DescribeStackSetOperationResponse;
import software.amazon.awssdk.services.cloudformation.model.ListStackSetOperationResultsResponse;
import software.amazon.awssdk.services.cloudformation.model.OperationNotFoundException;
import software.amazon.awssdk.services.cloudformation.model.OperationResultFilterName;
import software.amazon.awssdk.services.cloudformation.model.StackInstanceFilterName;
import software.amazon.awssdk.services.cloudformation.model.StackInstanceSummary;
import software.amazon.awssdk.services.cloudformation.model.StackSetNotFoundException;
import software.amazon.awssdk.services.cloudformation.model.StackSetOperation;
import software.amazon.awssdk.services.cloudformation.model.StackSetOperationResultSummary;
import software.amazon.awssdk.services.cloudformation.model.StackSetOperationSummary;
import software.amazon.awssdk.services.cloudformation.model.StackSetStatus;
import software.amazon.awssdk.services.cloudformation.model.StackSetSummary;

/** The official AWS SDK for Java v2 CloudFormation client against the emulator: data equals the model. */
@StackSetEmulatorTest(timeSpeed = 0)
class AwsSdkCloudFormationInteropTest {
  static CloudFormationClient cfn;

  @BeforeAll
  static void client(StackSetEmulator e) {
    cfn = AwsSdk.cloudFormation(e);
  }

  @AfterAll
  static void close() {
    cfn.close();
  }

  private static StackSet set(StackSetEmulator e, String name) {
    return e.model().stackSet(Provider.CLOUDFORMATION, name);
  }

  @Test
  void listStackSetsEqualsTheModel(StackSetEmulator e) {
    List<StackSetSummary> all = cfn.listStackSetsPaginator(b -> b.maxResults(2)).summaries().stream().toList();
    List<StackSet> model = e.model().stackSets(Provider.CLOUDFORMATION);
    assertThat(all).hasSize(model.size());
    for (int i = 0; i < all.size(); i++) {
      StackSetSummary s = all.get(i);
      StackSet m = model.get(i);
      assertThat(s.stackSetName()).isEqualTo(m.name());
      assertThat(s.stackSetId()).isEqualTo(m.id());
      assertThat(s.description()).isEqualTo(m.description());
      assertThat(s.statusAsString()).isEqualTo(m.details().deleted() ? "DELETED" : "ACTIVE");
      assertThat(s.permissionModelAsString()).isEqualTo(m.permissionModel());
    }
    assertThat(cfn.listStackSets(b -> b.status(StackSetStatus.DELETED)).summaries())
        .extracting(StackSetSummary::stackSetName).containsExactly("retired-stack-set");
  }

  @Test
  void describeStackSetEqualsTheModel(StackSetEmulator e) {
    for (StackSet m : e.model().stackSets(Provider.CLOUDFORMATION)) {
      var s = cfn.describeStackSet(b -> b.stackSetName(m.details().deleted() ? m.id() : m.name())).stackSet();
      assertThat(s.stackSetId()).isEqualTo(m.id());
      assertThat(s.stackSetName()).isEqualTo(m.name());
      assertThat(s.permissionModelAsString()).isEqualTo(m.permissionModel());
      assertThat(s.templateBody()).isEqualTo(m.details().templateBody());
      assertThat(s.administrationRoleARN()).isEqualTo(m.details().administrationRoleArn());
      assertThat(s.stackSetARN()).endsWith(":stackset/" + m.id());
      assertThat(s.regions()).containsExactlyElementsOf(m.regionsAt(e.now()));
    }
  }

  @Test
  void everyOperationOfEveryStackSetPagesLikeTheModel(StackSetEmulator e) {
    Instant now = e.now();
    for (StackSet m : e.model().stackSets(Provider.CLOUDFORMATION)) {
      String name = m.details().deleted() ? m.id() : m.name();
      List<StackSetOperationSummary> ops =
          cfn.listStackSetOperationsPaginator(b -> b.stackSetName(name).maxResults(7)).summaries().stream().toList();
      List<Operation> expected = new ArrayList<>(m.operations());
      java.util.Collections.reverse(expected);
      assertThat(ops).hasSize(expected.size());
      for (int i = 0; i < ops.size(); i++) {
        StackSetOperationSummary s = ops.get(i);
        Operation op = expected.get(i);
        assertThat(s.operationId()).isEqualTo(op.id());
        assertThat(s.actionAsString()).isEqualTo(op.action());
        assertThat(s.statusAsString()).isEqualTo(op.statusAt(now).cfn());
        assertThat(s.creationTimestamp()).isEqualTo(op.created());
        assertThat(s.endTimestamp()).isEqualTo(op.endedAt(now));
        assertThat(s.statusReason()).isEqualTo(op.statusReasonAt(now));
        assertThat(s.statusDetails().failedStackInstancesCount()).isEqualTo(op.failedCountAt(now));
        assertThat(s.operationPreferences().maxConcurrentCount()).isEqualTo(op.preferences().maxConcurrentCount());
      }
    }
  }

  @Test
  void describeOperationEqualsTheModel(StackSetEmulator e) {
    Instant now = e.now();
    StackSet m = set(e, "my-stack-set");
    for (Operation op : m.operations()) {
      DescribeStackSetOperationResponse r =
          cfn.describeStackSetOperation(b -> b.stackSetName("my-stack-set").operationId(op.id()));
      StackSetOperation s = r.stackSetOperation();
      assertThat(s.operationId()).isEqualTo(op.id());
      assertThat(s.stackSetId()).isEqualTo(m.id());
      assertThat(s.actionAsString()).isEqualTo(op.action());
      assertThat(s.statusAsString()).isEqualTo(op.statusAt(now).cfn());
      assertThat(s.creationTimestamp()).isEqualTo(op.created());
      assertThat(s.executionRoleName()).isEqualTo("AWSCloudFormationStackSetExecutionRole");
      assertThat(s.deploymentTargets().accounts()).containsExactlyElementsOf(op.accounts());
      assertThat(s.operationPreferences().regionConcurrencyTypeAsString())
          .isEqualTo(op.preferences().regionConcurrencyType());
      assertThat(s.operationPreferences().regionOrder()).containsExactlyElementsOf(op.preferences().regionOrder());
      assertThat(s.operationPreferences().failureToleranceCount())
          .isEqualTo(op.preferences().failureToleranceCount());
      assertThat(s.operationPreferences().concurrencyModeAsString())
          .isEqualTo(op.preferences().failureToleranceMode());
      if (op.action().equals("DETECT_DRIFT")) {
        assertThat(s.stackSetDriftDetectionDetails().totalStackInstancesCount()).isEqualTo(op.targets().size());
      }
      assertThat(r.responseMetadata().requestId()).isNotBlank();
    }
  }

  @Test
  void aThousandResultsPageLazilyAndEqualTheModel(StackSetEmulator e) {
    Instant now = e.now();
    StackSet big = set(e, "big-rollout");
    Operation op = big.operations().get(0);
    assertThat(op.targets()).hasSize(1000);
    List<ListStackSetOperationResultsResponse> pages = cfn.listStackSetOperationResultsPaginator(b -> b
        .stackSetName("big-rollout").operationId(op.id()).maxResults(100)).stream().toList();
    assertThat(pages).hasSize(10);
    Set<String> tokens = new HashSet<>();
    pages.forEach(p -> tokens.add(p.nextToken()));
    assertThat(tokens).hasSize(10); // nine distinct tokens and a final null
    List<StackSetOperationResultSummary> all = pages.stream().flatMap(p -> p.summaries().stream()).toList();
    assertThat(all).hasSize(1000);
    for (int i = 0; i < all.size(); i++) {
      Target t = op.targets().get(i);
      StackSetOperationResultSummary s = all.get(i);
      assertThat(s.account()).isEqualTo(t.account());
      assertThat(s.region()).isEqualTo(t.region());
      assertThat(s.statusAsString()).isEqualTo(t.statusAt(now).cfn());
      assertThat(s.statusReason()).isEqualTo(t.reasonAt(now));
      assertThat(s.organizationalUnitId()).isEqualTo(t.organizationalUnitId());
    }
  }

  @Test
  @SuppressWarnings("unchecked") // the AWS SDK's varargs of Consumer<Builder>
  void resultStatusFilterSelectsExactlyTheModelsFailures(StackSetEmulator e) {
    Instant now = e.now();
    int checked = 0;
    for (StackSet m : e.model().stackSets(Provider.CLOUDFORMATION)) {
      for (Operation op : m.operations()) {
        if (op.failedCountAt(now) == 0 || m.details().deleted()) {
          continue;
        }
        List<String> failed = cfn.listStackSetOperationResultsPaginator(b -> b.stackSetName(m.name())
            .operationId(op.id()).filters(f -> f.name(OperationResultFilterName.OPERATION_RESULT_STATUS)
                .values("FAILED"))).summaries().stream().map(s -> s.region() + "/" + s.account()).toList();
        List<String> expected = op.targets().stream().filter(t -> t.statusAt(now).cfn().equals("FAILED"))
            .map(Target::key).toList();
        assertThat(failed).containsExactlyElementsOf(expected);
        checked++;
      }
    }
    assertThat(checked).isGreaterThan(3);
  }

  @Test
  @SuppressWarnings("unchecked") // the AWS SDK's varargs of Consumer<Builder>
  void stackInstancesPageAndFilterLikeTheModel(StackSetEmulator e) {
    Instant now = e.now();
    StackSet m = set(e, "security-guardrails");
    List<StackInstanceSummary> all = cfn.listStackInstancesPaginator(b -> b.stackSetName(m.name()).maxResults(20))
        .summaries().stream().toList();
    List<InstanceState> expected = m.instancesAt(now);
    assertThat(all).hasSize(expected.size()).hasSize(125);
    for (int i = 0; i < all.size(); i++) {
      StackInstanceSummary s = all.get(i);
      InstanceState x = expected.get(i);
      assertThat(s.region() + "/" + s.account()).isEqualTo(x.instance().region() + "/" + x.instance().account());
      assertThat(s.statusAsString()).isEqualTo(x.cfnStatus());
      assertThat(s.stackInstanceStatus().detailedStatusAsString()).isEqualTo(x.cfnDetailedStatus());
      assertThat(s.lastOperationId()).isEqualTo(x.lastOperation().id());
      assertThat(s.driftStatusAsString()).isEqualTo(x.driftStatus());
      assertThat(s.stackSetId()).isEqualTo(m.id());
    }
    String region = SeedData.AWS_REGIONS.get(1);
    List<StackInstanceSummary> filtered = cfn.listStackInstancesPaginator(b -> b.stackSetName(m.name())
        .stackInstanceRegion(region).filters(f -> f.name(StackInstanceFilterName.DETAILED_STATUS).values("SUCCEEDED")))
        .summaries().stream().toList();
    assertThat(filtered).hasSize((int) expected.stream().filter(x -> x.instance().region().equals(region)
        && x.cfnDetailedStatus().equals("SUCCEEDED")).count());
    assertThat(filtered).allSatisfy(s -> assertThat(s.region()).isEqualTo(region));
  }

  @Test
  void missingThingsAreTypedExceptions(StackSetEmulator e) {
    assertThatThrownBy(() -> cfn.listStackSetOperations(b -> b.stackSetName("no-such-set")))
        .isInstanceOfSatisfying(StackSetNotFoundException.class, x -> {
          assertThat(x.statusCode()).isEqualTo(404);
          assertThat(x.awsErrorDetails().errorCode()).isEqualTo("StackSetNotFoundException");
          assertThat(x.awsErrorDetails().errorMessage()).contains("no-such-set");
          assertThat(x.requestId()).isNotBlank();
        });
    assertThatThrownBy(() -> cfn.describeStackSetOperation(b -> b.stackSetName("my-stack-set")
        .operationId("11111111-2222-3333-4444-555555555555")))
        .isInstanceOfSatisfying(OperationNotFoundException.class, x -> assertThat(x.statusCode()).isEqualTo(404));
    assertThatThrownBy(() -> cfn.listStackSetOperationResults(b -> b.stackSetName("my-stack-set")
        .operationId("11111111-2222-3333-4444-555555555555")))
        .isInstanceOf(OperationNotFoundException.class);
    assertThatThrownBy(() -> cfn.describeStackSet(b -> b.stackSetName("retired-stack-set")))
        .isInstanceOf(StackSetNotFoundException.class);
  }

  @Test
  void invalidInputIsAValidationError(StackSetEmulator e) {
    assertThatThrownBy(() -> cfn.listStackSets(b -> b.maxResults(0)))
        .isInstanceOfSatisfying(CloudFormationException.class, x -> {
          assertThat(x.statusCode()).isEqualTo(400);
          assertThat(x.awsErrorDetails().errorCode()).isEqualTo("ValidationError");
          assertThat(x.awsErrorDetails().errorMessage())
              .isEqualTo("1 validation error detected: Value '0' at 'maxResults' failed to satisfy constraint: "
                  + "Member must have value greater than or equal to 1");
        });
    assertThatThrownBy(() -> cfn.listStackSetOperations(b -> b.stackSetName("my-stack-set").nextToken("forged")))
        .isInstanceOfSatisfying(CloudFormationException.class,
            x -> assertThat(x.awsErrorDetails().errorCode()).isEqualTo("ValidationError"));
  }

  @Test
  void aTokenOnlyContinuesTheRequestItWasIssuedFor(StackSetEmulator e) {
    StackSet m = set(e, "my-stack-set");
    String token = cfn.listStackSetOperations(b -> b.stackSetName("my-stack-set").maxResults(5)).nextToken();
    assertThat(token).isNotNull();
    assertThat(cfn.listStackSetOperations(b -> b.stackSetName("my-stack-set").maxResults(5).nextToken(token))
        .summaries()).hasSize(5);
    assertThatThrownBy(() -> cfn.listStackSetOperations(b -> b.stackSetName("org-baseline").nextToken(token)))
        .isInstanceOfSatisfying(CloudFormationException.class,
            x -> assertThat(x.awsErrorDetails().errorMessage()).contains("NextToken"));
    String tampered = token.substring(0, token.length() - 2) + (token.endsWith("A") ? "BB" : "AA");
    assertThatThrownBy(() -> cfn.listStackSetOperations(b -> b.stackSetName("my-stack-set").nextToken(tampered)))
        .isInstanceOf(CloudFormationException.class);
    assertThat(m.operations()).isNotEmpty();
  }

  @Test
  void aWrongSecretOrKeyIsRefusedAsAwsRefusesIt(StackSetEmulator e) {
    try (CloudFormationClient wrongSecret = AwsSdk.cloudFormation(e, StaticCredentialsProvider.create(
        AwsBasicCredentials.create(e.credentials().accessKeyId(), "not-the-secret")))) {
      assertThatThrownBy(() -> wrongSecret.listStackSets(b -> {}))
          .isInstanceOfSatisfying(CloudFormationException.class, x -> {
            assertThat(x.statusCode()).isEqualTo(403);
            assertThat(x.awsErrorDetails().errorCode()).isEqualTo("SignatureDoesNotMatch");
            // the SDK signs its own headers too, and the emulator checks exactly what it signed
            assertThat(x.awsErrorDetails().errorMessage()).contains("amz-sdk-invocation-id");
          });
    }
    try (CloudFormationClient wrongKey = AwsSdk.cloudFormation(e, StaticCredentialsProvider.create(
        AwsBasicCredentials.create("AKIDUNKNOWN", e.credentials().secretAccessKey())))) {
      assertThatThrownBy(() -> wrongKey.listStackSets(b -> {}))
          .isInstanceOfSatisfying(CloudFormationException.class, x -> {
            assertThat(x.statusCode()).isEqualTo(403);
            assertThat(x.awsErrorDetails().errorCode()).isEqualTo("InvalidClientTokenId");
          });
    }
  }

  @Test
  void throttlingIsRetriedByTheSdkAndReportedWhenItPersists(StackSetEmulator e) {
    e.faults(Faults.builder().throttleFirst(2).build());
    assertThat(cfn.listStackSets(b -> {}).summaries()).isNotEmpty();
    assertThat(e.servedRequests()).extracting(ServedRequest::fault).containsExactly("THROTTLE", "THROTTLE", null);
    e.faults(Faults.builder().throttleEveryNth(1).build());
    assertThatThrownBy(() -> cfn.listStackSets(b -> {}))
        .isInstanceOfSatisfying(CloudFormationException.class, x -> {
          assertThat(x.isThrottlingException()).isTrue();
          assertThat(x.statusCode()).isEqualTo(400);
          assertThat(x.awsErrorDetails().errorCode()).isEqualTo("Throttling");
          assertThat(x.awsErrorDetails().errorMessage()).isEqualTo("Rate exceeded");
        });
    e.faults(Faults.builder().serverErrorEveryNth(1).serverErrorStatus(503).build());
    assertThatThrownBy(() -> cfn.listStackSets(b -> {}))
        .isInstanceOfSatisfying(CloudFormationException.class, x -> {
          assertThat(x.statusCode()).isEqualTo(503);
          assertThat(x.awsErrorDetails().errorCode()).isEqualTo("ServiceUnavailable");
        });
  }

  @Test
  void aNewOperationProgressesAsEmulatorTimePasses(StackSetEmulator e) {
    List<String> accounts = List.of("111111111111", "222222222222", "333333333333");
    e.cloudFormation().createStackSet("interop-progress", List.of("us-east-1", "eu-west-1"), accounts);
    String opId = e.cloudFormation().operationIds("interop-progress").get(0);
    assertThat(describe(opId).statusAsString()).isEqualTo("QUEUED");
    assertThat(cfn.listStackInstances(b -> b.stackSetName("interop-progress")).summaries())
        .hasSize(6).allSatisfy(s -> assertThat(s.stackInstanceStatus().detailedStatusAsString()).isEqualTo("PENDING"));

    e.advanceTime(Duration.ofSeconds(20));
    assertThat(describe(opId).statusAsString()).isEqualTo("RUNNING");
    assertThat(cfn.listStackSetOperationResults(b -> b.stackSetName("interop-progress").operationId(opId))
        .summaries()).extracting(StackSetOperationResultSummary::statusAsString).contains("RUNNING");

    e.advanceTime(Duration.ofHours(1));
    StackSetOperation done = describe(opId);
    assertThat(done.statusAsString()).isEqualTo(OpStatus.SUCCEEDED.cfn());
    assertThat(done.endTimestamp()).isNotNull();
    assertThat(cfn.listStackSetOperationResults(b -> b.stackSetName("interop-progress").operationId(opId))
        .summaries()).extracting(StackSetOperationResultSummary::statusAsString).containsOnly("SUCCEEDED");
    assertThat(cfn.listStackInstances(b -> b.stackSetName("interop-progress")).summaries())
        .extracting(StackInstanceSummary::statusAsString).containsOnly("CURRENT");

    String deleteId = e.cloudFormation().startOperation("interop-progress", OperationSpec.builder().action("DELETE")
        .regions("eu-west-1").build());
    e.advanceTime(Duration.ofHours(1));
    assertThat(describe(deleteId).retainStacks()).isFalse();
    assertThat(cfn.listStackInstances(b -> b.stackSetName("interop-progress")).summaries())
        .extracting(StackInstanceSummary::region).containsOnly("us-east-1");
  }

  private static StackSetOperation describe(String opId) {
    return cfn.describeStackSetOperation(b -> b.stackSetName("interop-progress").operationId(opId))
        .stackSetOperation();
  }
}
