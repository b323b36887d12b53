package dev.stacksets.cfn;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.stacksets.cfn.config.model.ConformancePackInputParameter;
import dev.stacksets.cfn.config.model.OrganizationConformancePackDetailedStatus;
import dev.stacksets.cfn.config.model.OrganizationResourceDetailedStatus;
import dev.stacksets.cfn.config.model.PutOrganizationConformancePackRequest;
import dev.stacksets.cfn.model.CallAs;
import dev.stacksets.cfn.model.Capability;
import dev.stacksets.cfn.model.CreateStackInstancesRequest;
import dev.stacksets.cfn.model.CreateStackSetRequest;
import dev.stacksets.cfn.model.ListStackSetOperationResultsRequest;
import dev.stacksets.cfn.model.ListStackSetOperationResultsResponse;
import dev.stacksets.cfn.model.OperationResultFilter;
import dev.stacksets.cfn.model.Parameter;
import dev.stacksets.cfn.model.StackSet;
import dev.stacksets.cfn.model.StackSetOperation;
import dev.stacksets.cfn.model.StackSetOperationResultStatus;
import dev.stacksets.cfn.model.StackSetOperationResultSummary;
import dev.stacksets.cfn.model.StackSetOperationStatus;
import dev.stacksets.core.ResponseMetadata;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The model conventions: immutability, builders, equality, open enums, toString. */
class ModelTest {
  private static StackSetOperationResultSummary summary(String account) {
    return StackSetOperationResultSummary.builder().account(account).region("us-east-1")
        .status(StackSetOperationResultStatus.FAILED).statusReason("boom")
        .accountGateResult(g -> g.status("SKIPPED")).build();
  }

  @Test
  void toBuilderRoundTripsAndEqualityCoversEveryField() {
    StackSetOperation op = StackSetOperation.builder().operationId("op-1").stackSetId("s:1")
        .status(StackSetOperationStatus.RUNNING).creationTimestamp(Instant.parse("2020-01-01T00:00:00Z"))
        .operationPreferences(p -> p.regionOrder("us-east-1").maxConcurrentCount(2))
        .deploymentTargets(t -> t.accounts("111111111111")).build();

    assertThat(op.toBuilder().build()).isEqualTo(op).hasSameHashCodeAs(op);
    assertThat(op.toBuilder().status(StackSetOperationStatus.SUCCEEDED).build()).isNotEqualTo(op);
    assertThat(op.toBuilder().operationPreferences(p -> p.regionOrder("eu-west-1")).build()).isNotEqualTo(op);
    assertThat(op).isNotEqualTo(null).isNotEqualTo("op-1");
  }

  @Test
  void listsAreCopiedInAndUnmodifiableOut() {
    List<StackSetOperationResultSummary> source = new ArrayList<>(List.of(summary("111111111111")));
    ListStackSetOperationResultsResponse r = ListStackSetOperationResultsResponse.builder().summaries(source)
        .build();
    source.add(summary("222222222222"));

    assertThat(r.summaries()).hasSize(1);
    assertThatThrownBy(() -> r.summaries().add(summary("3"))).isInstanceOf(UnsupportedOperationException.class);
    assertThatThrownBy(() -> StackSet.builder().regions("us-east-1").build().regions().clear())
        .isInstanceOf(UnsupportedOperationException.class);
  }

  @Test
  void nullListElementsAreIllegalArgumentsNamingTheList() {
    assertThatThrownBy(() -> ListStackSetOperationResultsRequest.builder()
        .filters(Arrays.asList(OperationResultFilter.builder().build(), null)))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("filters");
    assertThatThrownBy(() -> StackSet.builder().capabilities(Capability.CAPABILITY_IAM, null))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("capabilities");
  }

  @Test
  void nullListsClearAndAbsentListsReadAsEmpty() {
    ListStackSetOperationResultsRequest r = ListStackSetOperationResultsRequest.builder()
        .filters(List.of()).filters((List<OperationResultFilter>) null).build();

    assertThat(r.hasFilters()).isFalse();
    assertThat(r.filters()).isEmpty();
    assertThat(ListStackSetOperationResultsRequest.builder().filters().build().hasFilters()).isTrue();
  }

  @Test
  void openEnums() {
    assertThat(StackSetOperationStatus.fromValue("QUEUED")).isEqualTo(StackSetOperationStatus.QUEUED);
    assertThat(StackSetOperationStatus.fromValue("NEW_STATE")).isEqualTo(StackSetOperationStatus.UNKNOWN_TO_SDK_VERSION);
    assertThat(StackSetOperationStatus.fromValue(null)).isNull();
    assertThat(StackSetOperationStatus.QUEUED.toString()).isEqualTo("QUEUED");
    assertThat(StackSetOperationStatus.knownValues()).hasSize(6)
        .doesNotContain(StackSetOperationStatus.UNKNOWN_TO_SDK_VERSION);
    assertThat(OrganizationResourceDetailedStatus.knownValues()).hasSize(9);
    assertThat(CallAs.knownValues()).containsExactlyInAnyOrder(CallAs.SELF, CallAs.DELEGATED_ADMIN);
  }

  @Test
  void theUnknownConstantCannotBeSentButRawStringsCan() {
    assertThatThrownBy(() -> ListStackSetOperationResultsRequest.builder().callAs(CallAs.UNKNOWN_TO_SDK_VERSION))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("callAs");
    ListStackSetOperationResultsRequest r = ListStackSetOperationResultsRequest.builder().callAs("NEW_MODE").build();
    assertThat(r.callAs()).isEqualTo(CallAs.UNKNOWN_TO_SDK_VERSION);
    assertThat(r.callAsAsString()).isEqualTo("NEW_MODE");
    assertThat(ListStackSetOperationResultsRequest.builder().callAs((CallAs) null).build().callAs()).isNull();
  }

  @Test
  void responseEqualityIgnoresMetadataWhichIsNeverNull() {
    ListStackSetOperationResultsResponse a = ListStackSetOperationResultsResponse.builder()
        .summaries(summary("111111111111")).nextToken("t").build();
    ListStackSetOperationResultsResponse b = a.toBuilder()
        .responseMetadata(new ResponseMetadata("req-1", null, 200, 2)).build();

    assertThat(a.responseMetadata()).isEqualTo(ResponseMetadata.none());
    assertThat(b.responseMetadata().requestId()).isEqualTo("req-1");
    assertThat(a).isEqualTo(b).hasSameHashCodeAs(b);
    assertThat(b.toString()).contains("nextToken=t", "req-1");
  }

  @Test
  void toStringListsSetFieldsOnly() {
    assertThat(summary("111111111111").toString()).isEqualTo("StackSetOperationResultSummary{account=111111111111, "
        + "region=us-east-1, status=FAILED, statusReason=boom, accountGateResult=AccountGateResult{status=SKIPPED}}");
    assertThat(StackSet.builder().templateBody("secret-ish template").build().toString())
        .isEqualTo("StackSet{templateBody=<19 chars>}");
  }

  @Test
  void toStringRedactsParameterValuesAlsoInsideAStackSet() {
    Parameter p = Parameter.builder().parameterKey("DbPassword").parameterValue("hunter2-secret")
        .resolvedValue("resolved-secret").usePreviousValue(false).build();
    StackSet s = StackSet.builder().stackSetName("my-set").parameters(List.of(p)).build();

    assertThat(p.toString()).isEqualTo("Parameter{parameterKey=DbPassword, parameterValue=***, "
        + "usePreviousValue=false, resolvedValue=***}");
    assertThat(s.toString()).contains("DbPassword", "parameterValue=***")
        .doesNotContain("hunter2-secret", "resolved-secret");
    assertThat(p.parameterValue()).isEqualTo("hunter2-secret");
    assertThat(p.resolvedValue()).isEqualTo("resolved-secret");
  }

  @Test
  void aNullConsumerIsAnIllegalArgument() {
    assertThatThrownBy(() -> StackSetOperation.builder()
        .operationPreferences((java.util.function.Consumer<
            dev.stacksets.cfn.model.StackSetOperationPreferences.Builder>) null))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("operationPreferences");
  }

  @Test
  void configModelsFollowTheSameRules() {
    OrganizationConformancePackDetailedStatus s = OrganizationConformancePackDetailedStatus.builder()
        .accountId("111111111111").status(OrganizationResourceDetailedStatus.UPDATE_FAILED)
        .lastUpdateTime(Instant.EPOCH).build();

    assertThat(s.toBuilder().build()).isEqualTo(s);
    assertThat(s.status()).isEqualTo(OrganizationResourceDetailedStatus.UPDATE_FAILED);
    assertThat(s.toBuilder().status("SOMETHING").build().status())
        .isEqualTo(OrganizationResourceDetailedStatus.UNKNOWN_TO_SDK_VERSION);
  }

  @Test
  void writeRequestsShowNoTemplateAndNoParameterValue() {
    Parameter secret = Parameter.builder().parameterKey("DbPassword").parameterValue("hunter2-secret").build();
    CreateStackSetRequest create = CreateStackSetRequest.builder().stackSetName("s").templateBody("Secret: 12")
        .parameters(secret).clientRequestToken("t-1").build();
    CreateStackInstancesRequest instances = CreateStackInstancesRequest.builder().stackSetName("s")
        .parameterOverrides(secret).operationId("op-1").build();
    PutOrganizationConformancePackRequest pack = PutOrganizationConformancePackRequest.builder()
        .organizationConformancePackName("p").templateBody("Secret: 34")
        .conformancePackInputParameters(ConformancePackInputParameter.builder().parameterName("Key")
            .parameterValue("hunter3-secret").build())
        .build();

    assertThat(create.toString()).isEqualTo("CreateStackSetRequest{stackSetName=s, templateBody=<10 chars>, "
        + "parameters=[Parameter{parameterKey=DbPassword, parameterValue=***}], clientRequestToken=t-1}");
    assertThat(instances.toString()).isEqualTo("CreateStackInstancesRequest{stackSetName=s, "
        + "parameterOverrides=[Parameter{parameterKey=DbPassword, parameterValue=***}], operationId=op-1}");
    assertThat(pack.toString()).isEqualTo("PutOrganizationConformancePackRequest{organizationConformancePackName=p, "
        + "templateBody=<10 chars>, conformancePackInputParameters=[ConformancePackInputParameter{parameterName=Key, "
        + "parameterValue=***}]}");
    assertThat(pack.conformancePackInputParameters().get(0).parameterValue()).isEqualTo("hunter3-secret");
  }
}
