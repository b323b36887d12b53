package dev.stacksets.rfs;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.stacksets.core.WaitForTurn;
import dev.stacksets.core.auth.CredentialsProvider;
import dev.stacksets.core.exception.NameAlreadyExistsException;
import dev.stacksets.core.exception.OperationInProgressException;
import dev.stacksets.core.operation.OperationStatus;
import dev.stacksets.core.operation.Provider;
import dev.stacksets.core.operation.StackSetOperation;
import dev.stacksets.core.operation.WaitForTurnTimeoutException;
import dev.stacksets.core.operation.WaiterTimeoutException;
import dev.stacksets.core.testing.MutableClock;
import dev.stacksets.rfs.exception.StackSetStateConflictException;
import dev.stacksets.rfs.model.DeleteStackSetResponse;
import dev.stacksets.rfs.model.DeployStackSetResponse;
import dev.stacksets.rfs.model.PermissionModel;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import mockwebserver3.Dispatcher;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import mockwebserver3.SocketEffect;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Writes waiting their turn over a controllable clock: refused because another operation runs on the stack set, the
 * client lists the set's operations, waits for the running one through the neutral waiter, and sends the same
 * request (same Client-Request-Id) once more; and the bound, the 403 rule, CreateStackSet and a refusal of a retry.
 */
class WaitForTurnTest {
  static final String SET = "my_stack_set";
  static final String BASE = "/v1/stack-sets/my_stack_set";
  static final String RUNNING = "5e1f2a3b-0000-4000-8000-00000000a001";
  static final String DONE = "5e1f2a3b-0000-4000-8000-00000000a000";
  static final String OP = "daa46d87-045b-4a50-a0d5-c167fc34b632";
  static final String CONFLICT = "{\"error_code\":\"RF.10012409\",\"error_msg\":\"another request is operating on "
      + "this stack set\"}";
  static final String STATE = "{\"error_code\":\"RF.10013403\",\"error_msg\":\"stack set has stack instances\"}";

  private final MutableClock clock = new MutableClock(Instant.parse("2023-05-15T18:00:00Z"));
  private final MockWebServer server = new MockWebServer();
  private RfsClient rfs;

  @BeforeEach
  void setUp() throws Exception {
    server.start();
    rfs = client(WaitForTurn.upTo(Duration.ofMinutes(10)));
  }

  @AfterEach
  void tearDown() {
    rfs.close();
    server.close();
  }

  private RfsClient client(WaitForTurn waitForTurn) {
    return RfsClient.builder()
        .endpoint(server.url("/").uri())
        .credentialsProvider(CredentialsProvider.of(RfsMock.CREDENTIALS))
        .clock(clock)
        .sleeper(clock.sleeper())
        .retryPolicy(RfsMock.FAST_RETRIES)
        .waitForTurn(waitForTurn)
        .build();
  }

  private void enqueue(int code, String body) {
    server.enqueue(new MockResponse.Builder().code(code).body(body).addHeader("Content-Type", "application/json")
        .addHeader("X-Request-Id", "req-" + server.getRequestCount() + "-" + code).build());
  }

  static String operationsPage(String... statusesById) {
    List<String> ops = new ArrayList<>();
    for (int i = 0; i < statusesById.length; i += 2) {
      ops.add("{\"operation_id\":\"" + statusesById[i] + "\",\"stack_set_name\":\"" + SET + "\",\"status\":\""
          + statusesById[i + 1] + "\",\"action\":\"DEPLOY_STACK_SET\",\"create_time\":\"2023-05-15T17:0" + i
          + ":00.000Z\"}");
    }
    return "{\"stack_set_operations\":[" + String.join(",", ops) + "],\"page_info\":{\"current_count\":"
        + ops.size() + "}}";
  }

  static String metadata(String id, String status) {
    return "{\"stack_set_operation_id\":\"" + id + "\",\"stack_set_name\":\"" + SET + "\",\"status\":\"" + status
        + "\",\"action\":\"DEPLOY_STACK_SET\",\"create_time\":\"2023-05-15T17:00:00.000Z\","
        + "\"update_time\":\"2023-05-15T18:00:00.000Z\"}";
  }

  private List<RecordedRequest> taken(int count) throws InterruptedException {
    assertThat(server.getRequestCount()).isEqualTo(count);
    List<RecordedRequest> out = new ArrayList<>();
    for (int i = 0; i < count; i++) {
      out.add(server.takeRequest(5, TimeUnit.SECONDS));
    }
    return out;
  }

  private static String line(RecordedRequest r) {
    return r.getMethod() + " " + r.getTarget();
  }

  private DeployStackSetResponse deploy() {
    return rfs.deployStackSet(r -> r.stackSetName(SET).deploymentTargets(t -> t.regions("cn-north-4")));
  }

  @Test
  void refusedWith409ThenWaitsForTheRunningOperationAndSendsTheSameRequestOnceMore() throws Exception {
    enqueue(409, CONFLICT);
    enqueue(200, operationsPage(RUNNING, "OPERATION_IN_PROGRESS", DONE, "OPERATION_COMPLETE"));
    enqueue(200, metadata(RUNNING, "OPERATION_IN_PROGRESS"));
    enqueue(200, metadata(RUNNING, "OPERATION_COMPLETE"));
    enqueue(200, "{\"stack_set_operation_id\":\"" + OP + "\"}");

    DeployStackSetResponse response = deploy();

    List<RecordedRequest> requests = taken(5);
    assertThat(requests).extracting(WaitForTurnTest::line).containsExactly(
        "POST " + BASE + "/deployments",
        "GET " + BASE + "/operations?sort_key=create_time&sort_dir=desc",
        "GET " + BASE + "/operations/" + RUNNING + "/metadata",
        "GET " + BASE + "/operations/" + RUNNING + "/metadata",
        "POST " + BASE + "/deployments");
    RecordedRequest first = requests.get(0);
    RecordedRequest resent = requests.get(4);
    String id = first.getHeaders().get("Client-Request-Id");
    assertThat(id).matches(WriteRequestsTest.UUID_PATTERN);
    assertThat(resent.getHeaders().get("Client-Request-Id")).isEqualTo(id);
    assertThat(resent.getBody()).isEqualTo(first.getBody());
    assertThat(requests.subList(1, 4)).extracting(r -> r.getHeaders().get("Client-Request-Id"))
        .doesNotContain(id);
    assertThat(response.operationId()).isEqualTo(OP);
    assertThat(response.responseMetadata().clientRequestId()).isEqualTo(id);
    assertThat(response.responseMetadata().attempts()).isEqualTo(1);
    assertThat(clock.sleeps()).as("one pause between the two polls, in simulated time").hasSize(1);
  }

  @Test
  void thePerCallPolicyOverridesTheClients() throws Exception {
    try (RfsClient never = client(WaitForTurn.never())) {
      enqueue(409, CONFLICT);
      enqueue(200, operationsPage(RUNNING, "OPERATION_IN_PROGRESS"));
      enqueue(200, metadata(RUNNING, "OPERATION_COMPLETE"));
      enqueue(200, "{\"stack_set_operation_id\":\"" + OP + "\"}");

      DeployStackSetResponse response = never.deployStackSet(dev.stacksets.rfs.model.DeployStackSetRequest.builder()
          .stackSetName(SET).deploymentTargets(t -> t.regions("cn-north-4")).clientRequestId("mine-1").build(),
          WaitForTurn.upTo(Duration.ofMinutes(1)));

      assertThat(response.operationId()).isEqualTo(OP);
      assertThat(taken(4)).extracting(r -> r.getHeaders().get("Client-Request-Id")).first().isEqualTo("mine-1");
    }
  }

  @Test
  void withoutWaitingTheRefusalIsThrownAsItIs() throws Exception {
    try (RfsClient never = client(WaitForTurn.never())) {
      enqueue(409, CONFLICT);

      OperationInProgressException e = catchThrowableOfType(OperationInProgressException.class,
          () -> never.deployStackSet(r -> r.stackSetName(SET).deploymentTargets(t -> t.regions("cn-north-4"))));

      assertThat(e.getClass()).isEqualTo(OperationInProgressException.class);
      assertThat(e.errorCode()).isEqualTo("RF.10012409");
      assertThat(taken(1)).hasSize(1);
    }
  }

  @Test
  void aBoundThatRunsOutGivesWaitForTurnTimeoutExceptionWithItsFields() throws Exception {
    List<String> posts = new ArrayList<>();
    server.setDispatcher(new Dispatcher() {
      @Override
      public MockResponse dispatch(RecordedRequest r) {
        if (r.getMethod().equals("POST")) {
          posts.add(r.getHeaders().get("Client-Request-Id"));
          return json(409, CONFLICT);
        }
        if (r.getTarget().endsWith("/metadata")) {
          return json(200, metadata(RUNNING, "OPERATION_IN_PROGRESS"));
        }
        return json(200, operationsPage(RUNNING, "OPERATION_IN_PROGRESS"));
      }
    });
    Instant start = clock.instant();

    WaitForTurnTimeoutException e = catchThrowableOfType(WaitForTurnTimeoutException.class,
        () -> rfs.deployStackSet(dev.stacksets.rfs.model.DeployStackSetRequest.builder().stackSetName(SET)
            .deploymentTargets(t -> t.regions("cn-north-4")).clientRequestId("bounded-1").build(),
            WaitForTurn.upTo(Duration.ofSeconds(30))));

    assertThat(e.stackSetName()).isEqualTo(SET);
    assertThat(e.maxWait()).isEqualTo(Duration.ofSeconds(30));
    assertThat(e.runningOperationIds()).containsExactly(RUNNING);
    assertThat(e).isInstanceOf(OperationInProgressException.class);
    assertThat(e.statusCode()).isEqualTo(409);
    assertThat(e.errorCode()).isEqualTo("RF.10012409");
    assertThat(e.clientRequestId()).isEqualTo("bounded-1");
    assertThat(e.isRetryable()).isFalse();
    assertThat(e.getCause()).isInstanceOf(WaiterTimeoutException.class);
    assertThat(e.getMessage()).contains("stack set my_stack_set was still busy after waiting PT30S",
        "running: " + RUNNING, "the write was not started");
    assertThat(posts).as("sent once, never again").containsExactly("bounded-1");
    assertThat(Duration.between(start, clock.instant())).isEqualTo(Duration.ofSeconds(30));
  }

  private static MockResponse json(int code, String body) {
    return new MockResponse.Builder().code(code).body(body).addHeader("Content-Type", "application/json").build();
  }

  @Test
  void a403WhileAnOperationRunsWaitsAndDeletesTheSetAfterwards() throws Exception {
    enqueue(403, STATE);
    enqueue(200, operationsPage(RUNNING, "OPERATION_IN_PROGRESS"));
    enqueue(200, metadata(RUNNING, "OPERATION_COMPLETE"));
    enqueue(204, "");

    DeleteStackSetResponse response = rfs.deleteStackSet(r -> r.stackSetName(SET).clientRequestId("del-9"));

    List<RecordedRequest> requests = taken(4);
    assertThat(requests).extracting(WaitForTurnTest::line).containsExactly("DELETE " + BASE,
        "GET " + BASE + "/operations?sort_key=create_time&sort_dir=desc",
        "GET " + BASE + "/operations/" + RUNNING + "/metadata", "DELETE " + BASE);
    assertThat(requests.get(3).getHeaders().get("Client-Request-Id")).isEqualTo("del-9");
    assertThat(response.responseMetadata().statusCode()).isEqualTo(204);
  }

  @Test
  void a403WithNoOperationRunningIsThrownAfterOneLook() throws Exception {
    enqueue(403, STATE);
    enqueue(200, operationsPage(DONE, "OPERATION_COMPLETE"));

    StackSetStateConflictException e = catchThrowableOfType(StackSetStateConflictException.class,
        () -> rfs.deleteStackSet(r -> r.stackSetName(SET)));

    assertThat(e.errorCode()).isEqualTo("RF.10013403");
    assertThat(taken(2)).extracting(WaitForTurnTest::line).containsExactly("DELETE " + BASE,
        "GET " + BASE + "/operations?sort_key=create_time&sort_dir=desc");
  }

  @Test
  void createStackSetNeverWaits() throws Exception {
    enqueue(409, "{\"error_code\":\"RF.10011409\",\"error_msg\":\"name exists\"}");

    catchThrowableOfType(NameAlreadyExistsException.class, () -> rfs.createStackSet(r -> r.stackSetName(SET)
        .permissionModel(PermissionModel.SERVICE_MANAGED)));

    assertThat(taken(1)).extracting(WaitForTurnTest::line).containsExactly("POST /v1/stack-sets");
  }

  @Test
  void aRefusalOfARetryOfAnOperationStartingWriteIsNotWaitedOut() throws Exception {
    server.enqueue(new MockResponse.Builder().onResponseStart(new SocketEffect.CloseSocket()).build());
    enqueue(409, CONFLICT);

    OperationInProgressException e = catchThrowableOfType(OperationInProgressException.class, this::deploy);

    assertThat(e.attempts()).isEqualTo(2);
    assertThat(e).isNotInstanceOf(WaitForTurnTimeoutException.class);
    assertThat(taken(2)).extracting(WaitForTurnTest::line).containsOnly("POST " + BASE + "/deployments");
  }

  @Test
  void theOperationIdAWriteReturnsCanBeWaitedOnThroughTheNeutralView() throws Exception {
    enqueue(200, "{\"stack_set_operation_id\":\"" + OP + "\"}");
    enqueue(200, metadata(OP, "QUEUE_IN_PROGRESS"));
    enqueue(200, metadata(OP, "OPERATION_IN_PROGRESS"));
    enqueue(200, metadata(OP, "OPERATION_COMPLETE"));

    String operationId = deploy().operationId();
    StackSetOperation done = rfs.operations().waitUntilComplete(SET, operationId, Duration.ofMinutes(30));

    assertThat(done.provider()).isEqualTo(Provider.RFS);
    assertThat(done.operationId()).isEqualTo(OP);
    assertThat(done.stackSetName()).isEqualTo(SET);
    assertThat(done.status()).isEqualTo(OperationStatus.SUCCEEDED);
    assertThat(done.nativeStatus()).isEqualTo("OPERATION_COMPLETE");
    assertThat(taken(4)).extracting(WaitForTurnTest::line).containsExactly("POST " + BASE + "/deployments",
        "GET " + BASE + "/operations/" + OP + "/metadata", "GET " + BASE + "/operations/" + OP + "/metadata",
        "GET " + BASE + "/operations/" + OP + "/metadata");
  }
}
