package dev.stacksets.core.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import dev.stacksets.core.exception.ClientSideException;
import dev.stacksets.core.exception.NotFoundException;
import dev.stacksets.core.exception.ServiceException;
import dev.stacksets.core.exception.StackSetsException;
import dev.stacksets.core.http.SdkHttpRequest;
import dev.stacksets.core.pipeline.AttemptEvent;
import dev.stacksets.core.pipeline.AttemptEvent.Decision;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import mockwebserver3.MockResponse;
import org.junit.jupiter.api.Test;

/** Corners of the staged pipeline: what a hook, an interceptor or a hostile reply can do to a call and its reports. */
class PipelineEdgeCasesTest extends PipelineTestSupport {
  private static final OperationDescriptor<String, String> PUT_THING =
      OperationDescriptor.<String, String>builder("PutThing")
          .binding("POST /v1/things")
          .marshaller(in -> SdkHttpRequest.builder().method("POST").encodedPath("/v1/things")
              .body(in, "application/json").build())
          .reader((response, metadata) -> response.bodyAsString())
          .retrySafety(RetrySafety.UNSAFE)
          .build();

  private final List<AttemptEvent> events = new CopyOnWriteArrayList<>();

  @Test
  void aRequestTheTransportCannotBuildFailsAlikeSyncAndAsyncAndIsReported() throws Exception {
    // a hook leaves a content type OkHttp cannot parse: nothing can be sent
    ClientRuntime rt = runtime(builder()
        .addRequestHook((service, operation, request) -> request.toBuilder()
            .body(request.body(), "not a media type").build())
        .addAttemptListener(events::add));

    Throwable sync = catchThrowable(() -> rt.execute(PUT_THING, "{}"));
    Throwable async = catchThrowable(() -> rt.executeAsync(PUT_THING, "{}").get(10, TimeUnit.SECONDS));

    assertThat(sync).isExactlyInstanceOf(ClientSideException.class);
    assertThat(async).isExactlyInstanceOf(ExecutionException.class);
    assertThat(async.getCause()).isExactlyInstanceOf(ClientSideException.class)
        .hasMessage(sync.getMessage().replace(((StackSetsException) sync).clientRequestId(),
            ((StackSetsException) async.getCause()).clientRequestId()));
    assertThat(((StackSetsException) async.getCause()).isRetryable()).isFalse();
    assertThat(events).hasSize(2).allSatisfy(e -> {
      assertThat(e.decision()).isEqualTo(Decision.FAILED);
      assertThat(e.statusCode()).isZero();
    });
    assertThat(server.getRequestCount()).isZero();
  }

  @Test
  void anInterceptorsOwnSdkExceptionIsReportedAndReachesTheCallerAsIs() {
    NotFoundException own = new NotFoundException(dev.stacksets.core.exception.ServiceError.builder()
        .service("Test").statusCode(404).errorCode("Mine").build());
    ClientRuntime rt = runtime(builder()
        .addInterceptor(chain -> {
          throw own;
        })
        .addAttemptListener(events::add));

    Throwable t = catchThrowable(() -> rt.execute("Op", get("/x"), TEXT));

    assertThat(t).isSameAs(own);
    assertThat(events).singleElement().satisfies(e -> {
      assertThat(e.decision()).isEqualTo(Decision.FAILED);
      assertThat(e.failure()).isEqualTo("NotFoundException");
    });
  }

  @Test
  void aRequestIdEchoingTheSessionTokenIsMaskedInEventsMetadataAndErrors() {
    server.enqueue(new MockResponse.Builder().code(200).addHeader("X-Request-Id", "id-" + SESSION_TOKEN)
        .body("ok").build());
    server.enqueue(new MockResponse.Builder().code(400).addHeader("X-Request-Id", "id-" + SESSION_TOKEN)
        .body("{\"code\":\"Bad\",\"message\":\"no\"}").build());
    ClientRuntime rt = runtime(builder().addAttemptListener(events::add));

    Result ok = rt.execute("Op", get("/x"), TEXT);
    Throwable t = catchThrowable(() -> rt.execute("Op", get("/x"), TEXT));

    assertThat(ok.metadata().requestId()).startsWith("id-").doesNotContain(SESSION_TOKEN);
    assertThat(((ServiceException) t).requestId()).startsWith("id-").doesNotContain(SESSION_TOKEN);
    assertThat(t.getMessage()).doesNotContain(SESSION_TOKEN);
    assertThat(events).hasSize(2).allSatisfy(e -> {
      assertThat(e.requestId()).startsWith("id-").doesNotContain(SESSION_TOKEN);
      assertThat(e.toString()).doesNotContain(SESSION_TOKEN);
    });
  }
}
