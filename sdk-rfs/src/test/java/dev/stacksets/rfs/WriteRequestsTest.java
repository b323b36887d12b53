package dev.stacksets.rfs;

import static org.assertj.core.api.Assertions.assertThat;

import dev.stacksets.core.ResponseMetadata;
import dev.stacksets.rfs.model.CallIdentity;
import dev.stacksets.rfs.model.CreateStackInstancesResponse;
import dev.stacksets.rfs.model.CreateStackSetRequest;
import dev.stacksets.rfs.model.CreateStackSetResponse;
import dev.stacksets.rfs.model.DeleteStackInstancesResponse;
import dev.stacksets.rfs.model.DeleteStackSetResponse;
import dev.stacksets.rfs.model.DeployStackSetResponse;
import dev.stacksets.rfs.model.DeploymentTargets;
import dev.stacksets.rfs.model.DomainIdFilterType;
import dev.stacksets.rfs.model.FailureToleranceMode;
import dev.stacksets.rfs.model.PermissionModel;
import dev.stacksets.rfs.model.RegionConcurrencyType;
import dev.stacksets.rfs.model.UpdateStackInstancesResponse;
import dev.stacksets.rfs.model.UpdateStackSetResponse;
import java.nio.charset.StandardCharsets;
import mockwebserver3.RecordedRequest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Every write on the wire: method, path, query, headers (Client-Request-Id, Content-Type, the signature over the body)
 * and the exact body bytes, for representative inputs; and the typed reply.
 */
class WriteRequestsTest {
  static final String SET = "my_stack_set";
  static final String SET_ID = "f689e9fd-97e7-4185-bd8a-7d5f708d45d7";
  static final String OP = "daa46d87-045b-4a50-a0d5-c167fc34b632";
  static final String CRID = "3c0e5c33-1a7e-4a3f-9b0e-6a1d2c3b4a59";
  static final String D1 = "0a2b3c4d5e6f47a8b9c0d1e2f3a4b5c6";
  static final String D2 = "1b2c3d4e5f6a47b8c9d0e1f2a3b4c5d6";
  static final String UUID_PATTERN = "[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}";

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

  static String body(RecordedRequest r) {
    return r.getBody() == null ? "" : r.getBody().string(StandardCharsets.UTF_8);
  }

  private RecordedRequest takeSigned(String method, String target) throws InterruptedException {
    RecordedRequest r = mock.take();
    assertThat(r.getMethod()).isEqualTo(method);
    assertThat(r.getTarget()).isEqualTo(target);
    RfsMock.assertSigned(r, true);
    return r;
  }

  private static void assertJsonBody(RecordedRequest r, String json) {
    assertThat(r.getHeaders().get("Content-Type")).isEqualTo("application/json");
    assertThat(body(r)).isEqualTo(json);
    assertThat(r.getBodySize()).isEqualTo(json.getBytes(StandardCharsets.UTF_8).length);
  }

  private static void assertMetadata(ResponseMetadata m, int status, String clientRequestId) {
    assertThat(m).isEqualTo(new ResponseMetadata("req-" + status, clientRequestId, status, 1));
  }

  @Test
  void createStackSetWithEveryField() throws Exception {
    mock.enqueue(200, "{\"stack_set_id\":\"" + SET_ID + "\"}");

    CreateStackSetResponse response = rfs.createStackSet(r -> r
        .stackSetName(SET)
        .stackSetDescription("audit logs")
        .permissionModel(PermissionModel.SELF_MANAGED)
        .administrationAgencyUrn("iam::" + D1 + ":agency:rfs_admin")
        .managedAgencyName("rfs_managed")
        .templateBody("{\"terraform\":{}}")
        .varsBody("region = \"cn-north-4\"")
        .initialStackDescription("created by RFS")
        .managedOperation(m -> m.enableParallelOperation(true))
        .callIdentity(CallIdentity.SELF)
        .clientRequestId(CRID));

    RecordedRequest r = takeSigned("POST", "/v1/stack-sets");
    assertThat(r.getHeaders().get("Client-Request-Id")).isEqualTo(CRID);
    assertJsonBody(r, "{\"stack_set_name\":\"my_stack_set\",\"stack_set_description\":\"audit logs\","
        + "\"permission_model\":\"SELF_MANAGED\",\"administration_agency_urn\":\"iam::" + D1 + ":agency:rfs_admin\","
        + "\"managed_agency_name\":\"rfs_managed\",\"template_body\":\"{\\\"terraform\\\":{}}\","
        + "\"vars_body\":\"region = \\\"cn-north-4\\\"\",\"initial_stack_description\":\"created by RFS\","
        + "\"managed_operation\":{\"enable_parallel_operation\":true},\"call_identity\":\"SELF\"}");
    assertThat(response.stackSetId()).isEqualTo(SET_ID);
    assertThat(response.additionalFields()).isEmpty();
    assertMetadata(response.responseMetadata(), 200, CRID);
  }

  @Test
  void createStackSetSendsOnlyTheFieldsGivenAndAGeneratedClientRequestId() throws Exception {
    mock.enqueue(200, "{\"stack_set_id\":\"" + SET_ID + "\",\"something_new\":1}");

    CreateStackSetResponse response = rfs.createStackSet(r -> r.stackSetName("日志审计_stack_set")
        .permissionModel(PermissionModel.SERVICE_MANAGED).templateUri("https://bucket.obs.example/t.zip"));

    RecordedRequest r = takeSigned("POST", "/v1/stack-sets");
    String sent = r.getHeaders().get("Client-Request-Id");
    assertThat(sent).matches(UUID_PATTERN);
    assertJsonBody(r, "{\"stack_set_name\":\"日志审计_stack_set\",\"permission_model\":\"SERVICE_MANAGED\","
        + "\"template_uri\":\"https://bucket.obs.example/t.zip\"}");
    assertThat(response.responseMetadata().clientRequestId()).isEqualTo(sent);
    assertThat(response.additionalFields()).containsExactly(java.util.Map.entry("something_new", "1"));
  }

  @Test
  void aRequestObjectSentTwiceKeepsItsOwnClientRequestIdButAnUnkeyedOneGetsAFreshIdPerCall() throws Exception {
    CreateStackSetRequest unkeyed = CreateStackSetRequest.builder().stackSetName(SET)
        .permissionModel(PermissionModel.SERVICE_MANAGED).build();
    mock.enqueue(200, "{\"stack_set_id\":\"a\"}");
    mock.enqueue(200, "{\"stack_set_id\":\"b\"}");

    rfs.createStackSet(unkeyed);
    rfs.createStackSet(unkeyed);

    String first = mock.take().getHeaders().get("Client-Request-Id");
    String second = mock.take().getHeaders().get("Client-Request-Id");
    assertThat(first).matches(UUID_PATTERN);
    assertThat(second).matches(UUID_PATTERN).isNotEqualTo(first);
    assertThat(unkeyed.clientRequestId()).isNull();
  }

  @Test
  void createStackSetWithAnAgencyName() throws Exception {
    mock.enqueue(200, "{\"stack_set_id\":\"" + SET_ID + "\"}");

    rfs.createStackSet(r -> r.stackSetName(SET).administrationAgencyName("rfs_admin").managedAgencyName("rfs_managed")
        .varsUri("https://bucket.obs.example/vars.tfvars").clientRequestId(CRID));

    assertJsonBody(takeSigned("POST", "/v1/stack-sets"), "{\"stack_set_name\":\"my_stack_set\","
        + "\"administration_agency_name\":\"rfs_admin\",\"managed_agency_name\":\"rfs_managed\","
        + "\"vars_uri\":\"https://bucket.obs.example/vars.tfvars\"}");
  }

  @Test
  void updateStackSet() throws Exception {
    mock.enqueue(204, "");

    UpdateStackSetResponse response = rfs.updateStackSet(r -> r
        .stackSetName(SET)
        .stackSetId(SET_ID)
        .stackSetDescription("new description")
        .initialStackDescription("stacks of my set")
        .administrationAgencyName("rfs_admin")
        .managedAgencyName("rfs_managed")
        .managedOperation(m -> m.enableParallelOperation(false))
        .callIdentity(CallIdentity.DELEGATED_ADMIN)
        .clientRequestId(CRID));

    RecordedRequest r = takeSigned("PATCH", "/v1/stack-sets/my_stack_set");
    assertThat(r.getHeaders().get("Client-Request-Id")).isEqualTo(CRID);
    assertJsonBody(r, "{\"stack_set_id\":\"" + SET_ID + "\",\"stack_set_description\":\"new description\","
        + "\"initial_stack_description\":\"stacks of my set\",\"administration_agency_name\":\"rfs_admin\","
        + "\"managed_agency_name\":\"rfs_managed\",\"managed_operation\":{\"enable_parallel_operation\":false},"
        + "\"call_identity\":\"DELEGATED_ADMIN\"}");
    assertMetadata(response.responseMetadata(), 204, CRID);
  }

  @Test
  void updateStackSetWithAnUrnOnlyAndAChineseName() throws Exception {
    mock.enqueue(204, "");

    rfs.updateStackSet(r -> r.stackSetName("日志审计").administrationAgencyUrn("iam::" + D1 + ":agency:a")
        .clientRequestId(CRID));

    assertJsonBody(takeSigned("PATCH", "/v1/stack-sets/%E6%97%A5%E5%BF%97%E5%AE%A1%E8%AE%A1"),
        "{\"administration_agency_urn\":\"iam::" + D1 + ":agency:a\"}");
  }

  @Test
  void deleteStackSetSendsTheQueryAndNoBody() throws Exception {
    mock.enqueue(204, "");

    DeleteStackSetResponse response = rfs.deleteStackSet(r -> r.stackSetName(SET).stackSetId(SET_ID)
        .callIdentity(CallIdentity.SELF).clientRequestId(CRID));

    RecordedRequest r = takeSigned("DELETE", "/v1/stack-sets/my_stack_set?stack_set_id=" + SET_ID
        + "&call_identity=SELF");
    assertThat(r.getHeaders().get("Client-Request-Id")).isEqualTo(CRID);
    assertThat(r.getBodySize()).isZero();
    assertThat(r.getHeaders().get("Content-Type")).isNull();
    assertMetadata(response.responseMetadata(), 204, CRID);
  }

  @Test
  void deleteStackSetWithTheNameOnly() throws Exception {
    mock.enqueue(204, "");

    rfs.deleteStackSet(r -> r.stackSetName(SET));

    assertThat(takeSigned("DELETE", "/v1/stack-sets/my_stack_set").getHeaders().get("Client-Request-Id"))
        .matches(UUID_PATTERN);
  }

  @Test
  void deployStackSet() throws Exception {
    mock.enqueue(200, "{\"stack_set_operation_id\":\"" + OP + "\"}");

    DeployStackSetResponse response = rfs.deployStackSet(r -> r
        .stackSetName(SET)
        .stackSetId(SET_ID)
        .deploymentTargets(t -> t.regions("cn-north-4", "cn-east-3").domainIds(D1, D2))
        .templateUri("https://bucket.obs.example/t.zip")
        .varsUri("https://bucket.obs.example/vars.tfvars")
        .operationPreferences(p -> p.regionConcurrencyType(RegionConcurrencyType.SEQUENTIAL)
            .regionOrder("cn-east-3", "cn-north-4").failureTolerancePercentage(10L).maxConcurrentCount(2L)
            .failureToleranceMode(FailureToleranceMode.SOFT_FAILURE_TOLERANCE))
        .callIdentity(CallIdentity.SELF)
        .clientRequestId(CRID));

    RecordedRequest r = takeSigned("POST", "/v1/stack-sets/my_stack_set/deployments");
    assertThat(r.getHeaders().get("Client-Request-Id")).isEqualTo(CRID);
    assertJsonBody(r, "{\"stack_set_id\":\"" + SET_ID + "\",\"deployment_targets\":{\"regions\":[\"cn-north-4\","
        + "\"cn-east-3\"],\"domain_ids\":[\"" + D1 + "\",\"" + D2 + "\"]},"
        + "\"template_uri\":\"https://bucket.obs.example/t.zip\",\"vars_uri\":\"https://bucket.obs.example/vars.tfvars\","
        + "\"operation_preferences\":{\"region_concurrency_type\":\"SEQUENTIAL\",\"region_order\":[\"cn-east-3\","
        + "\"cn-north-4\"],\"failure_tolerance_percentage\":10,\"max_concurrent_count\":2,"
        + "\"failure_tolerance_mode\":\"SOFT_FAILURE_TOLERANCE\"},\"call_identity\":\"SELF\"}");
    assertThat(response.operationId()).isEqualTo(OP);
    assertMetadata(response.responseMetadata(), 200, CRID);
  }

  @Test
  void deployStackSetWithATemplateBodyAndVarsBody() throws Exception {
    mock.enqueue(200, "{\"stack_set_operation_id\":\"" + OP + "\"}");

    rfs.deployStackSet(r -> r.stackSetName(SET).deploymentTargets(t -> t.regions("cn-north-4"))
        .templateBody("resource \"x\" {}").varsBody("a = 1").clientRequestId(CRID));

    assertJsonBody(takeSigned("POST", "/v1/stack-sets/my_stack_set/deployments"),
        "{\"deployment_targets\":{\"regions\":[\"cn-north-4\"]},\"template_body\":\"resource \\\"x\\\" {}\","
            + "\"vars_body\":\"a = 1\"}");
  }

  @Test
  void createStackInstancesForOrganizationalUnits() throws Exception {
    mock.enqueue(200, "{\"stack_set_operation_id\":\"" + OP + "\"}");

    CreateStackInstancesResponse response = rfs.createStackInstances(r -> r
        .stackSetName(SET)
        .stackSetId(SET_ID)
        .deploymentTargets(t -> t.regions("cn-north-4").domainIdsUri("https://bucket.obs.example/ids.csv")
            .organizationalUnitIds("ou-abc123").domainIdFilterType(DomainIdFilterType.INTERSECTION))
        .varOverrides(v -> v.varsBody("size = 2").useStackSetVars("region", "vpc_id"))
        .operationPreferences(p -> p.regionConcurrencyType(RegionConcurrencyType.PARALLEL).failureToleranceCount(0L)
            .maxConcurrentPercentage(50L))
        .callIdentity(CallIdentity.DELEGATED_ADMIN)
        .clientRequestId(CRID));

    RecordedRequest r = takeSigned("POST", "/v1/stack-sets/my_stack_set/stack-instances");
    assertThat(r.getHeaders().get("Client-Request-Id")).isEqualTo(CRID);
    assertJsonBody(r, "{\"stack_set_id\":\"" + SET_ID + "\",\"deployment_targets\":{\"regions\":[\"cn-north-4\"],"
        + "\"domain_ids_uri\":\"https://bucket.obs.example/ids.csv\",\"organizational_unit_ids\":[\"ou-abc123\"],"
        + "\"domain_id_filter_type\":\"INTERSECTION\"},\"var_overrides\":{\"vars_body\":\"size = 2\","
        + "\"use_stack_set_vars\":[\"region\",\"vpc_id\"]},\"operation_preferences\":{\"region_concurrency_type\":"
        + "\"PARALLEL\",\"failure_tolerance_count\":0,\"max_concurrent_percentage\":50},"
        + "\"call_identity\":\"DELEGATED_ADMIN\"}");
    assertThat(response.operationId()).isEqualTo(OP);
    assertMetadata(response.responseMetadata(), 200, CRID);
  }

  @Test
  void updateStackInstances() throws Exception {
    mock.enqueue(200, "{\"stack_set_operation_id\":\"" + OP + "\"}");

    UpdateStackInstancesResponse response = rfs.updateStackInstances(r -> r
        .stackSetName(SET)
        .deploymentTargets(t -> t.regions("cn-north-4").domainIds(D1))
        .varOverrides(v -> v.varsUri("https://bucket.obs.example/vars.tfvars"))
        .clientRequestId(CRID));

    RecordedRequest r = takeSigned("PATCH", "/v1/stack-sets/my_stack_set/stack-instances");
    assertJsonBody(r, "{\"deployment_targets\":{\"regions\":[\"cn-north-4\"],\"domain_ids\":[\"" + D1 + "\"]},"
        + "\"var_overrides\":{\"vars_uri\":\"https://bucket.obs.example/vars.tfvars\"}}");
    assertThat(response.operationId()).isEqualTo(OP);
    assertMetadata(response.responseMetadata(), 200, CRID);
  }

  @Test
  void deleteStackInstancesPostsToTheDeletionPath() throws Exception {
    mock.enqueue(200, "{\"stack_set_operation_id\":\"" + OP + "\"}");

    DeleteStackInstancesResponse response = rfs.deleteStackInstances(r -> r
        .stackSetName(SET)
        .stackSetId(SET_ID)
        .deploymentTargets(t -> t.regions("cn-north-4", "cn-east-3").domainIds(D1))
        .operationPreferences(p -> p.maxConcurrentCount(3L))
        .callIdentity(CallIdentity.SELF)
        .clientRequestId(CRID));

    RecordedRequest r = takeSigned("POST", "/v1/stack-sets/my_stack_set/stack-instances/deletion");
    assertJsonBody(r, "{\"stack_set_id\":\"" + SET_ID + "\",\"deployment_targets\":{\"regions\":[\"cn-north-4\","
        + "\"cn-east-3\"],\"domain_ids\":[\"" + D1 + "\"]},\"operation_preferences\":{\"max_concurrent_count\":3},"
        + "\"call_identity\":\"SELF\"}");
    assertThat(response.operationId()).isEqualTo(OP);
    assertMetadata(response.responseMetadata(), 200, CRID);
  }

  @Test
  void targetsCopiedFromAReplySendTheDocumentedMembersOnly() throws Exception {
    mock.enqueue(200, "{\"stack_set_operation_id\":\"" + OP + "\"}");
    DeploymentTargets fromReply = DeploymentTargets.builder().regions("cn-north-4").domainIds(D1)
        .putAdditionalField("server_only", "\"x\"").build();

    rfs.deployStackSet(r -> r.stackSetName(SET).deploymentTargets(fromReply).clientRequestId(CRID));

    assertJsonBody(takeSigned("POST", "/v1/stack-sets/my_stack_set/deployments"),
        "{\"deployment_targets\":{\"regions\":[\"cn-north-4\"],\"domain_ids\":[\"" + D1 + "\"]}}");
  }

  @Test
  void anOpenEnumValueThisSdkDoesNotKnowIsSentAsGiven() throws Exception {
    mock.enqueue(200, "{\"stack_set_operation_id\":\"" + OP + "\"}");

    rfs.createStackInstances(r -> r.stackSetName(SET)
        .deploymentTargets(t -> t.regions("cn-north-4").organizationalUnitIds("ou-1").domainIdFilterType("NEWTYPE"))
        .operationPreferences(p -> p.failureToleranceMode("NEW_MODE"))
        .clientRequestId(CRID));

    assertJsonBody(takeSigned("POST", "/v1/stack-sets/my_stack_set/stack-instances"),
        "{\"deployment_targets\":{\"regions\":[\"cn-north-4\"],\"organizational_unit_ids\":[\"ou-1\"],"
            + "\"domain_id_filter_type\":\"NEWTYPE\"},\"operation_preferences\":{\"failure_tolerance_mode\":"
            + "\"NEW_MODE\"}}");
  }

  @Test
  void aReplyWithoutTheOperationIdIsUnreadable() {
    mock.enqueue(200, "{}");

    org.assertj.core.api.Assertions.assertThatThrownBy(() -> rfs.deployStackSet(r -> r.stackSetName(SET)
            .deploymentTargets(t -> t.regions("cn-north-4")).clientRequestId(CRID)))
        .isExactlyInstanceOf(dev.stacksets.core.exception.ClientSideException.class)
        .hasMessageContaining("stack_set_operation_id");
  }

  @Test
  void aCreateReplyWithoutTheStackSetIdIsUnreadable() {
    mock.enqueue(200, "{\"stack_set_name\":\"my_stack_set\"}");

    org.assertj.core.api.Assertions.assertThatThrownBy(() -> rfs.createStackSet(r -> r.stackSetName(SET)
            .permissionModel(PermissionModel.SERVICE_MANAGED)))
        .isExactlyInstanceOf(dev.stacksets.core.exception.ClientSideException.class)
        .hasMessageContaining("stack_set_id");
  }
}
