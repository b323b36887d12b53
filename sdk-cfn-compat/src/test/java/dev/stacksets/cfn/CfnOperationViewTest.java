package dev.stacksets.cfn;

import static dev.stacksets.cfn.TestSupport.XML_NS;
import static dev.stacksets.cfn.TestSupport.assertSigned;
import static dev.stacksets.cfn.TestSupport.body;
import static dev.stacksets.cfn.TestSupport.queryError;
import static dev.stacksets.cfn.TestSupport.queryReply;
import static dev.stacksets.cfn.TestSupport.xml;
import static dev.stacksets.cfn.TestSupport.xmlError;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.stacksets.cfn.model.ListStackSetOperationsRequest;
import dev.stacksets.cfn.model.ListStackSetOperationsResponse;
import dev.stacksets.cfn.model.StackSetOperationSummary;
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
import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.Iterator;
import java.util.List;
import java.util.concurrent.TimeUnit;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import mockwebserver3.junit5.StartStop;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * {@code CloudFormationClient.operations()}: the neutral view over ListStackSetOperations, DescribeStackSetOperation
 * and ListStackSetOperationResults, and its waiter, end to end through the real client.
 */
class CfnOperationViewTest {
  static final String SET = "my-set";
  static final String OP = "61806005-bde9-46f1-949d-6791e5exampl";
  static final String LIST = "Action=ListStackSetOperations&Version=2010-05-15&StackSetName=my-set";
  static final String DESCRIBE = "Action=DescribeStackSetOperation&Version=2010-05-15&StackSetName=my-set"
      + "&OperationId=" + OP;
  static final String RESULTS = "Action=ListStackSetOperationResults&Version=2010-05-15&StackSetName=my-set"
      + "&OperationId=" + OP;

  static String summary(String id, String action, String status, String created, String ended, String reason) {
    return "<member><OperationId>" + id + "</OperationId><Action>" + action + "</Action><Status>" + status
        + "</Status><CreationTimestamp>" + created + "</CreationTimestamp>"
        + (ended == null ? "" : "<EndTimestamp>" + ended + "</EndTimestamp>")
        + (reason == null ? "" : "<StatusReason>" + reason + "</StatusReason>") + "</member>";
  }

  static String listReply(String nextToken, String... members) {
    return queryReply("ListStackSetOperations", XML_NS, "<Summaries>" + String.join("", members) + "</Summaries>"
        + (nextToken == null ? "" : "<NextToken>" + nextToken + "</NextToken>"));
  }

  static String describeReply(String status) {
    return queryReply("DescribeStackSetOperation", XML_NS, "<StackSetOperation><OperationId>" + OP
        + "</OperationId><StackSetId>my-set:7be49155-cb25-4c02-b287-352006ed6c6f</StackSetId><Action>UPDATE"
        + "</Action><Status>" + status + "</Status><StatusReason>reason " + status + "</StatusReason>"
        + "<CreationTimestamp>2017-06-13T18:51:06.468Z</CreationTimestamp></StackSetOperation>");
  }

  static String result(String account, String region, String ou, String status, String reason) {
    return "<member><Account>" + account + "</Account><Region>" + region + "</Region><Status>" + status
        + "</Status>" + (reason == null ? "" : "<StatusReason>" + reason + "</StatusReason>")
        + (ou == null ? "" : "<OrganizationalUnitId>" + ou + "</OrganizationalUnitId>")
        + "<AccountGateResult><Status>SKIPPED</Status></AccountGateResult></member>";
  }

  static String resultsReply(String nextToken, String... members) {
    return queryReply("ListStackSetOperationResults", XML_NS, "<Summaries>" + String.join("", members)
        + "</Summaries>" + (nextToken == null ? "" : "<NextToken>" + nextToken + "</NextToken>"));
  }

  /** Everything but waiting, on the fixed-clock client; every request's signature is checked. */
  @Nested
  class Mapping {
    @StartStop
    final MockWebServer server = new MockWebServer();
    private CloudFormationClient cfn;
    private StackSetOperationView view;

    @BeforeEach
    void setUp() {
      cfn = TestSupport.cfn(server, 3);
      view = cfn.operations();
    }

    @AfterEach
    void tearDown() {
      cfn.close();
    }

    private String take() throws InterruptedException {
      RecordedRequest r = server.takeRequest(5, TimeUnit.SECONDS);
      assertThat(r).isNotNull();
      assertThat(r.getMethod()).isEqualTo("POST");
      assertThat(r.getTarget()).isEqualTo("/");
      assertSigned(r, "cloudformation", "us-east-1", "content-type;host;x-amz-date");
      return body(r);
    }

    @Test
    void theRealClientHasOneViewWithOneWaiter() {
      assertThat(view.provider()).isEqualTo(Provider.CLOUDFORMATION);
      assertThat(cfn.operations()).isSameAs(view);
      assertThat(view.waiter()).isSameAs(view.waiter());
    }

    @Test
    void listOperationsWalksTwoPagesInServiceOrderAndMapsEveryField() throws Exception {
      server.enqueue(xml(listReply("t1",
          summary("op-3", "UPDATE", "RUNNING", "2019-10-03T16:28:44.377Z", null, null),
          summary("op-2", "DELETE", "FAILED", "2019-10-03T15:43:53.916Z", "2019-10-03T15:45:58.925Z",
              "The failure tolerance was exceeded"))));
      server.enqueue(xml(listReply(null,
          "<member><OperationId>op-1</OperationId><Action>CREATE</Action><Status>SUCCEEDED</Status>"
              + "<CreationTimestamp>2019-10-03T14:00:00Z</CreationTimestamp>"
              + "<EndTimestamp>2019-10-03T14:05:00Z</EndTimestamp>"
              + "<OperationPreferences><RegionOrder><member>us-east-1</member><member>eu-west-1</member>"
              + "</RegionOrder></OperationPreferences></member>")));

      Paginator<StackSetOperation> ops = view.listOperations(SET);
      assertThat(server.getRequestCount()).as("lazy").isZero();

      assertThat(ops.stream().toList()).containsExactly(
          StackSetOperation.builder().provider(Provider.CLOUDFORMATION).stackSetName(SET).operationId("op-3")
              .action(OperationAction.UPDATE).nativeAction("UPDATE")
              .status(OperationStatus.RUNNING).nativeStatus("RUNNING")
              .createdAt(Instant.parse("2019-10-03T16:28:44.377Z")).build(),
          StackSetOperation.builder().provider(Provider.CLOUDFORMATION).stackSetName(SET).operationId("op-2")
              .action(OperationAction.DELETE).nativeAction("DELETE")
              .status(OperationStatus.FAILED).nativeStatus("FAILED")
              .statusReason("The failure tolerance was exceeded")
              .createdAt(Instant.parse("2019-10-03T15:43:53.916Z"))
              .endedAt(Instant.parse("2019-10-03T15:45:58.925Z")).build(),
          StackSetOperation.builder().provider(Provider.CLOUDFORMATION).stackSetName(SET).operationId("op-1")
              .action(OperationAction.CREATE).nativeAction("CREATE")
              .status(OperationStatus.SUCCEEDED).nativeStatus("SUCCEEDED")
              .createdAt(Instant.parse("2019-10-03T14:00:00Z")).endedAt(Instant.parse("2019-10-03T14:05:00Z"))
              .targets(DeploymentTargets.builder().addRegion("us-east-1").addRegion("eu-west-1").build())
              .build());
      assertThat(take()).isEqualTo(LIST);
      assertThat(take()).isEqualTo(LIST + "&NextToken=t1");
      assertThat(server.getRequestCount()).isEqualTo(2);
    }

    @Test
    void listOperationsFetchesTheSecondPageOnlyWhenNeeded() throws Exception {
      server.enqueue(xml(listReply("t1", summary("op-2", "UPDATE", "SUCCEEDED", "2019-10-03T16:00:00Z",
          "2019-10-03T16:01:00Z", null))));

      Iterator<StackSetOperation> it = view.listOperations(SET).iterator();
      assertThat(it.next().operationId()).isEqualTo("op-2");

      assertThat(server.getRequestCount()).isEqualTo(1);
      take();
    }

    @Test
    void getOperationMapsEveryFieldAndTheDeploymentTargets() throws Exception {
      server.enqueue(xml(queryReply("DescribeStackSetOperation", XML_NS, ""
          + "<StackSetOperation>"
          + "<OperationId>" + OP + "</OperationId><StackSetId>my-set:11111111-2222-3333-4444-555555555555"
          + "</StackSetId><Action>DETECT_DRIFT</Action><Status>FAILED</Status>"
          + "<OperationPreferences><RegionConcurrencyType>PARALLEL</RegionConcurrencyType>"
          + "<RegionOrder><member>us-east-1</member><member>eu-west-1</member></RegionOrder>"
          + "<FailureToleranceCount>1</FailureToleranceCount></OperationPreferences>"
          + "<RetainStacks>true</RetainStacks>"
          + "<AdministrationRoleARN>arn:aws:iam::123456789012:role/Admin</AdministrationRoleARN>"
          + "<ExecutionRoleName>Exec</ExecutionRoleName>"
          + "<CreationTimestamp>2019-10-03T16:28:44.377Z</CreationTimestamp>"
          + "<EndTimestamp>2019-10-03T16:30:00Z</EndTimestamp>"
          + "<DeploymentTargets><Accounts><member>111111111111</member><member>222222222222</member></Accounts>"
          + "<OrganizationalUnitIds><member>ou-ab12-cdef3456</member><member>r-ab12</member>"
          + "</OrganizationalUnitIds><AccountFilterType>INTERSECTION</AccountFilterType></DeploymentTargets>"
          + "<StatusReason>The failure tolerance was exceeded</StatusReason>"
          + "<StatusDetails><FailedStackInstancesCount>2</FailedStackInstancesCount></StatusDetails>"
          + "</StackSetOperation>")));

      StackSetOperation op = view.getOperation(SET, OP);

      assertThat(op).isEqualTo(StackSetOperation.builder()
          .provider(Provider.CLOUDFORMATION)
          .stackSetName(SET)
          .stackSetId("my-set:11111111-2222-3333-4444-555555555555")
          .operationId(OP)
          .action(OperationAction.DETECT_DRIFT).nativeAction("DETECT_DRIFT")
          .status(OperationStatus.FAILED).nativeStatus("FAILED")
          .statusReason("The failure tolerance was exceeded")
          .createdAt(Instant.parse("2019-10-03T16:28:44.377Z"))
          .endedAt(Instant.parse("2019-10-03T16:30:00Z"))
          .targets(DeploymentTargets.builder()
              .accounts(List.of("111111111111", "222222222222"))
              .regions(List.of("us-east-1", "eu-west-1"))
              .organizationalUnits(List.of("ou-ab12-cdef3456", "r-ab12"))
              .build())
          .build());
      assertThat(op.updatedAt()).isNull();
      assertThat(take()).isEqualTo(DESCRIBE);
    }

    @Test
    void getOperationOfTheReferenceExampleHasNoTargets() throws Exception {
      server.enqueue(xml(queryReply("DescribeStackSetOperation", XML_NS, "<StackSetOperation><OperationId>" + OP
          + "</OperationId><Action>UPDATE</Action><OperationPreferences><RegionOrder/></OperationPreferences>"
          + "<Status>SUCCEEDED</Status></StackSetOperation>")));

      assertThat(view.getOperation(SET, OP).targets()).isEqualTo(DeploymentTargets.empty());
      take();
    }

    @ParameterizedTest
    @CsvSource({
        "QUEUED, QUEUED", "RUNNING, RUNNING", "SUCCEEDED, SUCCEEDED", "FAILED, FAILED", "STOPPING, STOPPING",
        "STOPPED, STOPPED", "OPERATION_COMPLETE, UNKNOWN", "PAUSED, UNKNOWN"})
    void everyNativeOperationStatusIsMappedOffTheWire(String nativeStatus, OperationStatus expected)
        throws Exception {
      server.enqueue(xml(describeReply(nativeStatus)));

      StackSetOperation op = view.getOperation(SET, OP);

      assertThat(op.status()).isEqualTo(expected);
      assertThat(op.nativeStatus()).isEqualTo(nativeStatus);
      take();
    }

    @ParameterizedTest
    @CsvSource({
        "CREATE, CREATE", "UPDATE, UPDATE", "DELETE, DELETE", "DETECT_DRIFT, DETECT_DRIFT", "IMPORT, UNKNOWN"})
    void everyNativeActionIsMappedOffTheWire(String nativeAction, OperationAction expected) throws Exception {
      server.enqueue(xml(listReply(null, summary("op-1", nativeAction, "SUCCEEDED", "2019-10-03T16:00:00Z",
          null, null))));

      StackSetOperation op = view.listOperations(SET).iterator().next();

      assertThat(op.action()).isEqualTo(expected);
      assertThat(op.nativeAction()).isEqualTo(nativeAction);
      take();
    }

    @Test
    void unknownNativeStatusAndActionAreUnknownWithTheNativeStringsKept() throws Exception {
      server.enqueue(xml(listReply(null, summary("op-1", "IMPORT", "PAUSED", "2019-10-03T16:00:00Z", null,
          null))));
      server.enqueue(xml(resultsReply(null, result("111111111111", "us-east-1", null, "SKIPPED", null))));

      StackSetOperation op = view.listOperations(SET).iterator().next();
      OperationTargetResult r = view.listTargetResults(SET, OP).iterator().next();

      assertThat(op.action()).isEqualTo(OperationAction.UNKNOWN);
      assertThat(op.nativeAction()).isEqualTo("IMPORT");
      assertThat(op.status()).isEqualTo(OperationStatus.UNKNOWN);
      assertThat(op.nativeStatus()).isEqualTo("PAUSED");
      assertThat(r.status()).isEqualTo(TargetStatus.UNKNOWN);
      assertThat(r.nativeStatus()).isEqualTo("SKIPPED");
      take();
      take();
    }

    @Test
    void listTargetResultsWalksTwoPagesAndMapsEveryField() throws Exception {
      server.enqueue(xml(resultsReply("r1",
          result("111111111111", "us-east-1", "ou-ab12-cdef3456", "SUCCEEDED", null),
          result("111111111111", "eu-west-1", "ou-ab12-cdef3456", "FAILED", "Account 111111111111 should have "
              + "'AWSCloudFormationStackSetExecutionRole' role"))));
      server.enqueue(xml(resultsReply(null, result("222222222222", "us-east-1", null, "CANCELLED", null))));

      Paginator<OperationTargetResult> results = view.listTargetResults(SET, OP);
      assertThat(server.getRequestCount()).as("lazy").isZero();

      assertThat(results.stream().toList()).containsExactly(
          OperationTargetResult.builder().provider(Provider.CLOUDFORMATION).account("111111111111")
              .region("us-east-1").organizationalUnit("ou-ab12-cdef3456").status(TargetStatus.SUCCEEDED)
              .nativeStatus("SUCCEEDED").build(),
          OperationTargetResult.builder().provider(Provider.CLOUDFORMATION).account("111111111111")
              .region("eu-west-1").organizationalUnit("ou-ab12-cdef3456").status(TargetStatus.FAILED)
              .nativeStatus("FAILED")
              .reason("Account 111111111111 should have 'AWSCloudFormationStackSetExecutionRole' role").build(),
          OperationTargetResult.builder().provider(Provider.CLOUDFORMATION).account("222222222222")
              .region("us-east-1").status(TargetStatus.CANCELLED).nativeStatus("CANCELLED").build());
      assertThat(take()).isEqualTo(RESULTS);
      assertThat(take()).isEqualTo(RESULTS + "&NextToken=r1");
    }

    @Test
    void listTargetResultsOfAnUnknownOperationIsOperationNotFoundNotAnEmptyList() throws Exception {
      server.enqueue(xmlError(404, queryError("OperationNotFoundException", "Operation " + OP + " not found")));

      OperationNotFoundException e = catchThrowableOfType(OperationNotFoundException.class,
          () -> view.listTargetResults(SET, OP).iterator().hasNext());

      assertThat(e.statusCode()).isEqualTo(404);
      assertThat(e.errorCode()).isEqualTo("OperationNotFoundException");
      assertThat(take()).isEqualTo(RESULTS);
      assertThat(server.getRequestCount()).isEqualTo(1);
    }

    @ParameterizedTest
    @CsvSource({
        "PENDING, PENDING", "RUNNING, RUNNING", "SUCCEEDED, SUCCEEDED", "FAILED, FAILED", "CANCELLED, CANCELLED",
        "SKIPPED, UNKNOWN"})
    void everyNativeResultStatusIsMappedOffTheWire(String nativeStatus, TargetStatus expected) throws Exception {
      server.enqueue(xml(resultsReply(null, result("111111111111", "us-east-1", null, nativeStatus, "why"))));

      OperationTargetResult r = view.listTargetResults(SET, OP).iterator().next();

      assertThat(r.status()).isEqualTo(expected);
      assertThat(r.nativeStatus()).isEqualTo(nativeStatus);
      assertThat(r.reason()).isEqualTo("why");
      take();
    }

    @Test
    void badNamesAndIdsAreRejectedNamingTheParameterAndNothingIsSent() {
      assertThatThrownBy(() -> view.listOperations(null)).isInstanceOf(IllegalArgumentException.class)
          .hasMessageStartingWith("stackSetName");
      assertThatThrownBy(() -> view.listOperations("9-starts-with-a-digit"))
          .isInstanceOf(IllegalArgumentException.class).hasMessageStartingWith("stackSetName");
      assertThatThrownBy(() -> view.getOperation("", OP)).isInstanceOf(IllegalArgumentException.class)
          .hasMessageStartingWith("stackSetName");
      assertThatThrownBy(() -> view.getOperation(SET, null)).isInstanceOf(IllegalArgumentException.class)
          .hasMessageStartingWith("operationId");
      assertThatThrownBy(() -> view.getOperation(SET, "has space")).isInstanceOf(IllegalArgumentException.class)
          .hasMessageStartingWith("operationId");
      assertThatThrownBy(() -> view.listTargetResults(null, OP)).isInstanceOf(IllegalArgumentException.class)
          .hasMessageStartingWith("stackSetName");
      assertThatThrownBy(() -> view.listTargetResults(SET, "")).isInstanceOf(IllegalArgumentException.class)
          .hasMessageStartingWith("operationId");
      assertThat(server.getRequestCount()).isZero();
    }

    @Test
    void mergesTwoCloudFormationListingsNewestFirst() throws Exception {
      try (MockWebServer other = new MockWebServer()) {
        other.start();
        try (CloudFormationClient cfn2 = TestSupport.cfn(other)) {
          server.enqueue(xml(listReply("t1", summary("a-3", "UPDATE", "SUCCEEDED", "2019-10-03T17:00:00Z", null,
              null))));
          server.enqueue(xml(listReply(null, summary("a-1", "UPDATE", "SUCCEEDED", "2019-10-03T15:00:00Z", null,
              null))));
          other.enqueue(xml(listReply(null,
              summary("b-2", "CREATE", "FAILED", "2019-10-03T16:00:00Z", null, null),
              summary("b-0", "CREATE", "FAILED", "2019-10-03T14:00:00Z", null, null))));

          List<String> ids = StackSetOperationView.merge(view.listOperations(SET),
              cfn2.operations().listOperations("other-set")).stream().map(StackSetOperation::operationId).toList();

          assertThat(ids).containsExactly("a-3", "b-2", "a-1", "b-0");
          take();
          take();
        }
      }
    }
  }

  /** A test double that implements only the single-page call still gets a working view. */
  @Test
  void aTestDoubleGetsAViewOverItsOwnMethods() {
    CloudFormationClient fake = new FakeListingClient();

    List<StackSetOperation> ops = fake.operations().listOperations(SET).stream().toList();

    assertThat(ops).hasSize(1);
    assertThat(ops.get(0).operationId()).isEqualTo("op-1");
    assertThat(ops.get(0).status()).isEqualTo(OperationStatus.SUCCEEDED);
    assertThat(ops.get(0).stackSetName()).isEqualTo(SET);
  }

  /** The waiter through the real client on a {@link MutableClock}: no real time passes. */
  @Nested
  class Waiting {
    @StartStop
    final MockWebServer server = new MockWebServer();
    private final MutableClock clock = new MutableClock(Instant.parse("2015-08-30T12:36:00Z"));
    private CloudFormationClient cfn;

    @BeforeEach
    void setUp() {
      cfn = CloudFormationClient.builder()
          .environment(name -> null)
          .region("us-east-1")
          .endpoint(URI.create(server.url("/").toString()))
          .credentialsProvider(CredentialsProvider.of(TestSupport.CREDENTIALS))
          .clock(clock)
          .sleeper(clock.sleeper())
          .retryPolicy(TestSupport.fastRetries(3))
          .build();
    }

    @AfterEach
    void tearDown() {
      cfn.close();
    }

    private void assertEveryRequestWasDescribe(int count) throws InterruptedException {
      assertThat(server.getRequestCount()).isEqualTo(count);
      for (int i = 0; i < count; i++) {
        assertThat(body(server.takeRequest(5, TimeUnit.SECONDS))).isEqualTo(DESCRIBE);
      }
    }

    @Test
    void queuedThenRunningThenSucceeded() throws Exception {
      server.enqueue(xml(describeReply("QUEUED")));
      server.enqueue(xml(describeReply("RUNNING")));
      server.enqueue(xml(describeReply("SUCCEEDED")));

      StackSetOperation done = cfn.operations().waitUntilComplete(SET, OP, Duration.ofMinutes(10));

      assertThat(done.status()).isEqualTo(OperationStatus.SUCCEEDED);
      assertThat(done.nativeStatus()).isEqualTo("SUCCEEDED");
      assertThat(done.statusReason()).isEqualTo("reason SUCCEEDED");
      assertThat(clock.sleeps()).hasSize(2);
      assertThat(clock.sleeps().get(0)).isBetween(Duration.ofMillis(500), Duration.ofSeconds(1));
      assertThat(clock.sleeps().get(1)).isBetween(Duration.ofSeconds(1), Duration.ofSeconds(2));
      assertEveryRequestWasDescribe(3);
    }

    @Test
    void runningThenFailedEndsWithTheFailedOperation() throws Exception {
      server.enqueue(xml(describeReply("QUEUED")));
      server.enqueue(xml(describeReply("RUNNING")));
      server.enqueue(xml(describeReply("FAILED")));

      StackSetOperation done = cfn.operations().waitUntilComplete(SET, OP, Duration.ofMinutes(10));

      assertThat(done.status()).isEqualTo(OperationStatus.FAILED);
      assertThat(done.statusReason()).isEqualTo("reason FAILED");
      assertEveryRequestWasDescribe(3);
    }

    @Test
    void stoppingThenStoppedIsTerminal() throws Exception {
      server.enqueue(xml(describeReply("STOPPING")));
      server.enqueue(xml(describeReply("STOPPED")));

      assertThat(cfn.operations().waitUntilComplete(SET, OP, Duration.ofMinutes(10)).status())
          .isEqualTo(OperationStatus.STOPPED);
      assertEveryRequestWasDescribe(2);
    }

    @Test
    void aNotFoundEndsTheWaitAtOnce() throws Exception {
      server.enqueue(xml(describeReply("RUNNING")));
      server.enqueue(xmlError(404, queryError("OperationNotFoundException", "Operation " + OP + " not found")));
      server.enqueue(xml(describeReply("SUCCEEDED")));

      OperationNotFoundException e = catchThrowableOfType(OperationNotFoundException.class,
          () -> cfn.operations().waitUntilComplete(SET, OP, Duration.ofMinutes(10)));

      assertThat(e.statusCode()).isEqualTo(404);
      assertThat(e.errorCode()).isEqualTo("OperationNotFoundException");
      assertThat(clock.sleeps()).hasSize(1);
      assertEveryRequestWasDescribe(2);
    }

    @Test
    void aThrottleIsRetriedByTheClientsPolicyAndTheWaitGoesOn() throws Exception {
      server.enqueue(xml(describeReply("RUNNING")));
      server.enqueue(xmlError(400, queryError("Throttling", "Rate exceeded")));
      server.enqueue(xml(describeReply("SUCCEEDED")));

      assertThat(cfn.operations().waitUntilComplete(SET, OP, Duration.ofMinutes(10)).status())
          .isEqualTo(OperationStatus.SUCCEEDED);
      assertEveryRequestWasDescribe(3);
    }

    @Test
    void timeoutCarriesTheLastOperationSeen() throws Exception {
      for (int i = 0; i < 40; i++) {
        server.enqueue(xml(describeReply("RUNNING")));
      }
      Instant start = clock.instant();

      WaiterTimeoutException e = catchThrowableOfType(WaiterTimeoutException.class,
          () -> cfn.operations().waitUntilComplete(SET, OP, Duration.ofSeconds(20)));

      assertThat(e.lastSeen().orElseThrow().operationId()).isEqualTo(OP);
      assertThat(e.lastSeen().orElseThrow().provider()).isEqualTo(Provider.CLOUDFORMATION);
      assertThat(e.lastSeen().orElseThrow().status()).isEqualTo(OperationStatus.RUNNING);
      assertThat(e.lastSeen().orElseThrow().nativeStatus()).isEqualTo("RUNNING");
      assertThat(e.timeout()).isEqualTo(Duration.ofSeconds(20));
      assertThat(e.polls()).isEqualTo(server.getRequestCount()).isGreaterThan(1);
      assertThat(clock.instant()).isEqualTo(start.plusSeconds(20));
      assertEveryRequestWasDescribe(e.polls());
    }

    @Test
    void theAsyncFormCompletesWithTheFinalState() throws Exception {
      server.enqueue(xml(describeReply("RUNNING")));
      server.enqueue(xml(describeReply("SUCCEEDED")));

      StackSetOperation done = cfn.operations().waitUntilCompleteAsync(SET, OP, Duration.ofMinutes(10))
          .get(10, TimeUnit.SECONDS);

      assertThat(done.status()).isEqualTo(OperationStatus.SUCCEEDED);
      assertEveryRequestWasDescribe(2);
    }
  }

  /** Implements only ListStackSetOperations; every other call fails. */
  private static final class FakeListingClient implements CloudFormationClient {
    @Override
    public dev.stacksets.core.ClientConfiguration configuration() {
      throw new UnsupportedOperationException();
    }

    @Override
    public ListStackSetOperationsResponse listStackSetOperations(ListStackSetOperationsRequest request) {
      assertThat(request.stackSetName()).isEqualTo(SET);
      return ListStackSetOperationsResponse.builder().summaries(List.of(StackSetOperationSummary.builder()
          .operationId("op-1").status("SUCCEEDED").build())).build();
    }

    @Override
    public dev.stacksets.cfn.model.ListStackSetOperationResultsResponse listStackSetOperationResults(
        dev.stacksets.cfn.model.ListStackSetOperationResultsRequest request) {
      throw new UnsupportedOperationException();
    }

    @Override
    public dev.stacksets.cfn.model.DescribeStackSetOperationResponse describeStackSetOperation(
        dev.stacksets.cfn.model.DescribeStackSetOperationRequest request) {
      throw new UnsupportedOperationException();
    }

    @Override
    public dev.stacksets.cfn.model.ListStackSetsResponse listStackSets(
        dev.stacksets.cfn.model.ListStackSetsRequest request) {
      throw new UnsupportedOperationException();
    }

    @Override
    public dev.stacksets.cfn.model.ListStackInstancesResponse listStackInstances(
        dev.stacksets.cfn.model.ListStackInstancesRequest request) {
      throw new UnsupportedOperationException();
    }

    @Override
    public dev.stacksets.cfn.model.DescribeStackSetResponse describeStackSet(
        dev.stacksets.cfn.model.DescribeStackSetRequest request) {
      throw new UnsupportedOperationException();
    }

    @Override
    public void close() {}
  }
}
