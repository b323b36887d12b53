package dev.stacksets.rfs;

import static org.assertj.core.api.Assertions.assertThat;

import dev.stacksets.core.paginate.Paginator;
import dev.stacksets.rfs.model.CallIdentity;
import dev.stacksets.rfs.model.ListStackSetsResponse;
import dev.stacksets.rfs.model.ManagedOperation;
import dev.stacksets.rfs.model.PermissionModel;
import dev.stacksets.rfs.model.SortDirection;
import dev.stacksets.rfs.model.StackSet;
import dev.stacksets.rfs.model.StackSetFilter;
import dev.stacksets.rfs.model.StackSetStatus;
import java.time.Instant;
import java.util.stream.Collectors;
import mockwebserver3.RecordedRequest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** ListStackSets against api-docs/004, and ShowStackSetMetadata. */
class ListStackSetsTest {
  /** The example response of api-docs/004, verbatim. */
  static final String EXAMPLE_RESPONSE = """
      {
        "stack_sets" : [ {
          "stack_set_id" : "f689e9fd-97e7-4185-bd8a-7d5f708d45d7",
          "stack_set_name" : "my_first_stack_set",
          "stack_set_description" : "my first stack set",
          "permission_model" : "SELF_MANAGED",
          "status" : "IDLE",
          "create_time" : "2023-05-15T15:39:25.751Z",
          "update_time" : "2023-05-15T16:39:25.751Z"
        }, {
          "stack_set_id" : "b3e7e15f-f96b-4190-94f4-bb8120f8c4dc",
          "stack_set_name" : "my_second_stack_set",
          "stack_set_description" : "my second stack set",
          "permission_model" : "SELF_MANAGED",
          "status" : "OPERATION_IN_PROGRESS",
          "create_time" : "2023-05-15T14:39:25.210Z",
          "update_time" : "2023-05-15T15:39:25.233Z"
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
  void exampleRequestAllStackSets() throws Exception {
    mock.enqueue(200, EXAMPLE_RESPONSE);
    rfs.listStackSets();

    RecordedRequest req = mock.take();
    assertThat(req.getMethod()).isEqualTo("GET");
    assertThat(req.getTarget()).isEqualTo("/v1/stack-sets");
    RfsMock.assertSigned(req, true);
  }

  @Test
  void exampleRequestFilterOnPermissionModel() throws Exception {
    mock.enqueue(200, EXAMPLE_RESPONSE);
    rfs.listStackSets(r -> r.filter(StackSetFilter.permissionModel(PermissionModel.SELF_MANAGED)));

    RecordedRequest req = mock.take();
    assertThat(RfsMock.decodedTarget(req)).isEqualTo("/v1/stack-sets?filter=permission_model==SELF_MANAGED");
    assertThat(req.getTarget()).isEqualTo("/v1/stack-sets?filter=permission_model%3D%3DSELF_MANAGED");
    RfsMock.assertSigned(req, true);
  }

  @Test
  void exampleRequestSortAscending() throws Exception {
    mock.enqueue(200, EXAMPLE_RESPONSE);
    rfs.listStackSets(r -> r.sortByCreateTime(SortDirection.ASC));

    RecordedRequest req = mock.take();
    assertThat(req.getTarget()).isEqualTo("/v1/stack-sets?sort_key=create_time&sort_dir=asc");
    RfsMock.assertSigned(req, true);
  }

  @Test
  void everyQueryParameter() throws Exception {
    mock.enqueue(200, EXAMPLE_RESPONSE);
    rfs.listStackSets(r -> r
        .filter(StackSetFilter.permissionModel(PermissionModel.SELF_MANAGED).or(PermissionModel.SERVICE_MANAGED))
        .sortByCreateTime(SortDirection.DESC)
        .callIdentity(CallIdentity.DELEGATED_ADMIN)
        .marker("abc")
        .limit(1000));

    assertThat(RfsMock.decodedTarget(mock.take())).isEqualTo("/v1/stack-sets"
        + "?filter=permission_model==SELF_MANAGED|permission_model==SERVICE_MANAGED&sort_key=create_time"
        + "&sort_dir=desc&call_identity=DELEGATED_ADMIN&marker=abc&limit=1000");
  }

  @Test
  void exampleResponseParsesFieldByField() throws Exception {
    mock.enqueue(200, EXAMPLE_RESPONSE, "rid-004");
    ListStackSetsResponse response = rfs.listStackSets();

    assertThat(response.stackSets()).containsExactly(
        StackSet.builder()
            .stackSetId("f689e9fd-97e7-4185-bd8a-7d5f708d45d7")
            .stackSetName("my_first_stack_set")
            .stackSetDescription("my first stack set")
            .permissionModel(PermissionModel.SELF_MANAGED)
            .status(StackSetStatus.IDLE)
            .createTime(Instant.parse("2023-05-15T15:39:25.751Z"))
            .updateTime(Instant.parse("2023-05-15T16:39:25.751Z"))
            .build(),
        StackSet.builder()
            .stackSetId("b3e7e15f-f96b-4190-94f4-bb8120f8c4dc")
            .stackSetName("my_second_stack_set")
            .stackSetDescription("my second stack set")
            .permissionModel(PermissionModel.SELF_MANAGED)
            .status(StackSetStatus.OPERATION_IN_PROGRESS)
            .createTime(Instant.parse("2023-05-15T14:39:25.210Z"))
            .updateTime(Instant.parse("2023-05-15T15:39:25.233Z"))
            .build());
    StackSet second = response.stackSets().get(1);
    assertThat(second.status()).isEqualTo(StackSetStatus.OPERATION_IN_PROGRESS);
    assertThat(second.statusAsString()).isEqualTo("OPERATION_IN_PROGRESS");
    assertThat(second.permissionModel()).isEqualTo(PermissionModel.SELF_MANAGED);
    assertThat(second.permissionModelAsString()).isEqualTo("SELF_MANAGED");
    assertThat(second.updateTime()).isEqualTo(Instant.parse("2023-05-15T15:39:25.233Z"));
    assertThat(second.managedOperation()).isNull();
    assertThat(second.organizationalUnitIds()).isEmpty();
    assertThat(response.pageInfo()).isNull();
    assertThat(response.responseMetadata().requestId()).isEqualTo("rid-004");
    assertThat(response.responseMetadata().attempts()).isEqualTo(1);
  }

  @Test
  void paginatorOverThreePages() throws Exception {
    mock.enqueue(200, "{\"stack_sets\":[{\"stack_set_name\":\"a\"}],\"page_info\":{\"next_marker\":\"m1\"}}");
    mock.enqueue(200, "{\"stack_sets\":[],\"page_info\":{\"next_marker\":\"m2\"}}");
    mock.enqueue(200, "{\"stack_sets\":[{\"stack_set_name\":\"b\"}],\"page_info\":{}}");

    Paginator<StackSet> sets = rfs.listStackSetsPaginator(r -> r
        .filter(StackSetFilter.permissionModel(PermissionModel.SERVICE_MANAGED)).limit(10));
    assertThat(sets.stream().map(StackSet::stackSetName).collect(Collectors.toList())).containsExactly("a", "b");

    String common = "/v1/stack-sets?filter=permission_model==SERVICE_MANAGED";
    assertThat(RfsMock.decodedTarget(mock.take())).isEqualTo(common + "&limit=10");
    assertThat(RfsMock.decodedTarget(mock.take())).isEqualTo(common + "&marker=m1&limit=10");
    assertThat(RfsMock.decodedTarget(mock.take())).isEqualTo(common + "&marker=m2&limit=10");
  }

  @Test
  void showStackSetMetadataReadsEveryField() throws Exception {
    mock.enqueue(200, """
        {"stack_set_id":"f689e9fd-97e7-4185-bd8a-7d5f708d45d7","stack_set_name":"my_first_stack_set",
         "stack_set_description":"d","initial_stack_description":"initial","permission_model":"SERVICE_MANAGED",
         "administration_agency_name":"admin","administration_agency_urn":"urn:admin","managed_agency_name":"m",
         "status":"DEACTIVATED","vars_uri_content":"password: hunter2","vars_body":"secret: s3cr3t",
         "managed_operation":{"enable_parallel_operation":true},"organizational_unit_ids":["ou-a","ou-b"],
         "create_time":"2023-05-15T15:39:25.751Z","update_time":"2023-05-15T16:39:25.751Z"}
        """);
    StackSet s = rfs.showStackSetMetadata(r -> r.stackSetName("my_first_stack_set")
        .stackSetId("f689e9fd-97e7-4185-bd8a-7d5f708d45d7").callIdentity(CallIdentity.SELF)).stackSet();

    RecordedRequest req = mock.take();
    assertThat(req.getTarget()).isEqualTo("/v1/stack-sets/my_first_stack_set/metadata"
        + "?stack_set_id=f689e9fd-97e7-4185-bd8a-7d5f708d45d7&call_identity=SELF");
    RfsMock.assertSigned(req, true);
    assertThat(s).isEqualTo(StackSet.builder()
        .stackSetId("f689e9fd-97e7-4185-bd8a-7d5f708d45d7").stackSetName("my_first_stack_set")
        .stackSetDescription("d").initialStackDescription("initial")
        .permissionModel(PermissionModel.SERVICE_MANAGED).administrationAgencyName("admin")
        .administrationAgencyUrn("urn:admin").managedAgencyName("m").status(StackSetStatus.DEACTIVATED)
        .varsUriContent("password: hunter2").varsBody("secret: s3cr3t")
        .managedOperation(ManagedOperation.builder().enableParallelOperation(true).build())
        .organizationalUnitIds("ou-a", "ou-b")
        .createTime(Instant.parse("2023-05-15T15:39:25.751Z"))
        .updateTime(Instant.parse("2023-05-15T16:39:25.751Z"))
        .build());
    assertThat(s.toString()).doesNotContain("hunter2").doesNotContain("s3cr3t").contains("varsBody=***");
  }
}
