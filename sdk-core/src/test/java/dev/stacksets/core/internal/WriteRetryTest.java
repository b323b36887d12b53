package dev.stacksets.core.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.stacksets.core.exception.ClientSideException;
import dev.stacksets.core.http.SdkHttpRequest;
import dev.stacksets.core.pipeline.AttemptEvent;
import dev.stacksets.core.pipeline.AttemptEvent.Decision;
import java.io.IOException;
import java.net.ConnectException;
import java.net.ServerSocket;
import java.net.URI;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import mockwebserver3.MockResponse;
import mockwebserver3.RecordedRequest;
import mockwebserver3.SocketEffect;
import org.junit.jupiter.api.Test;

/**
 * Writes against a MockWebServer: an unsafe one is sent again only when it provably never left; one carrying an
 * idempotency key is retried like a read, with the same key and the same bytes on every attempt.
 */
class WriteRetryTest extends PipelineTestSupport {
  record Create(String name) {}

  /** A write without an idempotency key (an RFS-style POST). */
  static final OperationDescriptor<Create, Result> UNSAFE_CREATE =
      OperationDescriptor.<Create, Result>builder("CreateWidget")
          .marshaller(in -> SdkHttpRequest.builder().method("POST").encodedPath("/v1/widgets")
              .body("{\"name\":\"" + in.name() + "\"}", "application/json").build())
          .reader(TEXT)
          .retrySafety(RetrySafety.UNSAFE)
          .build();

  /** A CloudFormation-style write: the marshaller puts a fresh OperationId into the form, once per call. */
  static final OperationDescriptor<Create, Result> KEYED_CREATE =
      OperationDescriptor.<Create, Result>builder("CreateStackSet")
          .binding("Action=CreateStackSet")
          .marshaller(in -> SdkHttpRequest.builder().method("POST").encodedPath("/")
              .body("Action=CreateStackSet&OperationId=" + UUID.randomUUID() + "&StackSetName=" + in.name(),
                  "application/x-www-form-urlencoded; charset=utf-8").build())
          .reader(TEXT)
          .retrySafety(RetrySafety.IDEMPOTENCY_KEY)
          .build();

  private final List<AttemptEvent> events = new CopyOnWriteArrayList<>();

  private static MockResponse dropAfterRequestRead() {
    return new MockResponse.Builder().onResponseStart(new SocketEffect.CloseSocket()).build();
  }

  @Test
  void anUnsafeWriteIsNotSentAgainWhenTheConnectionDropsAfterTheRequestWasRead() throws Exception {
    server.enqueue(dropAfterRequestRead());
    server.enqueue(ok("would be a second create"));

    ClientSideException e = catchThrowableOfType(ClientSideException.class,
        () -> runtime(builder().addAttemptListener(events::add)).execute(UNSAFE_CREATE, new Create("w")));

    assertThat(e.attempts()).isEqualTo(1);
    assertThat(e.isRetryable()).isTrue();
    assertThat(server.getRequestCount()).isEqualTo(1);
    assertThat(server.takeRequest(5, TimeUnit.SECONDS).getBody().utf8()).isEqualTo("{\"name\":\"w\"}");
    assertThat(events).singleElement().satisfies(ev -> {
      assertThat(ev.decision()).isEqualTo(Decision.FAILED);
      assertThat(ev.reason()).isEqualTo("unsafe to repeat");
      assertThat(ev.statusCode()).isZero();
    });
    assertThat(sleeper.sleeps()).isEmpty();
  }

  @Test
  void anUnsafeWriteIsNotSentAgainAfterA503() {
    server.enqueue(status(503));
    server.enqueue(ok("would be a second create"));

    catchThrowableOfType(dev.stacksets.core.exception.ServerErrorException.class,
        () -> runtime().execute(UNSAFE_CREATE, new Create("w")));

    assertThat(server.getRequestCount()).isEqualTo(1);
  }

  @Test
  void anUnsafeWriteIsSentAgainWhenTheConnectionIsRefused() throws IOException {
    int closedPort;
    try (ServerSocket s = new ServerSocket(0)) {
      closedPort = s.getLocalPort();
    }

    ClientSideException e = catchThrowableOfType(ClientSideException.class,
        () -> runtime(builder().endpoint(URI.create("http://127.0.0.1:" + closedPort)).addAttemptListener(events::add))
            .execute(UNSAFE_CREATE, new Create("w")));

    assertThat(e.attempts()).isEqualTo(3);
    assertThat(e.getCause()).isInstanceOf(ConnectException.class);
    assertThat(events).extracting(AttemptEvent::decision)
        .containsExactly(Decision.RETRY, Decision.RETRY, Decision.FAILED);
    assertThat(events).extracting(AttemptEvent::reason)
        .containsExactly("I/O failure", "I/O failure", "attempts exhausted");
    assertThat(events).extracting(AttemptEvent::failure).containsOnly("ConnectException");
    assertThat(sleeper.sleeps()).hasSize(2);
  }

  @Test
  void aKeyedWriteIsRetriedWithTheSameKeyAndTheSameBytes() throws Exception {
    server.enqueue(dropAfterRequestRead());
    server.enqueue(status(503));
    server.enqueue(ok("created"));

    Result r = runtime().execute(KEYED_CREATE, new Create("s"));

    assertThat(r.body()).isEqualTo("created");
    assertThat(r.metadata().attempts()).isEqualTo(3);
    RecordedRequest first = server.takeRequest(5, TimeUnit.SECONDS);
    RecordedRequest second = server.takeRequest(5, TimeUnit.SECONDS);
    RecordedRequest third = server.takeRequest(5, TimeUnit.SECONDS);
    assertThat(first.getBody().utf8()).matches("Action=CreateStackSet&OperationId=[0-9a-f-]{36}&StackSetName=s");
    assertThat(second.getBody()).isEqualTo(first.getBody());
    assertThat(third.getBody()).isEqualTo(first.getBody());
    // and the per-call Client-Request-Id (RFS's key) is identical too
    assertThat(second.getHeaders().get(CLIENT_REQUEST_ID)).isEqualTo(first.getHeaders().get(CLIENT_REQUEST_ID));
    assertThat(third.getHeaders().get(CLIENT_REQUEST_ID)).isEqualTo(first.getHeaders().get(CLIENT_REQUEST_ID));
  }

  @Test
  void aReadIsRetriedAfterTheConnectionDropsAfterTheRequestWasRead() {
    server.enqueue(dropAfterRequestRead());
    server.enqueue(ok("read"));

    Result r = runtime().execute("Op", get("/x"), TEXT);

    assertThat(r.metadata().attempts()).isEqualTo(2);
  }
}
