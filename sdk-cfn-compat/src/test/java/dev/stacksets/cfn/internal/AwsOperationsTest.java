package dev.stacksets.cfn.internal;

import static org.assertj.core.api.Assertions.assertThat;

import dev.stacksets.cfn.exception.NoSuchOrganizationConformancePackException;
import dev.stacksets.cfn.exception.StackInstanceNotFoundException;
import dev.stacksets.core.exception.NotFoundException;
import dev.stacksets.core.exception.OperationNotFoundException;
import dev.stacksets.core.exception.ServiceError;
import dev.stacksets.core.exception.StackSetNotFoundException;
import dev.stacksets.core.internal.RetrySafety;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The CloudFormation and Config operation tables: names, bindings, retry safety and each operation's errors. */
class AwsOperationsTest {
  private static final List<AwsOperation<?, ?>> ALL = List.of(CfnOperations.listStackSetOperationResults(),
      CfnOperations.listStackSetOperations(), CfnOperations.describeStackSetOperation(),
      CfnOperations.listStackSets(), CfnOperations.listStackInstances(), CfnOperations.describeStackSet(),
      CfnOperations.describeStackInstance(),
      ConfigOperations.getOrganizationConformancePackDetailedStatus());

  @Test
  void eachOperationIsDeclaredOnceWithItsBinding() {
    assertThat(ALL).extracting(o -> o.descriptor().name() + " " + o.descriptor().binding()).containsExactly(
        "ListStackSetOperationResults Action=ListStackSetOperationResults",
        "ListStackSetOperations Action=ListStackSetOperations",
        "DescribeStackSetOperation Action=DescribeStackSetOperation",
        "ListStackSets Action=ListStackSets",
        "ListStackInstances Action=ListStackInstances",
        "DescribeStackSet Action=DescribeStackSet",
        "DescribeStackInstance Action=DescribeStackInstance",
        "GetOrganizationConformancePackDetailedStatus X-Amz-Target: "
            + "StarlingDoveService.GetOrganizationConformancePackDetailedStatus");
    assertThat(ALL).extracting(o -> o.descriptor().retrySafety()).containsOnly(RetrySafety.SAFE);
  }

  @Test
  void aNotFoundCodeBecomesItsTypeOnlyForTheOperationsThatModelIt() {
    assertThat(refine(CfnOperations.describeStackSet(), "StackSetNotFoundException"))
        .isExactlyInstanceOf(StackSetNotFoundException.class);
    assertThat(refine(CfnOperations.describeStackSetOperation(), "OperationNotFoundException"))
        .isExactlyInstanceOf(OperationNotFoundException.class);
    assertThat(refine(CfnOperations.listStackSetOperationResults(), "StackSetNotFoundException"))
        .isExactlyInstanceOf(StackSetNotFoundException.class);
    assertThat(refine(CfnOperations.listStackSets(), "StackSetNotFoundException"))
        .isExactlyInstanceOf(NotFoundException.class);
    assertThat(refine(CfnOperations.describeStackSet(), "OperationNotFoundException"))
        .isExactlyInstanceOf(NotFoundException.class);
    assertThat(refine(ConfigOperations.getOrganizationConformancePackDetailedStatus(),
        "NoSuchOrganizationConformancePackException"))
        .isExactlyInstanceOf(NoSuchOrganizationConformancePackException.class);
    assertThat(refine(CfnOperations.describeStackInstance(), "StackInstanceNotFoundException"))
        .isExactlyInstanceOf(StackInstanceNotFoundException.class);
    assertThat(refine(CfnOperations.listStackInstances(), "StackInstanceNotFoundException"))
        .isExactlyInstanceOf(NotFoundException.class);
    assertThat(refine(CfnOperations.describeStackSet(), null)).isExactlyInstanceOf(NotFoundException.class);
  }

  @Test
  void theWritesDeclareTheirRetrySafetyKeyAndTurn() {
    List<AwsOperation<?, ?>> writes = List.of(CfnOperations.createStackSet(), CfnOperations.updateStackSet(),
        CfnOperations.deleteStackSet(), CfnOperations.createStackInstances(), CfnOperations.updateStackInstances(),
        CfnOperations.deleteStackInstances(), CfnOperations.stopStackSetOperation(),
        CfnOperations.detectStackSetDrift(), CfnOperations.listStackSetAutoDeploymentTargets(),
        ConfigOperations.putOrganizationConformancePack(), ConfigOperations.deleteOrganizationConformancePack(),
        ConfigOperations.describeOrganizationConformancePacks(),
        ConfigOperations.describeOrganizationConformancePackStatuses());

    assertThat(writes).extracting(o -> o.descriptor().name() + " " + o.descriptor().retrySafety()
        + (o.idempotencyKey() == null ? "" : " key" + (o.idempotencyKey().replay() == null ? "" : "+replay"))
        + (o.turnTarget() == null ? "" : " turn")).containsExactly(
        "CreateStackSet IDEMPOTENCY_KEY key",
        "UpdateStackSet IDEMPOTENCY_KEY key+replay turn",
        "DeleteStackSet IDEMPOTENT turn",
        "CreateStackInstances IDEMPOTENCY_KEY key+replay turn",
        "UpdateStackInstances IDEMPOTENCY_KEY key+replay turn",
        "DeleteStackInstances IDEMPOTENCY_KEY key+replay turn",
        "StopStackSetOperation IDEMPOTENT",
        "DetectStackSetDrift IDEMPOTENCY_KEY key+replay turn",
        "ListStackSetAutoDeploymentTargets SAFE",
        "PutOrganizationConformancePack IDEMPOTENT",
        "DeleteOrganizationConformancePack IDEMPOTENT",
        "DescribeOrganizationConformancePacks SAFE",
        "DescribeOrganizationConformancePackStatuses SAFE");
    assertThat(writes).extracting(o -> o.descriptor().binding()).containsExactly(
        "Action=CreateStackSet", "Action=UpdateStackSet", "Action=DeleteStackSet", "Action=CreateStackInstances",
        "Action=UpdateStackInstances", "Action=DeleteStackInstances", "Action=StopStackSetOperation",
        "Action=DetectStackSetDrift", "Action=ListStackSetAutoDeploymentTargets",
        "X-Amz-Target: StarlingDoveService.PutOrganizationConformancePack",
        "X-Amz-Target: StarlingDoveService.DeleteOrganizationConformancePack",
        "X-Amz-Target: StarlingDoveService.DescribeOrganizationConformancePacks",
        "X-Amz-Target: StarlingDoveService.DescribeOrganizationConformancePackStatuses");
  }

  private static Exception refine(AwsOperation<?, ?> operation, String code) {
    return operation.descriptor().refine(new NotFoundException(ServiceError.builder().service("CloudFormation")
        .statusCode(404).errorCode(code).errorMessage("m").build()));
  }
}
