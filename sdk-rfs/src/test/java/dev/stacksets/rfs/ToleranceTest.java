package dev.stacksets.rfs;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.stacksets.core.exception.ClientSideException;
import dev.stacksets.rfs.model.Action;
import dev.stacksets.rfs.model.DomainIdFilterType;
import dev.stacksets.rfs.model.FailureToleranceMode;
import dev.stacksets.rfs.model.ListStackSetOperationsResponse;
import dev.stacksets.rfs.model.ListStackSetsResponse;
import dev.stacksets.rfs.model.OperationStatus;
import dev.stacksets.rfs.model.PermissionModel;
import dev.stacksets.rfs.model.RegionConcurrencyType;
import dev.stacksets.rfs.model.StackInstance;
import dev.stacksets.rfs.model.StackInstanceStatus;
import dev.stacksets.rfs.model.StackSet;
import dev.stacksets.rfs.model.StackSetOperation;
import dev.stacksets.rfs.model.StackSetStatus;
import java.time.Instant;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Unknown fields and enum values are tolerated and kept; odd but meaningful shapes are read. */
class ToleranceTest {
  private RfsMock mock;
  private RfsClient rfs;

  @BeforeEach
  void setUp() throws Exception {
    mock = new RfsMock();
    rfs = mock.client();
  }

  @AfterEach
  void tearDown() {
    rfs.close();
    mock.close();
  }

  @Test
  void unknownFieldsAreKeptAsRawJsonAtEveryLevel() {
    mock.enqueue(200, """
        {"stack_set_operations":[{"operation_id":"op-1","status":"OPERATION_COMPLETE","new_field":"x",
          "new_object":{"a":[1,2]},"new_number":12.5}],
         "page_info":{"next_marker":null,"total":7},
         "request_summary":{"took_ms":3}}
        """);
    ListStackSetOperationsResponse r = rfs.listStackSetOperations(b -> b.stackSetName("s"));

    StackSetOperation op = r.stackSetOperations().get(0);
    assertThat(op.operationId()).isEqualTo("op-1");
    assertThat(op.additionalFields()).containsExactly(
        org.assertj.core.api.Assertions.entry("new_field", "\"x\""),
        org.assertj.core.api.Assertions.entry("new_object", "{\"a\":[1,2]}"),
        org.assertj.core.api.Assertions.entry("new_number", "12.5"));
    assertThat(r.pageInfo().nextMarker()).isNull();
    assertThat(r.pageInfo().additionalFields()).containsEntry("total", "7");
    assertThat(r.additionalFields()).containsEntry("request_summary", "{\"took_ms\":3}");
  }

  @Test
  void unknownEnumValuesMapToUnknownAndKeepTheRawString() {
    mock.enqueue(200, """
        {"stack_set_id":"op","stack_set_operation_id":"op","status":"PAUSED","action":"ROLLBACK_STACK_SET",
         "deployment_targets":{"regions":["r"],"domain_id_filter_type":"SYMMETRIC_DIFFERENCE"},
         "operation_preferences":{"region_concurrency_type":"ROUND_ROBIN","failure_tolerance_mode":"LENIENT"}}
        """);
    StackSetOperation op = rfs.showStackSetOperationMetadata(b -> b.stackSetName("s").operationId("op"))
        .stackSetOperation();

    assertThat(op.status()).isEqualTo(OperationStatus.UNKNOWN_TO_SDK_VERSION);
    assertThat(op.statusAsString()).isEqualTo("PAUSED");
    assertThat(op.action()).isEqualTo(Action.UNKNOWN_TO_SDK_VERSION);
    assertThat(op.actionAsString()).isEqualTo("ROLLBACK_STACK_SET");
    assertThat(op.deploymentTargets().domainIdFilterType()).isEqualTo(DomainIdFilterType.UNKNOWN_TO_SDK_VERSION);
    assertThat(op.deploymentTargets().domainIdFilterTypeAsString()).isEqualTo("SYMMETRIC_DIFFERENCE");
    assertThat(op.operationPreferences().regionConcurrencyType())
        .isEqualTo(RegionConcurrencyType.UNKNOWN_TO_SDK_VERSION);
    assertThat(op.operationPreferences().regionConcurrencyTypeAsString()).isEqualTo("ROUND_ROBIN");
    assertThat(op.operationPreferences().failureToleranceMode())
        .isEqualTo(FailureToleranceMode.UNKNOWN_TO_SDK_VERSION);
    assertThat(op.operationPreferences().failureToleranceModeAsString()).isEqualTo("LENIENT");
    assertThat(op.additionalFields()).isEmpty();
  }

  @Test
  void unknownStackSetAndInstanceValues() {
    mock.enqueue(200, "{\"stack_sets\":[{\"status\":\"ARCHIVED\",\"permission_model\":\"HYBRID\"}]}");
    StackSet s = rfs.listStackSets().stackSets().get(0);
    assertThat(s.status()).isEqualTo(StackSetStatus.UNKNOWN_TO_SDK_VERSION);
    assertThat(s.statusAsString()).isEqualTo("ARCHIVED");
    assertThat(s.permissionModel()).isEqualTo(PermissionModel.UNKNOWN_TO_SDK_VERSION);
    assertThat(s.permissionModelAsString()).isEqualTo("HYBRID");

    mock.enqueue(200, "{\"stack_instances\":[{\"status\":\"DRIFTED\"}]}");
    StackInstance i = rfs.listStackInstances(b -> b.stackSetName("s")).stackInstances().get(0);
    assertThat(i.status()).isEqualTo(StackInstanceStatus.UNKNOWN_TO_SDK_VERSION);
    assertThat(i.statusAsString()).isEqualTo("DRIFTED");
  }

  @Test
  void looseShapesAreRead() {
    mock.enqueue(200, """
        {"stack_set_operation_id":"op","create_time":"2023-05-15T23:39:25.210+08:00",
         "update_time":"2023-05-15T15:39:25.210","status_message":42,
         "operation_preferences":{"failure_tolerance_count":"4","max_concurrent_count":3,"region_order":"r1"},
         "deployment_targets":{"regions":null,"domain_ids":["a",null,"b"]}}
        """);
    StackSetOperation op = rfs.showStackSetOperationMetadata(b -> b.stackSetName("s").operationId("op"))
        .stackSetOperation();
    assertThat(op.createTime()).isEqualTo(Instant.parse("2023-05-15T15:39:25.210Z"));
    assertThat(op.updateTime()).isEqualTo(Instant.parse("2023-05-15T15:39:25.210Z"));
    assertThat(op.statusMessage()).isEqualTo("42");
    assertThat(op.operationPreferences().failureToleranceCount()).isEqualTo(4L);
    assertThat(op.operationPreferences().regionOrder()).containsExactly("r1");
    assertThat(op.deploymentTargets().regions()).isEmpty();
    assertThat(op.deploymentTargets().domainIds()).containsExactly("a", "b");
    assertThat(op.status()).isNull();
    assertThat(op.statusAsString()).isNull();
  }

  @Test
  void emptyAndNullListsAreEmpty() {
    mock.enqueue(200, "{\"stack_sets\": []}");
    mock.enqueue(200, "{\"stack_sets\": null, \"extra\": 1}");
    ListStackSetsResponse r = rfs.listStackSets();
    ListStackSetsResponse nullList = rfs.listStackSets();
    assertThat(r.stackSets()).isEmpty();
    assertThat(r.pageInfo()).isNull();
    assertThat(nullList.stackSets()).isEmpty();
  }

  @Test
  void aListReplyWithoutItsListMemberIsAClientSideErrorNotAnEmptyPage() {
    mock.enqueue(200, "{}");
    mock.enqueue(200, "{\"page_info\": {\"next_marker\": \"m\"}}");
    mock.enqueue(200, "{\"stack_set_operations\": []}"); // another list's member

    ClientSideException sets = catchThrowableOfType(ClientSideException.class, () -> rfs.listStackSets());
    ClientSideException ops = catchThrowableOfType(ClientSideException.class,
        () -> rfs.listStackSetOperations(b -> b.stackSetName("s")));
    ClientSideException instances = catchThrowableOfType(ClientSideException.class,
        () -> rfs.listStackInstances(b -> b.stackSetName("s")));

    assertThat(sets.getMessage()).contains("ListStackSets").contains("\"stack_sets\"");
    assertThat(ops.getMessage()).contains("\"stack_set_operations\"").contains("page_info");
    assertThat(instances.getMessage()).contains("\"stack_instances\"");
    assertThat(sets.isRetryable()).isFalse();
    assertThat(sets.clientRequestId()).isNotNull();
    assertThat(sets.attempts()).isEqualTo(1);
  }

  @Test
  void aPaginatorStopsWithAnErrorNotSilentlyWhenAPageIsNotAListDocument() {
    mock.enqueue(200, "{\"stack_set_operations\": [{\"operation_id\": \"a\"}], "
        + "\"page_info\": {\"next_marker\": \"m1\"}}");
    mock.enqueue(200, "{}");

    java.util.Iterator<dev.stacksets.rfs.model.StackSetOperation> it =
        rfs.listStackSetOperationsPaginator(b -> b.stackSetName("s")).iterator();

    assertThat(it.next().operationId()).isEqualTo("a");
    assertThatThrownBy(it::hasNext).isInstanceOf(ClientSideException.class)
        .hasMessageContaining("stack_set_operations");
  }

  @Test
  void aBodyThatIsNotAnObjectIsAClientSideError() {
    mock.enqueue(200, "[]");
    ClientSideException e = catchThrowableOfType(ClientSideException.class, () -> rfs.listStackSets());
    assertThat(e.getMessage()).contains("ListStackSets").contains("expected a JSON object");
    assertThat(e.isRetryable()).isFalse();

    mock.enqueue(200, "");
    assertThat(catchThrowableOfType(ClientSideException.class, () -> rfs.showStackSetMetadata(b -> b
        .stackSetName("s"))).getMessage()).contains("empty body");
  }

  @Test
  void anUnreadableTimeIsAClientSideError() {
    mock.enqueue(200, "{\"stack_sets\":[{\"create_time\":\"yesterday\"}]}");
    ClientSideException e = catchThrowableOfType(ClientSideException.class, () -> rfs.listStackSets());
    assertThat(e.getMessage()).contains("create_time").contains("yesterday");
  }

  @ParameterizedTest
  @ValueSource(strings = {"100000000000000000000", "-100000000000000000000",
      "31556889864403200000", "1" + "0000000000000000000000000000000000000000"})
  void anEpochMillisecondTimeOutOfRangeIsAClientSideErrorNamingTheField(String raw) {
    mock.enqueue(200, "{\"stack_sets\":[{\"stack_set_name\":\"s\",\"update_time\":" + raw + "}]}");

    ClientSideException e = catchThrowableOfType(ClientSideException.class, () -> rfs.listStackSets());

    assertThat(e).isNotNull();
    assertThat(e.getClass()).isEqualTo(ClientSideException.class);
    assertThat(e.getMessage()).contains("ListStackSets").contains("update_time is out of range for a timestamp");
    assertThat(e.isRetryable()).isFalse();
  }

  @ParameterizedTest
  @CsvSource({
      "1684172365210, 2023-05-15T17:39:25.210Z",
      "0, 1970-01-01T00:00:00Z",
      "-1, 1969-12-31T23:59:59.999Z",
      "9223372036854775807, +292278994-08-17T07:12:55.807Z",
      "9223372036854775808, +292278994-08-17T07:12:55.808Z",
      "31556889864403199999, +1000000000-12-31T23:59:59.999Z"})
  void anEpochMillisecondTimeInRangeIsExact(String raw, String expected) {
    mock.enqueue(200, "{\"stack_sets\":[{\"stack_set_name\":\"s\",\"create_time\":" + raw + "}]}");

    assertThat(rfs.listStackSets().stackSets().get(0).createTime()).isEqualTo(Instant.parse(expected));
  }

  @ParameterizedTest
  @ValueSource(strings = {"1684172365210.5", "1.68417236521E12", "true", "\"1684172365210\""})
  void aNumberThatIsNotWholeMillisecondsIsAClientSideErrorNamingTheField(String raw) {
    mock.enqueue(200, "{\"stack_sets\":[{\"stack_set_name\":\"s\",\"create_time\":" + raw + "}]}");

    ClientSideException e = catchThrowableOfType(ClientSideException.class, () -> rfs.listStackSets());

    assertThat(e).isNotNull();
    assertThat(e.getMessage()).contains("create_time: not a time");
  }
}
