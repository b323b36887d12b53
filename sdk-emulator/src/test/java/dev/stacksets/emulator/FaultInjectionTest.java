package dev.stacksets.emulator;

import dev.stacksets.emulator.model.EmulatorService;
import dev.stacksets.emulator.model.Faults;
import dev.stacksets.emulator.model.ServedRequest;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.Response;
import org.junit.jupiter.api.Test;

/** Injected throttling, server errors, latency and dropped connections, each in the service's own format. */
@StackSetEmulatorTest
class FaultInjectionTest {
  private static final String TARGET = "StarlingDoveService.GetOrganizationConformancePackDetailedStatus";
  private static final String PACK = "{\"OrganizationConformancePackName\":\"pci-dss-pack\"}";

  private final StackSetEmulator e;
  private final Wire wire;

  FaultInjectionTest(StackSetEmulator e) {
    this.e = e;
    this.wire = new Wire(e);
  }

  @Test
  void throttlingIsEachServicesOwn() {
    e.faults(Faults.builder().throttleEveryNth(1).build());
    Wire.Reply rfs = wire.rfs("/v1/stack-sets");
    assertThat(rfs.status()).isEqualTo(429);
    assertThat(rfs.header("Retry-After")).isEqualTo("1");
    JsonNode body = Json.parse(rfs.body());
    assertThat(body.get("error_code").asText()).isEqualTo("APIGW.0308");
    assertThat(body.get("request_id").asText()).isEqualTo(rfs.header("X-Request-Id"));
    Wire.Reply cfn = wire.cfn("ListStackSets");
    assertThat(cfn.status()).isEqualTo(400);
    assertThat(cfn.body()).contains("<Code>Throttling</Code><Message>Rate exceeded</Message>");
    Wire.Reply config = wire.config(TARGET, PACK);
    assertThat(config.status()).isEqualTo(400);
    assertThat(Json.parse(config.body()).get("__type").asText()).isEqualTo("ThrottlingException");
    assertThat(e.servedRequests()).extracting(ServedRequest::operation)
        .containsExactly("ListStackSets", "ListStackSets", "GetOrganizationConformancePackDetailedStatus");
    assertThat(e.servedRequests()).extracting(ServedRequest::fault).containsOnly("THROTTLE");
  }

  @Test
  void everyNthAndFirstNFollowTheRequestCount() {
    e.faults(Faults.builder().throttleEveryNth(3).build());
    List<Integer> statuses = new ArrayList<>();
    for (int i = 0; i < 6; i++) {
      statuses.add(wire.rfs("/v1/stack-sets").status());
    }
    assertThat(statuses).containsExactly(200, 200, 429, 200, 200, 429);
    e.faults(Faults.builder().throttleFirst(2).build());
    assertThat(List.of(wire.rfs("/v1/stack-sets").status(), wire.rfs("/v1/stack-sets").status(),
        wire.rfs("/v1/stack-sets").status())).containsExactly(429, 429, 200);
  }

  @Test
  void fractionsFollowTheSeed() {
    Faults f = Faults.builder().throttleFraction(0.3).seed(7).build();
    e.faults(f);
    List<Integer> first = new ArrayList<>();
    for (int i = 0; i < 25; i++) {
      first.add(wire.rfs("/v1/stack-sets").status());
    }
    e.faults(f);
    List<Integer> second = new ArrayList<>();
    for (int i = 0; i < 25; i++) {
      second.add(wire.rfs("/v1/stack-sets").status());
    }
    assertThat(second).isEqualTo(first);
    assertThat(first.stream().filter(s -> s == 429).count()).isBetween(2L, 15L);
  }

  @Test
  void serverErrorsUseTheChosenStatusAndTheServiceFormat() {
    e.faults(Faults.builder().serverErrorEveryNth(1).build());
    Wire.Reply rfs = wire.rfs("/v1/stack-sets");
    assertThat(rfs.status()).isEqualTo(500);
    assertThat(Json.parse(rfs.body()).get("error_code").asText()).isEqualTo("RF.10010001");
    Wire.Reply cfn = wire.cfn("ListStackSets");
    assertThat(cfn.status()).isEqualTo(500);
    assertThat(cfn.body()).contains("<Type>Receiver</Type><Code>InternalFailure</Code>");
    assertThat(Json.parse(wire.config(TARGET, PACK).body()).get("__type").asText()).isEqualTo("InternalFailure");
    for (int status : new int[] {502, 503, 504}) {
      e.faults(Faults.builder().serverErrorEveryNth(1).serverErrorStatus(status).build());
      assertThat(wire.rfs("/v1/stack-sets").status()).isEqualTo(status);
      assertThat(wire.cfn("ListStackSets").status()).isEqualTo(status);
      assertThat(wire.config(TARGET, PACK).status()).isEqualTo(status);
    }
    assertThat(wire.cfn("ListStackSets").body()).contains("<Code>InternalFailure</Code>");
    e.faults(Faults.builder().serverErrorEveryNth(1).serverErrorStatus(503).build());
    assertThat(wire.cfn("ListStackSets").body()).contains("<Code>ServiceUnavailable</Code>");
  }

  @Test
  void aDroppedConnectionIsARealMidResponseDropAndTheEmulatorCarriesOn() {
    e.faults(Faults.builder().dropConnectionEveryNth(2).build());
    assertThat(wire.rfs("/v1/stack-sets").status()).isEqualTo(200);
    assertThatThrownBy(() -> wire.rfs("/v1/stack-sets")).isInstanceOf(UncheckedIOException.class);
    assertThat(wire.cfn("ListStackSets").status()).isEqualTo(200);
    assertThatThrownBy(() -> wire.cfn("ListStackSets")).isInstanceOf(UncheckedIOException.class);
    e.faults(Faults.none());
    for (int i = 0; i < 5; i++) {
      assertThat(wire.rfs("/v1/stack-sets").status()).isEqualTo(200);
    }
    assertThat(e.servedRequests()).extracting(ServedRequest::fault)
        .containsExactly(null, "DROP_CONNECTION", null, "DROP_CONNECTION", null, null, null, null, null);
  }

  @Test
  void latencyDelaysTheAnswer() throws Exception {
    e.faults(Faults.builder().latency(Duration.ofMillis(800)).build());
    OkHttpClient impatient = Wire.HTTP.newBuilder().readTimeout(Duration.ofMillis(100)).build();
    Request r = new Request.Builder().url(e.endpoint() + "/v1/stack-sets").build();
    assertThatThrownBy(() -> {
      try (Response resp = impatient.newCall(r).execute()) {
        resp.body().string();
      }
    }).isInstanceOf(java.io.InterruptedIOException.class);
  }

  @Test
  void faultsCanBeLimitedToServices() {
    e.faults(Faults.builder().throttleEveryNth(1).services(EmulatorService.CONFIG).build());
    assertThat(wire.rfs("/v1/stack-sets").status()).isEqualTo(200);
    assertThat(wire.cfn("ListStackSets").status()).isEqualTo(200);
    assertThat(wire.config(TARGET, PACK).status()).isEqualTo(400);
    assertThat(e.faults().services()).containsExactly(EmulatorService.CONFIG);
  }

  @Test
  void faultSettingsValidateAndPrint() {
    assertThatThrownBy(() -> Faults.builder().throttleFraction(1.5)).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("throttleFraction");
    assertThatThrownBy(() -> Faults.builder().serverErrorStatus(418)).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> Faults.builder().throttleEveryNth(-1)).isInstanceOf(IllegalArgumentException.class);
    Faults f = Faults.builder().throttleEveryNth(3).latency(Duration.ofMillis(5)).build();
    assertThat(f).hasToString("Faults{throttleEveryNth=3, latency=PT0.005S}");
    assertThat(f.toBuilder().build()).isEqualTo(f).hasSameHashCodeAs(f);
    assertThat(Faults.none()).hasToString("Faults{none}");
    assertThat(Faults.none().isNone()).isTrue();
  }
}
