package dev.stacksets.rfs;

import static org.assertj.core.api.Assertions.assertThat;

import dev.stacksets.core.ResponseMetadata;
import dev.stacksets.core.paginate.Paginator;
import dev.stacksets.rfs.model.Action;
import dev.stacksets.rfs.model.CallIdentity;
import dev.stacksets.rfs.model.ListStackSetOperationsRequest;
import dev.stacksets.rfs.model.ListStackSetOperationsResponse;
import dev.stacksets.rfs.model.OperationFilter;
import dev.stacksets.rfs.model.OperationStatus;
import dev.stacksets.rfs.model.PageInfo;
import dev.stacksets.rfs.model.SortDirection;
import dev.stacksets.rfs.model.StackSetOperation;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import mockwebserver3.RecordedRequest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** ListStackSetOperations against api-docs/001: every example request and the example response. */
class ListStackSetOperationsTest {
  /** The example response of api-docs/001, verbatim. */
  static final String EXAMPLE_RESPONSE = """
      {
        "stack_set_operations" : [ {
          "stack_set_id" : "f689e9fd-97e7-4185-bd8a-7d5f708d45d7",
          "stack_set_name" : "my_hello_world_stack_set",
          "operation_id" : "3fef5d3e-27b6-44e8-9769-1d7262bd9430",
          "status" : "OPERATION_COMPLETE",
          "action" : "CREATE_STACK_INSTANCES",
          "create_time" : "2023-05-15T17:39:25.210Z",
          "update_time" : "2023-05-15T18:39:25.210Z"
        }, {
          "stack_set_id" : "f689e9fd-97e7-4185-bd8a-7d5f708d45d7",
          "stack_set_name" : "my_hello_world_stack_set",
          "operation_id" : "8592967b-18b0-421b-b6c1-079c9ded3931",
          "status" : "OPERATION_FAILED",
          "action" : "DEPLOY_STACK_SET",
          "create_time" : "2023-05-15T15:39:25.210Z",
          "update_time" : "2023-05-15T16:39:25.210Z"
        } ]
      }
      """;

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
  void exampleRequestAllOperationsOfAStackSet() throws Exception {
    mock.enqueue(200, EXAMPLE_RESPONSE);
    rfs.listStackSetOperations(r -> r.stackSetName("my_hello_world_stack_set"));

    RecordedRequest req = mock.take();
    assertThat(req.getMethod()).isEqualTo("GET");
    assertThat(req.getTarget()).isEqualTo("/v1/stack-sets/my_hello_world_stack_set/operations");
    assertThat(req.getBodySize()).isZero();
    RfsMock.assertSigned(req, true);
  }

  @Test
  void exampleRequestFilterOnTwoActions() throws Exception {
    mock.enqueue(200, EXAMPLE_RESPONSE);
    rfs.listStackSetOperations(r -> r.stackSetName("my_hello_world_stack_set")
        .filter(OperationFilter.action(Action.CREATE_STACK_INSTANCES).or(Action.DEPLOY_STACK_SET)));

    RecordedRequest req = mock.take();
    assertThat(RfsMock.decodedTarget(req)).isEqualTo(
        "/v1/stack-sets/my_hello_world_stack_set/operations?filter=action==CREATE_STACK_INSTANCES|action==DEPLOY_STACK_SET");
    assertThat(req.getTarget()).isEqualTo("/v1/stack-sets/my_hello_world_stack_set/operations"
        + "?filter=action%3D%3DCREATE_STACK_INSTANCES%7Caction%3D%3DDEPLOY_STACK_SET");
    RfsMock.assertSigned(req, true);
  }

  @Test
  void designDocFilterShapeKeepsTheCallersOrder() throws Exception {
    mock.enqueue(200, EXAMPLE_RESPONSE);
    rfs.listStackSetOperations(r -> r.stackSetName("my_stack_set")
        .filter(OperationFilter.action(Action.DEPLOY_STACK_SET).or(Action.CREATE_STACK_INSTANCES))
        .sortByCreateTime(SortDirection.ASC));

    assertThat(RfsMock.decodedTarget(mock.take())).isEqualTo("/v1/stack-sets/my_stack_set/operations"
        + "?filter=action==DEPLOY_STACK_SET|action==CREATE_STACK_INSTANCES&sort_key=create_time&sort_dir=asc");
  }

  @Test
  void exampleRequestSortAscending() throws Exception {
    mock.enqueue(200, EXAMPLE_RESPONSE);
    rfs.listStackSetOperations(r -> r.stackSetName("my_hello_world_stack_set").sortByCreateTime(SortDirection.ASC));

    RecordedRequest req = mock.take();
    assertThat(req.getTarget())
        .isEqualTo("/v1/stack-sets/my_hello_world_stack_set/operations?sort_key=create_time&sort_dir=asc");
    RfsMock.assertSigned(req, true);
  }

  @Test
  void everyQueryParameterInTheApisOrder() throws Exception {
    mock.enqueue(200, EXAMPLE_RESPONSE);
    rfs.listStackSetOperations(r -> r.stackSetName("my_stack_set")
        .stackSetId("f689e9fd-97e7-4185-bd8a-7d5f708d45d7")
        .filter(OperationFilter.status(OperationStatus.OPERATION_FAILED).or(OperationStatus.STOP_FAILED)
            .andAction(Action.DEPLOY_STACK_SET))
        .sortByCreateTime(SortDirection.DESC)
        .sortByCreateTime(SortDirection.ASC)
        .callIdentity(CallIdentity.DELEGATED_ADMIN)
        .marker("m-1")
        .limit(10)
        .clientRequestId("my-request-0001"));

    RecordedRequest req = mock.take();
    assertThat(RfsMock.decodedTarget(req)).isEqualTo("/v1/stack-sets/my_stack_set/operations"
        + "?stack_set_id=f689e9fd-97e7-4185-bd8a-7d5f708d45d7"
        + "&filter=status==OPERATION_FAILED|status==STOP_FAILED,action==DEPLOY_STACK_SET"
        + "&sort_key=create_time&sort_key=create_time&sort_dir=desc&sort_dir=asc"
        + "&call_identity=DELEGATED_ADMIN&marker=m-1&limit=10");
    assertThat(req.getTarget()).contains("filter=status%3D%3DOPERATION_FAILED%7Cstatus%3D%3DSTOP_FAILED%2C"
        + "action%3D%3DDEPLOY_STACK_SET&");
    assertThat(req.getHeaders().get("Client-Request-Id")).isEqualTo("my-request-0001");
    RfsMock.assertSigned(req, true);
  }

  @Test
  void exampleResponseParsesFieldByField() throws Exception {
    mock.enqueue(200, EXAMPLE_RESPONSE, "server-request-1");
    ListStackSetOperationsResponse response = rfs.listStackSetOperations(r -> r
        .stackSetName("my_hello_world_stack_set").clientRequestId("crid-1"));

    assertThat(response.stackSetOperations()).containsExactly(
        StackSetOperation.builder()
            .stackSetId("f689e9fd-97e7-4185-bd8a-7d5f708d45d7")
            .stackSetName("my_hello_world_stack_set")
            .operationId("3fef5d3e-27b6-44e8-9769-1d7262bd9430")
            .status(OperationStatus.OPERATION_COMPLETE)
            .action(Action.CREATE_STACK_INSTANCES)
            .createTime(Instant.parse("2023-05-15T17:39:25.210Z"))
            .updateTime(Instant.parse("2023-05-15T18:39:25.210Z"))
            .build(),
        StackSetOperation.builder()
            .stackSetId("f689e9fd-97e7-4185-bd8a-7d5f708d45d7")
            .stackSetName("my_hello_world_stack_set")
            .operationId("8592967b-18b0-421b-b6c1-079c9ded3931")
            .status(OperationStatus.OPERATION_FAILED)
            .action(Action.DEPLOY_STACK_SET)
            .createTime(Instant.parse("2023-05-15T15:39:25.210Z"))
            .updateTime(Instant.parse("2023-05-15T16:39:25.210Z"))
            .build());
    StackSetOperation first = response.stackSetOperations().get(0);
    assertThat(first.operationId()).isEqualTo("3fef5d3e-27b6-44e8-9769-1d7262bd9430");
    assertThat(first.status()).isEqualTo(OperationStatus.OPERATION_COMPLETE);
    assertThat(first.statusAsString()).isEqualTo("OPERATION_COMPLETE");
    assertThat(first.action()).isEqualTo(Action.CREATE_STACK_INSTANCES);
    assertThat(first.actionAsString()).isEqualTo("CREATE_STACK_INSTANCES");
    assertThat(first.createTime()).isEqualTo(Instant.parse("2023-05-15T17:39:25.210Z"));
    assertThat(first.statusMessage()).isNull();
    assertThat(first.deploymentTargets()).isNull();
    assertThat(first.operationPreferences()).isNull();
    assertThat(first.additionalFields()).isEmpty();
    assertThat(response.pageInfo()).isNull();
    assertThat(response.additionalFields()).isEmpty();
    assertThat(response.responseMetadata()).isEqualTo(new ResponseMetadata("server-request-1", "crid-1", 200, 1));
  }

  @Test
  void generatedClientRequestIdIsAUuidAndReported() throws Exception {
    mock.enqueue(200, EXAMPLE_RESPONSE);
    ListStackSetOperationsResponse response = rfs.listStackSetOperations(r -> r.stackSetName("s"));

    String sent = mock.take().getHeaders().get("Client-Request-Id");
    assertThat(sent).matches("[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}");
    assertThat(response.responseMetadata().clientRequestId()).isEqualTo(sent);
  }

  @Test
  void paginatorWalksThreeMarkerPagesCarryingEveryParameter() throws Exception {
    mock.enqueue(200, page("op-1", "op-2", "\"next_marker\" : \"m1\", \"current_count\" : 2"));
    mock.enqueue(200, page("op-3", null, "\"next_marker\" : \"m2\", \"previous_marker\" : \"m0\""));
    mock.enqueue(200, page("op-4", null, "\"next_marker\" : null"));

    ListStackSetOperationsRequest request = ListStackSetOperationsRequest.builder()
        .stackSetName("my_stack_set")
        .stackSetId("f689e9fd-97e7-4185-bd8a-7d5f708d45d7")
        .filter(OperationFilter.action(Action.DEPLOY_STACK_SET))
        .sortByCreateTime(SortDirection.ASC)
        .callIdentity(CallIdentity.SELF)
        .limit(10)
        .clientRequestId("first-page-id")
        .build();
    Paginator<StackSetOperation> operations = rfs.listStackSetOperationsPaginator(request);
    assertThat(mock.requestCount()).as("lazy: nothing sent before iterating").isZero();

    List<String> ids = new ArrayList<>();
    for (StackSetOperation op : operations) {
      ids.add(op.operationId());
    }
    assertThat(ids).containsExactly("op-1", "op-2", "op-3", "op-4");

    String common = "/v1/stack-sets/my_stack_set/operations?stack_set_id=f689e9fd-97e7-4185-bd8a-7d5f708d45d7"
        + "&filter=action==DEPLOY_STACK_SET&sort_key=create_time&sort_dir=asc&call_identity=SELF";
    RecordedRequest p1 = mock.take();
    RecordedRequest p2 = mock.take();
    RecordedRequest p3 = mock.take();
    assertThat(RfsMock.decodedTarget(p1)).isEqualTo(common + "&limit=10");
    assertThat(RfsMock.decodedTarget(p2)).isEqualTo(common + "&marker=m1&limit=10");
    assertThat(RfsMock.decodedTarget(p3)).isEqualTo(common + "&marker=m2&limit=10");
    assertThat(p1.getHeaders().get("Client-Request-Id")).isEqualTo("first-page-id");
    assertThat(p2.getHeaders().get("Client-Request-Id")).isNotEqualTo("first-page-id").isNotBlank();
    assertThat(p3.getHeaders().get("Client-Request-Id"))
        .isNotIn("first-page-id", p2.getHeaders().get("Client-Request-Id"));
    for (RecordedRequest r : List.of(p1, p2, p3)) {
      RfsMock.assertSigned(r, true);
    }
    assertThat(mock.requestCount()).isEqualTo(3);
  }

  @Test
  void paginatorPagesExposePageInfoAndRestartFromTheFirstPage() throws Exception {
    mock.enqueue(200, page("op-1", null, "\"next_marker\" : \"m1\""));
    mock.enqueue(200, page("op-2", null, "\"current_count\" : 1"));
    mock.enqueue(200, page("op-1", null, "\"next_marker\" : \"m1\""));

    Paginator<StackSetOperation> operations = rfs.listStackSetOperationsPaginator(r -> r.stackSetName("s"));
    List<String> tokens = new ArrayList<>();
    operations.pages().forEach(p -> tokens.add(p.nextToken()));
    assertThat(tokens).containsExactly("m1", null);

    assertThat(operations.stream().findFirst().map(StackSetOperation::operationId)).contains("op-1");
    mock.take();
    mock.take();
    assertThat(RfsMock.decodedTarget(mock.take())).isEqualTo("/v1/stack-sets/s/operations");
  }

  @org.junit.jupiter.params.ParameterizedTest
  @org.junit.jupiter.params.provider.ValueSource(strings = {"\"\"", "\" \"", "\"\\t \""})
  void aBlankNextMarkerEndsThePagingInsteadOfFailing(String blank) throws Exception {
    mock.enqueue(200, page("op-1", null, "\"next_marker\" : \"m1\""));
    mock.enqueue(200, page("op-2", null, "\"next_marker\" : " + blank));
    mock.enqueue(200, page("op-3", null, "\"next_marker\" : " + blank));

    List<String> ids = new ArrayList<>();
    rfs.listStackSetOperationsPaginator(r -> r.stackSetName("s")).forEach(op -> ids.add(op.operationId()));
    List<String> viewIds = new ArrayList<>();
    rfs.operations().listOperations("s").forEach(op -> viewIds.add(op.operationId()));

    assertThat(ids).containsExactly("op-1", "op-2");
    assertThat(viewIds).containsExactly("op-3");
    assertThat(mock.requestCount()).isEqualTo(3);
  }

  @Test
  void singlePageResponseExposesPageInfo() throws Exception {
    mock.enqueue(200, page("op-1", null,
        "\"next_marker\" : \"n\", \"previous_marker\" : \"p\", \"current_count\" : 1"));
    ListStackSetOperationsResponse r = rfs.listStackSetOperations(b -> b.stackSetName("s"));
    assertThat(r.pageInfo()).isEqualTo(PageInfo.builder().nextMarker("n").previousMarker("p").currentCount(1)
        .build());
  }

  @Test
  void chineseStackSetNameIsPercentEncodedAsUtf8() throws Exception {
    mock.enqueue(200, "{\"stack_set_operations\":[]}");
    ListStackSetOperationsResponse r = rfs.listStackSetOperations(b -> b.stackSetName("资源栈集_测试-1"));

    RecordedRequest req = mock.take();
    assertThat(req.getTarget())
        .isEqualTo("/v1/stack-sets/%E8%B5%84%E6%BA%90%E6%A0%88%E9%9B%86_%E6%B5%8B%E8%AF%95-1/operations");
    assertThat(RfsMock.decodedTarget(req)).isEqualTo("/v1/stack-sets/资源栈集_测试-1/operations");
    RfsMock.assertSigned(req, true);
    assertThat(r.stackSetOperations()).isEmpty();
  }

  static String page(String id1, String id2, String pageInfo) {
    StringBuilder sb = new StringBuilder("{\"stack_set_operations\":[");
    sb.append(op(id1));
    if (id2 != null) {
      sb.append(',').append(op(id2));
    }
    return sb.append("],\"page_info\":{").append(pageInfo).append("}}").toString();
  }

  private static String op(String id) {
    return "{\"operation_id\":\"" + id + "\",\"stack_set_name\":\"my_stack_set\",\"status\":\"OPERATION_COMPLETE\","
        + "\"action\":\"DEPLOY_STACK_SET\"}";
  }
}
