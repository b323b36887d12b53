package dev.stacksets.core.internal;

import dev.stacksets.core.internal.util.Json;
import dev.stacksets.core.internal.signing.Canonical;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.stacksets.core.exception.AccessDeniedException;
import dev.stacksets.core.exception.ClientSideException;
import dev.stacksets.core.exception.NotFoundException;
import dev.stacksets.core.exception.ServerErrorException;
import dev.stacksets.core.exception.ServiceError;
import dev.stacksets.core.exception.ServiceException;
import dev.stacksets.core.exception.StackSetsException;
import dev.stacksets.core.retry.RetryPolicy;
import dev.stacksets.core.http.SdkHttpRequest;
import dev.stacksets.core.http.SdkHttpResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import mockwebserver3.MockResponse;
import okhttp3.Response;
import okio.Buffer;
import okio.ForwardingSource;
import okio.Okio;
import org.junit.jupiter.api.Test;

class ClientRuntimeErrorTest extends PipelineTestSupport {

  @Test
  void unparseable2xxBodyIsANonRetryableClientSideException() {
    server.enqueue(ok("not json"));
    server.enqueue(ok("never"));

    ClientSideException e = catchThrowableOfType(ClientSideException.class,
        () -> runtime().execute("Op", get("/x"), (r, m) -> Json.mapper().readTree(r.body()).get("x").asText()));

    assertThat(e.isRetryable()).isFalse();
    assertThat(e.attempts()).isEqualTo(1);
    assertThat(e.clientRequestId()).isNotNull();
    assertThat(e.getMessage()).contains("Test Op").contains("could not read the response body");
    assertThat(e.getCause()).isInstanceOf(IOException.class);
    assertThat(server.getRequestCount()).isEqualTo(1);
  }

  @Test
  void parserRuntimeFailureIsAlsoAClientSideException() {
    server.enqueue(ok("{}"));

    assertThatThrownBy(() -> runtime().execute("Op", get("/x"), (r, m) -> {
      throw new IllegalStateException("missing field");
    })).isInstanceOf(ClientSideException.class).hasCauseInstanceOf(IllegalStateException.class);
  }

  @Test
  void parserMayThrowAnSdkExceptionThatPassesThrough() {
    server.enqueue(ok("{}"));
    ClientSideException own = new ClientSideException("own");

    assertThatThrownBy(() -> runtime().execute("Op", get("/x"), (r, m) -> {
      throw own;
    })).isSameAs(own);
  }

  @Test
  void errorBodyTheMapperChokesOnStillGivesTheStatusTypedException() {
    server.enqueue(new MockResponse.Builder().code(404).addHeader("X-Request-Id", "req-404")
        .body("<html>gateway page</html>").build());
    ServiceProfile choking = new ServiceProfile("Test", fakeSigner(), (response, error) -> {
      throw new IllegalArgumentException("cannot parse " + response.bodyAsString());
    }, List.of("X-Request-Id"), CLIENT_REQUEST_ID, ClockSkewErrors.none());

    NotFoundException e = catchThrowableOfType(NotFoundException.class,
        () -> runtime(builder().build(), choking).execute("Op", get("/x"), TEXT));

    assertThat(e.statusCode()).isEqualTo(404);
    assertThat(e.requestId()).isEqualTo("req-404");
    assertThat(e.bodyExcerpt()).isEqualTo("<html>gateway page</html>");
    assertThat(e.attempts()).isEqualTo(1);
    assertThat(e.clientRequestId()).isNotNull();
  }

  @Test
  void mapperReturningNullStillGivesTheStatusTypedException() {
    server.enqueue(status(503));
    server.enqueue(status(503));
    ServiceProfile nulls = new ServiceProfile("Test", fakeSigner(), (response, error) -> null,
        List.of("X-Request-Id"), CLIENT_REQUEST_ID, ClockSkewErrors.none());

    ServerErrorException e = catchThrowableOfType(ServerErrorException.class,
        () -> runtime(builder().retryPolicy(RetryPolicy.builder().maxAttempts(2).build()).build(), nulls)
            .execute("Op", get("/x"), TEXT));

    assertThat(e.attempts()).isEqualTo(2);
  }

  @Test
  void nonJsonErrorBodyKeepsStatusTypeAndExcerpt() {
    server.enqueue(new MockResponse.Builder().code(403).body("Forbidden by proxy").build());

    AccessDeniedException e = catchThrowableOfType(AccessDeniedException.class,
        () -> runtime().execute("Op", get("/x"), TEXT));

    assertThat(e.errorCode()).isNull();
    assertThat(e.bodyExcerpt()).isEqualTo("Forbidden by proxy");
  }

  @Test
  void bodyExcerptIsAtMostTwoKibibytes() {
    String big = "x".repeat(100_000);
    server.enqueue(new MockResponse.Builder().code(400).body(big).build());

    ServiceException e = catchThrowableOfType(ServiceException.class,
        () -> runtime().execute("Op", get("/x"), TEXT));

    assertThat(e.bodyExcerpt()).hasSize(ServiceError.MAX_EXCERPT_CHARS + 3)
        .isEqualTo("x".repeat(2048) + "...");
  }

  @Test
  void bodyExcerptOfMultiByteTextIsCutByCharacters() {
    String big = "\u96ea".repeat(5000); // 3 bytes each in UTF-8
    server.enqueue(new MockResponse.Builder().code(400).body(big).build());

    ServiceException e = catchThrowableOfType(ServiceException.class,
        () -> runtime().execute("Op", get("/x"), TEXT));

    assertThat(e.bodyExcerpt()).isEqualTo("\u96ea".repeat(2048) + "...");
  }

  @Test
  void emptyErrorBodyHasNoExcerpt() {
    server.enqueue(new MockResponse.Builder().code(409).build());

    ServiceException e = catchThrowableOfType(ServiceException.class,
        () -> runtime().execute("Op", get("/x"), TEXT));

    assertThat(e.bodyExcerpt()).isNull();
    assertThat(e.statusCode()).isEqualTo(409);
  }

  @Test
  void aReplyWithoutRequestIdLeavesItOutOfTheMessage() {
    server.enqueue(new MockResponse.Builder().code(409).build());

    ServiceException e = catchThrowableOfType(ServiceException.class,
        () -> runtime().execute("Op", get("/x"), TEXT));

    assertThat(e.requestId()).isNull();
    assertThat(e.getMessage()).isEqualTo(e.error().toString())
        .isEqualTo("Test 409 (client request id: " + e.clientRequestId() + ", attempts: 1)");
  }

  @Test
  void exceptionMessagesNeverHoldHeaderValues() {
    server.enqueue(new MockResponse.Builder().code(500).addHeader("X-Request-Id", "req-500")
        .addHeader("X-Backend-Secret", "backend-secret-value").addHeader("Set-Cookie", "session=cookie-value")
        .body("{\"code\":\"Internal\",\"message\":\"oops\"}").build());

    ServiceException e = catchThrowableOfType(ServiceException.class,
        () -> runtime(builder().retryPolicy(RetryPolicy.none())).execute("Op", get("/x"), TEXT));

    String all = e.getMessage() + " " + e + " " + e.error();
    assertThat(all).contains("Test", "500", "Internal", "oops", "req-500", "attempts: 1")
        .doesNotContain("backend-secret-value", "cookie-value", "sig-", SESSION_TOKEN,
            dev.stacksets.core.testing.TestClientBuilder.SECRET_KEY, "Authorization");
  }

  @Test
  void secretsTheServiceEchoesInItsErrorAreMasked() throws Exception {
    // AWS's SignatureDoesNotMatch echoes the canonical request, security token included, in its message
    String echo = "The Canonical String for this request should have been 'GET /x x-security-token:" + SESSION_TOKEN
        + "' and your Authorization was '" + authorization(dev.stacksets.core.auth.Credentials.of(
        dev.stacksets.core.testing.TestClientBuilder.ACCESS_KEY, dev.stacksets.core.testing.TestClientBuilder.SECRET_KEY))
        + "'";
    server.enqueue(new MockResponse.Builder().code(403)
        .body("{\"code\":\"SignatureDoesNotMatch\",\"message\":" + Json.mapper().writeValueAsString(echo) + "}")
        .build());

    ServiceException e = catchThrowableOfType(ServiceException.class,
        () -> runtime().execute("Op", get("/x"), TEXT));

    assertThat(e.errorCode()).isEqualTo("SignatureDoesNotMatch");
    assertThat(e.errorMessage()).contains("x-security-token:***").startsWith("The Canonical String");
    String all = e.getMessage() + " " + e.errorMessage() + " " + e.bodyExcerpt();
    assertThat(all).doesNotContain(SESSION_TOKEN, dev.stacksets.core.testing.TestClientBuilder.SECRET_KEY);
  }

  @Test
  void jsonEscapedSecretsAreMaskedToo() {
    SdkHttpRequest signed = get("/x").toBuilder().header("X-Amz-Security-Token", "abc/def+ghi/jkl==").build();
    SdkHttpResponse response = new SdkHttpResponse(403, okhttp3.Headers.of(),
        "{\"message\":\"token abc\\/def+ghi\\/jkl== and abc/def+ghi/jkl==\"}".getBytes(StandardCharsets.UTF_8));

    assertThat(ClientRuntime.redactEchoedSecrets(response, signed).bodyAsString())
        .isEqualTo("{\"message\":\"token *** and ***\"}");
  }

  @Test
  void unicodeEscapedSecretsAreMasked() {
    SdkHttpRequest signed = get("/x").toBuilder().header("X-Amz-Security-Token", "abc/def+ghi/jkl==").build();
    SdkHttpResponse response = new SdkHttpResponse(403, okhttp3.Headers.of(),
        ("{\"message\":\"token abc\\/def\\u002bghi\\/jkl== or abc\\u002Fdef\\u002Bghi\\u002fjkl\\u003d= "
            + "or \\u0061bc/def+ghi/jkl\\u003D\\u003d\"}").getBytes(StandardCharsets.UTF_8));

    assertThat(ClientRuntime.redactEchoedSecrets(response, signed).bodyAsString())
        .isEqualTo("{\"message\":\"token *** or *** or ***\"}");
  }

  @Test
  void echoedTokenLinesAndSignaturesAreMaskedEvenWhenTheyAreNotThisAttemptsValues() {
    String otherSignature = "0123456789abcdef".repeat(4);
    SdkHttpRequest signed = get("/x").toBuilder().header("X-Amz-Security-Token", "current-token-value")
        .header("Authorization", "AWS4-HMAC-SHA256 Credential=AK/x, SignedHeaders=host, Signature="
            + "f".repeat(64)).build();
    SdkHttpResponse response = new SdkHttpResponse(403, okhttp3.Headers.of(),
        ("<Message>The canonical string was 'GET\n/\n\nhost:h\nX-Amz-Security-Token:an0ther+T0ken/from=attempt1\n"
            + "x-security-token:huawei-token|rest' and the signature Signature=" + otherSignature + "</Message>")
            .getBytes(StandardCharsets.UTF_8));

    String out = ClientRuntime.redactEchoedSecrets(response, signed).bodyAsString();

    assertThat(out).isEqualTo("<Message>The canonical string was 'GET\n/\n\nhost:h\nX-Amz-Security-Token:***\n"
        + "x-security-token:***|rest' and the signature Signature=***</Message>");
  }

  @Test
  void bodiesWithoutSecretsAreLeftAlone() {
    SdkHttpRequest signed = get("/x").toBuilder().header("Authorization", "X Signature=0123456789abcdef").build();
    SdkHttpResponse response = new SdkHttpResponse(400, okhttp3.Headers.of(), "plain".getBytes(StandardCharsets.UTF_8));
    assertThat(ClientRuntime.redactEchoedSecrets(response, signed)).isSameAs(response);
  }

  @Test
  void clientSideMessagesHoldNoSecretsAndReadWell() {
    server.enqueue(new MockResponse.Builder()
        .onRequestStart(new mockwebserver3.SocketEffect.CloseSocket()).build());

    ClientSideException e = catchThrowableOfType(ClientSideException.class,
        () -> runtime(builder().retryPolicy(RetryPolicy.none()).build(), profile(null))
            .execute("Op", get("/x"), TEXT));

    // no client request id for this service: no dangling separator either
    assertThat(e.getMessage()).doesNotContain("(,").contains("(attempts: ")
        .doesNotContain(SESSION_TOKEN, dev.stacksets.core.testing.TestClientBuilder.SECRET_KEY, "sig-");
  }

  @Test
  void responseBodyIsClosedOnEveryPath() {
    AtomicInteger opened = new AtomicInteger();
    AtomicInteger closed = new AtomicInteger();
    ClientRuntime runtime = runtime(builder().retryPolicy(RetryPolicy.none()).addInterceptor(chain -> {
      Response response = chain.proceed(chain.request());
      opened.incrementAndGet();
      ForwardingSource tracking = new ForwardingSource(response.body().source()) {
        @Override
        public void close() throws IOException {
          closed.incrementAndGet();
          super.close();
        }
      };
      return response.newBuilder()
          .body(okhttp3.ResponseBody.create(Okio.buffer(tracking), response.body().contentType(),
              response.body().contentLength()))
          .build();
    }));

    server.enqueue(ok("fine"));
    runtime.execute("Op", get("/x"), TEXT);
    server.enqueue(ok("fine"));
    catchThrowableOfType(ClientSideException.class, () -> runtime.execute("Op", get("/x"), (r, m) -> {
      throw new IOException("bad body");
    }));
    server.enqueue(status(500));
    catchThrowableOfType(ServiceException.class, () -> runtime.execute("Op", get("/x"), TEXT));
    server.enqueue(status(404));
    catchThrowableOfType(ServiceException.class, () -> runtime.execute("Op", get("/x"), TEXT));
    server.enqueue(new MockResponse.Builder().code(204).build());
    runtime.execute("Op", get("/x"), TEXT);

    assertThat(opened.get()).isEqualTo(5);
    assertThat(closed.get()).isEqualTo(5);
  }

  @Test
  void interceptorFailureIsANonRetryableClientSideException() {
    IllegalStateException boom = new IllegalStateException("interceptor bug");
    ClientSideException e = catchThrowableOfType(ClientSideException.class,
        () -> runtime(builder().addInterceptor(chain -> {
          throw boom;
        })).execute("Op", get("/x"), TEXT));

    assertThat(e.getCause()).isSameAs(boom);
    assertThat(e.isRetryable()).isFalse();
    assertThat(e.attempts()).isEqualTo(1);
    assertThat(server.getRequestCount()).isZero();
  }

  @Test
  void credentialsProviderReturningNullIsAClientSideException() {
    server.enqueue(ok("never"));

    ClientSideException e = catchThrowableOfType(ClientSideException.class,
        () -> runtime(builder().credentialsProvider(() -> null)).execute("Op", get("/x"), TEXT));

    assertThat(e.isRetryable()).isFalse();
    assertThat(e.clientRequestId()).isNotNull();
    assertThat(server.getRequestCount()).isZero();
  }

  @Test
  void everyFailureIsAStackSetsException() {
    server.enqueue(new MockResponse.Builder().code(418).body(new Buffer().writeUtf8("teapot")).build());

    StackSetsException e = catchThrowableOfType(StackSetsException.class,
        () -> runtime().execute("Op", get("/x"), TEXT));

    assertThat(e).isExactlyInstanceOf(ServiceException.class);
    assertThat(e.isRetryable()).isFalse();
  }
}
