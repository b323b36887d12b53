package dev.stacksets.emulator;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.stacksets.core.auth.AwsV4Signer;
import dev.stacksets.core.auth.HuaweiSigner;
import dev.stacksets.core.http.SdkHttpRequest;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

/** Malformed, unknown, mistyped and oversized requests get the service's own error, and never stop the emulator. */
@StackSetEmulatorTest
class BadInputTest {
  private static final String TARGET = "StarlingDoveService.GetOrganizationConformancePackDetailedStatus";

  private final StackSetEmulator e;
  private final Wire wire;

  BadInputTest(StackSetEmulator e) {
    this.e = e;
    this.wire = new Wire(e);
  }

  private static void cfnError(Wire.Reply r, int status, String code, String messagePart) {
    assertThat(r.status()).as(r.body()).isEqualTo(status);
    assertThat(r.body()).contains("<Code>" + code + "</Code>").contains(messagePart).doesNotContain("Exception:")
        .doesNotContain("\tat ");
  }

  private static void configError(Wire.Reply r, int status, String type, String messagePart) {
    assertThat(r.status()).as(r.body()).isEqualTo(status);
    JsonNode body = Json.parse(r.body());
    assertThat(body.get("__type").asText()).isEqualTo(type);
    assertThat(body.get("message").asText()).contains(messagePart);
  }

  @Test
  void cloudFormationRejectsUnknownActionsVersionsAndContentTypes() {
    cfnError(wire.cfn("CreateStack"), 400, "InvalidAction", "Could not find operation CreateStack for version "
        + "2010-05-15");
    cfnError(wire.cfnBody("Action=ListStackSets&Version=2011-01-01", "application/x-www-form-urlencoded"), 400,
        "InvalidAction", "for version 2011-01-01");
    cfnError(wire.cfnBody("Version=2010-05-15", "application/x-www-form-urlencoded"), 400, "MissingAction",
        "Action");
    cfnError(wire.cfnBody("%%%&&==", "application/x-www-form-urlencoded"), 400, "MissingAction", "Action");
    cfnError(wire.cfnBody("{\"Action\":\"ListStackSets\"}", "text/plain"), 400, "InvalidParameterValue",
        "Content-Type");
    cfnError(wire.cfn("ListStackSetOperations"), 400, "ValidationError",
        "Value null at 'stackSetName' failed to satisfy constraint: Member must not be null");
    cfnError(wire.cfn("DescribeStackSetOperation", "StackSetName", "my-stack-set", "OperationId", "-bad-",
        "CallAs", "ROOT"), 400, "ValidationError", "2 validation errors detected");
    cfnError(wire.cfn("ListStackSetOperationResults", "StackSetName", "my-stack-set", "OperationId", "x",
        "Filters.member.1.Name", "OPERATION_RESULT_STATUS", "Filters.member.1.Values", "FAILED",
        "Filters.member.2.Name", "OPERATION_RESULT_STATUS", "Filters.member.2.Values", "PENDING"), 400,
        "ValidationError", "Member must have length less than or equal to 1");
    cfnError(wire.cfn("ListStackInstances", "StackSetName", "my-stack-set", "StackInstanceAccount", "12345"), 400,
        "ValidationError", "stackInstanceAccount");
    cfnError(wire.cfn("ListStackInstances", "StackSetName", "my-stack-set", "Filters.member.1.Name", "COLOR",
        "Filters.member.1.Values", "red"), 400, "ValidationError", "DETAILED_STATUS, LAST_OPERATION_ID, DRIFT_STATUS");
    cfnError(wire.cfn("ListStackSets", "MaxResults", "lots"), 400, "ValidationError", "maxResults");
    assertThat(wire.cfn("ListStackSets", "UnknownParameter", "x").status()).isEqualTo(200);
  }

  @Test
  void cloudFormationAlsoAnswersGetRequests() {
    SdkHttpRequest get = new AwsV4Signer("cloudformation", "us-east-1").sign(SdkHttpRequest.builder().method("GET")
        .encodedPath("/").header("Host", "127.0.0.1:" + e.port()).addQuery("Action", "ListStackSets")
        .addQuery("Version", "2010-05-15").addQuery("Status", "ACTIVE").build(), e.credentials(), Instant.now());
    Wire.Reply r = wire.send(get, null);
    assertThat(r.status()).isEqualTo(200);
    assertThat(r.body()).contains("<ListStackSetsResponse").doesNotContain("DELETED");
  }

  @Test
  void configRejectsUnknownTargetsBadJsonAndContentTypes() {
    configError(wire.config("StarlingDoveService.DescribeConfigRules", "{}"), 400, "UnknownOperationException",
        "DescribeConfigRules");
    configError(wire.config("Other.GetOrganizationConformancePackDetailedStatus", "{}"), 400,
        "UnknownOperationException", "Other.");
    configError(wire.config(null, "{}"), 400, "UnknownOperationException", "X-Amz-Target");
    configError(wire.config(TARGET, "{not json"), 400, "SerializationException", "JSON");
    configError(wire.config(TARGET, "[1,2]"), 400, "SerializationException", "object");
    configError(wire.config(TARGET, ""), 400, "SerializationException", "object");
    configError(wire.config(TARGET, "{\"OrganizationConformancePackName\":\"x\",\"Limit\":\"many\"}"), 400,
        "SerializationException", "Limit");
    configError(wire.config(TARGET, "{\"OrganizationConformancePackName\":7}"), 400, "SerializationException",
        "OrganizationConformancePackName");
    configError(wire.configRaw(TARGET, "{}", "application/json", "config"), 400, "SerializationException",
        "Content-Type");
    configError(wire.config(TARGET, "{}"), 400, "ValidationException",
        "Value null at 'organizationConformancePackName' failed to satisfy constraint: Member must not be null");
    configError(wire.config(TARGET, "{\"OrganizationConformancePackName\":\"pci-dss-pack\",\"Filters\":"
        + "{\"AccountId\":\"12\",\"Status\":\"HAPPY\"}}"), 400, "ValidationException", "2 validation errors");
    assertThat(wire.config(TARGET, "{\"OrganizationConformancePackName\":\"pci-dss-pack\",\"Surprise\":1}")
        .status()).isEqualTo(200);
  }

  @Test
  void oversizedBodiesGetEachServicesOwn413() {
    String big = "x".repeat((int) StackSetEmulator.DEFAULT_MAX_REQUEST_BODY_BYTES + 1);
    cfnError(wire.cfnBody("Action=ListStackSets&Version=2010-05-15&Pad=" + big, "application/x-www-form-urlencoded"),
        413, "RequestEntityTooLarge", "1048576");
    configError(wire.config(TARGET, "{\"pad\":\"" + big + "\"}"), 413, "RequestEntityTooLargeException", "bytes");
    SdkHttpRequest rfs = new HuaweiSigner().sign(SdkHttpRequest.builder().method("POST")
        .encodedPath("/v1/stack-sets").header("Host", "127.0.0.1:" + e.port()).header("Client-Request-Id", "c")
        .body(big, "application/json").build(), e.credentials(), Instant.now());
    Wire.Reply r = wire.send(rfs, "application/json");
    assertThat(r.status()).isEqualTo(413);
    assertThat(Json.parse(r.body()).get("error_code").asText()).isEqualTo("APIGW.0201");
    assertThat(wire.rfs("/v1/stack-sets").status()).isEqualTo(200);
  }

  @Test
  void unsupportedRfsMethodsAndPathsAreGatewayNotFound() {
    // RFS has no PUT (DELETE on a stack set is DeleteStackSet now that the emulator serves writes)
    SdkHttpRequest put = new HuaweiSigner().sign(SdkHttpRequest.builder().method("PUT")
        .encodedPath("/v1/stack-sets/my_hello_world_stack_set").header("Host", "127.0.0.1:" + e.port())
        .header("Client-Request-Id", "c").build(), e.credentials(), Instant.now());
    Wire.Reply r = wire.send(put, "application/json");
    assertThat(r.status()).isEqualTo(404);
    assertThat(Json.parse(r.body()).get("error_code").asText()).isEqualTo("APIGW.0101");
    Wire.Reply unknownPath = wire.rfs("/v1/stack-sets/my_hello_world_stack_set/no-such-thing");
    assertThat(unknownPath.status()).isEqualTo(404);
    assertThat(Json.parse(unknownPath.body()).get("error_code").asText()).isEqualTo("APIGW.0101");
  }

  @Test
  void garbageOnTheSocketDoesNotStopTheEmulator() throws Exception {
    try (Socket s = new Socket("127.0.0.1", e.port())) {
      OutputStream out = s.getOutputStream();
      out.write("THIS IS NOT HTTP\r\n\r\n\u0000\u0001\u0002".getBytes(StandardCharsets.ISO_8859_1));
      out.flush();
      InputStream in = s.getInputStream();
      s.setSoTimeout(5000);
      in.readAllBytes(); // the server answers 400 or closes; either way it must not hang
    }
    try (Socket s = new Socket("127.0.0.1", e.port())) {
      s.getOutputStream().write("GET /v1/stack-sets HTTP/1.1\r\nHost: x\r\nContent-Length: 5\r\n\r\nab"
          .getBytes(StandardCharsets.ISO_8859_1));
      s.shutdownOutput(); // the body never completes
      s.setSoTimeout(5000);
      s.getInputStream().readAllBytes();
    }
    assertThat(wire.rfs("/v1/stack-sets").status()).isEqualTo(200);
  }

  @Test
  void manyConcurrentClientsAreAllAnswered() throws Exception {
    ExecutorService pool = Executors.newFixedThreadPool(16);
    try {
      List<Future<Integer>> results = new ArrayList<>();
      for (int i = 0; i < 64; i++) {
        int n = i;
        results.add(pool.submit(() -> n % 3 == 0 ? wire.rfs("/v1/stack-sets").status()
            : n % 3 == 1 ? wire.cfn("ListStackSets").status()
            : wire.config(TARGET, "{\"OrganizationConformancePackName\":\"large-pack\"}").status()));
      }
      for (Future<Integer> f : results) {
        assertThat(f.get()).isEqualTo(200);
      }
    } finally {
      pool.shutdownNow();
    }
  }
}
