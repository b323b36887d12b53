package dev.stacksets.rfs;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.stacksets.core.WaitForTurn;
import dev.stacksets.rfs.model.CreateStackInstancesRequest;
import dev.stacksets.rfs.model.CreateStackSetRequest;
import dev.stacksets.rfs.model.DeleteStackInstancesRequest;
import dev.stacksets.rfs.model.DeployStackSetRequest;
import dev.stacksets.rfs.model.DomainIdFilterType;
import dev.stacksets.rfs.model.PermissionModel;
import dev.stacksets.rfs.model.RegionConcurrencyType;
import dev.stacksets.rfs.model.UpdateStackInstancesRequest;
import java.util.function.Consumer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The documented either/or rules and required fields of the write bodies: each broken rule is an
 * IllegalArgumentException naming the fields, and nothing reaches the server.
 */
class WriteValidationTest {
  static final String SET = "my_stack_set";
  static final String D1 = "0a2b3c4d5e6f47a8b9c0d1e2f3a4b5c6";

  private RfsMock mock;
  private RfsClient rfs;

  @BeforeEach
  void setUp() throws Exception {
    mock = new RfsMock();
    rfs = mock.client();
  }

  @AfterEach
  void tearDown() {
    assertThat(mock.requestCount()).as("nothing may be sent").isZero();
    rfs.close();
    mock.close();
  }

  private static void rejects(Runnable call, String... messageParts) {
    assertThatThrownBy(call::run).isExactlyInstanceOf(IllegalArgumentException.class)
        .satisfies(e -> {
          for (String part : messageParts) {
            assertThat(e.getMessage()).contains(part);
          }
        });
  }

  private void rejectsCreateSet(Consumer<CreateStackSetRequest.Builder> request, String... parts) {
    rejects(() -> rfs.createStackSet(request), parts);
  }

  /** A deploy to one region with the preferences and targets the test adds. */
  private void rejectsDeploy(Consumer<DeployStackSetRequest.Builder> request, String... parts) {
    rejects(() -> rfs.deployStackSet(r -> {
      r.stackSetName(SET).deploymentTargets(t -> t.regions("cn-north-4"));
      request.accept(r);
    }), parts);
  }

  private void rejectsEveryInstanceWrite(Consumer<DeployStackSetRequest.Builder> deploy,
      Consumer<CreateStackInstancesRequest.Builder> create, Consumer<UpdateStackInstancesRequest.Builder> update,
      Consumer<DeleteStackInstancesRequest.Builder> delete, String... parts) {
    rejects(() -> rfs.deployStackSet(r -> deploy.accept(r.stackSetName(SET))), parts);
    rejects(() -> rfs.createStackInstances(r -> create.accept(r.stackSetName(SET))), parts);
    rejects(() -> rfs.updateStackInstances(r -> update.accept(r.stackSetName(SET))), parts);
    rejects(() -> rfs.deleteStackInstances(r -> delete.accept(r.stackSetName(SET))), parts);
  }

  // --- CreateStackSet ---

  @Test
  void createStackSetNeedsAWellFormedName() {
    rejectsCreateSet(r -> r.permissionModel(PermissionModel.SERVICE_MANAGED), "stackSetName (stack_set_name) is required");
    rejectsCreateSet(r -> r.stackSetName("1abc").permissionModel(PermissionModel.SERVICE_MANAGED),
        "stackSetName (stack_set_name) must start with a letter");
  }

  @Test
  void selfManagedNeedsExactlyOneAdministrationAgency() {
    rejectsCreateSet(r -> r.stackSetName(SET).managedAgencyName("m"),
        "administrationAgencyName (administration_agency_name) and administrationAgencyUrn "
            + "(administration_agency_urn): give exactly one of them for a SELF_MANAGED stack set", "none was given");
    rejectsCreateSet(r -> r.stackSetName(SET).permissionModel(PermissionModel.SELF_MANAGED)
            .administrationAgencyName("a").administrationAgencyUrn("iam::x:agency:a").managedAgencyName("m"),
        "give exactly one of them for a SELF_MANAGED stack set", "not both");
  }

  @Test
  void selfManagedNeedsAManagedAgency() {
    rejectsCreateSet(r -> r.stackSetName(SET).administrationAgencyName("a"),
        "managedAgencyName (managed_agency_name) is required for a SELF_MANAGED stack set");
    rejectsCreateSet(r -> r.stackSetName(SET).permissionModel(PermissionModel.SELF_MANAGED)
        .administrationAgencyUrn("iam::x:agency:a"), "managedAgencyName (managed_agency_name) is required");
  }

  @Test
  void serviceManagedTakesNoAgency() {
    rejectsCreateSet(r -> r.stackSetName(SET).permissionModel(PermissionModel.SERVICE_MANAGED)
            .administrationAgencyName("a"),
        "administrationAgencyName (administration_agency_name): not allowed for a SERVICE_MANAGED stack set");
    rejectsCreateSet(r -> r.stackSetName(SET).permissionModel(PermissionModel.SERVICE_MANAGED)
            .administrationAgencyUrn("u").managedAgencyName("m"),
        "administrationAgencyUrn (administration_agency_urn), managedAgencyName (managed_agency_name): not allowed "
            + "for a SERVICE_MANAGED stack set");
  }

  @Test
  void createStackSetTemplateAndVarsAreEitherOr() {
    rejectsCreateSet(r -> r.stackSetName(SET).permissionModel(PermissionModel.SERVICE_MANAGED).templateBody("{}")
        .templateUri("https://b/t"), "templateBody (template_body) and templateUri (template_uri): give at most one");
    rejectsCreateSet(r -> r.stackSetName(SET).permissionModel(PermissionModel.SERVICE_MANAGED).varsBody("a=1")
        .varsUri("https://b/v"), "varsBody (vars_body) and varsUri (vars_uri): give at most one");
  }

  @Test
  void createStackSetChecksTheClientRequestId() {
    rejectsCreateSet(r -> r.stackSetName(SET).permissionModel(PermissionModel.SERVICE_MANAGED)
        .clientRequestId("has space"), "clientRequestId (Client-Request-Id) must be printable ASCII");
  }

  // --- UpdateStackSet, DeleteStackSet ---

  @Test
  void updateStackSetTakesAtMostOneAdministrationAgencyAndNeedsAName() {
    rejects(() -> rfs.updateStackSet(r -> r.stackSetName(SET).administrationAgencyName("a")
            .administrationAgencyUrn("u")),
        "administrationAgencyName (administration_agency_name) and administrationAgencyUrn "
            + "(administration_agency_urn): give at most one of them");
    rejects(() -> rfs.updateStackSet(r -> r.stackSetDescription("d")), "stackSetName (stack_set_name) is required");
    rejects(() -> rfs.updateStackSet(r -> r.stackSetName(SET).stackSetId("../x")), "stackSetId (stack_set_id)");
  }

  @Test
  void deleteStackSetNeedsAWellFormedNameAndId() {
    rejects(() -> rfs.deleteStackSet(r -> r.stackSetId("abc")), "stackSetName (stack_set_name) is required");
    rejects(() -> rfs.deleteStackSet(r -> r.stackSetName("..")), "stackSetName (stack_set_name) must start");
    rejects(() -> rfs.deleteStackSet(r -> r.stackSetName(SET).stackSetId("a/b")), "stackSetId (stack_set_id)");
  }

  // --- deployment targets, on all four operation-starting writes ---

  @Test
  void theStackSetNameIsRequired() {
    rejects(() -> rfs.deployStackSet(r -> r.deploymentTargets(t -> t.regions("cn-north-4"))),
        "stackSetName (stack_set_name) is required");
    rejects(() -> rfs.createStackInstances(r -> r.deploymentTargets(t -> t.regions("cn-north-4"))),
        "stackSetName (stack_set_name) is required");
    rejects(() -> rfs.updateStackInstances(r -> r.deploymentTargets(t -> t.regions("cn-north-4"))),
        "stackSetName (stack_set_name) is required");
    rejects(() -> rfs.deleteStackInstances(r -> r.deploymentTargets(t -> t.regions("cn-north-4"))),
        "stackSetName (stack_set_name) is required");
  }

  @Test
  void deploymentTargetsAreRequired() {
    rejectsEveryInstanceWrite(r -> { }, r -> { }, r -> { }, r -> { },
        "deploymentTargets (deployment_targets) is required");
  }

  @Test
  void deploymentTargetsNeedARegion() {
    rejectsEveryInstanceWrite(r -> r.deploymentTargets(t -> t.domainIds(D1)),
        r -> r.deploymentTargets(t -> t.domainIds(D1)), r -> r.deploymentTargets(t -> t.domainIds(D1)),
        r -> r.deploymentTargets(t -> t.domainIds(D1)),
        "deploymentTargets.regions (deployment_targets.regions) is required");
    rejectsDeploy(r -> r.deploymentTargets(t -> t.regions("cn-north-4", " ")),
        "deploymentTargets.regions (deployment_targets.regions) must not hold a blank value (index 1)");
    rejectsDeploy(r -> r.deploymentTargets(t -> t.regions("cn-north-4").domainIds("")),
        "deploymentTargets.domainIds (deployment_targets.domain_ids) must not hold a blank value (index 0)");
  }

  @Test
  void domainIdsAndDomainIdsUriAreEitherOr() {
    rejectsEveryInstanceWrite(r -> r.deploymentTargets(t -> t.regions("r1").domainIds(D1).domainIdsUri("https://b/ids.csv")),
        r -> r.deploymentTargets(t -> t.regions("r1").domainIds(D1).domainIdsUri("https://b/ids.csv")),
        r -> r.deploymentTargets(t -> t.regions("r1").domainIds(D1).domainIdsUri("https://b/ids.csv")),
        r -> r.deploymentTargets(t -> t.regions("r1").domainIds(D1).domainIdsUri("https://b/ids.csv")),
        "deploymentTargets.domainIds (deployment_targets.domain_ids) and deploymentTargets.domainIdsUri "
            + "(deployment_targets.domain_ids_uri): give at most one of them");
  }

  @Test
  void filterTypeNoneTakesNoDomainIds() {
    rejectsDeploy(r -> r.deploymentTargets(t -> t.regions("r1").organizationalUnitIds("ou-1").domainIds(D1)
            .domainIdFilterType(DomainIdFilterType.NONE)),
        "deploymentTargets.domainIds (deployment_targets.domain_ids): not allowed with "
            + "deploymentTargets.domainIdFilterType (deployment_targets.domain_id_filter_type) NONE");
    rejectsDeploy(r -> r.deploymentTargets(t -> t.regions("r1").organizationalUnitIds("ou-1")
            .domainIdsUri("https://b/ids.csv").domainIdFilterType(DomainIdFilterType.NONE)),
        "deploymentTargets.domainIdsUri (deployment_targets.domain_ids_uri): not allowed with");
  }

  @Test
  void createStackInstancesRefusesTheUnionFilter() {
    rejects(() -> rfs.createStackInstances(r -> r.stackSetName(SET).deploymentTargets(t -> t.regions("r1")
            .organizationalUnitIds("ou-1").domainIds(D1).domainIdFilterType(DomainIdFilterType.UNION))),
        "deploymentTargets.domainIdFilterType (deployment_targets.domain_id_filter_type): UNION is not allowed on "
            + "CreateStackInstances");
  }

  // --- operation preferences ---

  @Test
  void failureToleranceCountAndPercentageAreEitherOr() {
    rejectsDeploy(r -> r.operationPreferences(p -> p.failureToleranceCount(1L).failureTolerancePercentage(10L)),
        "operationPreferences.failureToleranceCount (operation_preferences.failure_tolerance_count) and "
            + "operationPreferences.failureTolerancePercentage (operation_preferences.failure_tolerance_percentage): "
            + "give at most one of them");
    rejects(() -> rfs.deleteStackInstances(r -> r.stackSetName(SET).deploymentTargets(t -> t.regions("r1"))
            .operationPreferences(p -> p.failureToleranceCount(1L).failureTolerancePercentage(10L))),
        "failure_tolerance_count", "failure_tolerance_percentage");
  }

  @Test
  void maxConcurrentCountAndPercentageAreEitherOr() {
    rejectsDeploy(r -> r.operationPreferences(p -> p.maxConcurrentCount(1L).maxConcurrentPercentage(10L)),
        "operationPreferences.maxConcurrentCount (operation_preferences.max_concurrent_count) and "
            + "operationPreferences.maxConcurrentPercentage (operation_preferences.max_concurrent_percentage): "
            + "give at most one of them");
    rejects(() -> rfs.updateStackInstances(r -> r.stackSetName(SET).deploymentTargets(t -> t.regions("r1"))
            .operationPreferences(p -> p.maxConcurrentCount(1L).maxConcurrentPercentage(10L))),
        "max_concurrent_count", "max_concurrent_percentage");
  }

  @Test
  void toleranceAndConcurrencyRanges() {
    rejectsDeploy(r -> r.operationPreferences(p -> p.failureToleranceCount(-1L)),
        "operationPreferences.failureToleranceCount (operation_preferences.failure_tolerance_count) must be 0 or "
            + "more: -1");
    rejectsDeploy(r -> r.operationPreferences(p -> p.failureTolerancePercentage(-5L)),
        "failure_tolerance_percentage) must be 0 or more: -5");
    rejectsDeploy(r -> r.operationPreferences(p -> p.maxConcurrentCount(0L)),
        "operationPreferences.maxConcurrentCount (operation_preferences.max_concurrent_count) must be 1 or more: 0");
    rejectsDeploy(r -> r.operationPreferences(p -> p.maxConcurrentPercentage(0L)),
        "max_concurrent_percentage) must be 1 or more: 0");
  }

  @Test
  void regionOrderOnlyWithSequential() {
    rejectsDeploy(r -> r.deploymentTargets(t -> t.regions("r1", "r2")).operationPreferences(p -> p
            .regionConcurrencyType(RegionConcurrencyType.PARALLEL).regionOrder("r2", "r1")),
        "operationPreferences.regionOrder (operation_preferences.region_order) is allowed only with "
            + "operationPreferences.regionConcurrencyType (operation_preferences.region_concurrency_type) SEQUENTIAL",
        "not PARALLEL");
    rejects(() -> rfs.createStackInstances(r -> r.stackSetName(SET).deploymentTargets(t -> t.regions("r1"))
            .operationPreferences(p -> p.regionConcurrencyType(RegionConcurrencyType.PARALLEL).regionOrder("r1"))),
        "region_order", "SEQUENTIAL");
  }

  @Test
  void regionOrderHoldsExactlyTheTargetRegions() {
    rejectsDeploy(r -> r.deploymentTargets(t -> t.regions("r1", "r2")).operationPreferences(p -> p.regionOrder("r1")),
        "operationPreferences.regionOrder (operation_preferences.region_order) must hold exactly the regions of "
            + "deploymentTargets.regions (deployment_targets.regions), each once: [r1] against [r1, r2]");
    rejectsDeploy(r -> r.deploymentTargets(t -> t.regions("r1", "r2"))
        .operationPreferences(p -> p.regionOrder("r1", "r2", "r1")), "each once");
    rejectsDeploy(r -> r.deploymentTargets(t -> t.regions("r1"))
        .operationPreferences(p -> p.regionOrder("r1", "r3")), "each once");
  }

  // --- template and variables ---

  @Test
  void deployTemplateAndVarsAreEitherOr() {
    rejectsDeploy(r -> r.templateBody("{}").templateUri("https://b/t"),
        "templateBody (template_body) and templateUri (template_uri): give at most one");
    rejectsDeploy(r -> r.varsBody("a=1").varsUri("https://b/v"),
        "varsBody (vars_body) and varsUri (vars_uri): give at most one");
  }

  @Test
  void varOverridesVarsAreEitherOr() {
    rejects(() -> rfs.createStackInstances(r -> r.stackSetName(SET).deploymentTargets(t -> t.regions("r1"))
            .varOverrides(v -> v.varsBody("a=1").varsUri("https://b/v"))),
        "varOverrides.varsBody (var_overrides.vars_body) and varOverrides.varsUri (var_overrides.vars_uri): give at "
            + "most one of them");
    rejects(() -> rfs.updateStackInstances(r -> r.stackSetName(SET).deploymentTargets(t -> t.regions("r1"))
            .varOverrides(v -> v.varsBody("a=1").varsUri("https://b/v"))), "var_overrides.vars_body");
    rejects(() -> rfs.updateStackInstances(r -> r.stackSetName(SET).deploymentTargets(t -> t.regions("r1"))
            .varOverrides(v -> v.useStackSetVars(" "))),
        "varOverrides.useStackSetVars (var_overrides.use_stack_set_vars) must not hold a blank value");
  }

  // --- the request and the wait policy themselves ---

  @Test
  void aNullRequestOrWaitPolicyIsNamed() {
    rejects(() -> rfs.createStackSet((CreateStackSetRequest) null), "request is required");
    rejects(() -> rfs.deployStackSet((DeployStackSetRequest) null, WaitForTurn.never()), "request is required");
    rejects(() -> rfs.deleteStackSet((dev.stacksets.rfs.model.DeleteStackSetRequest) null, WaitForTurn.never()),
        "request is required");
    rejects(() -> rfs.deleteStackSet(dev.stacksets.rfs.model.DeleteStackSetRequest.builder().stackSetName(SET)
        .build(), null), "waitForTurn must not be null");
  }

  @Test
  void showStackSetTemplateChecksItsParameters() {
    rejects(() -> rfs.showStackSetTemplate(r -> r.stackSetId("x")), "stackSetName (stack_set_name) is required");
    rejects(() -> rfs.showStackSetTemplate(r -> r.stackSetName(SET).accessControlSourceIps("1.2.3.4", " ")),
        "accessControlSourceIps (access_control_source_ips) must not hold a blank value (index 1)");
    rejects(() -> rfs.showStackSetTemplate(r -> r.stackSetName(SET).accessControlSourceVpcIds("")),
        "accessControlSourceVpcIds (access_control_source_vpc_ids) must not hold a blank value (index 0)");
  }
}
