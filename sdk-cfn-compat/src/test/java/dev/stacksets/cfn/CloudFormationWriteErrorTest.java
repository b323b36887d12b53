package dev.stacksets.cfn;

import static dev.stacksets.cfn.TestSupport.body;
import static dev.stacksets.cfn.TestSupport.queryError;
import static dev.stacksets.cfn.TestSupport.queryReply;
import static dev.stacksets.cfn.TestSupport.xml;
import static dev.stacksets.cfn.TestSupport.xmlError;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.stacksets.cfn.exception.CreatedButModifiedException;
import dev.stacksets.cfn.exception.InvalidOperationException;
import dev.stacksets.cfn.exception.LimitExceededException;
import dev.stacksets.cfn.exception.OperationIdAlreadyExistsException;
import dev.stacksets.cfn.exception.StackInstanceNotFoundException;
import dev.stacksets.cfn.exception.StaleRequestException;
import dev.stacksets.cfn.model.CreateStackInstancesResponse;
import dev.stacksets.cfn.model.DeleteStackSetResponse;
import dev.stacksets.cfn.model.UpdateStackSetResponse;
import dev.stacksets.core.ResponseMetadata;
import dev.stacksets.core.exception.BadRequestException;
import dev.stacksets.core.exception.NameAlreadyExistsException;
import dev.stacksets.core.exception.NotFoundException;
import dev.stacksets.core.exception.OperationInProgressException;
import dev.stacksets.core.exception.OperationNotFoundException;
import dev.stacksets.core.exception.ServiceException;
import dev.stacksets.core.exception.StackSetNotEmptyException;
import dev.stacksets.core.exception.StackSetNotFoundException;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import mockwebserver3.Dispatcher;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import mockwebserver3.SocketEffect;
import mockwebserver3.junit5.StartStop;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The documented errors of each CloudFormation write, mapped to their types; and the retries a write may take: the
 * same {@code OperationId} (or {@code ClientRequestToken}) on every attempt, an {@code OperationIdAlreadyExists}
 * answering the call's own retry read as the operation it started.
 */
class CloudFormationWriteErrorTest {
  private static final Pattern OPERATION_ID = Pattern.compile("&OperationId=([^&]+)");

  @StartStop
  final MockWebServer server = new MockWebServer();
  private CloudFormationClient cfn;

  @BeforeEach
  void setUp() {
    cfn = TestSupport.cfn(server, 3);
  }

  @AfterEach
  void tearDown() {
    cfn.close();
  }

  /** A reply whose headers arrive and whose body is cut off: the request was read, the answer is lost. */
  private static MockResponse lostMidResponse(String operation, String result) {
    return new MockResponse.Builder().code(200).setHeader("Content-Type", "text/xml")
        .body(queryReply(operation, TestSupport.XML_NS, result))
        .onResponseBody(new SocketEffect.CloseSocket())
        .build();
  }

  private static String operationIdOf(String body) {
    Matcher m = OPERATION_ID.matcher(body);
    assertThat(m.find()).as("OperationId in %s", body).isTrue();
    return m.group(1);
  }

  // ---- every modeled error of every write, and an unmodeled one falling back to the core type

  private static final Consumer<CloudFormationClient> CREATE_SET = c -> c.createStackSet(r -> r.stackSetName("s")
      .templateBody("t").clientRequestToken("t-1"));
  private static final Consumer<CloudFormationClient> UPDATE_SET = c -> c.updateStackSet(r -> r.stackSetName("s")
      .usePreviousTemplate(true).operationId("op-1"));
  private static final Consumer<CloudFormationClient> DELETE_SET = c -> c.deleteStackSet(r -> r.stackSetName("s"));
  private static final Consumer<CloudFormationClient> CREATE_INSTANCES = c -> c.createStackInstances(r -> r
      .stackSetName("s").accounts("111122223333").regions("eu-west-1").operationId("op-1"));
  private static final Consumer<CloudFormationClient> UPDATE_INSTANCES = c -> c.updateStackInstances(r -> r
      .stackSetName("s").accounts("111122223333").regions("eu-west-1").operationId("op-1"));
  private static final Consumer<CloudFormationClient> DELETE_INSTANCES = c -> c.deleteStackInstances(r -> r
      .stackSetName("s").accounts("111122223333").regions("eu-west-1").retainStacks(false).operationId("op-1"));
  private static final Consumer<CloudFormationClient> STOP = c -> c.stopStackSetOperation(r -> r.stackSetName("s")
      .operationId("op-1"));
  private static final Consumer<CloudFormationClient> DRIFT = c -> c.detectStackSetDrift(r -> r.stackSetName("s")
      .operationId("op-1"));
  private static final Consumer<CloudFormationClient> AUTO_TARGETS = c -> c.listStackSetAutoDeploymentTargets(r -> r
      .stackSetName("s"));

  private static Arguments error(String operation, Consumer<CloudFormationClient> call, int status, String code,
      Class<? extends ServiceException> type) {
    return Arguments.of(operation, code, status, type, call);
  }

  static Stream<Arguments> documentedErrors() {
    return Stream.of(
        error("CreateStackSet", CREATE_SET, 409, "NameAlreadyExistsException", NameAlreadyExistsException.class),
        error("CreateStackSet", CREATE_SET, 409, "CreatedButModifiedException", CreatedButModifiedException.class),
        error("CreateStackSet", CREATE_SET, 400, "LimitExceededException", LimitExceededException.class),
        error("UpdateStackSet", UPDATE_SET, 404, "StackSetNotFoundException", StackSetNotFoundException.class),
        error("UpdateStackSet", UPDATE_SET, 409, "OperationInProgressException", OperationInProgressException.class),
        error("UpdateStackSet", UPDATE_SET, 409, "OperationIdAlreadyExistsException",
            OperationIdAlreadyExistsException.class),
        error("UpdateStackSet", UPDATE_SET, 409, "StaleRequestException", StaleRequestException.class),
        error("UpdateStackSet", UPDATE_SET, 400, "InvalidOperationException", InvalidOperationException.class),
        error("UpdateStackSet", UPDATE_SET, 404, "StackInstanceNotFoundException",
            StackInstanceNotFoundException.class),
        error("UpdateStackSet", UPDATE_SET, 400, "LimitExceededException", BadRequestException.class),
        error("DeleteStackSet", DELETE_SET, 409, "StackSetNotEmptyException", StackSetNotEmptyException.class),
        error("DeleteStackSet", DELETE_SET, 409, "OperationInProgressException", OperationInProgressException.class),
        error("CreateStackInstances", CREATE_INSTANCES, 404, "StackSetNotFoundException",
            StackSetNotFoundException.class),
        error("CreateStackInstances", CREATE_INSTANCES, 409, "OperationInProgressException",
            OperationInProgressException.class),
        error("CreateStackInstances", CREATE_INSTANCES, 409, "OperationIdAlreadyExistsException",
            OperationIdAlreadyExistsException.class),
        error("CreateStackInstances", CREATE_INSTANCES, 409, "StaleRequestException", StaleRequestException.class),
        error("CreateStackInstances", CREATE_INSTANCES, 400, "InvalidOperationException",
            InvalidOperationException.class),
        error("CreateStackInstances", CREATE_INSTANCES, 400, "LimitExceededException", LimitExceededException.class),
        error("UpdateStackInstances", UPDATE_INSTANCES, 404, "StackSetNotFoundException",
            StackSetNotFoundException.class),
        error("UpdateStackInstances", UPDATE_INSTANCES, 404, "StackInstanceNotFoundException",
            StackInstanceNotFoundException.class),
        error("UpdateStackInstances", UPDATE_INSTANCES, 409, "OperationInProgressException",
            OperationInProgressException.class),
        error("UpdateStackInstances", UPDATE_INSTANCES, 409, "OperationIdAlreadyExistsException",
            OperationIdAlreadyExistsException.class),
        error("UpdateStackInstances", UPDATE_INSTANCES, 409, "StaleRequestException", StaleRequestException.class),
        error("UpdateStackInstances", UPDATE_INSTANCES, 400, "InvalidOperationException",
            InvalidOperationException.class),
        error("DeleteStackInstances", DELETE_INSTANCES, 404, "StackSetNotFoundException",
            StackSetNotFoundException.class),
        error("DeleteStackInstances", DELETE_INSTANCES, 409, "OperationInProgressException",
            OperationInProgressException.class),
        error("DeleteStackInstances", DELETE_INSTANCES, 409, "OperationIdAlreadyExistsException",
            OperationIdAlreadyExistsException.class),
        error("DeleteStackInstances", DELETE_INSTANCES, 409, "StaleRequestException", StaleRequestException.class),
        error("DeleteStackInstances", DELETE_INSTANCES, 400, "InvalidOperationException",
            InvalidOperationException.class),
        error("DeleteStackInstances", DELETE_INSTANCES, 404, "StackInstanceNotFoundException",
            NotFoundException.class),
        error("StopStackSetOperation", STOP, 404, "StackSetNotFoundException", StackSetNotFoundException.class),
        error("StopStackSetOperation", STOP, 404, "OperationNotFoundException", OperationNotFoundException.class),
        error("StopStackSetOperation", STOP, 400, "InvalidOperationException", InvalidOperationException.class),
        error("DetectStackSetDrift", DRIFT, 400, "InvalidOperationException", InvalidOperationException.class),
        error("DetectStackSetDrift", DRIFT, 409, "OperationInProgressException", OperationInProgressException.class),
        error("DetectStackSetDrift", DRIFT, 404, "StackSetNotFoundException", StackSetNotFoundException.class),
        error("ListStackSetAutoDeploymentTargets", AUTO_TARGETS, 404, "StackSetNotFoundException",
            StackSetNotFoundException.class));
  }

  @ParameterizedTest(name = "{0}: {1}")
  @MethodSource("documentedErrors")
  void mapsEachDocumentedError(String operation, String code, int status, Class<? extends ServiceException> type,
      Consumer<CloudFormationClient> call) throws Exception {
    server.enqueue(xmlError(status, queryError(code, "the message")));

    ServiceException e = catchThrowableOfType(ServiceException.class, () -> call.accept(cfn));

    assertThat(e).isExactlyInstanceOf(type);
    assertThat(e.statusCode()).isEqualTo(status);
    assertThat(e.errorCode()).isEqualTo(code);
    assertThat(e.errorMessage()).isEqualTo("the message");
    assertThat(e.requestId()).isEqualTo("err-req-1");
    assertThat(e.service()).isEqualTo("CloudFormation");
    assertThat(e.attempts()).isEqualTo(1);
    assertThat(server.getRequestCount()).isEqualTo(1);
    assertThat(body(server.takeRequest(5, TimeUnit.SECONDS))).startsWith("Action=" + operation + "&");
  }

  // ---- retries of the writes

  @Test
  void aReplyLostAfterCreateStackInstancesWasSentIsRetriedWithTheSameOperationIdAndEndsWithThatOperation()
      throws Exception {
    AtomicInteger calls = new AtomicInteger();
    server.setDispatcher(new Dispatcher() {
      @Override
      public MockResponse dispatch(RecordedRequest request) {
        // the service started the operation named by the form's OperationId; the first answer is lost on the way
        String result = "<OperationId>" + operationIdOf(body(request)) + "</OperationId>";
        return calls.getAndIncrement() == 0 ? lostMidResponse("CreateStackInstances", result)
            : xml(queryReply("CreateStackInstances", TestSupport.XML_NS, result));
      }
    });

    CreateStackInstancesResponse response = cfn.createStackInstances(r -> r.stackSetName("s")
        .accounts("111122223333").regions("eu-west-1"));

    assertThat(server.getRequestCount()).isEqualTo(2);
    String first = body(server.takeRequest(5, TimeUnit.SECONDS));
    String second = body(server.takeRequest(5, TimeUnit.SECONDS));
    assertThat(second).isEqualTo(first);
    assertThat(operationIdOf(first)).matches("[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}");
    assertThat(response.operationId()).isEqualTo(operationIdOf(first));
    assertThat(response.responseMetadata().attempts()).isEqualTo(2);
  }

  @Test
  void anOperationIdAlreadyExistsAnsweringTheRetryOfACallerGivenIdReturnsThatOperation() throws Exception {
    server.enqueue(lostMidResponse("CreateStackInstances", "<OperationId>my-op-1</OperationId>"));
    server.enqueue(xmlError(409, queryError("OperationIdAlreadyExistsException",
        "The operation my-op-1 already exists")));

    CreateStackInstancesResponse response = cfn.createStackInstances(r -> r.stackSetName("s")
        .accounts("111122223333").regions("eu-west-1").operationId("my-op-1"));

    assertThat(response.operationId()).isEqualTo("my-op-1");
    assertThat(response.responseMetadata()).isEqualTo(new ResponseMetadata("err-req-1", null, 409, 2));
    assertThat(server.getRequestCount()).isEqualTo(2);
    String first = body(server.takeRequest(5, TimeUnit.SECONDS));
    assertThat(body(server.takeRequest(5, TimeUnit.SECONDS))).isEqualTo(first).endsWith("&OperationId=my-op-1");
  }

  @Test
  void anOperationIdAlreadyExistsForAGeneratedIdIsThatOperationEvenOnTheFirstAttempt() throws Exception {
    server.enqueue(xmlError(409, queryError("OperationIdAlreadyExistsException", "exists")));

    UpdateStackSetResponse response = cfn.updateStackSet(r -> r.stackSetName("s").usePreviousTemplate(true));

    String sent = operationIdOf(body(server.takeRequest(5, TimeUnit.SECONDS)));
    assertThat(response.operationId()).isEqualTo(sent);
    assertThat(response.responseMetadata()).isEqualTo(new ResponseMetadata("err-req-1", null, 409, 1));
  }

  @Test
  void aCallerGivenIdMeetingOperationIdAlreadyExistsOnTheFirstAttemptIsThrownTyped() throws Exception {
    server.enqueue(xmlError(409, queryError("OperationIdAlreadyExistsException",
        "The operation my-op-1 already exists")));

    OperationIdAlreadyExistsException e = catchThrowableOfType(OperationIdAlreadyExistsException.class,
        () -> cfn.createStackInstances(r -> r.stackSetName("s").accounts("111122223333").regions("eu-west-1")
            .operationId("my-op-1")));

    assertThat(e.statusCode()).isEqualTo(409);
    assertThat(e.errorCode()).isEqualTo("OperationIdAlreadyExistsException");
    assertThat(e.errorMessage()).isEqualTo("The operation my-op-1 already exists");
    assertThat(e.attempts()).isEqualTo(1);
    assertThat(e.isRetryable()).isFalse();
    assertThat(server.getRequestCount()).isEqualTo(1);
  }

  @Test
  void createStackSetKeepsItsClientRequestTokenAcrossRetries() throws Exception {
    server.enqueue(lostMidResponse("CreateStackSet", "<StackSetId>s:1</StackSetId>"));
    server.enqueue(xmlError(503, queryError("ServiceUnavailable", "busy")));
    server.enqueue(xml(queryReply("CreateStackSet", TestSupport.XML_NS, "<StackSetId>s:1</StackSetId>")));

    assertThat(cfn.createStackSet(r -> r.stackSetName("s").templateBody("t")).stackSetId()).isEqualTo("s:1");

    List<String> bodies = List.of(body(server.takeRequest(5, TimeUnit.SECONDS)),
        body(server.takeRequest(5, TimeUnit.SECONDS)), body(server.takeRequest(5, TimeUnit.SECONDS)));
    assertThat(bodies.get(0)).matches("Action=CreateStackSet&Version=2010-05-15&StackSetName=s&TemplateBody=t"
        + "&ClientRequestToken=[0-9a-f-]{36}");
    assertThat(bodies).containsOnly(bodies.get(0));
  }

  @Test
  void aNameThatExistsOnACreateStackSetIsThrownEvenAfterARetry() {
    server.enqueue(lostMidResponse("CreateStackSet", "<StackSetId>s:1</StackSetId>"));
    server.enqueue(xmlError(409, queryError("NameAlreadyExistsException", "StackSet s already exists")));

    NameAlreadyExistsException e = catchThrowableOfType(NameAlreadyExistsException.class,
        () -> cfn.createStackSet(r -> r.stackSetName("s").templateBody("t")));

    assertThat(e.attempts()).isEqualTo(2);
  }

  @Test
  void deleteStackSetAndStopStackSetOperationAreRetriedLikeReads() throws Exception {
    server.enqueue(lostMidResponse("DeleteStackSet", ""));
    server.enqueue(xml(queryReply("DeleteStackSet", TestSupport.XML_NS, "")));
    server.enqueue(xmlError(503, queryError("ServiceUnavailable", "busy")));
    server.enqueue(xml(queryReply("StopStackSetOperation", TestSupport.XML_NS, "")));

    DeleteStackSetResponse deleted = cfn.deleteStackSet(r -> r.stackSetName("s"));
    cfn.stopStackSetOperation(r -> r.stackSetName("s").operationId("op-1"));

    assertThat(deleted.responseMetadata().attempts()).isEqualTo(2);
    assertThat(server.getRequestCount()).isEqualTo(4);
    String delete = "Action=DeleteStackSet&Version=2010-05-15&StackSetName=s";
    String stop = "Action=StopStackSetOperation&Version=2010-05-15&StackSetName=s&OperationId=op-1";
    assertThat(body(server.takeRequest(5, TimeUnit.SECONDS))).isEqualTo(delete);
    assertThat(body(server.takeRequest(5, TimeUnit.SECONDS))).isEqualTo(delete);
    assertThat(body(server.takeRequest(5, TimeUnit.SECONDS))).isEqualTo(stop);
    assertThat(body(server.takeRequest(5, TimeUnit.SECONDS))).isEqualTo(stop);
  }

  @Test
  void anOperationInProgressIsThrownAtOnceWhenTheCallDoesNotWaitItsTurn() {
    server.enqueue(xmlError(409, queryError("OperationInProgressException", "Another operation is running")));

    OperationInProgressException e = catchThrowableOfType(OperationInProgressException.class,
        () -> cfn.deleteStackInstances(r -> r.stackSetName("s").accounts("111122223333").regions("eu-west-1")
            .retainStacks(true)));

    assertThat(e).isExactlyInstanceOf(OperationInProgressException.class);
    assertThat(e.isRetryable()).isFalse();
    assertThat(server.getRequestCount()).isEqualTo(1);
  }
}
