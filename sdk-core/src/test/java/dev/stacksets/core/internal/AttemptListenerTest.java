package dev.stacksets.core.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import dev.stacksets.core.exception.BadRequestException;
import dev.stacksets.core.pipeline.AttemptEvent;
import dev.stacksets.core.pipeline.AttemptEvent.Decision;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import mockwebserver3.MockResponse;
import mockwebserver3.RecordedRequest;
import org.junit.jupiter.api.Test;

class AttemptListenerTest extends PipelineTestSupport {
  private final List<AttemptEvent> events = new CopyOnWriteArrayList<>();

  @Test
  void oneEventPerAttemptOfARetrySequence() throws Exception {
    server.enqueue(new MockResponse.Builder().code(503).addHeader("X-Request-Id", "req-1")
        .body("{\"code\":\"Busy\",\"message\":\"try later\"}").build());
    server.enqueue(ok("done"));

    runtime(builder().addAttemptListener(events::add)).execute("ListThings", get("/v1/things"), TEXT);

    RecordedRequest first = server.takeRequest();
    String crid = first.getHeaders().get(CLIENT_REQUEST_ID);
    assertThat(events).hasSize(2);
    assertThat(events.get(0)).isEqualTo(new AttemptEvent("Test", "ListThings", 1, 503, "Busy", null,
        events.get(0).latency(), Decision.RETRY, "retryable reply", sleeper.sleeps().get(0), "req-1", crid));
    assertThat(events.get(1)).isEqualTo(new AttemptEvent("Test", "ListThings", 2, 200, null, null,
        events.get(1).latency(), Decision.SUCCEEDED, null, Duration.ZERO, "req-ok", crid));
    assertThat(events.get(0).latency().isNegative()).isFalse();
  }

  @Test
  void aFinalFailureIsReportedAsFailedAndAThrowingListenerChangesNothing() {
    server.enqueue(status(400));
    List<AttemptEvent> seen = new CopyOnWriteArrayList<>();

    Throwable t = catchThrowable(() -> runtime(builder()
        .addAttemptListener(e -> {
          throw new IllegalStateException("listener bug");
        })
        .addAttemptListener(seen::add)).execute("Op", get("/x"), TEXT));

    assertThat(t).isExactlyInstanceOf(BadRequestException.class);
    assertThat(seen).singleElement().satisfies(e -> {
      assertThat(e.decision()).isEqualTo(Decision.FAILED);
      assertThat(e.reason()).isEqualTo("not retryable");
      assertThat(e.statusCode()).isEqualTo(400);
      assertThat(e.errorCode()).isEqualTo("E400");
    });
  }

  @Test
  void eventsHoldNoSecretsInTheirText() {
    server.enqueue(ok("x"));

    runtime(builder().addAttemptListener(events::add)).execute("Op", get("/x"), TEXT);

    assertThat(events.get(0).toString()).doesNotContain(dev.stacksets.core.testing.TestClientBuilder.SECRET_KEY,
        SESSION_TOKEN, "Authorization", "sig-");
  }
}
