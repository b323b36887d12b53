package dev.stacksets.rfs;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.stacksets.core.ResponseMetadata;
import dev.stacksets.core.exception.ClientSideException;
import dev.stacksets.core.exception.StackSetNotFoundException;
import dev.stacksets.core.retry.RetryPolicy;
import dev.stacksets.rfs.model.CreateStackInstancesResponse;
import dev.stacksets.rfs.model.DeleteStackSetResponse;
import dev.stacksets.rfs.model.UpdateStackSetResponse;
import mockwebserver3.MockResponse;
import mockwebserver3.RecordedRequest;
import mockwebserver3.SocketEffect;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * A write keeps one Client-Request-Id across its retries: a reply lost after the request was sent is retried with the
 * same id and the same bytes, and ends with the one reply; DeleteStackSet's 404 on a retry means it was deleted.
 */
class WriteIdempotencyTest {
  static final String SET = "my_stack_set";
  static final String OP = "daa46d87-045b-4a50-a0d5-c167fc34b632";

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

  /** The server reads the whole request, then closes the connection before any reply byte. */
  private void dropTheReply() {
    mock.server.enqueue(new MockResponse.Builder().onResponseStart(new SocketEffect.CloseSocket()).build());
  }

  @Test
  void aReplyLostAfterCreateStackInstancesWasSentIsRetriedWithTheSameClientRequestIdAndEndsWithOneOperation()
      throws Exception {
    dropTheReply();
    mock.enqueue(200, "{\"stack_set_operation_id\":\"" + OP + "\"}");

    CreateStackInstancesResponse response = rfs.createStackInstances(r -> r.stackSetName(SET)
        .deploymentTargets(t -> t.regions("cn-north-4").domainIds("0a2b3c4d5e6f47a8b9c0d1e2f3a4b5c6")));

    RecordedRequest first = mock.take();
    RecordedRequest second = mock.take();
    assertThat(mock.requestCount()).isEqualTo(2);
    String id = first.getHeaders().get("Client-Request-Id");
    assertThat(id).matches(WriteRequestsTest.UUID_PATTERN);
    assertThat(second.getHeaders().get("Client-Request-Id")).isEqualTo(id);
    assertThat(second.getBody()).isEqualTo(first.getBody());
    assertThat(second.getTarget()).isEqualTo(first.getTarget()).isEqualTo("/v1/stack-sets/my_stack_set/stack-instances");
    assertThat(response.operationId()).isEqualTo(OP);
    assertThat(response.responseMetadata()).isEqualTo(new ResponseMetadata("req-200", id, 200, 2));
  }

  @Test
  void theCallersClientRequestIdIsKeptAcrossRetries() throws Exception {
    mock.enqueue(503, "{\"error_code\":\"RF.10010503\",\"error_msg\":\"busy\"}");
    mock.enqueue(204, "");

    UpdateStackSetResponse response = rfs.updateStackSet(r -> r.stackSetName(SET).stackSetDescription("d")
        .clientRequestId("my-own-key-1"));

    assertThat(mock.take().getHeaders().get("Client-Request-Id")).isEqualTo("my-own-key-1");
    assertThat(mock.take().getHeaders().get("Client-Request-Id")).isEqualTo("my-own-key-1");
    assertThat(response.responseMetadata()).isEqualTo(new ResponseMetadata("req-204", "my-own-key-1", 204, 2));
  }

  @Test
  void deleteStackSetThatFindsTheSetGoneOnARetryReturnsNormally() throws Exception {
    dropTheReply();
    mock.enqueue(404, "{\"error_code\":\"RF.10014404\",\"error_msg\":\"stack set my_stack_set does not exist\"}");

    DeleteStackSetResponse response = rfs.deleteStackSet(r -> r.stackSetName(SET).clientRequestId("del-1"));

    assertThat(mock.take().getMethod()).isEqualTo("DELETE");
    assertThat(mock.take().getHeaders().get("Client-Request-Id")).isEqualTo("del-1");
    assertThat(response.responseMetadata()).isEqualTo(new ResponseMetadata("req-404", "del-1", 404, 2));
  }

  @Test
  void deleteStackSetThatFindsNoSetOnItsFirstAttemptThrows() {
    mock.enqueue(404, "{\"error_code\":\"RF.10014404\",\"error_msg\":\"stack set my_stack_set does not exist\"}");

    StackSetNotFoundException e = catchThrowableOfType(StackSetNotFoundException.class,
        () -> rfs.deleteStackSet(r -> r.stackSetName(SET).clientRequestId("del-2")));

    assertThat(e.attempts()).isEqualTo(1);
    assertThat(e.clientRequestId()).isEqualTo("del-2");
    assertThat(mock.requestCount()).isEqualTo(1);
  }

  @Test
  void theOtherWritesDoNotTakeA404OnARetryForSuccess() {
    dropTheReply();
    mock.enqueue(404, "{\"error_code\":\"RF.10014404\",\"error_msg\":\"stack set my_stack_set does not exist\"}");

    StackSetNotFoundException e = catchThrowableOfType(StackSetNotFoundException.class,
        () -> rfs.updateStackSet(r -> r.stackSetName(SET).stackSetDescription("d")));

    assertThat(e.attempts()).isEqualTo(2);
  }

  @Test
  void withoutRetriesALostReplyIsAClientSideFailureAndNothingIsSentTwice() {
    try (RfsClient once = mock.builder().projectId(RfsMock.PROJECT_ID).retryPolicy(RetryPolicy.none()).build()) {
      dropTheReply();
      mock.enqueue(200, "{\"stack_set_operation_id\":\"" + OP + "\"}");

      ClientSideException e = catchThrowableOfType(ClientSideException.class, () -> once.deployStackSet(r -> r
          .stackSetName(SET).deploymentTargets(t -> t.regions("cn-north-4")).clientRequestId("dep-1")));

      assertThat(e.attempts()).isEqualTo(1);
      assertThat(e.clientRequestId()).isEqualTo("dep-1");
      assertThat(mock.requestCount()).isEqualTo(1);
    }
  }
}
