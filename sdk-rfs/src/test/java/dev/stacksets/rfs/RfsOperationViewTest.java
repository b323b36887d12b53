package dev.stacksets.rfs;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.stacksets.core.auth.CredentialsProvider;
import dev.stacksets.core.exception.OperationNotFoundException;
import dev.stacksets.core.operation.WaiterTimeoutException;
import dev.stacksets.core.operation.DeploymentTargets;
import dev.stacksets.core.operation.OperationAction;
import dev.stacksets.core.operation.OperationStatus;
import dev.stacksets.core.operation.OperationTargetResult;
import dev.stacksets.core.operation.Provider;
import dev.stacksets.core.operation.StackSetOperation;
import dev.stacksets.core.operation.StackSetOperationView;
import dev.stacksets.core.operation.TargetStatus;
import dev.stacksets.core.paginate.Paginator;
import dev.stacksets.core.testing.MutableClock;
import dev.stacksets.rfs.model.ListStackSetOperationsRequest;
import dev.stacksets.rfs.model.ListStackSetOperationsResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.Iterator;
import java.util.List;
import java.util.concurrent.TimeUnit;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** {@code RfsClient.operations()}: the neutral view over ListStackSetOperations, ShowStackSetOperationMetadata and
 * ListStackInstances, and its waiter, end to end through the real client. */
class RfsOperationViewTest {
  static final String SET = "my_stack_set";
  static final String SET_ID = "f689e9fd-97e7-4185-bd8a-7d5f708d45d7";
  static final String OP = "daa46d87-045b-4a50-a0d5-c167fc34b632";
  static final String BASE = "/v1/stack-sets/my_stack_set";

  static String op(String id, String status, String action, String created, String updated, String message) {
    return "{\"stack_set_id\":\"" + SET_ID + "\",\"stack_set_name\":\"" + SET + "\",\"operation_id\":\"" + id
        + "\",\"status\":\"" + status + "\",\"action\":\"" + action + "\""
        + (message == null ? "" : ",\"status_message\":\"" + message + "\"")
        + ",\"create_time\":\"" + created + "\",\"update_time\":\"" + updated + "\"}";
  }

  static String opsPage(String nextMarker, String... ops) {
    return "{\"stack_set_operations\":[" + String.join(",", ops) + "],\"page_info\":{"
        + (nextMarker == null ? "\"current_count\":" + ops.length : "\"next_marker\":\"" + nextMarker + "\"") + "}}";
  }

  static String metadata(String status) {
    return "{\"stack_set_operation_id\":\"" + OP + "\",\"stack_set_id\":\"" + SET_ID + "\",\"stack_set_name\":\""
        + SET + "\",\"status\":\"" + status + "\",\"status_message\":\"msg " + status + "\","
        + "\"action\":\"DEPLOY_STACK_SET\",\"create_time\":\"2023-05-15T15:39:25.210Z\","
        + "\"update_time\":\"2023-05-15T16:39:25.210Z\"}";
  }

  /** An instance; its update time is 16:00 for the 10-character regions used here and 16:09 for cn-east-3. */
  static String instance(String domain, String region, String latestOp, String status, String message) {
    return "{\"stack_set_id\":\"" + SET_ID + "\",\"stack_set_name\":\"" + SET + "\",\"status\":\"" + status + "\""
        + (message == null ? "" : ",\"status_message\":\"" + message + "\"")
        + ",\"stack_domain_id\":\"" + domain + "\",\"latest_stack_set_operation_id\":\"" + latestOp
        + "\",\"region\":\"" + region + "\",\"create_time\":\"2023-05-15T15:39:25.210Z\","
        + "\"update_time\":\"2023-05-15T16:0" + region.length() % 10 + ":00Z\"}";
  }

  static String instancesPage(String nextMarker, String... instances) {
    return "{\"stack_instances\":[" + String.join(",", instances) + "],\"page_info\":{"
        + (nextMarker == null ? "\"current_count\":" + instances.length : "\"next_marker\":\"" + nextMarker + "\"")
        + "}}";
  }

  /** Everything but waiting: the fixed-clock mock, which checks every request's signature when closed. */
  @Nested
  class Mapping {
    private RfsMock mock;
    private RfsClient rfs;
    private StackSetOperationView view;

    @BeforeEach
    void setUp() throws Exception {
      mock = new RfsMock();
      rfs = mock.client();
      view = rfs.operations();
    }

    @AfterEach
    void tearDown() {
      rfs.close();
      mock.close();
    }

    @Test
    void theRealClientHasOneViewWithOneWaiter() {
      assertThat(view.provider()).isEqualTo(Provider.RFS);
      assertThat(rfs.operations()).isSameAs(view);
      assertThat(view.waiter()).isSameAs(view.waiter());
    }

    @Test
    void listOperationsWalksTwoPagesNewestFirstAndMapsEveryField() throws Exception {
      mock.enqueue(200, opsPage("m1",
          op("op-3", "OPERATION_IN_PROGRESS", "DEPLOY_STACK_SET", "2023-05-15T17:39:25.210Z",
              "2023-05-15T17:40:00Z", null),
          op("op-2", "OPERATION_FAILED", "CREATE_STACK_INSTANCES", "2023-05-15T16:39:25.210Z",
              "2023-05-15T16:45:00Z", "quota exceeded")));
      mock.enqueue(200, opsPage(null,
          op("op-1", "STOP_COMPLETE", "DELETE_STACK_INSTANCES", "2023-05-15T15:39:25.210Z",
              "2023-05-15T15:50:00Z", null)));

      Paginator<StackSetOperation> ops = view.listOperations(SET);
      assertThat(mock.requestCount()).as("lazy").isZero();
      List<StackSetOperation> all = ops.stream().toList();

      assertThat(all).containsExactly(
          StackSetOperation.builder().provider(Provider.RFS).stackSetName(SET).stackSetId(SET_ID).operationId("op-3")
              .action(OperationAction.DEPLOY).nativeAction("DEPLOY_STACK_SET")
              .status(OperationStatus.RUNNING).nativeStatus("OPERATION_IN_PROGRESS")
              .createdAt(Instant.parse("2023-05-15T17:39:25.210Z")).updatedAt(Instant.parse("2023-05-15T17:40:00Z"))
              .build(),
          StackSetOperation.builder().provider(Provider.RFS).stackSetName(SET).stackSetId(SET_ID).operationId("op-2")
              .action(OperationAction.CREATE).nativeAction("CREATE_STACK_INSTANCES")
              .status(OperationStatus.FAILED).nativeStatus("OPERATION_FAILED").statusReason("quota exceeded")
              .createdAt(Instant.parse("2023-05-15T16:39:25.210Z")).updatedAt(Instant.parse("2023-05-15T16:45:00Z"))
              .endedAt(Instant.parse("2023-05-15T16:45:00Z"))
              .build(),
          StackSetOperation.builder().provider(Provider.RFS).stackSetName(SET).stackSetId(SET_ID).operationId("op-1")
              .action(OperationAction.DELETE).nativeAction("DELETE_STACK_INSTANCES")
              .status(OperationStatus.STOPPED).nativeStatus("STOP_COMPLETE")
              .createdAt(Instant.parse("2023-05-15T15:39:25.210Z")).updatedAt(Instant.parse("2023-05-15T15:50:00Z"))
              .endedAt(Instant.parse("2023-05-15T15:50:00Z"))
              .build());
      assertThat(all).allSatisfy(o -> assertThat(o.targets()).isEqualTo(DeploymentTargets.empty()));
      assertThat(all.get(0).endedAt()).as("not terminal: no end yet").isNull();

      assertThat(RfsMock.decodedTarget(mock.take())).isEqualTo(BASE + "/operations?sort_key=create_time&sort_dir=desc");
      assertThat(RfsMock.decodedTarget(mock.take()))
          .isEqualTo(BASE + "/operations?sort_key=create_time&sort_dir=desc&marker=m1");
      assertThat(mock.requestCount()).isEqualTo(2);
    }

    @Test
    void listOperationsFetchesTheSecondPageOnlyWhenNeeded() throws Exception {
      mock.enqueue(200, opsPage("m1", op("op-2", "OPERATION_COMPLETE", "DEPLOY_STACK_SET",
          "2023-05-15T16:00:00Z", "2023-05-15T16:01:00Z", null)));

      Iterator<StackSetOperation> it = view.listOperations(SET).iterator();
      assertThat(it.next().operationId()).isEqualTo("op-2");

      assertThat(mock.requestCount()).isEqualTo(1);
      mock.take();
    }

    @Test
    void getOperationMapsEveryFieldAndTheDeploymentTargets() throws Exception {
      mock.enqueue(200, """
          {
            "stack_set_operation_id" : "daa46d87-045b-4a50-a0d5-c167fc34b632",
            "stack_set_id" : "10f29827-939f-4a11-8bcc-65b051257860",
            "stack_set_name" : "my_stack_set",
            "status" : "OPERATION_FAILED",
            "status_message" : "2 of 4 instances failed",
            "administration_agency_name" : "test_administration_agency_name",
            "managed_agency_name" : "test_managed_agency_name",
            "action" : "CREATE_STACK_INSTANCES",
            "deployment_targets" : {
              "domain_ids" : [ "dfda721e8ecd46088662f2dc9e97b1c6", "dfda721e8ecd46088662f2dc9e97b1c7" ],
              "regions" : [ "cn-north-4", "cn-east-3" ],
              "organizational_unit_ids" : [ "ou-1234" ]
            },
            "create_time" : "2023-05-15T15:39:25.210Z",
            "update_time" : "2023-05-15T16:39:25.210Z",
            "operation_preferences" : { "region_order" : [ "cn-north-4", "cn-east-3" ] }
          }
          """);

      StackSetOperation op = view.getOperation(SET, OP);

      assertThat(op).isEqualTo(StackSetOperation.builder()
          .provider(Provider.RFS)
          .stackSetName(SET)
          .stackSetId("10f29827-939f-4a11-8bcc-65b051257860")
          .operationId(OP)
          .action(OperationAction.CREATE).nativeAction("CREATE_STACK_INSTANCES")
          .status(OperationStatus.FAILED).nativeStatus("OPERATION_FAILED")
          .statusReason("2 of 4 instances failed")
          .createdAt(Instant.parse("2023-05-15T15:39:25.210Z"))
          .updatedAt(Instant.parse("2023-05-15T16:39:25.210Z"))
          .endedAt(Instant.parse("2023-05-15T16:39:25.210Z"))
          .targets(DeploymentTargets.builder()
              .accounts(List.of("dfda721e8ecd46088662f2dc9e97b1c6", "dfda721e8ecd46088662f2dc9e97b1c7"))
              .regions(List.of("cn-north-4", "cn-east-3"))
              .organizationalUnits(List.of("ou-1234"))
              .build())
          .build());
      assertThat(op.targets().organizationalUnits()).containsExactly("ou-1234");
      RecordedRequest req = mock.take();
      assertThat(req.getMethod()).isEqualTo("GET");
      assertThat(req.getTarget()).isEqualTo(BASE + "/operations/" + OP + "/metadata");
    }

    @Test
    void getOperationReadsTheDocumentedExampleWithASingleRegionString() throws Exception {
      mock.enqueue(200, ShowStackSetOperationMetadataTest.EXAMPLE_RESPONSE);

      StackSetOperation op = view.getOperation("my_hello_world_stack_set", "daa46d87-045b-4a50-a0d5-c167fc34b632");

      assertThat(op.status()).isEqualTo(OperationStatus.SUCCEEDED);
      assertThat(op.targets()).isEqualTo(DeploymentTargets.builder()
          .accounts(List.of("dfda721e8ecd46088662f2dc9e97b1c6", "dfda721e8ecd46088662f2dc9e97b1c7"))
          .addRegion("cn-north-5").build());
      mock.take();
    }

    @Test
    void unknownNativeStatusAndActionAreUnknownWithTheNativeStringsKept() throws Exception {
      mock.enqueue(200, opsPage(null, op("op-9", "ROLLBACK_IN_PROGRESS", "IMPORT_STACK_INSTANCES",
          "2023-05-15T16:00:00Z", "2023-05-15T16:01:00Z", null)));
      mock.enqueue(200, metadata("SOMETHING_NEW"));
      mock.enqueue(200, instancesPage(null, instance("d1", "cn-north-4", OP, "DRIFTED", null)));

      StackSetOperation listed = view.listOperations(SET).iterator().next();
      StackSetOperation got = view.getOperation(SET, OP);
      OperationTargetResult result = view.listTargetResults(SET, OP).iterator().next();

      assertThat(listed.status()).isEqualTo(OperationStatus.UNKNOWN);
      assertThat(listed.nativeStatus()).isEqualTo("ROLLBACK_IN_PROGRESS");
      assertThat(listed.action()).isEqualTo(OperationAction.UNKNOWN);
      assertThat(listed.nativeAction()).isEqualTo("IMPORT_STACK_INSTANCES");
      assertThat(listed.endedAt()).as("UNKNOWN is not terminal").isNull();
      assertThat(got.status()).isEqualTo(OperationStatus.UNKNOWN);
      assertThat(got.nativeStatus()).isEqualTo("SOMETHING_NEW");
      assertThat(result.status()).isEqualTo(TargetStatus.UNKNOWN);
      assertThat(result.nativeStatus()).isEqualTo("DRIFTED");
      mock.take();
      mock.take();
      mock.take();
    }

    @ParameterizedTest
    @CsvSource({
        "QUEUE_IN_PROGRESS, QUEUED", "OPERATION_IN_PROGRESS, RUNNING", "OPERATION_COMPLETE, SUCCEEDED",
        "OPERATION_FAILED, FAILED", "STOP_IN_PROGRESS, STOPPING", "STOP_COMPLETE, STOPPED",
        "STOP_FAILED, STOP_FAILED", "queue_in_progress, UNKNOWN"})
    void everyNativeOperationStatusIsMappedOffTheWire(String nativeStatus, OperationStatus expected)
        throws Exception {
      mock.enqueue(200, metadata(nativeStatus));

      StackSetOperation op = view.getOperation(SET, OP);

      assertThat(op.status()).isEqualTo(expected);
      assertThat(op.nativeStatus()).isEqualTo(nativeStatus);
      assertThat(op.endedAt()).isEqualTo(expected.isTerminal() ? Instant.parse("2023-05-15T16:39:25.210Z") : null);
      mock.take();
    }

    @ParameterizedTest
    @CsvSource({
        "CREATE_STACK_INSTANCES, CREATE", "UPDATE_STACK_INSTANCES, UPDATE", "DELETE_STACK_INSTANCES, DELETE",
        "DEPLOY_STACK_SET, DEPLOY", "DEPLOY_STACK_INSTANCES, DEPLOY", "CREATE, UNKNOWN"})
    void everyNativeActionIsMappedOffTheWire(String nativeAction, OperationAction expected) throws Exception {
      mock.enqueue(200, opsPage(null, op("op-1", "OPERATION_COMPLETE", nativeAction, "2023-05-15T16:00:00Z",
          "2023-05-15T16:01:00Z", null)));

      StackSetOperation op = view.listOperations(SET).iterator().next();

      assertThat(op.action()).isEqualTo(expected);
      assertThat(op.nativeAction()).isEqualTo(nativeAction);
      mock.take();
    }

    @Test
    void listTargetResultsKeepsOnlyTheInstancesWhoseLatestOperationIsThisOneAcrossPages() throws Exception {
      mock.enqueue(200, instancesPage("m1",
          instance("d1", "cn-north-4", OP, "OPERATION_COMPLETE", null),
          instance("d2", "cn-north-4", "other-op", "OPERATION_FAILED", "other failure"),
          instance("d1", "cn-east-3", OP, "OPERATION_FAILED", "CREATE_FAILED: quota exceeded")));
      mock.enqueue(200, instancesPage("m2",
          instance("d3", "cn-north-4", "other-op", "OPERATION_COMPLETE", null)));
      mock.enqueue(200, instancesPage(null,
          instance("d2", "cn-south-1", OP, "WAIT_IN_PROGRESS", null),
          instance("d3", "cn-east-3", "older-op", "CANCEL_COMPLETE", null)));

      Paginator<OperationTargetResult> results = view.listTargetResults(SET, OP);
      assertThat(mock.requestCount()).as("lazy").isZero();

      assertThat(results.stream().toList()).containsExactly(
          OperationTargetResult.builder().provider(Provider.RFS).account("d1").region("cn-north-4")
              .status(TargetStatus.SUCCEEDED).nativeStatus("OPERATION_COMPLETE")
              .updatedAt(Instant.parse("2023-05-15T16:00:00Z")).build(),
          OperationTargetResult.builder().provider(Provider.RFS).account("d1").region("cn-east-3")
              .status(TargetStatus.FAILED).nativeStatus("OPERATION_FAILED")
              .reason("CREATE_FAILED: quota exceeded").updatedAt(Instant.parse("2023-05-15T16:09:00Z")).build(),
          OperationTargetResult.builder().provider(Provider.RFS).account("d2").region("cn-south-1")
              .status(TargetStatus.PENDING).nativeStatus("WAIT_IN_PROGRESS")
              .updatedAt(Instant.parse("2023-05-15T16:00:00Z")).build());
      assertThat(RfsMock.decodedTarget(mock.take())).isEqualTo(BASE + "/stack-instances");
      assertThat(RfsMock.decodedTarget(mock.take())).isEqualTo(BASE + "/stack-instances?marker=m1");
      assertThat(RfsMock.decodedTarget(mock.take())).isEqualTo(BASE + "/stack-instances?marker=m2");
      assertThat(mock.requestCount()).as("an instance named the operation: no existence check").isEqualTo(3);
    }

    @Test
    void listTargetResultsOfAnUnknownOperationIsOperationNotFoundNotAnEmptyList() throws Exception {
      mock.enqueue(200, instancesPage("m1", instance("d1", "cn-north-4", "other-op", "OPERATION_COMPLETE", null)));
      mock.enqueue(200, instancesPage(null, instance("d2", "cn-north-4", "older-op", "OPERATION_FAILED", "x")));
      mock.enqueue(404,
          "{\"error_code\":\"RF.10011404\",\"error_msg\":\"The stack set operation does not exist\"}");

      Iterator<OperationTargetResult> it = view.listTargetResults(SET, OP).iterator();
      OperationNotFoundException e = catchThrowableOfType(OperationNotFoundException.class, it::hasNext);

      assertThat(e.statusCode()).isEqualTo(404);
      assertThat(e.errorCode()).isEqualTo("RF.10011404");
      assertThat(RfsMock.decodedTarget(mock.take())).isEqualTo(BASE + "/stack-instances");
      assertThat(RfsMock.decodedTarget(mock.take())).isEqualTo(BASE + "/stack-instances?marker=m1");
      assertThat(RfsMock.decodedTarget(mock.take())).isEqualTo(BASE + "/operations/" + OP + "/metadata");
      assertThat(mock.requestCount()).isEqualTo(3);
    }

    @Test
    void listTargetResultsOfAnOperationNoInstanceNamesAnyMoreIsEmptyAfterOneCheck() throws Exception {
      mock.enqueue(200, instancesPage(null, instance("d1", "cn-north-4", "later-op", "OPERATION_COMPLETE", null)));
      mock.enqueue(200, metadata("OPERATION_COMPLETE"));

      assertThat(view.listTargetResults(SET, OP).stream().toList()).isEmpty();

      assertThat(RfsMock.decodedTarget(mock.take())).isEqualTo(BASE + "/stack-instances");
      assertThat(RfsMock.decodedTarget(mock.take())).isEqualTo(BASE + "/operations/" + OP + "/metadata");
      assertThat(mock.requestCount()).isEqualTo(2);
    }

    @ParameterizedTest
    @CsvSource({
        "WAIT_IN_PROGRESS, PENDING", "OPERATION_IN_PROGRESS, RUNNING", "OPERATION_COMPLETE, SUCCEEDED",
        "OPERATION_FAILED, FAILED", "INOPERABLE, FAILED", "CANCEL_COMPLETE, CANCELLED", "NEW_STATE, UNKNOWN"})
    void everyNativeInstanceStatusIsMappedOffTheWire(String nativeStatus, TargetStatus expected) throws Exception {
      mock.enqueue(200, instancesPage(null, instance("d1", "cn-north-4", OP, nativeStatus, "why")));

      OperationTargetResult r = view.listTargetResults(SET, OP).iterator().next();

      assertThat(r.status()).isEqualTo(expected);
      assertThat(r.nativeStatus()).isEqualTo(nativeStatus);
      assertThat(r.reason()).isEqualTo("why");
      mock.take();
    }

    @Test
    void badNamesAndIdsAreRejectedNamingTheParameterAndNothingIsSent() {
      assertThatThrownBy(() -> view.listOperations(null)).isInstanceOf(IllegalArgumentException.class)
          .hasMessageContaining("stackSetName");
      assertThatThrownBy(() -> view.listOperations("1_starts_with_a_digit"))
          .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("stackSetName");
      assertThatThrownBy(() -> view.listOperations("")).isInstanceOf(IllegalArgumentException.class)
          .hasMessageContaining("stackSetName");
      assertThatThrownBy(() -> view.getOperation("has space", OP)).isInstanceOf(IllegalArgumentException.class)
          .hasMessageContaining("stackSetName");
      assertThatThrownBy(() -> view.getOperation(SET, null)).isInstanceOf(IllegalArgumentException.class)
          .hasMessageContaining("operationId");
      assertThatThrownBy(() -> view.getOperation(SET, " ")).isInstanceOf(IllegalArgumentException.class)
          .hasMessageContaining("operationId");
      assertThatThrownBy(() -> view.listTargetResults(null, OP)).isInstanceOf(IllegalArgumentException.class)
          .hasMessageContaining("stackSetName");
      assertThatThrownBy(() -> view.listTargetResults(SET, "")).isInstanceOf(IllegalArgumentException.class)
          .hasMessageContaining("operationId");
      assertThatThrownBy(() -> view.waitUntilComplete(SET, null, Duration.ofMinutes(1)))
          .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("operationId");
      assertThat(mock.requestCount()).isZero();
    }

    @Test
    void mergesTwoRfsListingsNewestFirst() throws Exception {
      try (RfsMock other = new RfsMock(); RfsClient rfs2 = other.client()) {
        mock.enqueue(200, opsPage("m1",
            op("a-3", "OPERATION_COMPLETE", "DEPLOY_STACK_SET", "2023-05-15T17:00:00Z", "2023-05-15T17:01:00Z", null)));
        mock.enqueue(200, opsPage(null,
            op("a-1", "OPERATION_COMPLETE", "DEPLOY_STACK_SET", "2023-05-15T15:00:00Z", "2023-05-15T15:01:00Z", null)));
        other.enqueue(200, opsPage(null,
            op("b-2", "OPERATION_FAILED", "DEPLOY_STACK_SET", "2023-05-15T16:00:00Z", "2023-05-15T16:01:00Z", null),
            op("b-0", "OPERATION_FAILED", "DEPLOY_STACK_SET", "2023-05-15T14:00:00Z", "2023-05-15T14:01:00Z", null)));

        List<String> ids = StackSetOperationView.merge(view.listOperations(SET), rfs2.operations().listOperations(SET))
            .stream().map(StackSetOperation::operationId).toList();

        assertThat(ids).containsExactly("a-3", "b-2", "a-1", "b-0");
        mock.take();
        mock.take();
        other.take();
      }
    }
  }

  /** A test double that implements only the single-page call still gets a working view. */
  @Test
  void aTestDoubleGetsAViewOverItsOwnMethods() {
    RfsClient fake = new RfsClient() {
      @Override
      public ListStackSetOperationsResponse listStackSetOperations(ListStackSetOperationsRequest request) {
        assertThat(request.stackSetName()).isEqualTo(SET);
        return ListStackSetOperationsResponse.builder().addStackSetOperation(
            dev.stacksets.rfs.model.StackSetOperation.builder().operationId("op-1").status("OPERATION_COMPLETE")
                .build()).build();
      }
    };

    List<StackSetOperation> ops = fake.operations().listOperations(SET).stream().toList();

    assertThat(ops).extracting(StackSetOperation::operationId, StackSetOperation::status, StackSetOperation::stackSetName)
        .containsExactly(org.assertj.core.groups.Tuple.tuple("op-1", OperationStatus.SUCCEEDED, SET));
  }

  /** The waiter through the real client on a {@link MutableClock}: no real time passes. */
  @Nested
  class Waiting {
    private final MutableClock clock = new MutableClock(Instant.parse("2023-05-15T18:00:00Z"));
    private final MockWebServer server = new MockWebServer();
    private RfsClient rfs;

    @BeforeEach
    void setUp() throws Exception {
      server.start();
      rfs = RfsClient.builder()
          .endpoint(server.url("/").uri())
          .credentialsProvider(CredentialsProvider.of(RfsMock.CREDENTIALS))
          .clock(clock)
          .sleeper(clock.sleeper())
          .retryPolicy(RfsMock.FAST_RETRIES)
          .build();
    }

    @AfterEach
    void tearDown() {
      rfs.close();
      server.close();
    }

    private void enqueue(int code, String body) {
      server.enqueue(new MockResponse.Builder().code(code).body(body).addHeader("Content-Type", "application/json")
          .build());
    }

    private void assertEveryRequestWasTheMetadataCall(int count) throws InterruptedException {
      assertThat(server.getRequestCount()).isEqualTo(count);
      for (int i = 0; i < count; i++) {
        RecordedRequest r = server.takeRequest(5, TimeUnit.SECONDS);
        assertThat(r.getTarget()).isEqualTo(BASE + "/operations/" + OP + "/metadata");
      }
    }

    @Test
    void queuedThenRunningThenSucceeded() throws Exception {
      enqueue(200, metadata("QUEUE_IN_PROGRESS"));
      enqueue(200, metadata("OPERATION_IN_PROGRESS"));
      enqueue(200, metadata("OPERATION_COMPLETE"));

      StackSetOperation done = rfs.operations().waitUntilComplete(SET, OP, Duration.ofMinutes(10));

      assertThat(done.status()).isEqualTo(OperationStatus.SUCCEEDED);
      assertThat(done.nativeStatus()).isEqualTo("OPERATION_COMPLETE");
      assertThat(done.statusReason()).isEqualTo("msg OPERATION_COMPLETE");
      assertThat(clock.sleeps()).hasSize(2);
      assertThat(clock.sleeps().get(0)).isBetween(Duration.ofMillis(500), Duration.ofSeconds(1));
      assertThat(clock.sleeps().get(1)).isBetween(Duration.ofSeconds(1), Duration.ofSeconds(2));
      assertEveryRequestWasTheMetadataCall(3);
    }

    @Test
    void runningThenFailedEndsWithTheFailedOperation() throws Exception {
      enqueue(200, metadata("QUEUE_IN_PROGRESS"));
      enqueue(200, metadata("OPERATION_IN_PROGRESS"));
      enqueue(200, metadata("OPERATION_FAILED"));

      StackSetOperation done = rfs.operations().waitUntilComplete(SET, OP, Duration.ofMinutes(10));

      assertThat(done.status()).isEqualTo(OperationStatus.FAILED);
      assertThat(done.statusReason()).isEqualTo("msg OPERATION_FAILED");
      assertEveryRequestWasTheMetadataCall(3);
    }

    @Test
    void stopFailedIsTerminal() throws Exception {
      enqueue(200, metadata("STOP_IN_PROGRESS"));
      enqueue(200, metadata("STOP_FAILED"));

      assertThat(rfs.operations().waitUntilComplete(SET, OP, Duration.ofMinutes(10)).status())
          .isEqualTo(OperationStatus.STOP_FAILED);
      assertEveryRequestWasTheMetadataCall(2);
    }

    @Test
    void aNotFoundEndsTheWaitAtOnce() throws Exception {
      enqueue(200, metadata("OPERATION_IN_PROGRESS"));
      enqueue(404, "{\"error_code\":\"RF.10011404\",\"error_msg\":\"The stack set operation does not exist\"}");
      enqueue(200, metadata("OPERATION_COMPLETE"));

      OperationNotFoundException e = catchThrowableOfType(OperationNotFoundException.class,
          () -> rfs.operations().waitUntilComplete(SET, OP, Duration.ofMinutes(10)));

      assertThat(e.statusCode()).isEqualTo(404);
      assertThat(e.errorCode()).isEqualTo("RF.10011404");
      assertThat(clock.sleeps()).hasSize(1);
      assertEveryRequestWasTheMetadataCall(2);
    }

    @Test
    void aTransientErrorIsRetriedByTheClientsPolicyAndTheWaitGoesOn() throws Exception {
      enqueue(200, metadata("OPERATION_IN_PROGRESS"));
      enqueue(503, "{\"error_code\":\"RF.500\",\"error_msg\":\"busy\"}");
      enqueue(200, metadata("OPERATION_COMPLETE"));

      assertThat(rfs.operations().waitUntilComplete(SET, OP, Duration.ofMinutes(10)).status())
          .isEqualTo(OperationStatus.SUCCEEDED);
      assertEveryRequestWasTheMetadataCall(3);
    }

    @Test
    void timeoutCarriesTheLastOperationSeen() throws Exception {
      for (int i = 0; i < 40; i++) {
        enqueue(200, metadata("OPERATION_IN_PROGRESS"));
      }
      Instant start = clock.instant();

      WaiterTimeoutException e = catchThrowableOfType(WaiterTimeoutException.class,
          () -> rfs.operations().waitUntilComplete(SET, OP, Duration.ofSeconds(20)));

      assertThat(e.lastSeen().orElseThrow().operationId()).isEqualTo(OP);
      assertThat(e.lastSeen().orElseThrow().status()).isEqualTo(OperationStatus.RUNNING);
      assertThat(e.lastSeen().orElseThrow().nativeStatus()).isEqualTo("OPERATION_IN_PROGRESS");
      assertThat(e.timeout()).isEqualTo(Duration.ofSeconds(20));
      assertThat(e.polls()).isEqualTo(server.getRequestCount()).isGreaterThan(1);
      assertThat(clock.instant()).isEqualTo(start.plusSeconds(20));
      assertEveryRequestWasTheMetadataCall(e.polls());
    }

    @Test
    void theAsyncFormCompletesWithTheFinalState() throws Exception {
      enqueue(200, metadata("OPERATION_IN_PROGRESS"));
      enqueue(200, metadata("OPERATION_COMPLETE"));

      StackSetOperation done = rfs.operations().waitUntilCompleteAsync(SET, OP, Duration.ofMinutes(10))
          .get(10, TimeUnit.SECONDS);

      assertThat(done.status()).isEqualTo(OperationStatus.SUCCEEDED);
      assertEveryRequestWasTheMetadataCall(2);
    }
  }
}
