package dev.stacksets.rfs;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.stacksets.core.exception.AccessDeniedException;
import dev.stacksets.core.exception.AuthenticationException;
import dev.stacksets.core.exception.BadRequestException;
import dev.stacksets.core.exception.ConflictException;
import dev.stacksets.core.exception.NotFoundException;
import dev.stacksets.core.exception.OperationNotFoundException;
import dev.stacksets.core.exception.ServerErrorException;
import dev.stacksets.core.exception.ServiceError;
import dev.stacksets.core.exception.ServiceException;
import dev.stacksets.core.exception.StackSetNotFoundException;
import dev.stacksets.core.exception.ThrottlingException;
import dev.stacksets.rfs.model.ListStackSetOperationsResponse;
import java.util.List;
import mockwebserver3.RecordedRequest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;

/** Every documented status mapped onto the core exception tree, with every field; retries of 429 and 500. */
class ErrorMappingTest {
  private RfsMock mock;
  private RfsClient rfs;

  @BeforeEach
  void setUp() throws Exception {
    mock = new RfsMock();
    rfs = mock.client();
  }

  @AfterEach
  void tearDown() {
    rfs.close();
    mock.close();
  }

  private static String rfsError(String code, String message) {
    return "{\"error_code\":\"" + code + "\",\"error_msg\":\"" + message + "\","
        + "\"encoded_authorization_message\":\"enc-" + code + "\","
        + "\"details\":[{\"error_code\":\"D.1\",\"error_msg\":\"detail one\"},{\"error_code\":\"D.2\","
        + "\"error_msg\":\"detail two\"}]}";
  }

  private <T extends ServiceException> T call(Class<T> type, Executable call) {
    T e = catchThrowableOfType(type, () -> {
      try {
        call.execute();
      } catch (Throwable t) {
        throw (t instanceof RuntimeException) ? (RuntimeException) t : new RuntimeException(t);
      }
    });
    assertThat(e).as("expected %s", type.getSimpleName()).isNotNull();
    assertThat(e.getClass()).isEqualTo(type);
    return e;
  }

  private void listOperations() {
    rfs.listStackSetOperations(r -> r.stackSetName("my_stack_set").clientRequestId("crid-err"));
  }

  private static void assertAllFields(ServiceException e, int status, String code, String requestId, int attempts,
      String body) {
    ServiceError err = e.error();
    assertThat(err.service()).isEqualTo("RFS");
    assertThat(e.statusCode()).isEqualTo(status);
    assertThat(e.errorCode()).isEqualTo(code);
    assertThat(e.errorMessage()).isEqualTo("message of " + code);
    assertThat(e.requestId()).isEqualTo(requestId);
    assertThat(e.clientRequestId()).isEqualTo("crid-err");
    assertThat(err.clientRequestId()).isEqualTo("crid-err");
    assertThat(e.attempts()).isEqualTo(attempts);
    assertThat(err.encodedAuthorizationMessage()).isEqualTo("enc-" + code);
    assertThat(err.details()).containsExactly(new ServiceError.Detail("D.1", "detail one"),
        new ServiceError.Detail("D.2", "detail two"));
    assertThat(e.bodyExcerpt()).isEqualTo(body);
    assertThat(e.getMessage()).contains(String.valueOf(status)).contains(code).contains("message of " + code)
        .contains(requestId).contains("crid-err");
  }

  @Test
  void status400IsBadRequestAndNotRetried() throws Exception {
    String body = rfsError("RF.10011001", "message of RF.10011001");
    mock.enqueue(400, body, "rid-400");
    BadRequestException e = call(BadRequestException.class, this::listOperations);
    assertAllFields(e, 400, "RF.10011001", "rid-400", 1, body);
    assertThat(e.isRetryable()).isFalse();
    assertThat(mock.requestCount()).isEqualTo(1);
  }

  @Test
  void status401IsAuthentication() throws Exception {
    String body = rfsError("RF.10011003", "message of RF.10011003");
    mock.enqueue(401, body, "rid-401");
    AuthenticationException e = call(AuthenticationException.class, this::listOperations);
    assertAllFields(e, 401, "RF.10011003", "rid-401", 1, body);
  }

  @Test
  void status403IsAccessDeniedWithEncodedMessageAndDetails() throws Exception {
    String body = rfsError("RF.10011005", "message of RF.10011005");
    mock.enqueue(403, body, "rid-403");
    AccessDeniedException e = call(AccessDeniedException.class, this::listOperations);
    assertAllFields(e, 403, "RF.10011005", "rid-403", 1, body);
  }

  @Test
  void status404OnAStackSetPathIsStackSetNotFound() throws Exception {
    String body = rfsError("RF.10011004", "message of RF.10011004");
    mock.enqueue(404, body, "rid-404");
    StackSetNotFoundException e = call(StackSetNotFoundException.class, this::listOperations);
    assertAllFields(e, 404, "RF.10011004", "rid-404", 1, body);
  }

  @Test
  void status409IsConflict() throws Exception {
    String body = rfsError("RF.10011009", "message of RF.10011009");
    mock.enqueue(409, body, "rid-409");
    ConflictException e = call(ConflictException.class, this::listOperations);
    assertAllFields(e, 409, "RF.10011009", "rid-409", 1, body);
  }

  @Test
  void status429IsThrottlingAndRetriedUntilTheAttemptsRunOut() throws Exception {
    String body = rfsError("RF.10011429", "message of RF.10011429");
    mock.enqueue(429, body, "rid-a");
    mock.enqueue(429, body, "rid-b");
    mock.enqueue(429, body, "rid-c");
    ThrottlingException e = call(ThrottlingException.class, this::listOperations);
    assertAllFields(e, 429, "RF.10011429", "rid-c", 3, body);
    assertThat(e.isThrottling()).isTrue();
    assertThat(e.isRetryable()).isTrue();
    assertThat(mock.requestCount()).isEqualTo(3);
    for (int i = 0; i < 3; i++) {
      RecordedRequest r = mock.take();
      assertThat(r.getHeaders().get("Client-Request-Id")).isEqualTo("crid-err");
      RfsMock.assertSigned(r, true);
    }
  }

  @Test
  void status429ThenSuccessReturnsTheResponseWithTheAttemptCount() throws Exception {
    mock.enqueue(429, rfsError("RF.10011429", "too many requests"), "rid-1");
    mock.enqueue(200, ListStackSetOperationsTest.EXAMPLE_RESPONSE, "rid-2");
    ListStackSetOperationsResponse r = rfs.listStackSetOperations(b -> b.stackSetName("my_stack_set"));

    assertThat(r.stackSetOperations()).hasSize(2);
    assertThat(r.responseMetadata().attempts()).isEqualTo(2);
    assertThat(r.responseMetadata().requestId()).isEqualTo("rid-2");
    String first = mock.take().getHeaders().get("Client-Request-Id");
    String second = mock.take().getHeaders().get("Client-Request-Id");
    assertThat(second).isEqualTo(first).isEqualTo(r.responseMetadata().clientRequestId());
  }

  @Test
  void status500IsServerErrorAndRetried() throws Exception {
    String body = rfsError("RF.10010001", "message of RF.10010001");
    mock.enqueue(500, body, "rid-x");
    mock.enqueue(500, body, "rid-y");
    mock.enqueue(500, body, "rid-z");
    ServerErrorException e = call(ServerErrorException.class, this::listOperations);
    assertAllFields(e, 500, "RF.10010001", "rid-z", 3, body);
    assertThat(e.isRetryable()).isTrue();
    assertThat(mock.requestCount()).isEqualTo(3);
  }

  @Test
  void status500ThenSuccess() throws Exception {
    mock.enqueue(500, rfsError("RF.10010001", "Internal Server Error."));
    mock.enqueue(200, ListStackSetOperationsTest.EXAMPLE_RESPONSE);
    assertThat(rfs.listStackSetOperations(b -> b.stackSetName("s")).responseMetadata().attempts()).isEqualTo(2);
  }

  @Test
  void gatewayErrorTakesTheBodyRequestIdWhenTheHeaderIsMissing() throws Exception {
    mock.enqueue(401, "{\"error_msg\":\"Incorrect IAM authentication information: ak AccessKey not exist\","
        + "\"error_code\":\"APIGW.0301\",\"request_id\":\"8080d377b9e0ba2b4b1a1d3c48a6e31d\"}", null);
    AuthenticationException e = call(AuthenticationException.class, this::listOperations);
    assertThat(e.errorCode()).isEqualTo("APIGW.0301");
    assertThat(e.errorMessage()).isEqualTo("Incorrect IAM authentication information: ak AccessKey not exist");
    assertThat(e.requestId()).isEqualTo("8080d377b9e0ba2b4b1a1d3c48a6e31d");
    assertThat(e.error().details()).isEmpty();
    assertThat(e.error().encodedAuthorizationMessage()).isNull();
  }

  @Test
  void gatewayErrorPrefersTheHeaderRequestId() throws Exception {
    mock.enqueue(401, "{\"error_msg\":\"x\",\"error_code\":\"APIGW.0301\",\"request_id\":\"from-body\"}",
        "from-header");
    assertThat(call(AuthenticationException.class, this::listOperations).requestId()).isEqualTo("from-header");
  }

  @Test
  void gatewayThrottlingCodeIsThrottling() throws Exception {
    String body = "{\"error_msg\":\"The throttling threshold has been reached: policy user over ratelimit\","
        + "\"error_code\":\"APIGW.0308\",\"request_id\":\"r\"}";
    mock.enqueue(429, body);
    mock.enqueue(429, body);
    mock.enqueue(429, body);
    ThrottlingException e = call(ThrottlingException.class, this::listOperations);
    assertThat(e.errorCode()).isEqualTo("APIGW.0308");
    assertThat(e.attempts()).isEqualTo(3);
  }

  @Test
  void htmlErrorPageStillGivesTheStatusType() throws Exception {
    String html = "<html><head><title>502 Bad Gateway</title></head><body>nginx</body></html>";
    for (int i = 0; i < 3; i++) {
      mock.enqueueRaw(502, "text/html", html);
    }
    ServerErrorException e = call(ServerErrorException.class, this::listOperations);
    assertThat(e.statusCode()).isEqualTo(502);
    assertThat(e.errorCode()).isNull();
    assertThat(e.errorMessage()).isNull();
    assertThat(e.bodyExcerpt()).isEqualTo(html);
    assertThat(e.attempts()).isEqualTo(3);
  }

  @Test
  void htmlErrorPageOn403IsAccessDenied() throws Exception {
    mock.enqueueRaw(403, "text/html", "<html><body>Forbidden</body></html>");
    AccessDeniedException e = call(AccessDeniedException.class, this::listOperations);
    assertThat(e.bodyExcerpt()).contains("Forbidden");
    assertThat(mock.requestCount()).isEqualTo(1);
  }

  @Test
  void htmlErrorPageOn404IsAPlainNotFound() throws Exception {
    mock.enqueueRaw(404, "text/html", "<html><body>Not Found</body></html>");
    NotFoundException e = call(NotFoundException.class, this::listOperations);
    assertThat(e.bodyExcerpt()).contains("Not Found");
  }

  @Test
  void gatewayNotFoundIsAPlainNotFound() throws Exception {
    mock.enqueue(404, "{\"error_code\":\"APIGW.0101\",\"error_msg\":\"The API does not exist or has not been "
        + "published in the environment\",\"request_id\":\"r\"}");
    assertThat(call(NotFoundException.class, this::listOperations).errorCode()).isEqualTo("APIGW.0101");
  }

  @Test
  void truncatedJsonBodyIsStillTyped() throws Exception {
    mock.enqueue(400, "{\"error_code\":\"RF.1\",\"error_m");
    BadRequestException e = call(BadRequestException.class, this::listOperations);
    assertThat(e.errorCode()).isNull();
    assertThat(e.bodyExcerpt()).isEqualTo("{\"error_code\":\"RF.1\",\"error_m");
  }

  @Test
  void oddDetailsAreSkippedNotFatal() throws Exception {
    mock.enqueue(403, "{\"error_code\":\"RF.403\",\"error_msg\":\"denied\",\"details\":\"not a list\"}");
    AccessDeniedException e = call(AccessDeniedException.class, this::listOperations);
    assertThat(e.errorCode()).isEqualTo("RF.403");
    assertThat(e.error().details()).isEmpty();
    assertThat(e.bodyExcerpt()).contains("not a list");
  }

  @Test
  void alternativeErrorShapesAreRead() throws Exception {
    mock.enqueue(400, "{\"error\":{\"code\":\"RF.77\",\"message\":\"nested\"}}");
    BadRequestException e = call(BadRequestException.class, this::listOperations);
    assertThat(e.errorCode()).isEqualTo("RF.77");
    assertThat(e.errorMessage()).isEqualTo("nested");
  }

  @Test
  void operationMetadata404NamingTheOperationIsOperationNotFound() throws Exception {
    for (String message : List.of("The stack set operation does not exist",
        "stack_set_operation_id daa46d87 not found", "operation not found", "资源栈集操作不存在",
        "The operation daa46d87 does not exist in stack set s", "Operation daa46d87 not found in StackSet s",
        "stack set s has no operation daa46d87", "资源栈集s中不存在操作daa46d87")) {
      mock.enqueue(404, "{\"error_code\":\"RF.10011404\",\"error_msg\":\"" + message + "\"}");
      OperationNotFoundException e = call(OperationNotFoundException.class, () -> rfs.showStackSetOperationMetadata(
          r -> r.stackSetName("s").operationId("daa46d87")));
      assertThat(e.errorMessage()).isEqualTo(message);
    }
  }

  @Test
  void operationMetadata404NamingOnlyTheStackSetIsStackSetNotFound() throws Exception {
    for (String message : List.of("The stack set does not exist", "StackSet my_stack_set not found",
        "资源栈集不存在")) {
      mock.enqueue(404, "{\"error_code\":\"RF.10011404\",\"error_msg\":\"" + message + "\"}");
      call(StackSetNotFoundException.class, () -> rfs.showStackSetOperationMetadata(
          r -> r.stackSetName("s").operationId("daa46d87")));
    }
  }

  @Test
  void stackInstance404DependsOnWhatTheMessageNames() throws Exception {
    mock.enqueue(404, "{\"error_code\":\"RF.1\",\"error_msg\":\"stack instance cn-north-4/d1 not found\"}");
    call(NotFoundException.class, () -> rfs.showStackInstance(r -> r.stackSetName("s").region("cn-north-4")
        .stackDomainId("d1")));
    mock.enqueue(404, "{\"error_code\":\"RF.1\",\"error_msg\":\"stack set s does not exist\"}");
    call(StackSetNotFoundException.class, () -> rfs.showStackInstance(r -> r.stackSetName("s")
        .region("cn-north-4").stackDomainId("d1")));
  }

  @Test
  void stackSetScoped404sAreStackSetNotFound() throws Exception {
    mock.enqueue(404, "{\"error_code\":\"RF.1\",\"error_msg\":\"not found\"}");
    call(StackSetNotFoundException.class, () -> rfs.showStackSetMetadata(r -> r.stackSetName("s")));
    mock.enqueue(404, "{\"error_code\":\"RF.1\",\"error_msg\":\"not found\"}");
    call(StackSetNotFoundException.class, () -> rfs.listStackInstances(r -> r.stackSetName("s")));
  }

  @Test
  void listStackSets404IsAPlainNotFound() throws Exception {
    mock.enqueue(404, "{\"error_code\":\"RF.1\",\"error_msg\":\"stack set not found\"}");
    call(NotFoundException.class, () -> rfs.listStackSets());
  }
}
