package dev.stacksets.cfn;

import static dev.stacksets.cfn.TestSupport.XML_NS;
import static dev.stacksets.cfn.TestSupport.body;
import static dev.stacksets.cfn.TestSupport.queryError;
import static dev.stacksets.cfn.TestSupport.queryReply;
import static dev.stacksets.cfn.TestSupport.xml;
import static dev.stacksets.cfn.TestSupport.xmlError;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.stacksets.cfn.exception.StaleRequestException;
import dev.stacksets.cfn.model.CreateStackInstancesRequest;
import dev.stacksets.cfn.model.CreateStackInstancesResponse;
import dev.stacksets.cfn.model.DeleteStackSetRequest;
import dev.stacksets.core.WaitForTurn;
import dev.stacksets.core.auth.CredentialsProvider;
import dev.stacksets.core.exception.OperationInProgressException;
import dev.stacksets.core.operation.OperationStatus;
import dev.stacksets.core.operation.StackSetOperation;
import dev.stacksets.core.operation.WaitForTurnTimeoutException;
import dev.stacksets.core.operation.WaiterTimeoutException;
import dev.stacksets.core.testing.MutableClock;
import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import mockwebserver3.Dispatcher;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import mockwebserver3.SocketEffect;
import mockwebserver3.junit5.StartStop;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Writes that wait their turn, over MockWebServer on a {@link MutableClock} (no real time passes): refused with
 * {@code OperationInProgressException}, the client lists the stack set's operations, waits for the running one
 * through the neutral waiter, and sends the same request (same {@code OperationId}) once more; a bound that runs out
 * is a {@link WaitForTurnTimeoutException}. And the operation id a write returns is what the neutral view waits on.
 */
class CloudFormationWaitForTurnTest {
  private static final String SET = "my-set";
  private static final String MINE = "my-op-1";
  private static final String OTHER = "other-op-1";
  private static final String WRITE = "Action=CreateStackInstances&Version=2010-05-15&StackSetName=my-set"
      + "&Accounts.member.1=111122223333&Regions.member.1=eu-west-1&OperationId=" + MINE;
  private static final String LIST = "Action=ListStackSetOperations&Version=2010-05-15&StackSetName=my-set";
  private static final String DESCRIBE_OTHER = "Action=DescribeStackSetOperation&Version=2010-05-15"
      + "&StackSetName=my-set&OperationId=" + OTHER;
  private static final String DESCRIBE_MINE = "Action=DescribeStackSetOperation&Version=2010-05-15"
      + "&StackSetName=my-set&OperationId=" + MINE;

  @StartStop
  final MockWebServer server = new MockWebServer();
  private final MutableClock clock = new MutableClock(Instant.parse("2015-08-30T12:36:00Z"));
  private CloudFormationClient cfn;

  private CloudFormationClient client(WaitForTurn clientPolicy) {
    cfn = CloudFormationClient.builder()
        .environment(name -> null)
        .region("us-east-1")
        .endpoint(URI.create(server.url("/").toString()))
        .credentialsProvider(CredentialsProvider.of(TestSupport.CREDENTIALS))
        .clock(clock)
        .sleeper(clock.sleeper())
        .retryPolicy(TestSupport.fastRetries(3))
        .waitForTurn(clientPolicy)
        .build();
    return cfn;
  }

  @AfterEach
  void tearDown() {
    if (cfn != null) {
      cfn.close();
    }
  }

  private static CreateStackInstancesRequest request() {
    return CreateStackInstancesRequest.builder().stackSetName(SET).accounts("111122223333").regions("eu-west-1")
        .operationId(MINE).build();
  }

  private static MockResponse inProgress() {
    return xmlError(409, queryError("OperationInProgressException",
        "Another Operation on StackSet arn:aws:cloudformation:us-east-1:111122223333:stackset/my-set is in progress"));
  }

  private static MockResponse operations(String... members) {
    return xml(queryReply("ListStackSetOperations", XML_NS, "<Summaries>" + String.join("", members)
        + "</Summaries>"));
  }

  private static String summary(String id, String status) {
    return "<member><OperationId>" + id + "</OperationId><Action>UPDATE</Action><Status>" + status
        + "</Status><CreationTimestamp>2015-08-30T12:00:00Z</CreationTimestamp></member>";
  }

  private static MockResponse describe(String id, String status) {
    return xml(queryReply("DescribeStackSetOperation", XML_NS, "<StackSetOperation><OperationId>" + id
        + "</OperationId><Action>UPDATE</Action><Status>" + status + "</Status>"
        + "<CreationTimestamp>2015-08-30T12:00:00Z</CreationTimestamp></StackSetOperation>"));
  }

  private static MockResponse created(String id) {
    return xml(queryReply("CreateStackInstances", XML_NS, "<OperationId>" + id + "</OperationId>"));
  }

  private List<String> bodies(int count) throws InterruptedException {
    assertThat(server.getRequestCount()).isEqualTo(count);
    List<String> bodies = new ArrayList<>();
    for (int i = 0; i < count; i++) {
      bodies.add(body(server.takeRequest(5, TimeUnit.SECONDS)));
    }
    return bodies;
  }

  @Test
  void refusedListsWaitsForTheRunningOperationThenSendsTheSameRequestOnceAndSucceeds() throws Exception {
    client(WaitForTurn.never());
    server.enqueue(inProgress());
    server.enqueue(operations(summary(OTHER, "RUNNING"), summary("older-op", "SUCCEEDED")));
    server.enqueue(describe(OTHER, "RUNNING"));
    server.enqueue(describe(OTHER, "SUCCEEDED"));
    server.enqueue(created(MINE));

    CreateStackInstancesResponse response = cfn.createStackInstances(request(),
        WaitForTurn.upTo(Duration.ofMinutes(30)));

    assertThat(response.operationId()).isEqualTo(MINE);
    assertThat(response.responseMetadata().attempts()).isEqualTo(1);
    assertThat(bodies(5)).containsExactly(WRITE, LIST, DESCRIBE_OTHER, DESCRIBE_OTHER, WRITE);
    assertThat(clock.sleeps()).hasSize(1); // one pause between the two polls of the running operation
  }

  @Test
  void theClientsPolicyAppliesToTheOneArgumentForm() throws Exception {
    client(WaitForTurn.upTo(Duration.ofMinutes(30)));
    server.enqueue(inProgress());
    server.enqueue(operations(summary(OTHER, "STOPPING")));
    server.enqueue(describe(OTHER, "STOPPED"));
    server.enqueue(xml(queryReply("DeleteStackSet", XML_NS, "")));

    cfn.deleteStackSet(DeleteStackSetRequest.builder().stackSetName(SET).build());

    String delete = "Action=DeleteStackSet&Version=2010-05-15&StackSetName=my-set";
    assertThat(bodies(4)).containsExactly(delete, LIST, DESCRIBE_OTHER, delete);
  }

  @Test
  void aPerCallNeverOverridesTheClientsPolicy() throws Exception {
    client(WaitForTurn.upTo(Duration.ofMinutes(30)));
    server.enqueue(inProgress());

    OperationInProgressException e = catchThrowableOfType(OperationInProgressException.class,
        () -> cfn.createStackInstances(request(), WaitForTurn.never()));

    assertThat(e).isExactlyInstanceOf(OperationInProgressException.class);
    assertThat(bodies(1)).containsExactly(WRITE);
  }

  @Test
  void aBoundThatRunsOutIsAWaitForTurnTimeoutWithItsFields() throws Exception {
    client(WaitForTurn.never());
    List<String> actions = new CopyOnWriteArrayList<>();
    server.setDispatcher(new Dispatcher() {
      @Override
      public MockResponse dispatch(RecordedRequest request) {
        String body = body(request);
        String action = body.substring("Action=".length(), body.indexOf('&'));
        actions.add(action);
        return switch (action) {
          case "CreateStackInstances" -> inProgress();
          case "ListStackSetOperations" -> operations(summary(OTHER, "RUNNING"));
          default -> describe(OTHER, "RUNNING");
        };
      }
    });

    WaitForTurnTimeoutException e = catchThrowableOfType(WaitForTurnTimeoutException.class,
        () -> cfn.createStackInstances(request(), WaitForTurn.upTo(Duration.ofSeconds(20))));

    assertThat(e.stackSetName()).isEqualTo(SET);
    assertThat(e.maxWait()).isEqualTo(Duration.ofSeconds(20));
    assertThat(e.runningOperationIds()).containsExactly(OTHER);
    assertThat(e.getCause()).isInstanceOf(WaiterTimeoutException.class);
    assertThat(e.statusCode()).isEqualTo(409);
    assertThat(e.errorCode()).isEqualTo("OperationInProgressException");
    assertThat(e.isRetryable()).isFalse();
    assertThat(e.getMessage()).startsWith("stack set my-set was still busy after waiting PT20S for its turn "
        + "(running: other-op-1); the write was not started; last refusal: ");
    assertThat(actions.get(0)).isEqualTo("CreateStackInstances");
    assertThat(actions.get(1)).isEqualTo("ListStackSetOperations");
    assertThat(actions.subList(2, actions.size())).isNotEmpty().containsOnly("DescribeStackSetOperation");
  }

  @Test
  void aRefusalThatIsNotBusyIsThrownAsItIsWithoutListing() throws Exception {
    client(WaitForTurn.upTo(Duration.ofMinutes(30)));
    server.enqueue(xmlError(409, queryError("StaleRequestException", "stale")));

    catchThrowableOfType(StaleRequestException.class, () -> cfn.createStackInstances(request()));

    assertThat(bodies(1)).containsExactly(WRITE);
  }

  /**
   * terraform-provider-aws #41388, done right: the first attempt's reply is lost, its retry is refused because the
   * operation it started is running; waiting for that operation and sending again is answered
   * {@code OperationIdAlreadyExists}, which is this call's own operation, not a second one.
   */
  @Test
  void aWriteThatStartedWhileItsReplyWasLostWaitsForItselfAndReturnsItsOperation() throws Exception {
    client(WaitForTurn.never());
    server.enqueue(new MockResponse.Builder().code(200).setHeader("Content-Type", "text/xml")
        .body(queryReply("CreateStackInstances", XML_NS, "<OperationId>" + MINE + "</OperationId>"))
        .onResponseBody(new SocketEffect.CloseSocket()).build());
    server.enqueue(inProgress());
    server.enqueue(operations(summary(MINE, "RUNNING")));
    server.enqueue(describe(MINE, "SUCCEEDED"));
    server.enqueue(xmlError(409, queryError("OperationIdAlreadyExistsException", "exists")));

    CreateStackInstancesResponse response = cfn.createStackInstances(request(),
        WaitForTurn.upTo(Duration.ofMinutes(30)));

    assertThat(response.operationId()).isEqualTo(MINE);
    assertThat(bodies(5)).containsExactly(WRITE, WRITE, LIST, DESCRIBE_MINE, WRITE);
  }

  @Test
  void theOperationIdAWriteReturnsIsWhatTheNeutralViewWaitsFor() throws Exception {
    client(WaitForTurn.never());
    server.enqueue(created(MINE));
    server.enqueue(describe(MINE, "QUEUED"));
    server.enqueue(describe(MINE, "RUNNING"));
    server.enqueue(describe(MINE, "SUCCEEDED"));

    String operationId = cfn.createStackInstances(request()).operationId();
    StackSetOperation done = cfn.operations().waitUntilComplete(SET, operationId, Duration.ofMinutes(30));

    assertThat(done.operationId()).isEqualTo(MINE);
    assertThat(done.status()).isEqualTo(OperationStatus.SUCCEEDED);
    assertThat(bodies(4)).containsExactly(WRITE, DESCRIBE_MINE, DESCRIBE_MINE, DESCRIBE_MINE);
    assertThat(clock.sleeps()).hasSize(2);
  }
}
