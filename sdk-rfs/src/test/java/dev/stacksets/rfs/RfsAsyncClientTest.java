package dev.stacksets.rfs;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.stacksets.core.WaitForTurn;
import dev.stacksets.core.exception.StackSetNotFoundException;
import dev.stacksets.core.operation.OperationEvent;
import dev.stacksets.core.operation.OperationStatus;
import dev.stacksets.core.testing.MutableClock;
import dev.stacksets.rfs.model.CreateStackInstancesRequest;
import dev.stacksets.rfs.model.DeleteStackSetResponse;
import dev.stacksets.rfs.model.DeployStackSetResponse;
import dev.stacksets.rfs.model.StackSet;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import mockwebserver3.MockResponse;
import mockwebserver3.RecordedRequest;
import mockwebserver3.SocketEffect;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The asynchronous face of the RFS client: same wire, same models, same exceptions, no thread per call. */
class RfsAsyncClientTest {
  private static final String SET = "my_stack_set";
  private static final String BASE = "/v1/stack-sets/my_stack_set";
  private final RfsMock mock;
  private final RfsClient rfs;

  RfsAsyncClientTest() throws Exception {
    mock = new RfsMock();
    rfs = mock.client();
  }

  @AfterEach
  void tearDown() {
    rfs.close();
    mock.close();
  }

  private static String wire(RecordedRequest r) {
    return r.getMethod() + " " + r.getTarget() + "\n" + r.getHeaders() + "\n"
        + (r.getBody() == null ? "" : r.getBody().utf8());
  }

  @Test
  void aReadAndAWriteGoOnTheWireExactlyAsTheirSyncTwinsAndReadTheSameModels() throws Exception {
    String metadata = "{\"stack_set_id\":\"1f1ff3b5-5bd9-4b3a-9b49-4d7c8a6c0d1e\",\"stack_set_name\":\"" + SET
        + "\",\"status\":\"IDLE\",\"permission_model\":\"SELF_MANAGED\"}";
    String started = "{\"stack_set_operation_id\":\"op-1\"}";
    CreateStackInstancesRequest create = CreateStackInstancesRequest.builder().stackSetName(SET)
        .deploymentTargets(t -> t.regions("cn-north-4").domainIds("0123456789abcdef0123456789abcdef"))
        .clientRequestId("fixed-id-1").build();
    for (int i = 0; i < 2; i++) {
      mock.enqueue(200, metadata);
      mock.enqueue(200, started);
    }

    var syncMeta = rfs.showStackSetMetadata(r -> r.stackSetName(SET).clientRequestId("read-1"));
    var syncStarted = rfs.createStackInstances(create);
    var asyncMeta = rfs.async().showStackSetMetadata(r -> r.stackSetName(SET).clientRequestId("read-1"))
        .get(10, TimeUnit.SECONDS);
    var asyncStarted = rfs.async().createStackInstances(create).get(10, TimeUnit.SECONDS);

    List<RecordedRequest> requests = new ArrayList<>();
    for (int i = 0; i < 4; i++) {
      requests.add(mock.server.takeRequest(5, TimeUnit.SECONDS));
    }
    assertThat(wire(requests.get(2))).isEqualTo(wire(requests.get(0)));
    assertThat(wire(requests.get(3))).isEqualTo(wire(requests.get(1)));
    assertThat(asyncMeta.stackSet()).isEqualTo(syncMeta.stackSet());
    assertThat(asyncStarted.operationId()).isEqualTo(syncStarted.operationId()).isEqualTo("op-1");
  }

  @Test
  void failuresAreTheSyncTypesAndABadRequestSendsNothing() throws Exception {
    mock.enqueue(404, "{\"error_code\":\"RF.10014404\",\"error_msg\":\"stack set my_stack_set not found\"}");

    CompletableFuture<?> missing = rfs.async().showStackSetMetadata(r -> r.stackSetName(SET));
    assertThatThrownBy(() -> missing.get(10, TimeUnit.SECONDS)).isInstanceOf(ExecutionException.class).cause()
        .isInstanceOfSatisfying(StackSetNotFoundException.class, e -> {
          assertThat(e.statusCode()).isEqualTo(404);
          assertThat(e.errorCode()).isEqualTo("RF.10014404");
        });

    CompletableFuture<?> bad = rfs.async().deployStackSet(r -> r.stackSetName("9-starts-with-a-digit")
        .deploymentTargets(t -> t.regions("cn-north-4")));
    assertThatThrownBy(bad::get).cause().isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("stack_set_name");
    CompletableFuture<?> none = rfs.async().deployStackSet(
        (java.util.function.Consumer<dev.stacksets.rfs.model.DeployStackSetRequest.Builder>) null);
    assertThatThrownBy(none::get).cause().isInstanceOf(IllegalArgumentException.class)
        .hasMessage("request is required");
    assertThat(mock.server.getRequestCount()).isEqualTo(1);
  }

  @Test
  void aLostReplyOfAnAsyncDeleteIsRetriedAndItsRetrysNotFoundMeansDeleted() throws Exception {
    mock.server.enqueue(new MockResponse.Builder().onResponseStart(new SocketEffect.CloseSocket()).build());
    mock.enqueue(404, "{\"error_code\":\"RF.10014404\",\"error_msg\":\"stack set my_stack_set not found\"}");

    DeleteStackSetResponse deleted = rfs.async().deleteStackSet(r -> r.stackSetName(SET)).get(10, TimeUnit.SECONDS);

    assertThat(deleted.responseMetadata().statusCode()).isEqualTo(404);
    assertThat(deleted.responseMetadata().attempts()).isEqualTo(2);
    RecordedRequest first = mock.server.takeRequest(5, TimeUnit.SECONDS);
    RecordedRequest retry = mock.server.takeRequest(5, TimeUnit.SECONDS);
    assertThat(retry.getHeaders().get("Client-Request-Id")).isEqualTo(first.getHeaders().get("Client-Request-Id"));
  }

  @Test
  void thePaginatorFetchesOnePagePerDemandOnly() throws Exception {
    String page1 = "{\"stack_sets\":[{\"stack_set_name\":\"a\"},{\"stack_set_name\":\"b\"}],"
        + "\"page_info\":{\"next_marker\":\"m2\"}}";
    String page2 = "{\"stack_sets\":[{\"stack_set_name\":\"c\"}],\"page_info\":{}}";
    mock.enqueue(200, page1);
    mock.enqueue(200, page1);
    mock.enqueue(200, page2);

    List<StackSet> one = rfs.async().listStackSetsPaginator(r -> r.limit(10)).first(1).get(10, TimeUnit.SECONDS);
    assertThat(one).extracting(StackSet::stackSetName).containsExactly("a");
    assertThat(mock.server.getRequestCount()).isEqualTo(1);

    List<StackSet> all = rfs.async().listStackSetsPaginator(r -> r.limit(10)).collect(100).get(10, TimeUnit.SECONDS);
    assertThat(all).extracting(StackSet::stackSetName).containsExactly("a", "b", "c");
    mock.server.takeRequest(5, TimeUnit.SECONDS);
    mock.server.takeRequest(5, TimeUnit.SECONDS);
    assertThat(mock.server.takeRequest(5, TimeUnit.SECONDS).getTarget()).isEqualTo("/v1/stack-sets?marker=m2&limit=10");
  }

  @Test
  void anAsyncWriteWaitsItsTurnAndResendsTheSameRequestOnce() throws Exception {
    MutableClock clock = new MutableClock(Instant.parse("2023-05-15T18:00:00Z"));
    try (RfsClient waiting = mock.builder().clock(clock).sleeper(clock.sleeper())
        .waitForTurn(WaitForTurn.upTo(Duration.ofMinutes(10))).build()) {
      mock.enqueue(409, WaitForTurnTest.CONFLICT);
      mock.enqueue(200, WaitForTurnTest.operationsPage("op-running", "OPERATION_IN_PROGRESS"));
      mock.enqueue(200, WaitForTurnTest.metadata("op-running", "OPERATION_COMPLETE"));
      mock.enqueue(200, "{\"stack_set_operation_id\":\"op-new\"}");

      DeployStackSetResponse started = waiting.async().deployStackSet(r -> r.stackSetName(SET)
          .deploymentTargets(t -> t.regions("cn-north-4"))).get(10, TimeUnit.SECONDS);

      assertThat(started.operationId()).isEqualTo("op-new");
      List<RecordedRequest> requests = new ArrayList<>();
      for (int i = 0; i < 4; i++) {
        requests.add(mock.server.takeRequest(5, TimeUnit.SECONDS));
      }
      assertThat(requests).extracting(r -> r.getMethod() + " " + r.getTarget()).containsExactly(
          "POST " + BASE + "/deployments",
          "GET " + BASE + "/operations?sort_key=create_time&sort_dir=desc",
          "GET " + BASE + "/operations/op-running/metadata",
          "POST " + BASE + "/deployments");
      assertThat(requests.get(3).getHeaders().get("Client-Request-Id"))
          .isEqualTo(requests.get(0).getHeaders().get("Client-Request-Id"));
    }
  }

  @Test
  void watchShowsTheOperationsTransitionsOverTheAsyncCalls() throws Exception {
    MutableClock clock = new MutableClock(Instant.parse("2023-05-15T18:00:00Z"));
    try (RfsClient watching = mock.builder().clock(clock).sleeper(clock.sleeper()).build()) {
      String instance = "{\"stack_set_name\":\"" + SET + "\",\"region\":\"cn-north-4\",\"stack_domain_id\":\"d1\","
          + "\"latest_stack_set_operation_id\":\"op-1\",\"status\":\"%s\"%s}";
      mock.enqueue(200, WaitForTurnTest.metadata("op-1", "OPERATION_IN_PROGRESS"));
      mock.enqueue(200, "{\"stack_instances\":[" + String.format(instance, "OPERATION_IN_PROGRESS", "") + "]}");
      mock.enqueue(200, WaitForTurnTest.metadata("op-1", "OPERATION_FAILED"));
      mock.enqueue(200, "{\"stack_instances\":[" + String.format(instance, "OPERATION_FAILED",
          ",\"status_message\":\"quota exceeded\"") + "]}");

      List<String> events = new ArrayList<>();
      watching.operations().watch(SET, "op-1").forEach(e -> events.add(e.toString())).get(10, TimeUnit.SECONDS);

      assertThat(events).containsExactly(
          "op-1 d1/cn-north-4 RUNNING (OPERATION_IN_PROGRESS)",
          "op-1 RUNNING (OPERATION_IN_PROGRESS)",
          "op-1 d1/cn-north-4 FAILED (OPERATION_FAILED), was RUNNING: quota exceeded",
          "op-1 FAILED (OPERATION_FAILED), was RUNNING");
      assertThat(mock.server.getRequestCount()).isEqualTo(4);
    }
  }

  @Test
  void theAsyncFaceSharesTheClient() {
    assertThat(rfs.async()).isSameAs(rfs.async());
    assertThat(rfs.async().operations()).isSameAs(rfs.operations());
    assertThat(rfs.async().toString()).startsWith("AsyncRfsClient{endpoint=");
    assertThatThrownBy(() -> new RfsClient() { }.async()).isInstanceOf(UnsupportedOperationException.class);
  }
}
