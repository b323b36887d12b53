package dev.stacksets.emulator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.stacksets.cfn.CloudFormationClient;
import dev.stacksets.cfn.ConfigClient;
import dev.stacksets.cfn.config.model.OrganizationConformancePackStatus;
import dev.stacksets.cfn.exception.NoSuchOrganizationConformancePackException;
import dev.stacksets.cfn.exception.OperationIdAlreadyExistsException;
import dev.stacksets.core.WaitForTurn;
import dev.stacksets.core.auth.CredentialsProvider;
import dev.stacksets.core.exception.NameAlreadyExistsException;
import dev.stacksets.core.exception.OperationInProgressException;
import dev.stacksets.core.exception.StackSetNotEmptyException;
import dev.stacksets.core.exception.StackSetNotFoundException;
import dev.stacksets.core.operation.OperationEvent;
import dev.stacksets.core.operation.OperationStatus;
import dev.stacksets.core.operation.StackSetOperation;
import dev.stacksets.core.operation.TargetStatus;
import dev.stacksets.rfs.RfsClient;
import dev.stacksets.rfs.exception.StackSetStateConflictException;
import dev.stacksets.rfs.model.PermissionModel;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * This SDK's own clients drive a whole stack-set life on both clouds, and a conformance pack's on Config, against the
 * emulator with frozen time: every wait is the clients' own waiter, whose sleeper moves emulator time (the clients
 * keep the wall clock, which the emulator checks signatures against, as the services do). The state rules fire as the typed exceptions the clients map
 * them to, and a write waiting its turn goes through once the running operation ends.
 */
@StackSetEmulatorTest(timeSpeed = 0, seedData = false)
class OurClientsWritesTest {
  private static final String D1 = "0123456789abcdef0123456789abcdef";
  private static final String D2 = "fedcba9876543210fedcba9876543210";
  private static final String TEMPLATE = "Resources:\n  Topic:\n    Type: AWS::SNS::Topic\n";

  private final StackSetEmulator e;
  OurClientsWritesTest(StackSetEmulator e) {
    this.e = e;
  }

  private RfsClient rfs() {
    return RfsClient.builder().endpoint(e.rfsEndpoint()).credentialsProvider(CredentialsProvider.of(e.credentials()))
        .sleeper(e::advanceTime).build();
  }

  private CloudFormationClient cfn() {
    return CloudFormationClient.builder().region(e.region()).endpoint(e.cloudFormationEndpoint())
        .credentialsProvider(CredentialsProvider.of(e.credentials())).sleeper(e::advanceTime)
        .build();
  }

  @Test
  void rfsWholeLifeWithTheStateRules() throws Exception {
    try (RfsClient rfs = rfs()) {
      String id = rfs.createStackSet(r -> r.stackSetName("e2e_set").permissionModel(PermissionModel.SELF_MANAGED)
          .administrationAgencyName("rfs_admin_agency").managedAgencyName("rfs_managed_agency")
          .templateBody(TEMPLATE)).stackSetId();
      assertThat(rfs.showStackSetMetadata(r -> r.stackSetName("e2e_set")).stackSet().stackSetId()).isEqualTo(id);
      assertThatThrownBy(() -> rfs.createStackSet(r -> r.stackSetName("e2e_set")
          .administrationAgencyName("rfs_admin_agency").managedAgencyName("rfs_managed_agency")))
          .isInstanceOf(NameAlreadyExistsException.class);

      String created = rfs.createStackInstances(r -> r.stackSetName("e2e_set")
          .deploymentTargets(t -> t.regions("cn-north-4", "cn-east-3").domainIds(D1, D2))).operationId();
      assertThatThrownBy(() -> rfs.updateStackInstances(r -> r.stackSetName("e2e_set")
          .deploymentTargets(t -> t.regions("cn-north-4").domainIds(D1))))
          .isInstanceOf(OperationInProgressException.class);
      // the same write, waiting its turn: the running creation ends (emulator time moves), then it goes through
      String updated = rfs.updateStackInstances(dev.stacksets.rfs.model.UpdateStackInstancesRequest.builder()
          .stackSetName("e2e_set").deploymentTargets(t -> t.regions("cn-north-4").domainIds(D1)).build(),
          WaitForTurn.upTo(Duration.ofHours(2))).operationId();
      assertThat(rfs.operations().getOperation("e2e_set", created).status()).isEqualTo(OperationStatus.SUCCEEDED);
      assertThat(rfs.operations().waitUntilComplete("e2e_set", updated, Duration.ofHours(1)).status())
          .isEqualTo(OperationStatus.SUCCEEDED);

      rfs.updateStackSet(r -> r.stackSetName("e2e_set").stackSetDescription("described again"));
      String deployed = rfs.deployStackSet(r -> r.stackSetName("e2e_set").templateBody(TEMPLATE + "# v2\n")
          .deploymentTargets(t -> t.regions("cn-north-4", "cn-east-3").domainIds(D1, D2))).operationId();
      List<String> events = new ArrayList<>();
      rfs.async().operations().watch("e2e_set", deployed).forEach(ev -> events.add(ev.toString()))
          .get(30, TimeUnit.SECONDS);
      assertThat(events.get(events.size() - 1)).startsWith(deployed + " SUCCEEDED (OPERATION_COMPLETE)");
      assertThat(events).filteredOn(s -> s.contains(" SUCCEEDED (OPERATION_COMPLETE)")).hasSize(5);

      assertThatThrownBy(() -> rfs.deleteStackSet(r -> r.stackSetName("e2e_set")))
          .isInstanceOf(StackSetStateConflictException.class);
      String deleted = rfs.deleteStackInstances(r -> r.stackSetName("e2e_set")
          .deploymentTargets(t -> t.regions("cn-north-4", "cn-east-3").domainIds(D1, D2))).operationId();
      assertThat(rfs.operations().waitUntilComplete("e2e_set", deleted, Duration.ofHours(1)).status())
          .isEqualTo(OperationStatus.SUCCEEDED);
      rfs.deleteStackSet(r -> r.stackSetName("e2e_set"));
      assertThatThrownBy(() -> rfs.showStackSetMetadata(r -> r.stackSetName("e2e_set")))
          .isInstanceOf(StackSetNotFoundException.class);
    }
  }

  @Test
  void cloudFormationWholeLifeWithTheStateRules() throws Exception {
    try (CloudFormationClient cfn = cfn()) {
      cfn.createStackSet(r -> r.stackSetName("e2e-set").templateBody(TEMPLATE));
      assertThatThrownBy(() -> cfn.createStackSet(r -> r.stackSetName("e2e-set").templateBody(TEMPLATE)))
          .isInstanceOf(NameAlreadyExistsException.class);

      String created = cfn.createStackInstances(r -> r.stackSetName("e2e-set")
          .accounts("111111111111", "222222222222").regions("us-east-1", "eu-west-1")
          .operationPreferences(p -> p.maxConcurrentCount(2).failureToleranceCount(1))).operationId();
      assertThatThrownBy(() -> cfn.updateStackSet(r -> r.stackSetName("e2e-set").templateBody(TEMPLATE + "#2\n")))
          .isInstanceOf(OperationInProgressException.class);
      assertThatThrownBy(() -> cfn.createStackInstances(r -> r.stackSetName("e2e-set").accounts("333333333333")
          .regions("us-east-1").operationId(created))).isInstanceOf(OperationIdAlreadyExistsException.class);

      List<OperationEvent> events = cfn.async().operations().watch("e2e-set", created).collect(100)
          .get(30, TimeUnit.SECONDS);
      assertThat(events).filteredOn(ev -> ev instanceof OperationEvent.TargetChanged t
          && t.target().status() == TargetStatus.SUCCEEDED).hasSize(4);
      assertThat(events.get(events.size() - 1)).isInstanceOfSatisfying(OperationEvent.StatusChanged.class,
          s -> assertThat(s.operation().status()).isEqualTo(OperationStatus.SUCCEEDED));

      String updated = cfn.updateStackSet(dev.stacksets.cfn.model.UpdateStackSetRequest.builder()
          .stackSetName("e2e-set").templateBody(TEMPLATE + "#2\n").build(), WaitForTurn.upTo(Duration.ofHours(1)))
          .operationId();
      assertThat(cfn.operations().waitUntilComplete("e2e-set", updated, Duration.ofHours(1)).status())
          .isEqualTo(OperationStatus.SUCCEEDED);

      assertThatThrownBy(() -> cfn.deleteStackSet(r -> r.stackSetName("e2e-set")))
          .isInstanceOf(StackSetNotEmptyException.class);
      String deleted = cfn.async().deleteStackInstances(r -> r.stackSetName("e2e-set")
          .accounts("111111111111", "222222222222").regions("us-east-1", "eu-west-1").retainStacks(false))
          .get(10, TimeUnit.SECONDS).operationId();
      StackSetOperation done = cfn.operations().waitUntilCompleteAsync("e2e-set", deleted, Duration.ofHours(1))
          .get(30, TimeUnit.SECONDS);
      assertThat(done.status()).isEqualTo(OperationStatus.SUCCEEDED);
      cfn.deleteStackSet(r -> r.stackSetName("e2e-set"));
      assertThatThrownBy(() -> cfn.describeStackSet(r -> r.stackSetName("e2e-set")))
          .isInstanceOf(StackSetNotFoundException.class);
    }
  }

  @Test
  void configConformancePackLife() {
    try (ConfigClient config = ConfigClient.builder().region(e.region()).endpoint(e.configEndpoint())
        .credentialsProvider(CredentialsProvider.of(e.credentials())).sleeper(e::advanceTime)
        .build()) {
      config.putOrganizationConformancePack(r -> r.organizationConformancePackName("e2e-pack")
          .templateBody(TEMPLATE));
      assertThat(config.describeOrganizationConformancePacksPaginator(r -> r.organizationConformancePackNames(
          "e2e-pack")).stream().map(p -> p.organizationConformancePackName())).containsExactly("e2e-pack");
      e.advanceTime(Duration.ofHours(1));
      List<OrganizationConformancePackStatus> statuses = config.describeOrganizationConformancePackStatusesPaginator(
          r -> r.organizationConformancePackNames("e2e-pack")).stream().toList();
      assertThat(statuses).extracting(OrganizationConformancePackStatus::statusAsString)
          .containsExactly("CREATE_SUCCESSFUL");
      config.deleteOrganizationConformancePack(r -> r.organizationConformancePackName("e2e-pack"));
      e.advanceTime(Duration.ofHours(1));
      e.clearServedRequests();
      assertThatThrownBy(() -> config.describeOrganizationConformancePacks(r -> r.organizationConformancePackNames(
          "e2e-pack"))).isInstanceOfSatisfying(NoSuchOrganizationConformancePackException.class,
              ex -> assertThat(ex.attempts()).as(e.servedRequests().toString()).isEqualTo(1));
    }
  }
}
