package dev.stacksets.cfn;

import static dev.stacksets.cfn.TestSupport.XML_NS;
import static dev.stacksets.cfn.TestSupport.queryError;
import static dev.stacksets.cfn.TestSupport.queryReply;
import static dev.stacksets.cfn.TestSupport.xml;
import static dev.stacksets.cfn.TestSupport.xmlError;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.stacksets.cfn.exception.InvalidNextTokenException;
import dev.stacksets.core.exception.AccessDeniedException;
import dev.stacksets.core.exception.AuthenticationException;
import dev.stacksets.core.exception.BadRequestException;
import dev.stacksets.core.exception.ConflictException;
import dev.stacksets.core.exception.NotFoundException;
import dev.stacksets.core.exception.OperationNotFoundException;
import dev.stacksets.core.exception.ServerErrorException;
import dev.stacksets.core.exception.ServiceException;
import dev.stacksets.core.exception.StackSetNotFoundException;
import dev.stacksets.core.exception.ThrottlingException;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.junit5.StartStop;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Query error replies mapped onto the core exception tree, with retries where AWS retries. */
class CloudFormationErrorTest {
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

  private ServiceException describe() {
    return catchThrowableOfType(ServiceException.class,
        () -> cfn.describeStackSetOperation(r -> r.stackSetName("ExampleCFnStackSet").operationId("op-1")));
  }

  @Test
  void stackSetNotFoundIsTheCoreTypeWithEveryField() {
    server.enqueue(xmlError(404, queryError("StackSetNotFoundException", "StackSet ExampleCFnStackSet not found")));

    ServiceException e = describe();

    assertThat(e).isExactlyInstanceOf(StackSetNotFoundException.class);
    assertThat(e.service()).isEqualTo("CloudFormation");
    assertThat(e.statusCode()).isEqualTo(404);
    assertThat(e.errorCode()).isEqualTo("StackSetNotFoundException");
    assertThat(e.errorMessage()).isEqualTo("StackSet ExampleCFnStackSet not found");
    assertThat(e.requestId()).isEqualTo("err-req-1");
    assertThat(e.attempts()).isEqualTo(1);
    assertThat(e.clientRequestId()).isNull();
    assertThat(e.isRetryable()).isFalse();
    assertThat(e.bodyExcerpt()).contains("<Code>StackSetNotFoundException</Code>");
    assertThat(e.getMessage()).contains("StackSetNotFoundException", "StackSet ExampleCFnStackSet not found",
        "err-req-1");
    assertThat(server.getRequestCount()).isEqualTo(1);
  }

  @Test
  void theCodeDecidesEvenWhenTheStatusIs400() {
    server.enqueue(xmlError(400, queryError("StackSetNotFoundException", "nope")));
    server.enqueue(xmlError(400, queryError("OperationNotFoundException", "no such operation")));

    assertThat(describe()).isExactlyInstanceOf(StackSetNotFoundException.class);
    ServiceException e = describe();
    assertThat(e).isExactlyInstanceOf(OperationNotFoundException.class);
    assertThat(e.statusCode()).isEqualTo(400);
    assertThat(e.errorMessage()).isEqualTo("no such operation");
  }

  @Test
  void operationNotFound() {
    server.enqueue(xmlError(404, queryError("OperationNotFoundException", "Operation op-1 not found")));

    ServiceException e = describe();

    assertThat(e).isExactlyInstanceOf(OperationNotFoundException.class);
    assertThat(e.errorCode()).isEqualTo("OperationNotFoundException");
  }

  @Test
  void validationErrorAsCapturedFromCloudFormation() {
    server.enqueue(new MockResponse.Builder().code(400).setHeader("Content-Type", "text/xml")
        .setHeader("x-amzn-RequestId", "b2544024-a0f9-4ae1-ab23-fc08e1ef4e9a")
        .body("<ErrorResponse xmlns=\"http://cloudformation.amazonaws.com/doc/2010-05-15/\">\n  <Error>\n"
            + "    <Type>Sender</Type>\n    <Code>ValidationError</Code>\n"
            + "    <Message>Stack with id foo does not exist</Message>\n  </Error>\n"
            + "  <RequestId>b2544024-a0f9-4ae1-ab23-fc08e1ef4e9a</RequestId>\n</ErrorResponse>").build());

    ServiceException e = describe();

    assertThat(e).isExactlyInstanceOf(BadRequestException.class);
    assertThat(e.errorCode()).isEqualTo("ValidationError");
    assertThat(e.errorMessage()).isEqualTo("Stack with id foo does not exist");
    assertThat(e.requestId()).isEqualTo("b2544024-a0f9-4ae1-ab23-fc08e1ef4e9a");
    assertThat(server.getRequestCount()).isEqualTo(1);
  }

  @Test
  void takesTheRequestIdFromTheErrorBodyWhenTheHeaderIsMissing() {
    server.enqueue(new MockResponse.Builder().code(400).setHeader("Content-Type", "text/xml")
        .body(queryError("ValidationError", "1 validation error detected: a &amp; b &lt; c")).build());

    ServiceException e = describe();

    assertThat(e.requestId()).isEqualTo("body-req-9");
    assertThat(e.errorMessage()).isEqualTo("1 validation error detected: a & b < c");
  }

  @Test
  void throttlingIsRetriedAndThenReported() {
    for (int i = 0; i < 3; i++) {
      server.enqueue(xmlError(400, queryError("Throttling", "Rate exceeded")));
    }

    ServiceException e = describe();

    assertThat(e).isExactlyInstanceOf(ThrottlingException.class);
    assertThat(e.isThrottling()).isTrue();
    assertThat(e.isRetryable()).isTrue();
    assertThat(e.error().isThrottling()).isTrue();
    assertThat(e.statusCode()).isEqualTo(400);
    assertThat(e.errorCode()).isEqualTo("Throttling");
    assertThat(e.errorMessage()).isEqualTo("Rate exceeded");
    assertThat(e.attempts()).isEqualTo(3);
    assertThat(server.getRequestCount()).isEqualTo(3);
  }

  @Test
  void throttlingThenSuccessReturnsTheReply() {
    server.enqueue(xmlError(400, queryError("ThrottlingException", "Rate exceeded")));
    server.enqueue(xml(queryReply("DescribeStackSetOperation", XML_NS,
        "<StackSetOperation><OperationId>op-1</OperationId><Status>RUNNING</Status></StackSetOperation>")));

    var response = cfn.describeStackSetOperation(r -> r.stackSetName("s").operationId("op-1"));

    assertThat(response.stackSetOperation().operationId()).isEqualTo("op-1");
    assertThat(response.responseMetadata().attempts()).isEqualTo(2);
    assertThat(server.getRequestCount()).isEqualTo(2);
  }

  @ParameterizedTest
  @CsvSource({
      "500, InternalError",
      "500, InternalFailure",
      "503, ServiceUnavailable",
      "400, RequestTimeout",
      "400, PriorRequestNotComplete"})
  void retryableCodesAreRetried(int status, String code) {
    server.enqueue(xmlError(status, queryError(code, "try again")));
    server.enqueue(xml(queryReply("DescribeStackSetOperation", XML_NS, "<StackSetOperation/>")));

    var response = cfn.describeStackSetOperation(r -> r.stackSetName("s").operationId("op-1"));

    assertThat(response.responseMetadata().attempts()).isEqualTo(2);
  }

  @Test
  void aRetryableCodeThatKeepsFailingIsReportedWithItsFlag() {
    for (int i = 0; i < 3; i++) {
      server.enqueue(xmlError(500, queryError("InternalFailure", "boom")));
    }

    ServiceException e = describe();

    assertThat(e).isExactlyInstanceOf(ServerErrorException.class);
    assertThat(e.error().isRetryableCode()).isTrue();
    assertThat(e.attempts()).isEqualTo(3);
  }

  @ParameterizedTest
  @CsvSource({
      "400, AccessDeniedException, dev.stacksets.core.exception.AccessDeniedException",
      "403, AccessDenied, dev.stacksets.core.exception.AccessDeniedException",
      "400, NotAuthorized, dev.stacksets.core.exception.AccessDeniedException",
      "403, OptInRequired, dev.stacksets.core.exception.AccessDeniedException",
      "403, SignatureDoesNotMatch, dev.stacksets.core.exception.AuthenticationException",
      "400, IncompleteSignature, dev.stacksets.core.exception.AuthenticationException",
      "403, InvalidClientTokenId, dev.stacksets.core.exception.AuthenticationException",
      "400, ExpiredToken, dev.stacksets.core.exception.AuthenticationException",
      "400, InvalidOperationException, dev.stacksets.core.exception.BadRequestException",
      "400, LimitExceededException, dev.stacksets.core.exception.BadRequestException",
      "400, InvalidAction, dev.stacksets.core.exception.BadRequestException",
      "400, InvalidNextTokenException, dev.stacksets.cfn.exception.InvalidNextTokenException",
      "404, StackInstanceNotFoundException, dev.stacksets.core.exception.NotFoundException",
      "404, ChangeSetNotFound, dev.stacksets.core.exception.NotFoundException",
      "409, OperationInProgressException, dev.stacksets.core.exception.OperationInProgressException",
      "409, NameAlreadyExistsException, dev.stacksets.core.exception.NameAlreadyExistsException",
      "409, StackSetNotEmptyException, dev.stacksets.core.exception.StackSetNotEmptyException",
      "409, OperationIdAlreadyExistsException, dev.stacksets.core.exception.ConflictException",
      "409, StaleRequestException, dev.stacksets.core.exception.ConflictException",
      "400, SomethingNew, dev.stacksets.core.exception.BadRequestException",
      "409, SomethingNew, dev.stacksets.core.exception.ConflictException",
      "501, SomethingNew, dev.stacksets.core.exception.ServerErrorException"})
  void mapsCodesOntoTheCoreTree(int status, String code, String type) throws Exception {
    server.enqueue(xmlError(status, queryError(code, "msg")));

    ServiceException e = describe();

    assertThat(e).isExactlyInstanceOf(Class.forName(type));
    assertThat(e.errorCode()).isEqualTo(code);
    assertThat(e.errorMessage()).isEqualTo("msg");
    assertThat(e.statusCode()).isEqualTo(status);
    assertThat(server.getRequestCount()).isEqualTo(1);
  }

  @Test
  void accessDeniedKeepsTheCoreAccessors() {
    server.enqueue(xmlError(400, queryError("AccessDeniedException", "User is not authorized")));

    ServiceException e = describe();

    assertThat(e).isInstanceOf(AccessDeniedException.class);
    assertThat(((AccessDeniedException) e).details()).isEmpty();
  }

  @Test
  void readsTheErrorsNesting() {
    server.enqueue(xmlError(400, "<Response><Errors><Error><Code>ValidationError</Code><Message>bad</Message>"
        + "</Error></Errors><RequestID>nested-id</RequestID></Response>"));

    ServiceException e = catchThrowableOfType(ServiceException.class,
        () -> cfn.listStackSets(r -> { }));

    assertThat(e).isExactlyInstanceOf(BadRequestException.class);
    assertThat(e.errorCode()).isEqualTo("ValidationError");
    assertThat(e.errorMessage()).isEqualTo("bad");
    assertThat(e.requestId()).isEqualTo("err-req-1");
  }

  @Test
  void anHtmlErrorPageFallsBackToTheStatus() {
    for (int i = 0; i < 3; i++) {
      server.enqueue(new MockResponse.Builder().code(502).setHeader("Content-Type", "text/html")
          .body("<html><body><h1>502 Bad Gateway</h1><br></body></html>").build());
    }

    ServiceException e = describe();

    assertThat(e).isExactlyInstanceOf(ServerErrorException.class);
    assertThat(e.errorCode()).isNull();
    assertThat(e.statusCode()).isEqualTo(502);
    assertThat(e.bodyExcerpt()).contains("502 Bad Gateway");
    assertThat(server.getRequestCount()).isEqualTo(3);
  }

  @Test
  void anEmptyErrorBodyFallsBackToTheStatus() {
    server.enqueue(new MockResponse.Builder().code(404).build());

    ServiceException e = describe();

    assertThat(e).isExactlyInstanceOf(NotFoundException.class);
    assertThat(e.errorCode()).isNull();
  }

  @Test
  void aConflictFromAnUnknownWellFormedBodyUsesTheStatus() {
    server.enqueue(xmlError(409, "<ErrorResponse><Something/></ErrorResponse>"));

    assertThat(describe()).isExactlyInstanceOf(ConflictException.class);
  }

  @Test
  void authenticationErrorsAreNotRetried() {
    server.enqueue(xmlError(403, queryError("SignatureDoesNotMatch", "The request signature we calculated does "
        + "not match the signature you provided.")));

    assertThat(describe()).isExactlyInstanceOf(AuthenticationException.class);
    assertThat(server.getRequestCount()).isEqualTo(1);
  }

  @Test
  void badRequestHasTheNextTokenSubtype() {
    server.enqueue(xmlError(400, queryError("InvalidNextTokenException", "expired")));

    ServiceException e = catchThrowableOfType(ServiceException.class,
        () -> cfn.listStackSets(r -> r.nextToken("old")));

    assertThat(e).isInstanceOf(InvalidNextTokenException.class).isInstanceOf(BadRequestException.class);
  }

  @Test
  void aClockSkewErrorCorrectsTheSigningTimeAndRetriesOnce() throws Exception {
    server.enqueue(new MockResponse.Builder().code(400).setHeader("Content-Type", "text/xml")
        .setHeader("Date", "Sun, 30 Aug 2015 13:36:00 GMT")
        .body(queryError("RequestExpired", "Request has expired.")).build());
    server.enqueue(xml(queryReply("ListStackSets", XML_NS, "")));

    try (CloudFormationClient single = TestSupport.cfn(server, 1)) {
      single.listStackSets(r -> { });
    }

    assertThat(server.takeRequest().getHeaders().get("X-Amz-Date")).isEqualTo("20150830T123600Z");
    assertThat(server.takeRequest().getHeaders().get("X-Amz-Date")).isEqualTo("20150830T133600Z");
  }

  @Test
  void aClockSkewErrorWithoutServerTimeIsReportedAsAnAuthenticationError() {
    server.enqueue(xmlError(400, queryError("RequestExpired", "Request has expired.")));

    ServiceException e = describe();

    assertThat(e).isExactlyInstanceOf(AuthenticationException.class);
    assertThat(server.getRequestCount()).isEqualTo(1);
  }
}
