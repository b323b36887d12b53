package dev.stacksets.emulator;

import dev.stacksets.emulator.model.EmulatorService;
import dev.stacksets.emulator.model.Faults;
import dev.stacksets.emulator.model.ServedRequest;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.stacksets.cfn.CloudFormationClient;
import dev.stacksets.cfn.ConfigClient;
import dev.stacksets.cfn.config.model.OrganizationConformancePackDetailedStatus;
import dev.stacksets.cfn.model.StackInstanceSummary;
import dev.stacksets.cfn.model.StackSetOperationResultSummary;
import dev.stacksets.cfn.model.StackSetOperationSummary;
import dev.stacksets.cfn.model.StackSetSummary;
import dev.stacksets.core.auth.Credentials;
import dev.stacksets.core.auth.CredentialsProvider;
import dev.stacksets.core.exception.AuthenticationException;
import dev.stacksets.core.exception.BadRequestException;
import dev.stacksets.core.exception.NotFoundException;
import dev.stacksets.core.exception.OperationNotFoundException;
import dev.stacksets.core.exception.StackSetNotFoundException;
import dev.stacksets.core.exception.ThrottlingException;
import dev.stacksets.core.retry.RetryPolicy;
import dev.stacksets.emulator.internal.InstanceState;
import dev.stacksets.emulator.internal.Operation;
import dev.stacksets.emulator.internal.Provider;
import dev.stacksets.emulator.internal.StackSet;
import dev.stacksets.rfs.RfsClient;
import dev.stacksets.rfs.model.Action;
import dev.stacksets.rfs.model.OperationFilter;
import dev.stacksets.rfs.model.OperationStatus;
import dev.stacksets.rfs.model.PermissionModel;
import dev.stacksets.rfs.model.SortDirection;
import dev.stacksets.rfs.model.StackInstance;
import dev.stacksets.rfs.model.StackInstanceFilter;
import dev.stacksets.rfs.model.StackSetFilter;
import dev.stacksets.rfs.model.StackSetOperation;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.cloudformation.model.OperationResultFilterName;

/**
 * This SDK's own clients against the emulator: every RfsClient call works and sees the model; our CloudFormation and
 * Config clients see exactly what the official AWS SDK v2 sees.
 */
@StackSetEmulatorTest(timeSpeed = 0)
class OurClientsInteropTest {
  private static final RetryPolicy FAST = RetryPolicy.builder().maxAttempts(3).baseDelay(Duration.ofMillis(1))
      .throttlingBaseDelay(Duration.ofMillis(1)).maxDelay(Duration.ofMillis(5)).build();

  static RfsClient rfs;
  static CloudFormationClient cfn;
  static ConfigClient config;
  static software.amazon.awssdk.services.cloudformation.CloudFormationClient awsCfn;
  static software.amazon.awssdk.services.config.ConfigClient awsConfig;

  @BeforeAll
  static void clients(StackSetEmulator e) {
    CredentialsProvider creds = CredentialsProvider.of(e.credentials());
    rfs = RfsClient.builder().endpoint(e.rfsEndpoint()).region(e.rfsRegion()).credentialsProvider(creds)
        .retryPolicy(FAST).build();
    cfn = CloudFormationClient.builder().endpoint(e.cloudFormationEndpoint()).region(e.region())
        .credentialsProvider(creds).retryPolicy(FAST).build();
    config = ConfigClient.builder().endpoint(e.configEndpoint()).region(e.region()).credentialsProvider(creds)
        .retryPolicy(FAST).build();
    awsCfn = AwsSdk.cloudFormation(e);
    awsConfig = AwsSdk.config(e);
  }

  @AfterAll
  static void close() throws Exception {
    rfs.close();
    cfn.close();
    config.close();
    awsCfn.close();
    awsConfig.close();
  }

  // ------------------------------------------------------------------------------------------------------------ RFS

  @Test
  void rfsListStackSetsSeesTheModel(StackSetEmulator e) {
    Instant now = e.now();
    List<StackSet> model = new ArrayList<>(e.model().stackSets(Provider.RFS));
    model.sort((a, b) -> a.created().compareTo(b.created()));
    List<dev.stacksets.rfs.model.StackSet> sets = rfs.listStackSets(r -> r.sortByCreateTime(SortDirection.ASC))
        .stackSets();
    assertThat(sets).extracting(dev.stacksets.rfs.model.StackSet::stackSetName)
        .containsExactlyElementsOf(model.stream().map(StackSet::name).toList());
    for (int i = 0; i < sets.size(); i++) {
      assertThat(sets.get(i).stackSetId()).isEqualTo(model.get(i).id());
      assertThat(sets.get(i).createTime()).isEqualTo(model.get(i).created());
      assertThat(sets.get(i).statusAsString()).isEqualTo(model.get(i).rfsStatusAt(now));
    }
    assertThat(rfs.listStackSets(r -> r.filter(StackSetFilter.permissionModel(PermissionModel.SERVICE_MANAGED)))
        .stackSets()).extracting(dev.stacksets.rfs.model.StackSet::stackSetName)
        .containsExactlyInAnyOrder("network_baseline", "org_wide_rollout");
    assertThat(rfs.listStackSetsPaginator(r -> r.limit(10)).stream().count()).isEqualTo(model.size());
  }

  @Test
  void rfsMetadataCallsSeeTheModel(StackSetEmulator e) {
    StackSet s = e.model().stackSet(Provider.RFS, "network_baseline");
    dev.stacksets.rfs.model.StackSet meta = rfs.showStackSetMetadata(r -> r.stackSetName("network_baseline")
        .stackSetId(s.id())).stackSet();
    assertThat(meta.stackSetId()).isEqualTo(s.id());
    assertThat(meta.organizationalUnitIds()).containsExactlyElementsOf(s.details().organizationalUnitIds());
    Operation op = s.operations().get(s.operations().size() - 1);
    StackSetOperation m = rfs.showStackSetOperationMetadata(r -> r.stackSetName("network_baseline")
        .operationId(op.id())).stackSetOperation();
    assertThat(m.operationId()).isEqualTo(op.id());
    assertThat(m.statusAsString()).isEqualTo(op.statusAt(e.now()).rfs()).isEqualTo("QUEUE_IN_PROGRESS");
    assertThat(m.deploymentTargets().organizationalUnitIds()).containsExactlyElementsOf(op.organizationalUnitIds());
    assertThat(m.operationPreferences().maxConcurrentCount()).isEqualTo(op.preferences().maxConcurrentCount());
  }

  @Test
  void rfsOperationsFilterSortAndPageLikeTheModel(StackSetEmulator e) {
    Instant now = e.now();
    StackSet s = e.model().stackSet(Provider.RFS, "my_hello_world_stack_set");
    List<String> expected = new ArrayList<>();
    s.operations().forEach(o -> expected.add(o.id()));
    List<String> asc = rfs.listStackSetOperationsPaginator(r -> r.stackSetName(s.name()).limit(10)
        .sortByCreateTime(SortDirection.ASC)).stream().map(StackSetOperation::operationId).toList();
    assertThat(asc).containsExactlyElementsOf(expected);
    Collections.reverse(expected);
    assertThat(rfs.listStackSetOperationsPaginator(r -> r.stackSetName(s.name()).limit(25)).stream()
        .map(StackSetOperation::operationId).toList()).containsExactlyElementsOf(expected);
    List<StackSetOperation> deploys = rfs.listStackSetOperations(r -> r.stackSetName(s.name()).limit(1000)
        .filter(OperationFilter.action(Action.DEPLOY_STACK_SET).andStatus(OperationStatus.OPERATION_COMPLETE)))
        .stackSetOperations();
    assertThat(deploys).hasSize((int) s.operations().stream().filter(o -> o.action().equals("DEPLOY_STACK_SET")
        && o.statusAt(now).rfs().equals("OPERATION_COMPLETE")).count()).isNotEmpty();
  }

  @Test
  void rfsInstancesListFilterAndShowLikeTheModel(StackSetEmulator e) {
    StackSet s = e.model().stackSet(Provider.RFS, "iam-audit-roles");
    List<InstanceState> model = s.instancesAt(e.now());
    List<StackInstance> all = rfs.listStackInstancesPaginator(r -> r.stackSetName(s.name()).limit(50)).stream()
        .toList();
    assertThat(all).hasSize(model.size());
    List<StackInstance> north = rfs.listStackInstances(r -> r.stackSetName(s.name()).limit(1000)
        .filter(StackInstanceFilter.region("cn-north-4").or("cn-east-3"))).stackInstances();
    assertThat(north).hasSize(50).allSatisfy(i -> assertThat(i.region()).isIn("cn-north-4", "cn-east-3"));
    InstanceState x = model.get(7);
    StackInstance shown = rfs.showStackInstance(r -> r.stackSetName(s.name()).region(x.instance().region())
        .stackDomainId(x.instance().account())).stackInstance();
    assertThat(shown.stackDomainId()).isEqualTo(x.instance().account());
    assertThat(shown.latestStackSetOperationId()).isEqualTo(x.lastOperation().id());
    assertThat(shown.statusAsString()).isEqualTo(x.rfsStatus());
  }

  @Test
  void rfsErrorsAreTypedByTheClientsRules(StackSetEmulator e) {
    assertThatThrownBy(() -> rfs.listStackSetOperations(r -> r.stackSetName("no_such_set")))
        .isInstanceOfSatisfying(StackSetNotFoundException.class, x -> {
          assertThat(x.statusCode()).isEqualTo(404);
          assertThat(x.errorCode()).isEqualTo("RF.10041001");
          assertThat(x.requestId()).matches("[0-9a-f]{32}");
          assertThat(x.clientRequestId()).isNotBlank();
        });
    assertThatThrownBy(() -> rfs.showStackSetOperationMetadata(r -> r.stackSetName("my_hello_world_stack_set")
        .operationId("3fef5d3e-27b6-44e8-9769-1d7262bd9430"))).isInstanceOf(OperationNotFoundException.class);
    assertThatThrownBy(() -> rfs.showStackInstance(r -> r.stackSetName("my_hello_world_stack_set")
        .region("cn-north-4").stackDomainId("nobody"))).isInstanceOf(NotFoundException.class);
    assertThatThrownBy(() -> rfs.listStackSetOperations(r -> r.stackSetName("my_hello_world_stack_set")
        .stackSetId("f689e9fd-97e7-4185-bd8a-7d5f708d45d7"))).isInstanceOf(BadRequestException.class);
    try (RfsClient wrong = RfsClient.builder().endpoint(e.rfsEndpoint()).region(e.rfsRegion())
        .credentialsProvider(CredentialsProvider.of(Credentials.of(e.credentials().accessKeyId(), "nope")))
        .retryPolicy(FAST).build()) {
      assertThatThrownBy(() -> wrong.listStackSets()).isInstanceOfSatisfying(AuthenticationException.class,
          x -> assertThat(x.errorCode()).isEqualTo("APIGW.0301"));
    }
  }

  @Test
  void rfsRetriesThrottlingAndServerErrorsThenReportsThem(StackSetEmulator e) {
    e.faults(Faults.builder().throttleFirst(2).build());
    assertThat(rfs.listStackSets().stackSets()).isNotEmpty();
    List<ServedRequest> served = e.servedRequests();
    assertThat(served).extracting(ServedRequest::status).containsExactly(429, 429, 200);
    assertThat(served).extracting(ServedRequest::clientRequestId).doesNotContainNull().containsOnly(
        served.get(0).clientRequestId()); // one logical call, one Client-Request-Id across retries
    e.faults(Faults.builder().throttleEveryNth(1).build());
    assertThatThrownBy(() -> rfs.listStackSets()).isInstanceOfSatisfying(ThrottlingException.class,
        x -> assertThat(x.attempts()).isEqualTo(3));
    e.faults(Faults.builder().dropConnectionEveryNth(2).build()); // the second request of the call is dropped
    assertThat(rfs.listStackSets().stackSets()).isNotEmpty();
  }

  // ------------------------------------------------------------------------------------- CloudFormation and Config

  @Test
  @SuppressWarnings("unchecked") // the AWS SDK's varargs of Consumer<Builder>
  void ourCloudFormationClientSeesWhatTheAwsSdkSees(StackSetEmulator e) {
    List<String> ours = cfn.listStackSetsPaginator(r -> r.maxResults(4)).stream()
        .map(s -> s.stackSetId() + " " + s.statusAsString() + " " + s.permissionModelAsString() + " "
            + s.driftStatusAsString()).toList();
    List<String> theirs = awsCfn.listStackSetsPaginator(r -> r.maxResults(4)).summaries().stream()
        .map(s -> s.stackSetId() + " " + s.statusAsString() + " " + s.permissionModelAsString() + " "
            + s.driftStatusAsString()).toList();
    assertThat(ours).isEqualTo(theirs).hasSize(e.cloudFormation().stackSetNames().size());

    for (String name : List.of("my-stack-set", "org-baseline", "security-guardrails")) {
      List<String> oursOps = cfn.listStackSetOperationsPaginator(r -> r.stackSetName(name).maxResults(9)).stream()
          .map(OurClientsInteropTest::describe).toList();
      List<String> theirOps = awsCfn.listStackSetOperationsPaginator(r -> r.stackSetName(name).maxResults(9))
          .summaries().stream().map(s -> s.operationId() + " " + s.actionAsString() + " " + s.statusAsString() + " "
              + s.creationTimestamp() + " " + s.endTimestamp() + " " + s.statusReason()).toList();
      assertThat(oursOps).isEqualTo(theirOps).hasSize(e.cloudFormation().operationIds(name).size());

      List<String> oursInstances = cfn.listStackInstancesPaginator(r -> r.stackSetName(name).maxResults(30))
          .stream().map(OurClientsInteropTest::describe).toList();
      List<String> theirInstances = awsCfn.listStackInstancesPaginator(r -> r.stackSetName(name).maxResults(30))
          .summaries().stream().map(s -> s.region() + "/" + s.account() + " " + s.statusAsString() + " "
              + s.stackInstanceStatus().detailedStatusAsString() + " " + s.lastOperationId() + " "
              + s.driftStatusAsString() + " " + s.stackId()).toList();
      assertThat(oursInstances).isEqualTo(theirInstances).isNotEmpty();
    }

    String bigOp = e.cloudFormation().operationIds("big-rollout").get(0);
    List<String> oursResults = cfn.listStackSetOperationResultsPaginator(r -> r.stackSetName("big-rollout")
        .operationId(bigOp).maxResults(100)).stream().map(OurClientsInteropTest::describe).toList();
    List<String> theirResults = awsCfn.listStackSetOperationResultsPaginator(r -> r.stackSetName("big-rollout")
        .operationId(bigOp).maxResults(100)).summaries().stream().map(s -> s.region() + "/" + s.account() + " "
        + s.statusAsString() + " " + s.statusReason() + " " + s.organizationalUnitId()).toList();
    assertThat(oursResults).isEqualTo(theirResults).hasSize(e.cloudFormation().operationTargets("big-rollout",
        bigOp).size());

    String someOp = e.cloudFormation().operationIds("my-stack-set").get(3);
    assertThat(cfn.describeStackSetOperation(r -> r.stackSetName("my-stack-set").operationId(someOp))
        .stackSetOperation().statusAsString()).isEqualTo(awsCfn.describeStackSetOperation(r -> r
        .stackSetName("my-stack-set").operationId(someOp)).stackSetOperation().statusAsString());
    assertThat(cfn.describeStackSet(r -> r.stackSetName("org-baseline")).stackSet().stackSetId())
        .isEqualTo(awsCfn.describeStackSet(r -> r.stackSetName("org-baseline")).stackSet().stackSetId());
    List<String> failedOurs = cfn.listStackSetOperationResultsPaginator(r -> r.stackSetName("big-rollout")
        .operationId(bigOp).filters(dev.stacksets.cfn.model.OperationResultFilter.builder()
        .name("OPERATION_RESULT_STATUS").values("SUCCEEDED").build())).stream()
        .map(OurClientsInteropTest::describe).toList();
    List<String> failedTheirs = awsCfn.listStackSetOperationResultsPaginator(r -> r.stackSetName("big-rollout")
        .operationId(bigOp).filters(f -> f.name(OperationResultFilterName.OPERATION_RESULT_STATUS)
            .values("SUCCEEDED"))).summaries().stream().map(s -> s.region() + "/" + s.account() + " "
        + s.statusAsString() + " " + s.statusReason() + " " + s.organizationalUnitId()).toList();
    assertThat(failedOurs).isEqualTo(failedTheirs);
  }

  @Test
  void ourCloudFormationErrorsAreTyped(StackSetEmulator e) {
    assertThatThrownBy(() -> cfn.listStackSetOperations(r -> r.stackSetName("no-such-set")))
        .isInstanceOfSatisfying(StackSetNotFoundException.class, x -> assertThat(x.statusCode()).isEqualTo(404));
    assertThatThrownBy(() -> cfn.describeStackSetOperation(r -> r.stackSetName("my-stack-set")
        .operationId("11111111-2222-3333-4444-555555555555"))).isInstanceOf(OperationNotFoundException.class);
    e.faults(Faults.builder().throttleEveryNth(1).services(EmulatorService.CLOUDFORMATION).build());
    assertThatThrownBy(() -> cfn.listStackSets(r -> {})).isInstanceOfSatisfying(ThrottlingException.class,
        x -> assertThat(x.errorCode()).isEqualTo("Throttling"));
  }

  @Test
  void ourConfigClientSeesWhatTheAwsSdkSees(StackSetEmulator e) {
    for (String pack : e.config().conformancePackNames()) {
      List<String> ours = config.getOrganizationConformancePackDetailedStatusPaginator(r -> r
          .organizationConformancePackName(pack).limit(50)).stream().map(OurClientsInteropTest::describe).toList();
      List<String> theirs = awsConfig.getOrganizationConformancePackDetailedStatusPaginator(r -> r
          .organizationConformancePackName(pack).limit(50)).organizationConformancePackDetailedStatuses().stream()
          .map(s -> s.accountId() + " " + s.conformancePackName() + " " + s.statusAsString() + " " + s.errorCode()
              + " " + s.lastUpdateTime()).toList();
      assertThat(ours).isEqualTo(theirs).hasSize(e.config().accountStatuses(pack).size());
    }
    assertThatThrownBy(() -> config.getOrganizationConformancePackDetailedStatus(r -> r
        .organizationConformancePackName("no-such-pack"))).isInstanceOf(NotFoundException.class);
  }

  @Test
  void cfnDescribeStackInstanceSeesWhatTheOfficialSdkSees() {
    StackInstanceSummary listed = cfn.listStackInstances(r -> r.stackSetName("my-stack-set").maxResults(1))
        .summaries().get(0);
    dev.stacksets.cfn.model.StackInstance ours = cfn.describeStackInstance(r -> r.stackSetName("my-stack-set")
        .stackInstanceAccount(listed.account()).stackInstanceRegion(listed.region())).stackInstance();
    software.amazon.awssdk.services.cloudformation.model.StackInstance theirs = awsCfn.describeStackInstance(r -> r
        .stackSetName("my-stack-set").stackInstanceAccount(listed.account()).stackInstanceRegion(listed.region()))
        .stackInstance();

    assertThat(ours.account()).isEqualTo(listed.account()).isEqualTo(theirs.account());
    assertThat(ours.region()).isEqualTo(listed.region()).isEqualTo(theirs.region());
    assertThat(Arrays.asList(ours.stackSetId(), ours.stackId(), ours.statusAsString(),
        ours.stackInstanceStatus().detailedStatusAsString(), ours.statusReason(), ours.driftStatusAsString(),
        ours.lastOperationId(), String.valueOf(ours.lastDriftCheckTimestamp()), ours.parameterOverrides().size()))
        .isEqualTo(Arrays.asList(theirs.stackSetId(), theirs.stackId(), theirs.statusAsString(),
            theirs.stackInstanceStatus().detailedStatusAsString(), theirs.statusReason(),
            theirs.driftStatusAsString(), theirs.lastOperationId(), String.valueOf(theirs.lastDriftCheckTimestamp()),
            theirs.parameterOverrides().size()));
    assertThat(ours.stackId()).isEqualTo(listed.stackId());
    assertThat(ours.lastOperationId()).isEqualTo(listed.lastOperationId());
    assertThat(ours.hasParameterOverrides()).isTrue();

    assertThatThrownBy(() -> cfn.describeStackInstance(r -> r.stackSetName("my-stack-set")
        .stackInstanceAccount("999999999999").stackInstanceRegion(listed.region())))
        .isInstanceOfSatisfying(dev.stacksets.cfn.exception.StackInstanceNotFoundException.class, x -> {
          assertThat(x.statusCode()).isEqualTo(404);
          assertThat(x.errorCode()).isEqualTo("StackInstanceNotFoundException");
        });
    assertThatThrownBy(() -> awsCfn.describeStackInstance(r -> r.stackSetName("my-stack-set")
        .stackInstanceAccount("999999999999").stackInstanceRegion(listed.region())))
        .isInstanceOf(software.amazon.awssdk.services.cloudformation.model.StackInstanceNotFoundException.class);
    assertThatThrownBy(() -> cfn.describeStackInstance(r -> r.stackSetName("no-such-set")
        .stackInstanceAccount(listed.account()).stackInstanceRegion(listed.region())))
        .isExactlyInstanceOf(StackSetNotFoundException.class);
    assertThatThrownBy(() -> awsCfn.describeStackInstance(r -> r.stackSetName("no-such-set")
        .stackInstanceAccount(listed.account()).stackInstanceRegion(listed.region())))
        .isInstanceOf(software.amazon.awssdk.services.cloudformation.model.StackSetNotFoundException.class);
  }

  private static String describe(StackSetOperationSummary s) {
    return s.operationId() + " " + s.actionAsString() + " " + s.statusAsString() + " " + s.creationTimestamp() + " "
        + s.endTimestamp() + " " + s.statusReason();
  }

  private static String describe(StackInstanceSummary s) {
    return s.region() + "/" + s.account() + " " + s.statusAsString() + " "
        + s.stackInstanceStatus().detailedStatusAsString() + " " + s.lastOperationId() + " " + s.driftStatusAsString()
        + " " + s.stackId();
  }

  private static String describe(StackSetOperationResultSummary s) {
    return s.region() + "/" + s.account() + " " + s.statusAsString() + " " + s.statusReason() + " "
        + s.organizationalUnitId();
  }

  private static String describe(OrganizationConformancePackDetailedStatus s) {
    return s.accountId() + " " + s.conformancePackName() + " " + s.statusAsString() + " " + s.errorCode() + " "
        + s.lastUpdateTime();
  }

  @SuppressWarnings("unused")
  private static String describe(StackSetSummary s) {
    return s.stackSetId();
  }
}
