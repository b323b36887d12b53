package dev.stacksets.rfs;

import static org.assertj.core.api.Assertions.assertThat;

import dev.stacksets.core.auth.Credentials;
import dev.stacksets.core.auth.CredentialsProvider;
import dev.stacksets.rfs.model.Action;
import dev.stacksets.rfs.model.CallIdentity;
import dev.stacksets.rfs.model.ListStackInstancesResponse;
import dev.stacksets.rfs.model.OperationFilter;
import dev.stacksets.rfs.model.SortDirection;
import dev.stacksets.rfs.model.StackInstance;
import dev.stacksets.rfs.model.StackInstanceFilter;
import dev.stacksets.rfs.model.StackInstanceStatus;
import dev.stacksets.rfs.model.VarOverrides;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import java.util.stream.Collectors;
import mockwebserver3.RecordedRequest;
import okhttp3.MediaType;
import okhttp3.Protocol;
import okhttp3.Request;
import okhttp3.Response;
import okhttp3.ResponseBody;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** ListStackInstances and ShowStackInstance. */
class StackInstancesTest {
  static final String INSTANCE_JSON = """
      {"stack_set_id":"f689e9fd-97e7-4185-bd8a-7d5f708d45d7","stack_set_name":"my_stack_set",
       "status":"OPERATION_FAILED","status_message":"CREATE_FAILED: quota exceeded",
       "stack_id":"1e3c7e3c-7a1d-4f6e-9d5a-0b8e7f6a5c4d","stack_name":"my_stack_set-dfda721e",
       "stack_domain_id":"dfda721e8ecd46088662f2dc9e97b1c6",
       "latest_stack_set_operation_id":"daa46d87-045b-4a50-a0d5-c167fc34b632","region":"cn-north-4",
       "create_time":"2023-05-15T15:39:25.210Z","update_time":"2023-05-15T16:39:25.210Z"}
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

  static StackInstance expectedInstance() {
    return StackInstance.builder()
        .stackSetId("f689e9fd-97e7-4185-bd8a-7d5f708d45d7")
        .stackSetName("my_stack_set")
        .status(StackInstanceStatus.OPERATION_FAILED)
        .statusMessage("CREATE_FAILED: quota exceeded")
        .stackId("1e3c7e3c-7a1d-4f6e-9d5a-0b8e7f6a5c4d")
        .stackName("my_stack_set-dfda721e")
        .stackDomainId("dfda721e8ecd46088662f2dc9e97b1c6")
        .latestStackSetOperationId("daa46d87-045b-4a50-a0d5-c167fc34b632")
        .region("cn-north-4")
        .createTime(Instant.parse("2023-05-15T15:39:25.210Z"))
        .updateTime(Instant.parse("2023-05-15T16:39:25.210Z"))
        .build();
  }

  @Test
  void listSendsEveryParameterAndParsesEveryField() throws Exception {
    mock.enqueue(200, "{\"stack_instances\":[" + INSTANCE_JSON + "],\"page_info\":{\"current_count\":1}}", "rid");
    ListStackInstancesResponse response = rfs.listStackInstances(r -> r
        .stackSetName("my_stack_set")
        .stackSetId("f689e9fd-97e7-4185-bd8a-7d5f708d45d7")
        .filter(StackInstanceFilter.region("cn-north-4").or("cn-east-3")
            .andStackDomainId("dfda721e8ecd46088662f2dc9e97b1c6"))
        .sortByCreateTime(SortDirection.ASC)
        .callIdentity(CallIdentity.SELF)
        .limit(50));

    RecordedRequest req = mock.take();
    assertThat(RfsMock.decodedTarget(req)).isEqualTo("/v1/stack-sets/my_stack_set/stack-instances"
        + "?stack_set_id=f689e9fd-97e7-4185-bd8a-7d5f708d45d7"
        + "&filter=region==cn-north-4|region==cn-east-3,stack_domain_id==dfda721e8ecd46088662f2dc9e97b1c6"
        + "&sort_key=create_time&sort_dir=asc&call_identity=SELF&limit=50");
    RfsMock.assertSigned(req, true);
    assertThat(response.stackInstances()).containsExactly(expectedInstance());
    StackInstance i = response.stackInstances().get(0);
    assertThat(i.status()).isEqualTo(StackInstanceStatus.OPERATION_FAILED);
    assertThat(i.statusAsString()).isEqualTo("OPERATION_FAILED");
    assertThat(i.latestStackSetOperationId()).isEqualTo("daa46d87-045b-4a50-a0d5-c167fc34b632");
    assertThat(i.varOverrides()).isNull();
    assertThat(response.pageInfo().currentCount()).isEqualTo(1);
    assertThat(response.pageInfo().nextMarker()).isNull();
  }

  @Test
  void paginatorOverThreePages() throws Exception {
    mock.enqueue(200, "{\"stack_instances\":[{\"region\":\"r1\"},{\"region\":\"r2\"}],"
        + "\"page_info\":{\"next_marker\":\"a\"}}");
    mock.enqueue(200, "{\"stack_instances\":[{\"region\":\"r3\"}],\"page_info\":{\"next_marker\":\"b\"}}");
    mock.enqueue(200, "{\"stack_instances\":[{\"region\":\"r4\"}]}");

    List<String> regions = rfs.listStackInstancesPaginator(r -> r.stackSetName("s")
            .filter(StackInstanceFilter.stackDomainId("d1")).sortByCreateTime(SortDirection.DESC))
        .stream().map(StackInstance::region).collect(Collectors.toList());
    assertThat(regions).containsExactly("r1", "r2", "r3", "r4");
    String common = "/v1/stack-sets/s/stack-instances?filter=stack_domain_id==d1&sort_key=create_time&sort_dir=desc";
    assertThat(RfsMock.decodedTarget(mock.take())).isEqualTo(common);
    assertThat(RfsMock.decodedTarget(mock.take())).isEqualTo(common + "&marker=a");
    assertThat(RfsMock.decodedTarget(mock.take())).isEqualTo(common + "&marker=b");
  }

  @Test
  void showEncodesTheInstanceAddressAsOneSegment() throws Exception {
    mock.enqueue(200, INSTANCE_JSON.replace("\"region\":\"cn-north-4\",",
        "\"region\":\"cn-north-4\",\"var_overrides\":{\"vars_uri\":\"https://obs/vars.tfvars\","
            + "\"vars_body\":\"db_password = \\\"hunter2\\\"\",\"use_stack_set_vars\":[\"vpc_name\"],"
            + "\"x_new\":1},"));
    StackInstance i = rfs.showStackInstance(r -> r.stackSetName("my_stack_set").region("cn-north-4")
        .stackDomainId("dfda721e8ecd46088662f2dc9e97b1c6").stackSetId("f689e9fd-97e7-4185-bd8a-7d5f708d45d7"))
        .stackInstance();

    RecordedRequest req = mock.take();
    assertThat(req.getTarget()).isEqualTo("/v1/stack-sets/my_stack_set/stack-instances/"
        + "cn-north-4%2Fdfda721e8ecd46088662f2dc9e97b1c6?stack_set_id=f689e9fd-97e7-4185-bd8a-7d5f708d45d7");
    RfsMock.assertSigned(req, true);
    assertThat(i.toBuilder().varOverrides((VarOverrides) null).build()).isEqualTo(expectedInstance());
    VarOverrides v = i.varOverrides();
    assertThat(v.varsUri()).isEqualTo("https://obs/vars.tfvars");
    assertThat(v.varsBody()).isEqualTo("db_password = \"hunter2\"");
    assertThat(v.useStackSetVars()).containsExactly("vpc_name");
    assertThat(v.additionalFields()).containsEntry("x_new", "1");
    assertThat(i.toString()).doesNotContain("hunter2");
  }

  /**
   * The RFS-shaped signing vector of reference/rfs-and-huawei-signing.md §1.3 C, end to end through the client: the
   * region's public endpoint, path, query, Client-Request-Id and time give exactly the recorded Authorization. An
   * interceptor answers in place of the network, so nothing leaves the JVM.
   */
  @Test
  void reproducesTheReferenceSigningVectorThroughThePublicEndpoint() {
    AtomicReference<Request> sent = new AtomicReference<>();
    try (RfsClient client = RfsClient.builder()
        .region("cn-north-4")
        .projectIdLookup(false) // the vectors were recorded without X-Project-Id
        .credentialsProvider(CredentialsProvider.of(Credentials.of("AccessKey", "SecretKey")))
        .clock(Clock.fixed(Instant.parse("2019-11-15T03:36:55Z"), ZoneOffset.UTC))
        .addInterceptor(chain -> {
          sent.set(chain.request());
          return new Response.Builder().request(chain.request()).protocol(Protocol.HTTP_1_1).code(200).message("OK")
              .body(ResponseBody.create("{\"stack_instances\":[]}", MediaType.get("application/json"))).build();
        })
        .build()) {
      client.listStackInstances(r -> r.stackSetName("my-stack-set")
          .filter(StackInstanceFilter.region("cn-north-4").or("cn-east-3"))
          .limit(10)
          .sortByCreateTime(SortDirection.DESC)
          .clientRequestId("0f9a6b2e-5c1d-4e8a-9b7f-3d2c1a0e9f88"));
    }
    Request request = sent.get();
    assertThat(request.url().toString()).isEqualTo("https://rfs.cn-north-4.myhuaweicloud.com/v1/stack-sets/"
        + "my-stack-set/stack-instances?filter=region%3D%3Dcn-north-4%7Cregion%3D%3Dcn-east-3&sort_key=create_time"
        + "&sort_dir=desc&limit=10");
    assertThat(request.header("X-Sdk-Date")).isEqualTo("20191115T033655Z");
    assertThat(request.header("Authorization")).isEqualTo("SDK-HMAC-SHA256 Access=AccessKey, "
        + "SignedHeaders=client-request-id;host;x-sdk-date, "
        + "Signature=e43044b2dbb5131533ca04de2e7daf0d7786feff206a1f4da3a6aefdf4162580");
  }

  /**
   * The official Node.js SDK signer's outputs for an escaped {@code stack_instance_addr} and a Chinese stack-set name
   * (issue 11 item 1, reference §1.6), end to end through the client: serializer, signer and transport give exactly
   * the recorded signatures. An interceptor answers in place of the network.
   */
  @Test
  void reproducesTheOfficialSdkSignaturesForEscapedPathSegments() {
    List<Request> sent = new ArrayList<>();
    try (RfsClient client = RfsClient.builder()
        .region("cn-north-4")
        .projectIdLookup(false) // the vectors were recorded without X-Project-Id
        .credentialsProvider(CredentialsProvider.of(
            Credentials.of("AKIDEXAMPLE0000000000", "SecretKeyExample0123456789abcdefghijklmn")))
        .clock(Clock.fixed(Instant.parse("2026-12-04T06:00:00Z"), ZoneOffset.UTC))
        .addInterceptor(chain -> {
          sent.add(chain.request());
          String body = chain.request().url().encodedPath().endsWith("/operations")
              ? "{\"stack_set_operations\":[]}" : INSTANCE_JSON;
          return new Response.Builder().request(chain.request()).protocol(Protocol.HTTP_1_1).code(200).message("OK")
              .body(ResponseBody.create(body, MediaType.get("application/json"))).build();
        })
        .build()) {
      String requestId = "7d0c4a2e-4c1f-4f8e-9d6b-1a2b3c4d5e6f";
      client.showStackInstance(r -> r.stackSetName("my_hello_world_stack_set").region("cn-north-4")
          .stackDomainId("0a2b3c4d5e6f47a8b9c0d1e2f3a4b5c6").clientRequestId(requestId));
      client.showStackInstance(r -> r.stackSetName("日志审计_stack_set").region("cn-north-4")
          .stackDomainId("0a2b3c4d5e6f47a8b9c0d1e2f3a4b5c6").callIdentity(CallIdentity.SELF)
          .clientRequestId(requestId));
      client.listStackSetOperations(r -> r.stackSetName("日志审计_stack_set")
          .filter(OperationFilter.action(Action.DEPLOY_STACK_SET).or(Action.CREATE_STACK_INSTANCES))
          .sortByCreateTime(SortDirection.ASC).limit(50).clientRequestId(requestId));
    }
    String base = "https://rfs.cn-north-4.myhuaweicloud.com/v1/stack-sets/";
    String name = "%E6%97%A5%E5%BF%97%E5%AE%A1%E8%AE%A1_stack_set";
    assertThat(sent).extracting(r -> r.url().toString()).containsExactly(
        base + "my_hello_world_stack_set/stack-instances/cn-north-4%2F0a2b3c4d5e6f47a8b9c0d1e2f3a4b5c6",
        base + name + "/stack-instances/cn-north-4%2F0a2b3c4d5e6f47a8b9c0d1e2f3a4b5c6?call_identity=SELF",
        base + name + "/operations?filter=action%3D%3DDEPLOY_STACK_SET%7Caction%3D%3DCREATE_STACK_INSTANCES"
            + "&sort_key=create_time&sort_dir=asc&limit=50");
    String prefix = "SDK-HMAC-SHA256 Access=AKIDEXAMPLE0000000000, SignedHeaders=client-request-id;host;x-sdk-date, "
        + "Signature=";
    assertThat(sent).extracting(r -> r.header("Authorization")).containsExactly(
        prefix + "76516c8b41bc6b787f9d0d57d20a091ab99dff134028846ae72e01191c9da7ab",
        prefix + "2c12ddf6e6f65bc13572534f8bc960a16b62f587ec027c37c1c0452f7f600418",
        prefix + "ee46624aea2eb6aca7e63eb2a82435c4dbb7609c0b581d73210802f306ad19f5");
  }

  @Test
  void noProjectIdHeaderWithoutAProjectId() throws Exception {
    try (RfsClient client = mock.builder().build()) {
      mock.enqueue(200, "{\"stack_instances\":[]}");
      client.listStackInstances(r -> r.stackSetName("s"));
      RecordedRequest req = mock.take();
      assertThat(req.getHeaders().names()).doesNotContain("X-Project-Id");
      RfsMock.assertSigned(req, false);
    }
  }

  @Test
  void allInstanceStatusesParse() throws Exception {
    List<String> statuses = List.of("WAIT_IN_PROGRESS", "CANCEL_COMPLETE", "OPERATION_IN_PROGRESS",
        "OPERATION_FAILED", "INOPERABLE", "OPERATION_COMPLETE");
    StringBuilder body = new StringBuilder("{\"stack_instances\":[");
    for (int i = 0; i < statuses.size(); i++) {
      body.append(i == 0 ? "" : ",").append("{\"status\":\"").append(statuses.get(i)).append("\"}");
    }
    mock.enqueue(200, body.append("]}").toString());
    List<StackInstanceStatus> parsed = new ArrayList<>();
    rfs.listStackInstances(r -> r.stackSetName("s")).stackInstances().forEach(i -> parsed.add(i.status()));
    assertThat(parsed).containsExactly(StackInstanceStatus.WAIT_IN_PROGRESS, StackInstanceStatus.CANCEL_COMPLETE,
        StackInstanceStatus.OPERATION_IN_PROGRESS, StackInstanceStatus.OPERATION_FAILED,
        StackInstanceStatus.INOPERABLE, StackInstanceStatus.OPERATION_COMPLETE);
  }
}
