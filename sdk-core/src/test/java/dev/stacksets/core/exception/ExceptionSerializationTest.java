package dev.stacksets.core.exception;

import dev.stacksets.core.operation.WaiterTimeoutException;
import static org.assertj.core.api.Assertions.assertThat;

import dev.stacksets.core.operation.DeploymentTargets;
import dev.stacksets.core.operation.OperationStatus;
import dev.stacksets.core.operation.Provider;
import dev.stacksets.core.operation.StackSetOperation;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/** Exceptions keep everything they carry across Java serialization (e.g. to a remote worker or a cache). */
class ExceptionSerializationTest {

  @SuppressWarnings("unchecked")
  private static <T> T roundTrip(T value) throws Exception {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (ObjectOutputStream out = new ObjectOutputStream(bytes)) {
      out.writeObject(value);
    }
    try (ObjectInputStream in = new ObjectInputStream(new ByteArrayInputStream(bytes.toByteArray()))) {
      return (T) in.readObject();
    }
  }

  @Test
  void aServiceExceptionKeepsItsServiceError() throws Exception {
    ServiceError error = ServiceError.builder().service("RFS").statusCode(404).errorCode("RF.10011404")
        .errorMessage("operation not found").requestId("req-1").clientRequestId("crid-1").attempts(2)
        .bodyExcerpt("{...}").throttling(false).retryableCode(true).encodedAuthorizationMessage("enc")
        .addDetail("D1", "detail one").build();

    OperationNotFoundException copy = roundTrip(new OperationNotFoundException(error));

    assertThat(copy.error()).isEqualTo(error);
    assertThat(copy.statusCode()).isEqualTo(404);
    assertThat(copy.errorCode()).isEqualTo("RF.10011404");
    assertThat(copy.errorMessage()).isEqualTo("operation not found");
    assertThat(copy.requestId()).isEqualTo("req-1");
    assertThat(copy.clientRequestId()).isEqualTo("crid-1");
    assertThat(copy.attempts()).isEqualTo(2);
    assertThat(copy.isRetryable()).isTrue();
    assertThat(copy.error().details()).containsExactly(new ServiceError.Detail("D1", "detail one"));
    assertThat(copy.getMessage()).isEqualTo(new OperationNotFoundException(error).getMessage());
  }

  @Test
  void aWaiterTimeoutKeepsTheLastStateSeen() throws Exception {
    StackSetOperation last = StackSetOperation.builder().provider(Provider.CLOUDFORMATION).operationId("op-1")
        .stackSetName("set").status(OperationStatus.RUNNING).nativeStatus("RUNNING")
        .createdAt(Instant.parse("2026-01-01T00:00:00Z"))
        .targets(DeploymentTargets.builder().addAccount("111111111111").addRegion("us-east-1").build()).build();

    ThrottlingException failure = new ThrottlingException(
        ServiceError.builder().service("CloudFormation").statusCode(400).errorCode("Throttling").throttling(true)
            .build());
    WaiterTimeoutException original =
        new WaiterTimeoutException("set", "op-1", last, Duration.ofMinutes(5), 7, failure);

    WaiterTimeoutException copy = roundTrip(original);

    assertThat(copy.lastSeen()).contains(last);
    assertThat(copy.lastSeen().orElseThrow().targets().accounts()).containsExactly("111111111111");
    assertThat(copy.stackSetName()).isEqualTo("set");
    assertThat(copy.operationId()).isEqualTo("op-1");
    assertThat(copy.getMessage()).isEqualTo(original.getMessage());
    assertThat(copy.getCause()).isInstanceOf(ThrottlingException.class);
    assertThat(((ThrottlingException) copy.getCause()).error()).isEqualTo(failure.error());
    assertThat(copy.timeout()).isEqualTo(Duration.ofMinutes(5));
    assertThat(copy.polls()).isEqualTo(7);
  }

  @Test
  void aWaiterTimeoutWithoutAnAnswerHasAnEmptyLastSeen() throws Exception {
    WaiterTimeoutException copy = roundTrip(new WaiterTimeoutException("set", "op-1", null, Duration.ZERO, 1, null));

    assertThat(copy.lastSeen()).isEmpty();
    assertThat(copy.getCause()).isNull();
  }
}
