package dev.stacksets.cfn;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.stacksets.cfn.model.CallAs;
import dev.stacksets.cfn.model.CreateStackInstancesRequest;
import dev.stacksets.cfn.model.CreateStackSetRequest;
import dev.stacksets.cfn.model.DeleteStackInstancesRequest;
import dev.stacksets.cfn.model.DeleteStackSetRequest;
import dev.stacksets.cfn.model.DetectStackSetDriftRequest;
import dev.stacksets.cfn.model.ListStackSetAutoDeploymentTargetsRequest;
import dev.stacksets.cfn.model.Parameter;
import dev.stacksets.cfn.model.PermissionModels;
import dev.stacksets.cfn.model.RegionConcurrencyType;
import dev.stacksets.cfn.model.StopStackSetOperationRequest;
import dev.stacksets.cfn.model.Tag;
import dev.stacksets.cfn.model.UpdateStackInstancesRequest;
import dev.stacksets.cfn.model.UpdateStackSetRequest;
import dev.stacksets.core.WaitForTurn;
import java.time.Duration;
import java.util.List;
import java.util.function.Consumer;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import mockwebserver3.MockWebServer;
import mockwebserver3.junit5.StartStop;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The documented constraints and either/or rules of the CloudFormation writes, checked before sending: an
 * IllegalArgumentException with the exact message naming the members, and nothing on the wire.
 */
class CloudFormationWriteValidationTest {
  private static final String ACCOUNT = "111122223333";
  private static final String EXCLUDE = " exclude each other: give one of them";

  @StartStop
  final MockWebServer server = new MockWebServer();
  private CloudFormationClient cfn;

  @BeforeEach
  void setUp() {
    cfn = TestSupport.cfn(server);
  }

  @AfterEach
  void tearDown() {
    cfn.close();
  }

  private static Arguments createSet(String message, Consumer<CreateStackSetRequest.Builder> c) {
    return Arguments.of("CreateStackSet", message, (Consumer<CloudFormationClient>) cfn -> cfn.createStackSet(r -> {
      r.stackSetName("s").templateBody("t");
      c.accept(r);
    }));
  }

  private static Arguments updateSet(String message, Consumer<UpdateStackSetRequest.Builder> c) {
    return Arguments.of("UpdateStackSet", message, (Consumer<CloudFormationClient>) cfn -> cfn.updateStackSet(r -> {
      r.stackSetName("s").usePreviousTemplate(true);
      c.accept(r);
    }));
  }

  private static Arguments createInstances(String message, Consumer<CreateStackInstancesRequest.Builder> c) {
    return Arguments.of("CreateStackInstances", message,
        (Consumer<CloudFormationClient>) cfn -> cfn.createStackInstances(r -> {
          r.stackSetName("s").accounts(ACCOUNT).regions("eu-west-1");
          c.accept(r);
        }));
  }

  private static Arguments updateInstances(String message, Consumer<UpdateStackInstancesRequest.Builder> c) {
    return Arguments.of("UpdateStackInstances", message,
        (Consumer<CloudFormationClient>) cfn -> cfn.updateStackInstances(r -> {
          r.stackSetName("s").accounts(ACCOUNT).regions("eu-west-1");
          c.accept(r);
        }));
  }

  private static Arguments deleteInstances(String message, Consumer<DeleteStackInstancesRequest.Builder> c) {
    return Arguments.of("DeleteStackInstances", message,
        (Consumer<CloudFormationClient>) cfn -> cfn.deleteStackInstances(r -> {
          r.stackSetName("s").accounts(ACCOUNT).regions("eu-west-1").retainStacks(false);
          c.accept(r);
        }));
  }

  private static Arguments other(String operation, String message, Consumer<CloudFormationClient> call) {
    return Arguments.of(operation, message, call);
  }

  private static List<Tag> tags(int n) {
    return IntStream.range(0, n).mapToObj(i -> Tag.builder().key("k" + i).value("v").build()).toList();
  }

  static Stream<Arguments> mistakes() {
    return Stream.of(
        // CreateStackSet: the name, the template source, the members' constraints, the permission model's members
        createSet("stackSetName is required", r -> r.stackSetName(null)),
        createSet("stackSetName must start with a letter and hold only letters, digits and hyphens: 'my_set'",
            r -> r.stackSetName("my_set")),
        createSet("stackSetName must start with a letter and hold only letters, digits and hyphens: "
            + "'s:7be49155-cb25-4c02-b287-352006ed6c6f'",
            r -> r.stackSetName("s:7be49155-cb25-4c02-b287-352006ed6c6f")),
        createSet("stackSetName must be 1 to 128 characters long, was 129", r -> r.stackSetName("s".repeat(129))),
        createSet("description must be 1 to 1024 characters long, was 0", r -> r.description("")),
        createSet("templateBody and templateUrl" + EXCLUDE, r -> r.templateUrl("https://example.com/t")),
        createSet("one of templateBody and templateUrl is required (or stackId, to import an existing stack)",
            r -> r.templateBody(null)),
        createSet("templateBody must not be empty", r -> r.templateBody("")),
        createSet("templateUrl must be 1 to 5120 characters long, was 5121",
            r -> r.templateBody(null).templateUrl("u".repeat(5121))),
        createSet("tags may hold at most 50 items, had 51", r -> r.tags(tags(51))),
        createSet("tags[0].value is required", r -> r.tags(Tag.builder().key("k").build())),
        createSet("tags[1].key must be 1 to 128 characters long, was 129",
            r -> r.tags(Tag.builder().key("k").value("v").build(), Tag.builder().key("k".repeat(129)).value("v")
                .build())),
        createSet("tags[0].value must be 1 to 256 characters long, was 257",
            r -> r.tags(Tag.builder().key("k").value("v".repeat(257)).build())),
        createSet("parameters[0].parameterValue and parameters[0].usePreviousValue(true)" + EXCLUDE,
            r -> r.parameters(Parameter.builder().parameterKey("k").parameterValue("v").usePreviousValue(true)
                .build())),
        createSet("administrationRoleArn must be 20 to 2048 characters long, was 5",
            r -> r.administrationRoleArn("arn:a")),
        createSet("executionRoleName must hold only letters, digits and _+=,.@-: 'role name'",
            r -> r.executionRoleName("role name")),
        createSet("executionRoleName must be 1 to 64 characters long, was 65",
            r -> r.executionRoleName("r".repeat(65))),
        createSet("administrationRoleArn is only valid with SELF_MANAGED permissions (permissionModel is "
                + "SERVICE_MANAGED)", r -> r.permissionModel(PermissionModels.SERVICE_MANAGED)
            .administrationRoleArn("arn:aws:iam::111122223333:role/Admin")),
        createSet("executionRoleName is only valid with SELF_MANAGED permissions (permissionModel is "
                + "SERVICE_MANAGED)", r -> r.permissionModel(PermissionModels.SERVICE_MANAGED)
            .executionRoleName("Exec")),
        createSet("autoDeployment is only valid with SERVICE_MANAGED permissions (permissionModel is SELF_MANAGED, "
            + "the default)", r -> r.autoDeployment(a -> a.enabled(true))),
        createSet("autoDeployment is only valid with SERVICE_MANAGED permissions (permissionModel is SELF_MANAGED)",
            r -> r.permissionModel(PermissionModels.SELF_MANAGED).autoDeployment(a -> a.enabled(true))),
        createSet("callAs DELEGATED_ADMIN is only valid with SERVICE_MANAGED permissions (permissionModel is "
            + "SELF_MANAGED, the default)", r -> r.callAs(CallAs.DELEGATED_ADMIN)),
        createSet("permissionModel must not be blank", r -> r.permissionModel(" ")),
        createSet("clientRequestToken must start with a letter or digit and hold only letters, digits and hyphens: "
            + "'-x'", r -> r.clientRequestToken("-x")),
        createSet("clientRequestToken must be 1 to 128 characters long, was 129",
            r -> r.clientRequestToken("t".repeat(129))),
        // UpdateStackSet: exactly one template source, the targets, the permission model's members, preferences
        updateSet("one of templateBody, templateUrl and usePreviousTemplate(true) is required",
            r -> r.usePreviousTemplate(null)),
        updateSet("one of templateBody, templateUrl and usePreviousTemplate(true) is required",
            r -> r.usePreviousTemplate(false)),
        updateSet("templateBody and usePreviousTemplate(true)" + EXCLUDE, r -> r.templateBody("t")),
        updateSet("templateUrl and usePreviousTemplate(true)" + EXCLUDE, r -> r.templateUrl("https://e.com/t")),
        updateSet("templateBody and templateUrl" + EXCLUDE,
            r -> r.usePreviousTemplate(null).templateBody("t").templateUrl("https://e.com/t")),
        updateSet("stackSetName must be a stack-set name (a letter, then letters, digits and hyphens) or a stack-set "
            + "id (name:uuid): 'bad_name'", r -> r.stackSetName("bad_name")),
        updateSet("accounts and deploymentTargets" + EXCLUDE,
            r -> r.accounts(ACCOUNT).deploymentTargets(t -> t.organizationalUnitIds("r-ab12")).regions("eu-west-1")),
        updateSet("accounts needs regions: give the Regions of the instances to update", r -> r.accounts(ACCOUNT)),
        updateSet("regions needs accounts or deploymentTargets: give the accounts of the instances to update",
            r -> r.regions("eu-west-1")),
        updateSet("autoDeployment and deploymentTargets" + EXCLUDE,
            r -> r.autoDeployment(a -> a.enabled(true)).deploymentTargets(t -> t.organizationalUnitIds("r-ab12"))),
        updateSet("autoDeployment and regions" + EXCLUDE,
            r -> r.autoDeployment(a -> a.enabled(true)).accounts(ACCOUNT).regions("eu-west-1")),
        updateSet("accounts is only valid with SELF_MANAGED permissions (permissionModel is SERVICE_MANAGED)",
            r -> r.permissionModel(PermissionModels.SERVICE_MANAGED).accounts(ACCOUNT).regions("eu-west-1")),
        updateSet("executionRoleName is only valid with SELF_MANAGED permissions (permissionModel is "
            + "SERVICE_MANAGED)", r -> r.permissionModel(PermissionModels.SERVICE_MANAGED).executionRoleName("Exec")),
        updateSet("deploymentTargets is only valid with SERVICE_MANAGED permissions (permissionModel is "
            + "SELF_MANAGED)", r -> r.permissionModel(PermissionModels.SELF_MANAGED)
            .deploymentTargets(t -> t.organizationalUnitIds("r-ab12").accountFilterType("UNION"))
            .regions("eu-west-1")),
        updateSet("autoDeployment is only valid with SERVICE_MANAGED permissions (permissionModel is SELF_MANAGED)",
            r -> r.permissionModel(PermissionModels.SELF_MANAGED).autoDeployment(a -> a.enabled(false))),
        updateSet("operationPreferences.failureToleranceCount and operationPreferences.failureTolerancePercentage"
            + EXCLUDE, r -> r.operationPreferences(p -> p.failureToleranceCount(1).failureTolerancePercentage(10))),
        updateSet("operationPreferences.maxConcurrentCount and operationPreferences.maxConcurrentPercentage"
            + EXCLUDE, r -> r.operationPreferences(p -> p.maxConcurrentCount(1).maxConcurrentPercentage(10))),
        updateSet("operationPreferences.regionOrder goes only with regionConcurrencyType SEQUENTIAL (the default), "
            + "not PARALLEL", r -> r.operationPreferences(p -> p.regionConcurrencyType(RegionConcurrencyType.PARALLEL)
            .regionOrder("us-east-1"))),
        updateSet("operationPreferences.failureToleranceCount must be at least 0, was -1",
            r -> r.operationPreferences(p -> p.failureToleranceCount(-1))),
        updateSet("operationPreferences.failureTolerancePercentage must be between 0 and 100, was 101",
            r -> r.operationPreferences(p -> p.failureTolerancePercentage(101))),
        updateSet("operationPreferences.maxConcurrentCount must be at least 1, was 0",
            r -> r.operationPreferences(p -> p.maxConcurrentCount(0))),
        updateSet("operationPreferences.maxConcurrentPercentage must be between 1 and 100, was 0",
            r -> r.operationPreferences(p -> p.maxConcurrentPercentage(0))),
        updateSet("operationPreferences.regionOrder[0] must be 1 to 128 letters, digits or hyphens: 'us_east_1'",
            r -> r.operationPreferences(p -> p.regionOrder("us_east_1"))),
        updateSet("operationPreferences.concurrencyMode must not be blank",
            r -> r.operationPreferences(p -> p.concurrencyMode(""))),
        updateSet("operationId must start with a letter or digit and hold only letters, digits and hyphens: "
            + "'has space'", r -> r.operationId("has space")),
        updateSet("accounts[0] must be a 12-digit account id: '123'", r -> r.accounts("123").regions("eu-west-1")),
        updateSet("regions[0] must be 1 to 128 letters, digits or hyphens: 'eu west'",
            r -> r.accounts(ACCOUNT).regions("eu west")),
        updateSet("deploymentTargets.accountsUrl must be an s3://, http:// or https:// URL: 'ftp://x'",
            r -> r.deploymentTargets(t -> t.accountsUrl("ftp://x")).regions("eu-west-1")),
        updateSet("deploymentTargets.organizationalUnitIds[0] must be an organization root id (r-...) or an OU id "
            + "(ou-...-...): 'ou-bad'", r -> r.deploymentTargets(t -> t.organizationalUnitIds("ou-bad"))
            .regions("eu-west-1")),
        updateSet("deploymentTargets.accounts[0] must be a 12-digit account id: 'x'",
            r -> r.deploymentTargets(t -> t.accounts("x")).regions("eu-west-1")),
        updateSet("deploymentTargets.accountFilterType must not be blank",
            r -> r.deploymentTargets(t -> t.accountFilterType("")).regions("eu-west-1")),
        // the stack-instance writes: exactly one of accounts and deploymentTargets, at least one Region
        createInstances("stackSetName is required", r -> r.stackSetName(null)),
        createInstances("one of accounts (self-managed permissions) and deploymentTargets (service-managed) is "
            + "required", r -> r.accounts((List<String>) null)),
        createInstances("accounts and deploymentTargets" + EXCLUDE,
            r -> r.deploymentTargets(t -> t.organizationalUnitIds("r-ab12"))),
        createInstances("accounts must hold at least one account id", r -> r.accounts(List.of())),
        createInstances("regions is required: give at least one Region", r -> r.regions((List<String>) null)),
        createInstances("regions is required: give at least one Region", r -> r.regions(List.of())),
        createInstances("regions[1] must be 1 to 128 letters, digits or hyphens: '" + "r".repeat(129) + "'",
            r -> r.regions("eu-west-1", "r".repeat(129))),
        createInstances("parameterOverrides[0].parameterValue and parameterOverrides[0].usePreviousValue(true)"
            + EXCLUDE, r -> r.parameterOverrides(Parameter.builder().parameterValue("v").usePreviousValue(true)
            .build())),
        createInstances("operationPreferences.failureToleranceCount and "
            + "operationPreferences.failureTolerancePercentage" + EXCLUDE,
            r -> r.operationPreferences(p -> p.failureToleranceCount(0).failureTolerancePercentage(0))),
        createInstances("operationId must be 1 to 128 characters long, was 0", r -> r.operationId("")),
        createInstances("callAs must not be blank", r -> r.callAs("")),
        updateInstances("one of accounts (self-managed permissions) and deploymentTargets (service-managed) is "
            + "required", r -> r.accounts((List<String>) null)),
        updateInstances("accounts and deploymentTargets" + EXCLUDE,
            r -> r.deploymentTargets(t -> t.organizationalUnitIds("r-ab12"))),
        updateInstances("regions is required: give at least one Region", r -> r.regions(List.of())),
        updateInstances("parameterOverrides[0].parameterValue and parameterOverrides[0].usePreviousValue(true)"
            + EXCLUDE, r -> r.parameterOverrides(Parameter.builder().parameterValue("v").usePreviousValue(true)
            .build())),
        updateInstances("operationPreferences.maxConcurrentCount and operationPreferences.maxConcurrentPercentage"
            + EXCLUDE, r -> r.operationPreferences(p -> p.maxConcurrentCount(2).maxConcurrentPercentage(20))),
        deleteInstances("retainStacks is required: true keeps the stacks (only removing them from the stack set), "
            + "false deletes them", r -> r.retainStacks(null)),
        deleteInstances("one of accounts (self-managed permissions) and deploymentTargets (service-managed) is "
            + "required", r -> r.accounts((List<String>) null)),
        deleteInstances("accounts and deploymentTargets" + EXCLUDE,
            r -> r.deploymentTargets(t -> t.organizationalUnitIds("r-ab12"))),
        deleteInstances("regions is required: give at least one Region", r -> r.regions((List<String>) null)),
        deleteInstances("operationPreferences.regionOrder goes only with regionConcurrencyType SEQUENTIAL (the "
            + "default), not PARALLEL", r -> r.operationPreferences(p -> p.regionConcurrencyType("PARALLEL")
            .regionOrder("eu-west-1"))),
        // the others
        other("DeleteStackSet", "stackSetName is required", cfn -> cfn.deleteStackSet(r -> { })),
        other("DeleteStackSet", "callAs must not be blank",
            cfn -> cfn.deleteStackSet(r -> r.stackSetName("s").callAs(" "))),
        other("StopStackSetOperation", "operationId is required",
            cfn -> cfn.stopStackSetOperation(r -> r.stackSetName("s"))),
        other("StopStackSetOperation", "stackSetName is required",
            cfn -> cfn.stopStackSetOperation(r -> r.operationId("op"))),
        other("DetectStackSetDrift", "stackSetName is required", cfn -> cfn.detectStackSetDrift(r -> { })),
        other("DetectStackSetDrift", "operationPreferences.maxConcurrentCount and "
            + "operationPreferences.maxConcurrentPercentage" + EXCLUDE,
            cfn -> cfn.detectStackSetDrift(r -> r.stackSetName("s")
                .operationPreferences(p -> p.maxConcurrentCount(1).maxConcurrentPercentage(1)))),
        other("DetectStackSetDrift", "operationId must be 1 to 128 characters long, was 129",
            cfn -> cfn.detectStackSetDrift(r -> r.stackSetName("s").operationId("o".repeat(129)))),
        other("ListStackSetAutoDeploymentTargets", "stackSetName is required",
            cfn -> cfn.listStackSetAutoDeploymentTargets(r -> { })),
        other("ListStackSetAutoDeploymentTargets", "maxResults must be between 1 and 100, was 0",
            cfn -> cfn.listStackSetAutoDeploymentTargets(r -> r.stackSetName("s").maxResults(0))),
        other("ListStackSetAutoDeploymentTargets", "nextToken must be 1 to 1024 characters long, was 0",
            cfn -> cfn.listStackSetAutoDeploymentTargetsPaginator(r -> r.stackSetName("s").nextToken(""))));
  }

  @ParameterizedTest(name = "{0}: {1}")
  @MethodSource("mistakes")
  void rejectsBeforeSending(String operation, String message, Consumer<CloudFormationClient> call) {
    assertThatThrownBy(() -> call.accept(cfn))
        .isExactlyInstanceOf(IllegalArgumentException.class)
        .hasMessage(message);
    assertThat(server.getRequestCount()).isZero();
  }

  @Test
  void aRefusedWriteThatWouldWaitItsTurnSendsNothingEither() {
    assertThatThrownBy(() -> cfn.createStackInstances(CreateStackInstancesRequest.builder().stackSetName("s")
        .regions("eu-west-1").build(), WaitForTurn.upTo(Duration.ofMinutes(5))))
        .isExactlyInstanceOf(IllegalArgumentException.class)
        .hasMessage("one of accounts (self-managed permissions) and deploymentTargets (service-managed) is required");
    assertThat(server.getRequestCount()).isZero();
  }

  @Test
  void acceptsWhatTheRulesAllow() {
    for (String operation : List.of("CreateStackSet", "CreateStackSet", "CreateStackSet", "UpdateStackSet",
        "UpdateStackSet", "UpdateStackSet", "CreateStackInstances", "DeleteStackInstances")) {
      server.enqueue(TestSupport.xml(TestSupport.queryReply(operation, TestSupport.XML_NS, "")));
    }

    // importing a stack needs no template
    cfn.createStackSet(r -> r.stackSetName("s").stackId("arn:aws:cloudformation:us-east-1:111122223333:stack/a/b"));
    // service-managed: automatic deployment and a delegated administrator
    cfn.createStackSet(r -> r.stackSetName("s" + "x".repeat(127)).templateUrl("https://e.com/t")
        .permissionModel(PermissionModels.SERVICE_MANAGED).autoDeployment(a -> a.enabled(true))
        .callAs(CallAs.DELEGATED_ADMIN).tags(tags(50)).clientRequestToken("T".repeat(128)));
    // a permission model this SDK does not know: its rules are the service's to check
    cfn.createStackSet(r -> r.stackSetName("s").templateBody("t").permissionModel("FUTURE_MODEL")
        .administrationRoleArn("arn:aws:iam::111122223333:role/Admin").autoDeployment(a -> a.enabled(false)));
    // without a permission model the stack set's own applies: nothing to refuse here
    cfn.updateStackSet(r -> r.stackSetName("s").templateBody("t").deploymentTargets(t -> t.organizationalUnitIds(
        "r-ab12")).regions("eu-west-1").executionRoleName("Exec"));
    cfn.updateStackSet(r -> r.stackSetName("s").templateUrl("https://e.com/t").usePreviousTemplate(false)
        .accounts(ACCOUNT).regions("eu-west-1").operationPreferences(p -> p.regionOrder("eu-west-1")
            .failureToleranceCount(0).maxConcurrentPercentage(100)));
    cfn.updateStackSet(r -> r.stackSetName("s").usePreviousTemplate(true).autoDeployment(a -> a.enabled(true))
        .permissionModel(PermissionModels.SERVICE_MANAGED));
    cfn.createStackInstances(r -> r.stackSetName("s").deploymentTargets(t -> t.accountsUrl("https://e.com/a.csv"))
        .regions("eu-west-1").operationPreferences(p -> p.regionConcurrencyType(RegionConcurrencyType.SEQUENTIAL)
            .regionOrder("eu-west-1").failureTolerancePercentage(100).maxConcurrentPercentage(1)));
    cfn.deleteStackInstances(r -> r.stackSetName("s").accounts(ACCOUNT).regions("eu-west-1").retainStacks(true)
        .operationPreferences(p -> p.regionConcurrencyType(RegionConcurrencyType.PARALLEL)));

    assertThat(server.getRequestCount()).isEqualTo(8);
  }

  @Test
  void nullRequestsPoliciesAndConsumersAreIllegalArguments() {
    List<Runnable> calls = List.of(
        () -> cfn.createStackSet((CreateStackSetRequest) null),
        () -> cfn.updateStackSet((UpdateStackSetRequest) null),
        () -> cfn.updateStackSet(null, WaitForTurn.never()),
        () -> cfn.deleteStackSet((DeleteStackSetRequest) null),
        () -> cfn.createStackInstances((CreateStackInstancesRequest) null),
        () -> cfn.createStackInstances(null, WaitForTurn.upTo(Duration.ofMinutes(1))),
        () -> cfn.updateStackInstances((UpdateStackInstancesRequest) null),
        () -> cfn.deleteStackInstances((DeleteStackInstancesRequest) null),
        () -> cfn.stopStackSetOperation((StopStackSetOperationRequest) null),
        () -> cfn.detectStackSetDrift((DetectStackSetDriftRequest) null),
        () -> cfn.listStackSetAutoDeploymentTargets((ListStackSetAutoDeploymentTargetsRequest) null));
    for (Runnable call : calls) {
      assertThatThrownBy(call::run).isExactlyInstanceOf(IllegalArgumentException.class)
          .hasMessage("request is required");
    }
    assertThatThrownBy(() -> cfn.createStackInstances(CreateStackInstancesRequest.builder().stackSetName("s")
        .accounts(ACCOUNT).regions("eu-west-1").build(), null))
        .isExactlyInstanceOf(IllegalArgumentException.class).hasMessage("waitForTurn must not be null");
    assertThatThrownBy(() -> cfn.createStackSet((Consumer<CreateStackSetRequest.Builder>) null))
        .isExactlyInstanceOf(IllegalArgumentException.class);
    assertThat(server.getRequestCount()).isZero();
  }
}
