package dev.stacksets.emulator;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.stacksets.core.internal.util.PercentEncoding;
import dev.stacksets.emulator.internal.InstanceState;
import dev.stacksets.emulator.internal.Operation;
import dev.stacksets.emulator.internal.Provider;
import dev.stacksets.emulator.internal.StackSet;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The RFS REST API as the api-docs describe it, over raw signed HTTP. */
@StackSetEmulatorTest(timeSpeed = 0)
class RfsProtocolTest {
  private static final Pattern TIME = Pattern.compile("\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\d\\.\\d{3}Z");
  private static final String OPS = "/v1/stack-sets/my_hello_world_stack_set/operations";

  private final StackSetEmulator e;
  private final Wire wire;

  RfsProtocolTest(StackSetEmulator e) {
    this.e = e;
    this.wire = new Wire(e);
  }

  private StackSet set(String name) {
    return e.model().stackSet(Provider.RFS, name);
  }

  private static JsonNode ok(Wire.Reply r) {
    assertThat(r.status()).as(r.body()).isEqualTo(200);
    assertThat(r.header("X-Request-Id")).matches("[0-9a-f]{32}");
    assertThat(r.header("Content-Type")).startsWith("application/json");
    return Json.parse(r.body());
  }

  private static void error(Wire.Reply r, int status, String code, String messagePart) {
    assertThat(r.status()).as(r.body()).isEqualTo(status);
    assertThat(r.header("X-Request-Id")).matches("[0-9a-f]{32}");
    JsonNode body = Json.parse(r.body());
    assertThat(body.path("error_code").asText()).isEqualTo(code);
    assertThat(body.path("error_msg").asText()).contains(messagePart);
  }

  private static List<String> texts(JsonNode arr, String field) {
    List<String> out = new ArrayList<>();
    arr.forEach(n -> out.add(n.path(field).asText()));
    return out;
  }

  @Test
  void listStackSetsHasTheDocumentedFieldsNewestFirst() {
    JsonNode body = ok(wire.rfs("/v1/stack-sets"));
    JsonNode sets = body.get("stack_sets");
    List<StackSet> model = new ArrayList<>(e.model().stackSets(Provider.RFS));
    model.sort((a, b) -> b.created().compareTo(a.created()));
    assertThat(texts(sets, "stack_set_name")).containsExactlyElementsOf(model.stream().map(StackSet::name).toList());
    JsonNode first = sets.get(0);
    assertThat(first.properties()).extracting(Map.Entry::getKey).containsExactly("stack_set_id", "stack_set_name",
        "stack_set_description", "permission_model", "status", "create_time", "update_time");
    assertThat(first.get("create_time").asText()).matches(TIME);
    assertThat(body.at("/page_info/current_count").asInt()).isEqualTo(model.size());
    assertThat(texts(sets, "status")).contains("IDLE", "OPERATION_IN_PROGRESS");
  }

  @Test
  void listStackSetsFiltersAndSortsAsDocumented() {
    JsonNode self = ok(wire.rfs("/v1/stack-sets", "filter", "permission_model==SELF_MANAGED")).get("stack_sets");
    assertThat(texts(self, "permission_model")).isNotEmpty().containsOnly("SELF_MANAGED");
    JsonNode asc = ok(wire.rfs("/v1/stack-sets", "sort_key", "create_time", "sort_dir", "asc")).get("stack_sets");
    List<String> times = texts(asc, "create_time");
    List<String> sorted = new ArrayList<>(times);
    Collections.sort(sorted);
    assertThat(times).isEqualTo(sorted);
    JsonNode both = ok(wire.rfs("/v1/stack-sets", "filter", "permission_model==SELF_MANAGED|permission_model"
        + "==SERVICE_MANAGED")).get("stack_sets");
    assertThat(both).hasSize(e.rfs().stackSetNames().size());
  }

  @Test
  void clientRequestIdIsRequired() {
    error(wire.rfs("/v1/stack-sets", Map.of()), 400, "RF.10011001", "Client-Request-Id");
    error(wire.rfs(OPS, Map.of("Client-Request-Id", " ")), 400, "RF.10011001", "Client-Request-Id");
  }

  @Test
  void operationsPageNewestFirstWithMarkersBothWays() {
    Instant now = e.now();
    List<Operation> model = new ArrayList<>(set("my_hello_world_stack_set").operations());
    Collections.reverse(model);
    List<String> ids = new ArrayList<>();
    List<String> markers = new ArrayList<>();
    String marker = null;
    do {
      JsonNode body = marker == null ? ok(wire.rfs(OPS, "limit", "10")) : ok(wire.rfs(OPS, "limit", "10",
          "marker", marker));
      JsonNode page = body.get("stack_set_operations");
      assertThat(body.at("/page_info/current_count").asInt()).isEqualTo(page.size());
      ids.addAll(texts(page, "operation_id"));
      marker = body.at("/page_info/next_marker").isMissingNode() ? null : body.at("/page_info/next_marker").asText();
      markers.add(marker);
      if (ids.size() == 10) {
        assertThat(body.at("/page_info/previous_marker").isMissingNode()).isTrue();
      }
    } while (marker != null);
    assertThat(ids).containsExactlyElementsOf(model.stream().map(Operation::id).toList());
    // previous_marker of page 3 returns page 2
    JsonNode page3 = ok(wire.rfs(OPS, "limit", "10", "marker", markers.get(1)));
    String previous = page3.at("/page_info/previous_marker").asText();
    assertThat(texts(ok(wire.rfs(OPS, "limit", "10", "marker", previous)).get("stack_set_operations"),
        "operation_id")).containsExactlyElementsOf(ids.subList(10, 20));

    JsonNode first = ok(wire.rfs(OPS, "limit", "10")).get("stack_set_operations").get(0);
    Operation op = model.get(0);
    assertThat(first.get("operation_id").asText()).isEqualTo(op.id());
    assertThat(first.get("status").asText()).isEqualTo(op.statusAt(now).rfs());
    assertThat(first.get("action").asText()).isEqualTo(op.action());
    assertThat(first.get("stack_set_id").asText()).isEqualTo(set("my_hello_world_stack_set").id());
    assertThat(first.get("create_time").asText()).matches(TIME);
  }

  @Test
  void operationFiltersCombineOrWithinAFieldAndAndAcross() {
    Instant now = e.now();
    List<Operation> model = set("my_hello_world_stack_set").operations();
    JsonNode either = ok(wire.rfs(OPS, "limit", "1000", "filter",
        "action==CREATE_STACK_INSTANCES|action==DEPLOY_STACK_SET")).get("stack_set_operations");
    assertThat(either).hasSize((int) model.stream().filter(o -> o.action().equals("CREATE_STACK_INSTANCES")
        || o.action().equals("DEPLOY_STACK_SET")).count());
    JsonNode and = ok(wire.rfs(OPS, "limit", "1000", "filter",
        "action==DEPLOY_STACK_SET,status==OPERATION_COMPLETE")).get("stack_set_operations");
    assertThat(and).hasSize((int) model.stream().filter(o -> o.action().equals("DEPLOY_STACK_SET")
        && o.statusAt(now).rfs().equals("OPERATION_COMPLETE")).count()).isNotEmpty();
    // a condition holding ";" is ignored, as documented
    assertThat(ok(wire.rfs(OPS, "limit", "1000", "filter", "status==OPERATION_COMPLETE;"))
        .get("stack_set_operations")).hasSize(model.size());
  }

  @ParameterizedTest
  @ValueSource(strings = {"status=OPERATION_COMPLETE", "status===OPERATION_COMPLETE", "unknown==x",
      "permission_model==SELF_MANAGED", "status==OPERATION_COMPLETE,status==OPERATION_FAILED",
      "status==OPERATION_COMPLETE|action==DEPLOY_STACK_SET", "status==OPERATION_COMPLETE,",
      "action==CREATE STACK", "status==(OPERATION_COMPLETE)", "status==NOT_A_STATUS", "==x"})
  void filtersOutsideTheGrammarAreRejected(String filter) {
    error(wire.rfs(OPS, "filter", filter), 400, "RF.10011003", "filter");
  }

  @Test
  void sortingFollowsTheDocumentedRules() {
    List<String> asc = texts(ok(wire.rfs(OPS, "limit", "1000", "sort_key", "create_time", "sort_dir", "asc"))
        .get("stack_set_operations"), "create_time");
    List<String> sorted = new ArrayList<>(asc);
    Collections.sort(sorted);
    assertThat(asc).isEqualTo(sorted);
    List<String> desc = texts(ok(wire.rfs(OPS, "limit", "1000", "sort_key", "create_time", "sort_dir", "desc"))
        .get("stack_set_operations"), "create_time");
    Collections.reverse(sorted);
    assertThat(desc).isEqualTo(sorted);
    error(wire.rfs(OPS, "sort_key", "create_time"), 400, "RF.10011003", "sort_key");
    error(wire.rfs(OPS, "sort_dir", "asc"), 400, "RF.10011003", "sort_key");
    error(wire.rfs(OPS, "sort_key", "create_time", "sort_key", "create_time", "sort_dir", "asc"), 400,
        "RF.10011003", "sort_dir");
    error(wire.rfs(OPS, "sort_key", "update_time", "sort_dir", "asc"), 400, "RF.10011003", "update_time");
    error(wire.rfs(OPS, "sort_key", "create_time", "sort_dir", "up"), 400, "RF.10011003", "sort_dir");
  }

  @Test
  void limitMarkerStackSetIdAndCallIdentityAreChecked() {
    String id = set("my_hello_world_stack_set").id();
    error(wire.rfs(OPS, "limit", "9"), 400, "RF.10011003", "limit");
    error(wire.rfs(OPS, "limit", "1001"), 400, "RF.10011003", "limit");
    error(wire.rfs(OPS, "limit", "ten"), 400, "RF.10011003", "limit");
    error(wire.rfs(OPS, "limit", "10", "limit", "20"), 400, "RF.10011003", "limit");
    error(wire.rfs(OPS, "marker", "bm90LWEtbWFya2Vy"), 400, "RF.10011003", "marker");
    error(wire.rfs(OPS, "nonsense", "1"), 400, "RF.10011002", "nonsense");
    ok(wire.rfs(OPS, "stack_set_id", id));
    error(wire.rfs(OPS, "stack_set_id", "f689e9fd-97e7-4185-bd8a-7d5f708d45d7"), 400, "RF.10011003", "stack_set_id");
    error(wire.rfs(OPS, "call_identity", "DELEGATED_ADMIN"), 400, "RF.10011003", "SERVICE_MANAGED");
    ok(wire.rfs("/v1/stack-sets/network_baseline/operations", "call_identity", "DELEGATED_ADMIN"));
    error(wire.rfs(OPS, "call_identity", "ROOT"), 400, "RF.10011003", "call_identity");
    // a marker only continues the request it was issued for
    String marker = ok(wire.rfs(OPS, "limit", "10")).at("/page_info/next_marker").asText();
    ok(wire.rfs(OPS, "limit", "20", "marker", marker));
    error(wire.rfs(OPS, "limit", "10", "marker", marker, "filter", "status==OPERATION_COMPLETE"), 400,
        "RF.10011003", "marker");
    error(wire.rfs(OPS, "limit", "10", "marker", marker, "sort_key", "create_time", "sort_dir", "asc"), 400,
        "RF.10011003", "marker");
    error(wire.rfs("/v1/stack-sets/iam-audit-roles/operations", "marker", marker), 400, "RF.10011003", "marker");
  }

  @Test
  void unknownThingsAre404AndBadNamesAre400() {
    error(wire.rfs("/v1/stack-sets/no_such_set/operations"), 404, "RF.10041001", "no_such_set");
    error(wire.rfs("/v1/stack-sets/no_such_set/metadata"), 404, "RF.10041001", "no_such_set");
    error(wire.rfs(OPS + "/3fef5d3e-27b6-44e8-9769-1d7262bd9430/metadata"), 404, "RF.10041002",
        "3fef5d3e-27b6-44e8-9769-1d7262bd9430");
    error(wire.rfs("/v1/stack-sets/my_hello_world_stack_set/stack-instances/cn-north-4%2Fnobody"), 404,
        "RF.10041003", "cn-north-4/nobody");
    error(wire.rfs("/v1/stack-sets/my_hello_world_stack_set/stack-instances/no-slash"), 400, "RF.10011003",
        "stack_instance_addr");
    error(wire.rfs("/v1/stack-sets/1starts-with-digit/operations"), 400, "RF.10011003", "stack_set_name");
    error(wire.rfs("/v1/stack-sets/x/unknown"), 404, "APIGW.0101", "API does not exist");
    error(wire.rfs("/v2/stacks"), 404, "APIGW.0101", "API does not exist");
  }

  @Test
  void metadataHasTheDocumentedFields() {
    StackSet s = set("network_baseline");
    JsonNode m = ok(wire.rfs("/v1/stack-sets/network_baseline/metadata", "stack_set_id", s.id()));
    assertThat(m.get("stack_set_id").asText()).isEqualTo(s.id());
    assertThat(m.get("permission_model").asText()).isEqualTo("SERVICE_MANAGED");
    assertThat(m.get("organizational_unit_ids")).isNotEmpty();
    assertThat(m.has("managed_agency_name")).isFalse();
    assertThat(m.at("/managed_operation/enable_parallel_operation").isBoolean()).isTrue();
    JsonNode self = ok(wire.rfs("/v1/stack-sets/my_hello_world_stack_set/metadata"));
    assertThat(self.get("managed_agency_name").asText()).isEqualTo("rfs_managed_agency");
    assertThat(self.has("administration_agency_name") ^ self.has("administration_agency_urn")).isTrue();
  }

  @Test
  void operationMetadataHasTargetsAndPreferences() {
    Instant now = e.now();
    StackSet s = set("my_hello_world_stack_set");
    Operation op = s.operations().get(0);
    JsonNode m = ok(wire.rfs(OPS + "/" + op.id() + "/metadata"));
    assertThat(m.get("stack_set_operation_id").asText()).isEqualTo(op.id());
    assertThat(m.has("operation_id")).isFalse();
    assertThat(m.get("action").asText()).isEqualTo("CREATE_STACK_INSTANCES");
    assertThat(m.get("status").asText()).isEqualTo(op.statusAt(now).rfs());
    assertThat(texts(m.at("/deployment_targets/regions"), "x")).hasSize(op.regions().size());
    List<String> domains = new ArrayList<>();
    m.at("/deployment_targets/domain_ids").forEach(n -> domains.add(n.asText()));
    assertThat(domains).containsExactlyElementsOf(op.accounts());
    assertThat(m.at("/operation_preferences/region_concurrency_type").asText())
        .isEqualTo(op.preferences().regionConcurrencyType());
    assertThat(m.at("/operation_preferences/max_concurrent_count").asInt())
        .isEqualTo(op.preferences().maxConcurrentCount());
  }

  @Test
  void instancesFilterByRegionWithHyphensAndPage() {
    StackSet s = set("org_wide_rollout");
    String path = "/v1/stack-sets/org_wide_rollout/stack-instances";
    List<InstanceState> model = s.instancesAt(e.now());
    assertThat(model).hasSize(1000);
    int pages = 0;
    int count = 0;
    String marker = null;
    do {
      JsonNode body = marker == null ? ok(wire.rfs(path, "limit", "150"))
          : ok(wire.rfs(path, "limit", "150", "marker", marker));
      count += body.get("stack_instances").size();
      pages++;
      marker = body.at("/page_info/next_marker").isMissingNode() ? null : body.at("/page_info/next_marker").asText();
    } while (marker != null);
    assertThat(count).isEqualTo(1000);
    assertThat(pages).isEqualTo(7);
    JsonNode two = ok(wire.rfs(path, "limit", "1000", "filter", "region==cn-north-4|region==cn-east-3"))
        .get("stack_instances");
    assertThat(two).hasSize(400);
    assertThat(texts(two, "region")).containsOnly("cn-north-4", "cn-east-3");
    String domain = model.get(0).instance().account();
    JsonNode one = ok(wire.rfs(path, "filter", "stack_domain_id==" + domain + ",region==cn-north-4"))
        .get("stack_instances");
    assertThat(one).hasSize(1);
    JsonNode i = one.get(0);
    assertThat(i.properties()).extracting(Map.Entry::getKey).contains("stack_id", "stack_name", "stack_set_id",
        "stack_set_name", "status", "stack_domain_id", "latest_stack_set_operation_id", "region", "create_time",
        "update_time");
  }

  @Test
  void showInstanceTakesTheEscapedAddress() {
    InstanceState i = set("iam-audit-roles").instancesAt(e.now()).get(3);
    String addr = i.instance().region() + "%2F" + i.instance().account();
    JsonNode body = ok(wire.rfs("/v1/stack-sets/iam-audit-roles/stack-instances/" + addr));
    assertThat(body.get("stack_domain_id").asText()).isEqualTo(i.instance().account());
    assertThat(body.get("status").asText()).isEqualTo(i.rfsStatus());
    assertThat(body.get("latest_stack_set_operation_id").asText()).isEqualTo(i.lastOperation().id());
  }

  @Test
  void chineseStackSetNamesWork() {
    String name = "日志审计_stack_set";
    JsonNode body = ok(wire.rfs("/v1/stack-sets/" + PercentEncoding.encode(name) + "/operations"));
    assertThat(body.get("stack_set_operations")).hasSize(set(name).operations().size());
    assertThat(body.at("/stack_set_operations/0/stack_set_name").asText()).isEqualTo(name);
  }
}
