package dev.stacksets.rfs.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.stacksets.core.exception.NotFoundException;
import dev.stacksets.core.exception.ServiceError;
import dev.stacksets.core.exception.StackSetNotFoundException;
import dev.stacksets.core.http.SdkHttpRequest;
import dev.stacksets.core.internal.OperationDescriptor;
import dev.stacksets.core.internal.RetrySafety;
import dev.stacksets.rfs.model.ListStackSetsRequest;
import dev.stacksets.rfs.model.ShowStackInstanceRequest;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The RFS operation table: each entry's name, binding, retry safety, marshalling and 404 rule. */
class RfsOperationsTest {

  @Test
  void eachOperationIsDeclaredOnceWithItsBinding() {
    List<RfsOperation<?, ?>> all = List.of(RfsOperations.listStackSets(), RfsOperations.showStackSetMetadata(),
        RfsOperations.listStackSetOperations(), RfsOperations.showStackSetOperationMetadata(),
        RfsOperations.listStackInstances(), RfsOperations.showStackInstance());
    assertThat(all).extracting(o -> o.name() + " " + o.binding()).containsExactly(
        "ListStackSets GET /v1/stack-sets",
        "ShowStackSetMetadata GET /v1/stack-sets/{stack_set_name}/metadata",
        "ListStackSetOperations GET /v1/stack-sets/{stack_set_name}/operations",
        "ShowStackSetOperationMetadata GET /v1/stack-sets/{stack_set_name}/operations/{stack_set_operation_id}"
            + "/metadata",
        "ListStackInstances GET /v1/stack-sets/{stack_set_name}/stack-instances",
        "ShowStackInstance GET /v1/stack-sets/{stack_set_name}/stack-instances/{stack_instance_addr}");
    assertThat(all).extracting(o -> o.descriptor(null).retrySafety()).containsOnly(RetrySafety.SAFE);
  }

  @Test
  void eachWriteIsDeclaredOnceWithItsBindingAndRetrySafety() {
    List<RfsOperation<?, ?>> writes = List.of(RfsOperations.createStackSet(), RfsOperations.updateStackSet(),
        RfsOperations.deleteStackSet(), RfsOperations.deployStackSet(), RfsOperations.createStackInstances(),
        RfsOperations.updateStackInstances(), RfsOperations.deleteStackInstances(),
        RfsOperations.showStackSetTemplate());
    assertThat(writes).extracting(o -> o.name() + " " + o.binding() + " " + o.descriptor(null).retrySafety())
        .containsExactly(
            "CreateStackSet POST /v1/stack-sets IDEMPOTENCY_KEY",
            "UpdateStackSet PATCH /v1/stack-sets/{stack_set_name} IDEMPOTENCY_KEY",
            "DeleteStackSet DELETE /v1/stack-sets/{stack_set_name} IDEMPOTENT",
            "DeployStackSet POST /v1/stack-sets/{stack_set_name}/deployments IDEMPOTENCY_KEY",
            "CreateStackInstances POST /v1/stack-sets/{stack_set_name}/stack-instances IDEMPOTENCY_KEY",
            "UpdateStackInstances PATCH /v1/stack-sets/{stack_set_name}/stack-instances IDEMPOTENCY_KEY",
            "DeleteStackInstances POST /v1/stack-sets/{stack_set_name}/stack-instances/deletion IDEMPOTENCY_KEY",
            "ShowStackSetTemplate GET /v1/stack-sets/{stack_set_name}/templates SAFE");
  }

  @Test
  void theWriteErrorRulesRefineByStatusAndOperation() {
    ServiceError conflict = ServiceError.builder().service("RFS").statusCode(409).errorCode("RF.1").build();
    ServiceError denied = ServiceError.builder().service("RFS").statusCode(403).errorCode("RF.1").build();
    assertThat(RfsOperations.createStackSet().descriptor(null).refine(new dev.stacksets.core.exception
        .ConflictException(conflict))).isExactlyInstanceOf(dev.stacksets.core.exception.NameAlreadyExistsException
        .class);
    assertThat(RfsOperations.deployStackSet().descriptor(null).refine(new dev.stacksets.core.exception
        .ConflictException(conflict))).isExactlyInstanceOf(dev.stacksets.core.exception.OperationInProgressException
        .class);
    assertThat(RfsOperations.deleteStackSet().descriptor(null).refine(new dev.stacksets.core.exception
        .AccessDeniedException(denied))).isExactlyInstanceOf(dev.stacksets.rfs.exception
        .StackSetStateConflictException.class);
    assertThat(RfsOperations.showStackSetTemplate().descriptor(null).refine(new dev.stacksets.core.exception
        .AccessDeniedException(denied))).isExactlyInstanceOf(dev.stacksets.core.exception.AccessDeniedException.class);
  }

  @Test
  void marshalsTemplateParametersAsOneEncodedSegmentEachAndBindsTheProjectId() {
    SdkHttpRequest r = RfsOperations.showStackInstance().descriptor("p1").marshal(ShowStackInstanceRequest
        .builder().stackSetName("资源栈集").region("cn-north-4").stackDomainId("d1").clientRequestId("c1").build());
    assertThat(r.method()).isEqualTo("GET");
    assertThat(r.encodedPath()).isEqualTo(
        "/v1/stack-sets/%E8%B5%84%E6%BA%90%E6%A0%88%E9%9B%86/stack-instances/cn-north-4%2Fd1");
    assertThat(r.header("X-Project-Id")).isEqualTo("p1");
    assertThat(r.header("Client-Request-Id")).isEqualTo("c1");
    assertThat(RfsOperations.listStackSets().marshal(ListStackSetsRequest.builder().build(), null)
        .header("X-Project-Id")).isNull();
  }

  @Test
  void aTemplateWhoseParametersDoNotMatchIsRefusedWhenDeclared() {
    assertThatThrownBy(() -> RfsOperation.<ShowStackInstanceRequest, Object>read("X", "/v1/{a}/{b}",
        ShowStackInstanceRequest::clientRequestId, (r, q) -> { }, (body, md) -> body, RfsNotFoundRule.NONE,
        RfsOperation.path("b", ShowStackInstanceRequest::region),
        RfsOperation.path("a", ShowStackInstanceRequest::region)))
        .isExactlyInstanceOf(IllegalStateException.class)
        .hasMessage("X: the path parameters [b, a] do not match the template /v1/{a}/{b}");
  }

  @Test
  void theErrorRuleIsTheOperationsNotFoundRule() {
    OperationDescriptor<?, ?> metadata = RfsOperations.showStackSetMetadata().descriptor(null);
    OperationDescriptor<?, ?> list = RfsOperations.listStackSets().descriptor(null);
    NotFoundException e = new NotFoundException(ServiceError.builder().service("RFS").statusCode(404)
        .errorCode("RF.1").errorMessage("stack set s does not exist").build());
    assertThat(metadata.refine(e)).isExactlyInstanceOf(StackSetNotFoundException.class);
    assertThat(list.refine(e)).isSameAs(e);
  }
}
