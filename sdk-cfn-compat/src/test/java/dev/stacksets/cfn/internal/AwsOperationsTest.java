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
  private static final List<AwsOperation<?, ?>> ALL = List.of(CfnOperations.LIST_STACK_SET_OPERATION_RESULTS,
      CfnOperations.LIST_STACK_SET_OPERATIONS, CfnOperations.DESCRIBE_STACK_SET_OPERATION,
      CfnOperations.LIST_STACK_SETS, CfnOperations.LIST_STACK_INSTANCES, CfnOperations.DESCRIBE_STACK_SET,
      CfnOperations.DESCRIBE_STACK_INSTANCE,
      ConfigOperations.GET_ORGANIZATION_CONFORMANCE_PACK_DETAILED_STATUS);

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
    assertThat(refine(CfnOperations.DESCRIBE_STACK_SET, "StackSetNotFoundException"))
        .isExactlyInstanceOf(StackSetNotFoundException.class);
    assertThat(refine(CfnOperations.DESCRIBE_STACK_SET_OPERATION, "OperationNotFoundException"))
        .isExactlyInstanceOf(OperationNotFoundException.class);
    assertThat(refine(CfnOperations.LIST_STACK_SET_OPERATION_RESULTS, "StackSetNotFoundException"))
        .isExactlyInstanceOf(StackSetNotFoundException.class);
    assertThat(refine(CfnOperations.LIST_STACK_SETS, "StackSetNotFoundException"))
        .isExactlyInstanceOf(NotFoundException.class);
    assertThat(refine(CfnOperations.DESCRIBE_STACK_SET, "OperationNotFoundException"))
        .isExactlyInstanceOf(NotFoundException.class);
    assertThat(refine(ConfigOperations.GET_ORGANIZATION_CONFORMANCE_PACK_DETAILED_STATUS,
        "NoSuchOrganizationConformancePackException"))
        .isExactlyInstanceOf(NoSuchOrganizationConformancePackException.class);
    assertThat(refine(CfnOperations.DESCRIBE_STACK_INSTANCE, "StackInstanceNotFoundException"))
        .isExactlyInstanceOf(StackInstanceNotFoundException.class);
    assertThat(refine(CfnOperations.LIST_STACK_INSTANCES, "StackInstanceNotFoundException"))
        .isExactlyInstanceOf(NotFoundException.class);
    assertThat(refine(CfnOperations.DESCRIBE_STACK_SET, null)).isExactlyInstanceOf(NotFoundException.class);
  }

  @Test
  void theWritesDeclareTheirRetrySafetyKeyAndTurn() {
    List<AwsOperation<?, ?>> writes = List.of(CfnOperations.CREATE_STACK_SET, CfnOperations.UPDATE_STACK_SET,
        CfnOperations.DELETE_STACK_SET, CfnOperations.CREATE_STACK_INSTANCES, CfnOperations.UPDATE_STACK_INSTANCES,
        CfnOperations.DELETE_STACK_INSTANCES, CfnOperations.STOP_STACK_SET_OPERATION,
        CfnOperations.DETECT_STACK_SET_DRIFT, CfnOperations.LIST_STACK_SET_AUTO_DEPLOYMENT_TARGETS,
        ConfigOperations.PUT_ORGANIZATION_CONFORMANCE_PACK, ConfigOperations.DELETE_ORGANIZATION_CONFORMANCE_PACK,
        ConfigOperations.DESCRIBE_ORGANIZATION_CONFORMANCE_PACKS,
        ConfigOperations.DESCRIBE_ORGANIZATION_CONFORMANCE_PACK_STATUSES);

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
