package dev.stacksets.rfs;

import static dev.stacksets.core.testing.WireRecorder.assertMatchesGolden;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.stacksets.core.auth.Credentials;
import dev.stacksets.core.auth.CredentialsProvider;
import dev.stacksets.core.exception.StackSetsException;
import dev.stacksets.core.retry.RetryPolicy;
import dev.stacksets.core.testing.WireRecorder;
import dev.stacksets.rfs.model.Action;
import dev.stacksets.rfs.model.CallIdentity;
import dev.stacksets.rfs.model.DomainIdFilterType;
import dev.stacksets.rfs.model.FailureToleranceMode;
import dev.stacksets.rfs.model.OperationFilter;
import dev.stacksets.rfs.model.OperationStatus;
import dev.stacksets.rfs.model.PermissionModel;
import dev.stacksets.rfs.model.RegionConcurrencyType;
import dev.stacksets.rfs.model.SortDirection;
import dev.stacksets.rfs.model.StackInstanceFilter;
import dev.stacksets.rfs.model.StackSetFilter;
import java.net.URI;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;

/**
 * The exact bytes and signature of every RFS operation, pinned in {@code src/test/resources/wire/rfs-*.txt}. A
 * refactoring must leave these files alone; a deliberate wire change regenerates them with
 * {@code -Dwire.update=true} and says why in its commit.
 */
class WireGoldenTest {
  private static final String SET = "my_hello_world_stack_set";
  private static final String CHINESE_SET = "日志审计_stack_set";
  private static final String OPERATION = "a1b2c3d4-e5f6-4711-8899-aabbccddeeff";
  private static final String DOMAIN = "0a2b3c4d5e6f47a8b9c0d1e2f3a4b5c6";
  private static final String REQUEST_ID = "7d0c4a2e-4c1f-4f8e-9d6b-1a2b3c4d5e6f";
  private static final String SET_ID = "1a2b3c4d-0000-4000-8000-000000000001";

  private final WireRecorder wire = new WireRecorder();
  private final RfsClient rfs = client(Credentials.of("AKIDEXAMPLE0000000000",
      "SecretKeyExample0123456789abcdefghijklmn"), "0123456789abcdef0123456789abcdef");

  private RfsClient client(Credentials credentials, String projectId) {
    RfsClient.Builder b = RfsClient.builder()
        .endpoint(URI.create("https://rfs.cn-north-4.myhuaweicloud.com"))
        .credentialsProvider(CredentialsProvider.of(credentials))
        .clock(Clock.fixed(Instant.parse("2026-12-04T06:00:00Z"), ZoneOffset.UTC))
        .retryPolicy(RetryPolicy.none())
        .addInterceptor(wire);
    return projectId == null ? b.build() : b.projectId(projectId).build();
  }

  @AfterEach
  void close() {
    rfs.close();
  }

  private void record(String name, Executable call) {
    assertThatThrownBy(call::execute).isInstanceOf(StackSetsException.class); // the canned 400
    assertMatchesGolden(name, wire.takeOnly());
  }

  @Test
  void listStackSets() {
    record("rfs-list-stack-sets", () -> rfs.listStackSets(r -> r.clientRequestId(REQUEST_ID)));
    record("rfs-list-stack-sets-all-parameters", () -> rfs.listStackSets(r -> r
        .filter(StackSetFilter.permissionModel(PermissionModel.SERVICE_MANAGED))
        .sortByCreateTime(SortDirection.ASC)
        .callIdentity(CallIdentity.DELEGATED_ADMIN)
        .marker("next+page/marker==")
        .limit(100)
        .clientRequestId(REQUEST_ID)));
  }

  @Test
  void showStackSetMetadata() {
    record("rfs-show-stack-set-metadata", () -> rfs.showStackSetMetadata(r -> r
        .stackSetName(CHINESE_SET).stackSetId("1a2b3c4d-0000-4000-8000-000000000001")
        .callIdentity(CallIdentity.SELF).clientRequestId(REQUEST_ID)));
  }

  @Test
  void listStackSetOperations() {
    record("rfs-list-stack-set-operations", () -> rfs.listStackSetOperations(r -> r
        .stackSetName(CHINESE_SET)
        .filter(OperationFilter.action(Action.DEPLOY_STACK_SET).or(Action.CREATE_STACK_INSTANCES)
            .andStatus(OperationStatus.OPERATION_FAILED))
        .sortByCreateTime(SortDirection.ASC)
        .limit(50)
        .marker("m1")
        .clientRequestId(REQUEST_ID)));
  }

  @Test
  void showStackSetOperationMetadata() {
    record("rfs-show-stack-set-operation-metadata", () -> rfs.showStackSetOperationMetadata(r -> r
        .stackSetName(SET).operationId(OPERATION).callIdentity(CallIdentity.DELEGATED_ADMIN)
        .clientRequestId(REQUEST_ID)));
  }

  @Test
  void listStackInstances() {
    record("rfs-list-stack-instances", () -> rfs.listStackInstances(r -> r
        .stackSetName(SET)
        .filter(StackInstanceFilter.region("cn-north-4").or("cn-east-3").andStackDomainId(DOMAIN))
        .sortByCreateTime(SortDirection.DESC)
        .limit(1000)
        .clientRequestId(REQUEST_ID)));
  }

  @Test
  void showStackInstance() {
    record("rfs-show-stack-instance", () -> rfs.showStackInstance(r -> r
        .stackSetName(SET).region("cn-north-4").stackDomainId(DOMAIN).clientRequestId(REQUEST_ID)));
    record("rfs-show-stack-instance-chinese-name", () -> rfs.showStackInstance(r -> r
        .stackSetName(CHINESE_SET).region("cn-north-4").stackDomainId(DOMAIN).callIdentity(CallIdentity.SELF)
        .clientRequestId(REQUEST_ID)));
  }

  @Test
  void createStackSet() {
    record("rfs-create-stack-set", () -> rfs.createStackSet(r -> r
        .stackSetName(CHINESE_SET)
        .stackSetDescription("audit logs")
        .permissionModel(PermissionModel.SELF_MANAGED)
        .administrationAgencyUrn("iam::" + DOMAIN + ":agency:rfs_admin")
        .managedAgencyName("rfs_managed")
        .templateBody("{\"terraform\":{\"required_providers\":{}}}")
        .varsBody("region = \"cn-north-4\"")
        .initialStackDescription("created by RFS")
        .managedOperation(m -> m.enableParallelOperation(true))
        .callIdentity(CallIdentity.SELF)
        .clientRequestId(REQUEST_ID)));
  }

  @Test
  void updateStackSet() {
    record("rfs-update-stack-set", () -> rfs.updateStackSet(r -> r
        .stackSetName(SET).stackSetId(SET_ID).stackSetDescription("new description")
        .administrationAgencyName("rfs_admin").managedAgencyName("rfs_managed")
        .callIdentity(CallIdentity.DELEGATED_ADMIN).clientRequestId(REQUEST_ID)));
  }

  @Test
  void deleteStackSet() {
    record("rfs-delete-stack-set", () -> rfs.deleteStackSet(r -> r
        .stackSetName(CHINESE_SET).stackSetId(SET_ID).callIdentity(CallIdentity.SELF).clientRequestId(REQUEST_ID)));
  }

  @Test
  void deployStackSet() {
    record("rfs-deploy-stack-set", () -> rfs.deployStackSet(r -> r
        .stackSetName(SET).stackSetId(SET_ID)
        .deploymentTargets(t -> t.regions("cn-north-4", "cn-east-3").domainIds(DOMAIN))
        .templateUri("https://bucket.obs.cn-north-4.myhuaweicloud.com/template.zip")
        .varsBody("size = 2")
        .operationPreferences(p -> p.regionConcurrencyType(RegionConcurrencyType.SEQUENTIAL)
            .regionOrder("cn-east-3", "cn-north-4").failureToleranceCount(1L).maxConcurrentCount(2L)
            .failureToleranceMode(FailureToleranceMode.STRICT_FAILURE_TOLERANCE))
        .callIdentity(CallIdentity.SELF)
        .clientRequestId(REQUEST_ID)));
  }

  @Test
  void createStackInstances() {
    record("rfs-create-stack-instances", () -> rfs.createStackInstances(r -> r
        .stackSetName(SET).stackSetId(SET_ID)
        .deploymentTargets(t -> t.regions("cn-north-4").organizationalUnitIds("ou-0a1b2c3d")
            .domainIds(DOMAIN).domainIdFilterType(DomainIdFilterType.DIFFERENCE))
        .varOverrides(v -> v.varsBody("size = 3").useStackSetVars("region"))
        .operationPreferences(p -> p.regionConcurrencyType(RegionConcurrencyType.PARALLEL)
            .failureTolerancePercentage(20L).maxConcurrentPercentage(50L))
        .callIdentity(CallIdentity.DELEGATED_ADMIN)
        .clientRequestId(REQUEST_ID)));
  }

  @Test
  void updateStackInstances() {
    record("rfs-update-stack-instances", () -> rfs.updateStackInstances(r -> r
        .stackSetName(SET)
        .deploymentTargets(t -> t.regions("cn-north-4").domainIdsUri("https://bucket.obs.example/ids.csv"))
        .varOverrides(v -> v.varsUri("https://bucket.obs.example/vars.tfvars"))
        .clientRequestId(REQUEST_ID)));
  }

  @Test
  void deleteStackInstances() {
    record("rfs-delete-stack-instances", () -> rfs.deleteStackInstances(r -> r
        .stackSetName(CHINESE_SET)
        .deploymentTargets(t -> t.regions("cn-north-4", "cn-east-3").domainIds(DOMAIN))
        .operationPreferences(p -> p.maxConcurrentCount(1L))
        .clientRequestId(REQUEST_ID)));
  }

  @Test
  void showStackSetTemplate() {
    record("rfs-show-stack-set-template", () -> rfs.showStackSetTemplate(r -> r
        .stackSetName(SET).stackSetId(SET_ID)
        .accessControlSourceIps("192.168.1.10", "10.0.0.0/8")
        .accessControlSourceVpcIds("vpc-0a1b2c3d")
        .callIdentity(CallIdentity.SELF)
        .clientRequestId(REQUEST_ID)));
  }

  @Test
  void temporaryCredentialsWithoutProjectId() {
    try (RfsClient temporary = client(Credentials.of("AKIDEXAMPLE0000000000",
        "SecretKeyExample0123456789abcdefghijklmn", "security-token-example"), null)) {
      record("rfs-temporary-credentials", () -> temporary.showStackSetMetadata(r -> r
          .stackSetName(SET).clientRequestId(REQUEST_ID)));
    }
  }
}
