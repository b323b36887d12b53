package dev.stacksets.rfs;

import static org.assertj.core.api.Assertions.assertThat;

import dev.stacksets.rfs.model.Action;
import dev.stacksets.rfs.model.OperationFilter;
import dev.stacksets.rfs.model.OperationStatus;
import dev.stacksets.rfs.model.PermissionModel;
import dev.stacksets.rfs.model.StackInstanceFilter;
import dev.stacksets.rfs.model.StackSetFilter;
import org.junit.jupiter.api.Test;

/** The typed filters render exactly the documented grammar. */
class FilterTest {
  @Test
  void designDocExample() {
    assertThat(OperationFilter.action(Action.DEPLOY_STACK_SET).or(Action.CREATE_STACK_INSTANCES).toQueryValue())
        .isEqualTo("action==DEPLOY_STACK_SET|action==CREATE_STACK_INSTANCES");
  }

  @Test
  void apiDocExamples() {
    assertThat(OperationFilter.action(Action.CREATE_STACK_INSTANCES).or(Action.DEPLOY_STACK_SET).toQueryValue())
        .isEqualTo("action==CREATE_STACK_INSTANCES|action==DEPLOY_STACK_SET");
    assertThat(StackSetFilter.permissionModel(PermissionModel.SELF_MANAGED).toQueryValue())
        .isEqualTo("permission_model==SELF_MANAGED");
  }

  @Test
  void andAcrossFieldsOrWithinOne() {
    OperationFilter f = OperationFilter.status(OperationStatus.OPERATION_FAILED).or(OperationStatus.STOP_FAILED)
        .andAction(Action.DEPLOY_STACK_SET).or("A_NEW_ACTION");
    assertThat(f.toQueryValue())
        .isEqualTo("status==OPERATION_FAILED|status==STOP_FAILED,action==DEPLOY_STACK_SET|action==A_NEW_ACTION");
    assertThat(f.statuses()).containsExactly("OPERATION_FAILED", "STOP_FAILED");
    assertThat(f.actions()).containsExactly("DEPLOY_STACK_SET", "A_NEW_ACTION");
    assertThat(f).hasToString(f.toQueryValue());

    StackInstanceFilter i = StackInstanceFilter.stackDomainId("abc123").andRegion("cn-north-4").or("ap-southeast-1");
    assertThat(i.toQueryValue()).isEqualTo("stack_domain_id==abc123,region==cn-north-4|region==ap-southeast-1");
    assertThat(i.regions()).containsExactly("cn-north-4", "ap-southeast-1");
    assertThat(i.stackDomainIds()).containsExactly("abc123");
  }

  @Test
  void filtersAreImmutableValues() {
    OperationFilter.ActionCondition base = OperationFilter.action(Action.DEPLOY_STACK_SET);
    OperationFilter.ActionCondition wider = base.or(Action.DEPLOY_STACK_INSTANCES);
    assertThat(base.toQueryValue()).isEqualTo("action==DEPLOY_STACK_SET");
    assertThat(wider).isNotEqualTo(base);
    assertThat(wider).isEqualTo(OperationFilter.action("DEPLOY_STACK_SET").or("DEPLOY_STACK_INSTANCES"));
    assertThat(wider.hashCode())
        .isEqualTo(OperationFilter.action("DEPLOY_STACK_SET").or("DEPLOY_STACK_INSTANCES").hashCode());
    assertThat(StackSetFilter.permissionModel("SELF_MANAGED").or(PermissionModel.SERVICE_MANAGED).permissionModels())
        .containsExactly("SELF_MANAGED", "SERVICE_MANAGED");
  }
}
