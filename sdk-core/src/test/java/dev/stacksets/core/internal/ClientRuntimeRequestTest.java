package dev.stacksets.core.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.stacksets.core.ClientConfiguration;
import dev.stacksets.core.auth.Credentials;
import dev.stacksets.core.auth.HuaweiSigner;
import dev.stacksets.core.exception.ServerErrorException;
import dev.stacksets.core.http.SdkHttpRequest;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import mockwebserver3.RecordedRequest;
import okhttp3.ConnectionSpec;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.Response;
import org.junit.jupiter.api.Test;

class ClientRuntimeRequestTest extends PipelineTestSupport {

  @Test
  void requestOnTheWireCarriesBasePathHostUserAgentQueryBodyAndSignature() throws Exception {
    server.enqueue(ok("{}"));
    URI endpoint = server.url("/base/").uri();
    Instant now = Instant.parse("2024-05-01T10:00:00Z");
    ClientConfiguration config = builder().endpoint(endpoint).userAgentSuffix("my-app/1.2")
        .clock(Clock.fixed(now, ZoneOffset.UTC))
        .credentialsProvider(() -> Credentials.of("AKWIRE", "SKWIRE", "TOKENWIRE")).build();
    ServiceProfile profile = new ServiceProfile("Test", new HuaweiSigner(), PipelineTestSupport::mapJsonError,
        List.of("X-Request-Id"), CLIENT_REQUEST_ID, ClockSkewErrors.none());
    SdkHttpRequest request = SdkHttpRequest.builder().method("POST").encodedPath("/v1/stack-sets/a%2Fb")
        .addQuery("marker", "a b/c").addQuery("limit", "5").addQuery("marker", "second")
        .header("X-Custom", "yes")
        .body("{\"name\":\"x\"}", "application/json").build();

    runtime(config, profile).execute("Create", request, TEXT);

    RecordedRequest wire = server.takeRequest();
    assertThat(wire.getMethod()).isEqualTo("POST");
    assertThat(wire.getTarget())
        .isEqualTo("/base/v1/stack-sets/a%2Fb?marker=a%20b%2Fc&limit=5&marker=second");
    String host = endpoint.getHost() + ":" + endpoint.getPort();
    assertThat(wire.getHeaders().get("Host")).isEqualTo(host);
    assertThat(wire.getHeaders().get("User-Agent")).startsWith("stacksets-java/").endsWith(" my-app/1.2");
    assertThat(wire.getHeaders().get("X-Custom")).isEqualTo("yes");
    assertThat(wire.getHeaders().get("Content-Type")).startsWith("application/json");
    assertThat(wire.getBody().utf8()).isEqualTo("{\"name\":\"x\"}");
    assertThat(wire.getHeaders().get("X-Sdk-Date")).isEqualTo("20240501T100000Z");
    assertThat(wire.getHeaders().get("X-Security-Token")).isEqualTo("TOKENWIRE");
    assertThat(wire.getHeaders().get("Authorization")).startsWith("SDK-HMAC-SHA256 Access=AKWIRE, SignedHeaders=");
    assertThat(UUID.fromString(wire.getHeaders().get(CLIENT_REQUEST_ID))).isNotNull();

    // the signature covers exactly what went on the wire: recompute it from the recorded request
    SdkHttpRequest.Builder seen = SdkHttpRequest.builder().method("POST").encodedPath("/base/v1/stack-sets/a%2Fb")
        .addQuery("marker", "a b/c").addQuery("limit", "5").addQuery("marker", "second")
        .body(wire.getBody().toByteArray(), "application/json");
    String authorization = wire.getHeaders().get("Authorization");
    String signedHeaders = authorization.replaceAll(".*SignedHeaders=([^,]+),.*", "$1");
    assertThat(signedHeaders.split(";")).contains("host", "client-request-id", "x-sdk-date", "x-custom");
    for (String name : signedHeaders.split(";")) {
      seen.header(name, wire.getHeaders().get(name));
    }
    assertThat(new HuaweiSigner().authorization(seen.build(), Credentials.of("AKWIRE", "SKWIRE", "TOKENWIRE")))
        .isEqualTo(wire.getHeaders().get("Authorization"));
  }

  @Test
  void endpointWithoutPathSendsThePathAsIs() throws Exception {
    server.enqueue(ok("{}"));
    runtime(builder().endpoint(URI.create("http://" + server.getHostName() + ":" + server.getPort())))
        .execute("Op", get("/v1/x"), TEXT);
    assertThat(server.takeRequest().getTarget()).isEqualTo("/v1/x");
  }

  @Test
  void callerUserAgentIsKept() throws Exception {
    server.enqueue(ok("{}"));
    runtime().execute("Op", get("/x").toBuilder().header("User-Agent", "custom/1").build(), TEXT);
    assertThat(server.takeRequest().getHeaders().get("User-Agent")).isEqualTo("custom/1");
  }

  @Test
  void clientRequestIdIsTheSameOnEveryAttemptAndNewPerCall() throws Exception {
    server.enqueue(status(503));
    server.enqueue(status(500));
    server.enqueue(ok("first"));
    server.enqueue(ok("second"));
    ClientRuntime runtime = runtime();

    Result first = runtime.execute("Op", get("/x"), TEXT);
    Result second = runtime.execute("Op", get("/x"), TEXT);

    String a1 = server.takeRequest().getHeaders().get(CLIENT_REQUEST_ID);
    String a2 = server.takeRequest().getHeaders().get(CLIENT_REQUEST_ID);
    String a3 = server.takeRequest().getHeaders().get(CLIENT_REQUEST_ID);
    String b1 = server.takeRequest().getHeaders().get(CLIENT_REQUEST_ID);
    assertThat(UUID.fromString(a1).toString()).isEqualTo(a1);
    assertThat(a2).isEqualTo(a1);
    assertThat(a3).isEqualTo(a1);
    assertThat(first.metadata().clientRequestId()).isEqualTo(a1);
    assertThat(b1).isNotEqualTo(a1);
    assertThat(second.metadata().clientRequestId()).isEqualTo(b1);
  }

  @Test
  void clientRequestIdIsOnTheException() throws Exception {
    for (int i = 0; i < 3; i++) {
      server.enqueue(status(503));
    }
    ServerErrorException e = catchThrowableOfType(ServerErrorException.class,
        () -> runtime().execute("Op", get("/x"), TEXT));
    String sent = server.takeRequest().getHeaders().get(CLIENT_REQUEST_ID);
    assertThat(e.clientRequestId()).isEqualTo(sent);
    assertThat(e.error().clientRequestId()).isEqualTo(sent);
    assertThat(e.getMessage()).contains(sent);
  }

  @Test
  void oneRuntimeServesManyThreads() throws Exception {
    server.setDispatcher(new mockwebserver3.Dispatcher() {
      @Override
      public mockwebserver3.MockResponse dispatch(RecordedRequest request) {
        return new mockwebserver3.MockResponse.Builder().code(200)
            .body(request.getHeaders().get(CLIENT_REQUEST_ID)).build();
      }
    });
    ClientRuntime runtime = runtime();
    java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(8);
    try {
      List<java.util.concurrent.Future<Result>> futures = new java.util.ArrayList<>();
      for (int i = 0; i < 64; i++) {
        futures.add(pool.submit(() -> runtime.execute("Op", get("/x"), TEXT)));
      }
      java.util.Set<String> ids = new java.util.HashSet<>();
      for (java.util.concurrent.Future<Result> f : futures) {
        Result r = f.get(30, TimeUnit.SECONDS);
        assertThat(r.body()).isEqualTo(r.metadata().clientRequestId());
        ids.add(r.body());
      }
      assertThat(ids).hasSize(64);
    } finally {
      pool.shutdownNow();
    }
  }

  @Test
  void callerSetClientRequestIdIsKept() throws Exception {
    server.enqueue(status(503));
    server.enqueue(ok("ok"));

    Result r = runtime().execute("Op", get("/x").toBuilder().header(CLIENT_REQUEST_ID, "my-id-1").build(), TEXT);

    assertThat(server.takeRequest().getHeaders().get(CLIENT_REQUEST_ID)).isEqualTo("my-id-1");
    assertThat(server.takeRequest().getHeaders().get(CLIENT_REQUEST_ID)).isEqualTo("my-id-1");
    assertThat(r.metadata().clientRequestId()).isEqualTo("my-id-1");
  }

  @Test
  void noClientRequestIdForServicesThatDoNotUseOne() throws Exception {
    server.enqueue(ok("ok"));

    Result r = runtime(builder().build(), profile(null)).execute("Op", get("/x"), TEXT);

    assertThat(server.takeRequest().getHeaders().get(CLIENT_REQUEST_ID)).isNull();
    assertThat(r.metadata().clientRequestId()).isNull();
  }

  @Test
  void callerOkHttpClientIsDerivedFromAndLeftOpen() throws Exception {
    AtomicInteger intercepted = new AtomicInteger();
    OkHttpClient shared = new OkHttpClient.Builder()
        .addInterceptor(chain -> {
          intercepted.incrementAndGet();
          return chain.proceed(chain.request());
        })
        .build();
    server.enqueue(ok("one"));
    server.enqueue(ok("two"));
    server.enqueue(ok("after close"));

    ClientRuntime runtime = runtime(builder().httpClient(shared));
    runtime.execute("Op", get("/x"), TEXT);
    runtime.execute("Op", get("/x"), TEXT);

    OkHttpClient derived = runtime.transport().okHttpClient();
    assertThat(derived).isNotSameAs(shared);
    assertThat(derived.connectionPool()).isSameAs(shared.connectionPool());
    assertThat(derived.dispatcher()).isSameAs(shared.dispatcher());
    assertThat(derived.retryOnConnectionFailure()).isFalse();
    assertThat(derived.followRedirects()).isFalse();
    assertThat(intercepted.get()).isEqualTo(2);
    assertThat(server.takeRequest().getConnectionIndex()).isEqualTo(server.takeRequest().getConnectionIndex());

    runtime.close();

    assertThat(shared.dispatcher().executorService().isShutdown()).isFalse();
    try (Response r = shared.newCall(new Request.Builder().url(server.url("/still-open")).build()).execute()) {
      assertThat(r.body().string()).isEqualTo("after close");
    }
  }

  @Test
  void sdkOwnedOkHttpClientIsShutDownOnClose() {
    ClientRuntime runtime = new ClientRuntime(builder().build(), profile(null));
    OkHttpClient own = runtime.transport().okHttpClient();
    assertThat(own.retryOnConnectionFailure()).isFalse();

    runtime.close();

    assertThat(own.dispatcher().executorService().isShutdown()).isTrue();
  }

  @Test
  void anOwnClientForAnHttpEndpointIsBuiltWithoutTlsAndOneForHttpsWithIt() {
    OkHttpClient shared = new OkHttpClient();
    try (ClientRuntime http = new ClientRuntime(builder().build(), profile(null));
        ClientRuntime https = new ClientRuntime(builder().endpoint(URI.create("https://rfs.example.invalid")).build(),
            profile(null));
        ClientRuntime callers = new ClientRuntime(builder().httpClient(shared).build(), profile(null))) {
      OkHttpClient cleartext = http.transport().okHttpClient();
      OkHttpClient tls = https.transport().okHttpClient();

      assertThat(cleartext.connectionSpecs()).containsExactly(ConnectionSpec.CLEARTEXT);
      assertThatThrownBy(cleartext::sslSocketFactory).isInstanceOf(IllegalStateException.class)
          .hasMessage("CLEARTEXT-only client");
      assertThat(tls.connectionSpecs()).isEqualTo(shared.connectionSpecs());
      assertThat(tls.sslSocketFactory()).isNotNull();
      // a caller's client is left as it is, even for an http endpoint
      assertThat(callers.transport().okHttpClient().connectionSpecs()).isEqualTo(shared.connectionSpecs());
      assertThat(shared.connectionSpecs()).contains(ConnectionSpec.MODERN_TLS, ConnectionSpec.CLEARTEXT);
    }
  }

  @Test
  void extraInterceptorsRunOnEveryAttempt() throws Exception {
    AtomicInteger seen = new AtomicInteger();
    server.enqueue(status(503));
    server.enqueue(ok("ok"));

    runtime(builder().addInterceptor(chain -> {
      seen.incrementAndGet();
      return chain.proceed(chain.request());
    })).execute("Op", get("/x"), TEXT);

    assertThat(seen.get()).isEqualTo(2);
  }

  @Test
  void timeoutsAreAppliedToTheDerivedClient() {
    ClientRuntime runtime = runtime(builder().connectTimeout(java.time.Duration.ofMillis(1234))
        .readTimeout(java.time.Duration.ofMillis(2345)));
    OkHttpClient c = runtime.transport().okHttpClient();
    assertThat(c.connectTimeoutMillis()).isEqualTo(1234);
    assertThat(c.readTimeoutMillis()).isEqualTo(2345);
  }

  @Test
  void aCallersOkHttpClientKeepsItsTimeoutsUnlessOursAreSet() {
    OkHttpClient shared = new OkHttpClient.Builder().connectTimeout(java.time.Duration.ofMillis(1111))
        .readTimeout(java.time.Duration.ofMillis(2222)).writeTimeout(java.time.Duration.ofMillis(3333)).build();
    dev.stacksets.core.testing.TestClientBuilder base = new dev.stacksets.core.testing.TestClientBuilder()
        .endpoint(server.url("/").uri()).sleeper(sleeper).httpClient(shared);

    ClientConfiguration untouched = base.build();
    OkHttpClient kept = runtime(untouched, profile(null)).transport().okHttpClient();
    OkHttpClient readSet = runtime(base.readTimeout(java.time.Duration.ofMillis(4444)).build(), profile(null))
        .transport().okHttpClient();
    OkHttpClient bothSet = runtime(base.connectTimeout(java.time.Duration.ofMillis(5555)).build(), profile(null))
        .transport().okHttpClient();

    assertThat(untouched.connectTimeout()).isNull();
    assertThat(untouched.readTimeout()).isNull();
    assertThat(kept.connectTimeoutMillis()).isEqualTo(1111);
    assertThat(kept.readTimeoutMillis()).isEqualTo(2222);
    assertThat(kept.writeTimeoutMillis()).isEqualTo(3333);
    assertThat(kept.retryOnConnectionFailure()).isFalse();
    assertThat(readSet.connectTimeoutMillis()).isEqualTo(1111);
    assertThat(readSet.readTimeoutMillis()).isEqualTo(4444);
    assertThat(readSet.writeTimeoutMillis()).isEqualTo(4444);
    assertThat(bothSet.connectTimeoutMillis()).isEqualTo(5555);
    assertThat(bothSet.readTimeoutMillis()).isEqualTo(4444);
  }

  @Test
  void withoutACallersClientTheDefaultsApply() {
    OkHttpClient own = runtime(new dev.stacksets.core.testing.TestClientBuilder().endpoint(server.url("/").uri())
        .build(), profile(null)).transport().okHttpClient();
    assertThat(own.connectTimeoutMillis()).isEqualTo(10_000);
    assertThat(own.readTimeoutMillis()).isEqualTo(30_000);
    assertThat(own.writeTimeoutMillis()).isEqualTo(30_000);
  }

  @Test
  void redirectsAreNotFollowed() throws Exception {
    server.enqueue(new mockwebserver3.MockResponse.Builder().code(302).addHeader("Location", "/elsewhere").build());
    server.enqueue(ok("never"));

    catchThrowableOfType(dev.stacksets.core.exception.ServiceException.class,
        () -> runtime().execute("Op", get("/x"), TEXT));

    assertThat(server.getRequestCount()).isEqualTo(1);
    assertThat(server.takeRequest(1, TimeUnit.SECONDS).getTarget()).isEqualTo("/x");
  }

  @Test
  void aParserThatAcceptsARedirectReadsItAsTheAnswerAndTheRedirectIsNotFollowed() throws Exception {
    server.enqueue(new mockwebserver3.MockResponse.Builder().code(307).addHeader("X-Request-Id", "req-307")
        .addHeader("Location", "https://bucket.example/template?sig=1").build());
    server.enqueue(ok("never"));
    ResponseParser<Result> location = new ResponseParser<>() {
      @Override
      public Result parse(dev.stacksets.core.http.SdkHttpResponse response,
          dev.stacksets.core.ResponseMetadata metadata) {
        return new Result(response.header("Location"), metadata);
      }

      @Override
      public boolean accepts(int statusCode) {
        return statusCode >= 200 && statusCode < 400;
      }
    };
    OkHttpClient following = new OkHttpClient.Builder().followRedirects(true).followSslRedirects(true).build();

    Result r = runtime(builder().httpClient(following)).execute("Op", get("/x"), location);

    assertThat(r.body()).isEqualTo("https://bucket.example/template?sig=1");
    assertThat(r.metadata().statusCode()).isEqualTo(307);
    assertThat(r.metadata().requestId()).isEqualTo("req-307");
    assertThat(r.metadata().attempts()).isEqualTo(1);
    assertThat(server.getRequestCount()).isEqualTo(1);
    assertThat(TEXT.accepts(307)).isFalse();
    assertThat(TEXT.accepts(204)).isTrue();
  }

  @Test
  void emptyPostSendsZeroLengthBody() throws Exception {
    server.enqueue(ok("ok"));
    runtime().execute("Op", SdkHttpRequest.builder().method("POST").encodedPath("/x").build(), TEXT);
    RecordedRequest wire = server.takeRequest();
    assertThat(wire.getHeaders().get("Content-Length")).isEqualTo("0");
    assertThat(wire.getBody() == null ? "" : wire.getBody().string(StandardCharsets.UTF_8)).isEmpty();
  }

  @org.junit.jupiter.params.ParameterizedTest
  @org.junit.jupiter.params.provider.ValueSource(strings = {"/v1/a/../metadata", "/v1/a/./b", "/v1/a/..",
      "/v1/a/%2E%2E/b", "/v1/a/%2e./b", "/v1/a/.%2E/b", "/v1/a/%2E", "/..", "/."})
  void pathWithADotSegmentIsRefusedBeforeSending(String path) {
    server.enqueue(ok("{\"stack_set_name\":\"abc\"}"));

    IllegalArgumentException e = catchThrowableOfType(IllegalArgumentException.class,
        () -> runtime().execute("Op", get(path), TEXT));

    assertThat(e).isNotNull();
    assertThat(e.getMessage()).contains("'.' or '..' segment").contains(path);
    assertThat(server.getRequestCount()).isZero();
  }

  @org.junit.jupiter.params.ParameterizedTest
  @org.junit.jupiter.params.provider.ValueSource(strings = {"/v1/a.b/c", "/v1/.../x", "/v1/..a", "/v1/a..",
      "/v1/%2E%2E%2E", "/v1/a%2Fb", "/", "/v1//x"})
  void dotsInsideSegmentsAreSentAsIs(String path) throws Exception {
    server.enqueue(ok("ok"));

    runtime().execute("Op", get(path), TEXT);

    assertThat(server.takeRequest(1, TimeUnit.SECONDS).getTarget()).isEqualTo(path);
  }

  /** OkHttp's parser would cut the path there: the rest sent as a query or dropped as a fragment. */
  @org.junit.jupiter.params.ParameterizedTest
  @org.junit.jupiter.params.provider.ValueSource(strings = {"/v1/a?b=c", "/v1/a#b", "/v1/a/?", "/#"})
  void pathWithARawQuestionMarkOrHashIsRefusedBeforeSending(String path) {
    server.enqueue(ok("ok"));

    IllegalArgumentException e = catchThrowableOfType(IllegalArgumentException.class,
        () -> runtime().execute("Op", get(path), TEXT));

    assertThat(e).isNotNull();
    assertThat(e.getMessage()).isEqualTo("the request path must not hold a raw '?' or '#' (a path-bound value "
        + "that was not percent-encoded?): " + path);
    assertThat(server.getRequestCount()).isZero();
    IllegalArgumentException direct = catchThrowableOfType(IllegalArgumentException.class,
        () -> runtime().transport().send(get(path), 1_000_000_000L));
    assertThat(direct).isNotNull();
    assertThat(server.getRequestCount()).isZero();
  }

  @Test
  void transportAlsoRefusesDotSegments() {
    ClientRuntime runtime = runtime();
    IllegalArgumentException e = catchThrowableOfType(IllegalArgumentException.class,
        () -> runtime.transport().send(get("/a/../b"), 1_000_000_000L));
    assertThat(e).isNotNull();
    assertThat(server.getRequestCount()).isZero();
  }
}
