package dev.stacksets.emulator;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.stacksets.core.auth.HuaweiSigner;
import dev.stacksets.core.http.SdkHttpRequest;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.Response;
import org.junit.jupiter.api.Test;

/**
 * Every RFS write over signed HTTP (RFS reference §3): the life cycle of a stack set, the conflicts (409 for a name
 * in use and an operation in progress, 403 for deleting a set with instances), {@code Client-Request-Id} replays,
 * failing targets, and ShowStackSetTemplate's redirect.
 */
@StackSetEmulatorTest(timeSpeed = 0, seedData = false)
class RfsWritesTest {
  private static final String D1 = "0123456789abcdef0123456789abcdef";
  private static final String D2 = "fedcba9876543210fedcba9876543210";
  private static final String TEMPLATE = "resource \"huaweicloud_vpc\" \"main\" {\n  name = \"rfs-vpc\"\n}\n";

  private final StackSetEmulator e;
  private final Wire wire;

  RfsWritesTest(StackSetEmulator e) {
    this.e = e;
    this.wire = new Wire(e);
  }

  private static String id() {
    return UUID.randomUUID().toString();
  }

  private Wire.Reply write(String method, String path, String json, String... query) {
    return wire.rfsWrite(method, path, json, id(), query);
  }

  private static String createBody(String name) {
    return "{\"stack_set_name\":\"" + name + "\",\"stack_set_description\":\"made over the wire\","
        + "\"administration_agency_name\":\"rfs_admin_agency\",\"managed_agency_name\":\"rfs_managed_agency\","
        + "\"template_body\":" + quote(TEMPLATE) + "}";
  }

  private static String targets(String... regions) {
    List<String> r = new ArrayList<>();
    for (String region : regions) {
      r.add("\"" + region + "\"");
    }
    return "{\"deployment_targets\":{\"regions\":[" + String.join(",", r) + "],\"domain_ids\":[\"" + D1 + "\",\""
        + D2 + "\"]}}";
  }

  private static String quote(String s) {
    return "\"" + s.replace("\\", "\\\\").replace("\"", "\\\"").replace("\n", "\\n") + "\"";
  }

  private JsonNode ok(Wire.Reply r) {
    assertThat(r.status()).as(r.body()).isEqualTo(200);
    return Json.parse(r.body());
  }

  private void error(Wire.Reply r, int status, String code) {
    assertThat(r.status()).as(r.body()).isEqualTo(status);
    assertThat(Json.parse(r.body()).get("error_code").asText()).isEqualTo(code);
    assertThat(r.header("X-Request-Id")).hasSize(32);
  }

  private JsonNode operation(String set, String op) {
    return ok(wire.rfs("/v1/stack-sets/" + set + "/operations/" + op + "/metadata"));
  }

  private List<String> instances(String set) {
    List<String> out = new ArrayList<>();
    ok(wire.rfs("/v1/stack-sets/" + set + "/stack-instances", "sort_key", "create_time", "sort_dir", "asc"))
        .get("stack_instances").forEach(i -> out.add(i.get("region").asText() + "/" + i.get("stack_domain_id")
            .asText() + " " + i.get("status").asText()));
    out.sort(null);
    return out;
  }

  private void finish() {
    e.advanceTime(Duration.ofHours(2));
  }

  @Test
  void aWholeLifeCycleWithTheStateRules() {
    String setId = ok(write("POST", "/v1/stack-sets", createBody("rfs_life"))).get("stack_set_id").asText();
    assertThat(setId).matches("[0-9a-f-]{36}");
    JsonNode meta = ok(wire.rfs("/v1/stack-sets/rfs_life/metadata"));
    assertThat(meta.get("stack_set_id").asText()).isEqualTo(setId);
    assertThat(meta.get("status").asText()).isEqualTo("IDLE");
    assertThat(meta.get("administration_agency_name").asText()).isEqualTo("rfs_admin_agency");
    error(write("POST", "/v1/stack-sets", createBody("rfs_life")), 409, "RF.10091002");

    String create = ok(write("POST", "/v1/stack-sets/rfs_life/stack-instances", targets("cn-north-4", "cn-east-3")))
        .get("stack_set_operation_id").asText();
    JsonNode queued = operation("rfs_life", create);
    assertThat(queued.get("status").asText()).isEqualTo("QUEUE_IN_PROGRESS");
    assertThat(queued.get("action").asText()).isEqualTo("CREATE_STACK_INSTANCES");
    assertThat(queued.get("deployment_targets").get("domain_ids")).hasSize(2);
    assertThat(ok(wire.rfs("/v1/stack-sets/rfs_life/metadata")).get("status").asText())
        .isEqualTo("OPERATION_IN_PROGRESS");

    // one operation at a time: every other write is a 409 while it runs
    error(write("POST", "/v1/stack-sets/rfs_life/deployments", "{\"deployment_targets\":{\"regions\":"
        + "[\"cn-north-4\"],\"domain_ids\":[\"" + D1 + "\"]},\"template_body\":\"x\"}"), 409, "RF.10091001");
    error(write("PATCH", "/v1/stack-sets/rfs_life", "{\"stack_set_description\":\"later\"}"), 409, "RF.10091001");
    error(write("DELETE", "/v1/stack-sets/rfs_life", null), 409, "RF.10091001");

    finish();
    assertThat(operation("rfs_life", create).get("status").asText()).isEqualTo("OPERATION_COMPLETE");
    assertThat(instances("rfs_life")).containsExactly("cn-east-3/" + D1 + " OPERATION_COMPLETE",
        "cn-east-3/" + D2 + " OPERATION_COMPLETE", "cn-north-4/" + D1 + " OPERATION_COMPLETE",
        "cn-north-4/" + D2 + " OPERATION_COMPLETE");

    // no deletion while instances exist
    error(write("DELETE", "/v1/stack-sets/rfs_life", null), 403, "RF.10031001");

    String before = ok(wire.rfs("/v1/stack-sets/rfs_life/metadata")).get("update_time").asText();
    e.advanceTime(Duration.ofSeconds(5));
    Wire.Reply patched = write("PATCH", "/v1/stack-sets/rfs_life", "{\"stack_set_description\":\"second\","
        + "\"stack_set_id\":\"" + setId + "\",\"managed_operation\":{\"enable_parallel_operation\":true}}");
    assertThat(patched.status()).as(patched.body()).isEqualTo(204);
    assertThat(patched.body()).isEmpty();
    JsonNode after = ok(wire.rfs("/v1/stack-sets/rfs_life/metadata"));
    assertThat(after.get("stack_set_description").asText()).isEqualTo("second");
    assertThat(after.get("managed_operation").get("enable_parallel_operation").asBoolean()).isTrue();
    assertThat(after.get("update_time").asText()).isGreaterThan(before);

    String deploy = ok(write("POST", "/v1/stack-sets/rfs_life/deployments", "{\"deployment_targets\":{\"regions\":"
        + "[\"cn-north-4\",\"cn-east-3\"],\"domain_ids\":[\"" + D1 + "\",\"" + D2 + "\"]},\"template_body\":"
        + quote(TEMPLATE + "# v2\n") + ",\"vars_body\":\"cidr = \\\"10.0.0.0/16\\\"\",\"operation_preferences\":"
        + "{\"region_concurrency_type\":\"PARALLEL\",\"max_concurrent_count\":2,\"failure_tolerance_count\":1}}"))
        .get("stack_set_operation_id").asText();
    JsonNode deploying = operation("rfs_life", deploy);
    assertThat(deploying.get("action").asText()).isEqualTo("DEPLOY_STACK_SET");
    assertThat(deploying.get("operation_preferences").get("region_concurrency_type").asText()).isEqualTo("PARALLEL");
    assertThat(deploying.get("operation_preferences").get("max_concurrent_count").asInt()).isEqualTo(2);
    finish();
    assertThat(operation("rfs_life", deploy).get("status").asText()).isEqualTo("OPERATION_COMPLETE");
    assertThat(ok(wire.rfs("/v1/stack-sets/rfs_life/metadata")).get("vars_body").asText())
        .isEqualTo("cidr = \"10.0.0.0/16\"");

    String update = ok(write("PATCH", "/v1/stack-sets/rfs_life/stack-instances", targets("cn-north-4")))
        .get("stack_set_operation_id").asText();
    finish();
    assertThat(operation("rfs_life", update).get("action").asText()).isEqualTo("UPDATE_STACK_INSTANCES");

    String deleteEast = ok(write("POST", "/v1/stack-sets/rfs_life/stack-instances/deletion", targets("cn-east-3")))
        .get("stack_set_operation_id").asText();
    finish();
    assertThat(operation("rfs_life", deleteEast).get("status").asText()).isEqualTo("OPERATION_COMPLETE");
    assertThat(instances("rfs_life")).hasSize(2).allMatch(i -> i.startsWith("cn-north-4/"));
    // the deprecated DELETE with a body does the same
    ok(write("DELETE", "/v1/stack-sets/rfs_life/stack-instances", targets("cn-north-4")));
    finish();
    assertThat(instances("rfs_life")).isEmpty();

    error(write("DELETE", "/v1/stack-sets/rfs_life", null, "stack_set_id", "not-the-id"), 400, "RF.10011003");
    Wire.Reply deleted = write("DELETE", "/v1/stack-sets/rfs_life", null, "stack_set_id", setId);
    assertThat(deleted.status()).as(deleted.body()).isEqualTo(204);
    error(wire.rfs("/v1/stack-sets/rfs_life/metadata"), 404, "RF.10041001");
    assertThat(e.rfs().stackSetNames()).doesNotContain("rfs_life");
  }

  @Test
  void aRepeatedClientRequestIdGetsTheFirstReplyAndChangesNothing() {
    ok(write("POST", "/v1/stack-sets", createBody("rfs_replay")));
    Wire.Reply first = wire.rfsWrite("POST", "/v1/stack-sets/rfs_replay/stack-instances", targets("cn-north-4"),
        "request-1");
    Wire.Reply again = wire.rfsWrite("POST", "/v1/stack-sets/rfs_replay/stack-instances", targets("cn-north-4"),
        "request-1");
    assertThat(again.status()).isEqualTo(200);
    assertThat(again.body()).isEqualTo(first.body());
    assertThat(again.header("X-Request-Id")).isNotEqualTo(first.header("X-Request-Id"));
    assertThat(e.rfs().operationIds("rfs_replay")).hasSize(1);

    // a refused write is not remembered: the same id succeeds once the operation has ended
    String body = "{\"deployment_targets\":{\"regions\":[\"cn-north-4\"],\"domain_ids\":[\"" + D1 + "\"]},"
        + "\"template_body\":\"x\"}";
    error(wire.rfsWrite("POST", "/v1/stack-sets/rfs_replay/deployments", body, "request-2"), 409, "RF.10091001");
    finish();
    JsonNode later = ok(wire.rfsWrite("POST", "/v1/stack-sets/rfs_replay/deployments", body, "request-2"));
    assertThat(e.rfs().operationIds("rfs_replay")).hasSize(2).first()
        .isEqualTo(later.get("stack_set_operation_id").asText());
    // a replay of a create gives the same id, no 409; the same id for another stack set is another request
    Wire.Reply created = wire.rfsWrite("POST", "/v1/stack-sets", createBody("rfs_replay2"), "request-3");
    assertThat(wire.rfsWrite("POST", "/v1/stack-sets", createBody("rfs_replay2"), "request-3").body())
        .isEqualTo(created.body());
    JsonNode other = ok(wire.rfsWrite("POST", "/v1/stack-sets", createBody("rfs_replay3"), "request-3"));
    assertThat(other.get("stack_set_id").asText()).isNotEqualTo(Json.parse(created.body()).get("stack_set_id")
        .asText());
    assertThat(e.rfs().stackSetNames()).contains("rfs_replay2", "rfs_replay3");
    // a deployment selects among the existing instances only (nothing in cn-east-3 here)
    finish();
    JsonNode deploy = ok(wire.rfsWrite("POST", "/v1/stack-sets/rfs_replay/deployments", "{\"deployment_targets\":"
        + "{\"regions\":[\"cn-north-4\",\"cn-east-3\"],\"domain_ids\":[\"" + D1 + "\"]},\"template_body\":\"y\"}",
        "request-4"));
    assertThat(e.rfs().operationTargets("rfs_replay", deploy.get("stack_set_operation_id").asText()))
        .containsExactly("cn-north-4/" + D1);
  }

  @Test
  void badWritesAreRefusedBeforeAnythingChanges() {
    ok(write("POST", "/v1/stack-sets", createBody("rfs_bad")));
    error(write("POST", "/v1/stack-sets/rfs_bad/stack-instances", "{}"), 400, "RF.10011001");
    error(write("POST", "/v1/stack-sets/rfs_bad/stack-instances", "{\"deployment_targets\":{\"regions\":"
        + "[\"cn-north-4\"],\"domain_ids\":[\"" + D1 + "\"]},\"stack_set_id\":\"wrong\"}"), 400, "RF.10011003");
    error(write("POST", "/v1/stack-sets/rfs_bad/stack-instances", "not json"), 400, "RF.10011003");
    error(write("POST", "/v1/stack-sets", "{\"stack_set_name\":\"rfs_no_agency\"}"), 400, "RF.10011003");
    error(write("POST", "/v1/stack-sets", "{\"stack_set_name\":\"rfs_org\",\"permission_model\":\"SERVICE_MANAGED\","
        + "\"managed_agency_name\":\"x\"}"), 400, "RF.10011003");
    error(write("PATCH", "/v1/stack-sets/rfs_bad/stack-instances", targets("cn-north-4")), 404, "RF.10041003");
    error(write("POST", "/v1/stack-sets/rfs_bad/stack-instances", "{\"deployment_targets\":{\"regions\":"
        + "[\"cn-north-4\"],\"domain_ids\":[\"" + D1 + "\"]},\"operation_preferences\":{\"max_concurrent_count\":2,"
        + "\"max_concurrent_percentage\":50}}"), 400, "RF.10011003");
    error(write("POST", "/v1/stack-sets/no_such_set/stack-instances", targets("cn-north-4")), 404, "RF.10041001");
    error(wire.rfsWrite("POST", "/v1/stack-sets/rfs_bad/stack-instances", targets("cn-north-4"), ""), 400,
        "RF.10011001");
    assertThat(e.rfs().operationIds("rfs_bad")).isEmpty();
  }

  @Test
  void targetsToldToFailFailTheOperation() {
    ok(write("POST", "/v1/stack-sets", createBody("rfs_failing")));
    e.rfs().failTarget("cn-north-4", D2, "Deploy stack failed: the VPC quota is exceeded");
    String op = ok(write("POST", "/v1/stack-sets/rfs_failing/stack-instances", targets("cn-north-4", "cn-east-3")))
        .get("stack_set_operation_id").asText();
    finish();
    JsonNode failed = operation("rfs_failing", op);
    assertThat(failed.get("status").asText()).isEqualTo("OPERATION_FAILED");
    assertThat(failed.get("status_message").asText()).contains("failure tolerance");
    // regions alphabetically: cn-east-3 succeeded, then cn-north-4 failed at its second account
    assertThat(instances("rfs_failing")).containsExactly("cn-east-3/" + D1 + " OPERATION_COMPLETE",
        "cn-east-3/" + D2 + " OPERATION_COMPLETE", "cn-north-4/" + D1 + " OPERATION_COMPLETE",
        "cn-north-4/" + D2 + " OPERATION_FAILED");
    JsonNode instance = ok(wire.rfs("/v1/stack-sets/rfs_failing/stack-instances/cn-north-4%2F" + D2));
    assertThat(instance.get("status_message").asText()).isEqualTo("Deploy stack failed: the VPC quota is exceeded");
    assertThat(e.rfs().targetRules()).containsExactly("fail cn-north-4/" + D2
        + ": Deploy stack failed: the VPC quota is exceeded");
  }

  @Test
  void showStackSetTemplateRedirectsToTheTemplate() throws IOException {
    ok(write("POST", "/v1/stack-sets", createBody("rfs_template")));
    SdkHttpRequest signed = new HuaweiSigner().sign(SdkHttpRequest.builder().method("GET")
        .encodedPath("/v1/stack-sets/rfs_template/templates").header("Host", "127.0.0.1:" + e.port())
        .header("Client-Request-Id", id()).build(), e.credentials(), Instant.now());
    OkHttpClient noRedirects = Wire.HTTP.newBuilder().followRedirects(false).build();
    Request.Builder rb = new Request.Builder().url(e.endpoint() + "/v1/stack-sets/rfs_template/templates");
    for (int i = 0; i < signed.headers().size(); i++) {
      if (!signed.headers().name(i).equalsIgnoreCase("Host")) {
        rb.addHeader(signed.headers().name(i), signed.headers().value(i));
      }
    }
    String location;
    try (Response r = noRedirects.newCall(rb.build()).execute()) {
      assertThat(r.code()).isEqualTo(307);
      location = r.header("Location");
    }
    assertThat(location).startsWith(e.endpoint() + "/_emulator/rfs/templates/");
    try (Response t = noRedirects.newCall(new Request.Builder().url(location).build()).execute()) {
      assertThat(t.code()).isEqualTo(200);
      assertThat(new String(t.body().bytes(), StandardCharsets.UTF_8)).isEqualTo(TEMPLATE);
    }
  }
}
