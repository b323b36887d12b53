package dev.stacksets.rfs;

import static org.assertj.core.api.Assertions.assertThat;

import dev.stacksets.core.auth.Credentials;
import dev.stacksets.core.auth.CredentialsProvider;
import dev.stacksets.core.auth.HuaweiSigner;
import dev.stacksets.core.http.SdkHttpRequest;
import dev.stacksets.core.internal.util.PercentEncoding;
import dev.stacksets.core.retry.RetryPolicy;
import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;

/** One MockWebServer plus a client wired to it: fixed clock, static credentials, instant retries. */
final class RfsMock implements AutoCloseable {
  static final Credentials CREDENTIALS = Credentials.of("AccessKey", "SecretKey");
  static final Instant NOW = Instant.parse("2023-05-15T18:00:00Z");
  static final String SDK_DATE = "20230515T180000Z";
  static final String PROJECT_ID = "0b2c7b1fd9e64f6d8f2c5d3a1e0f9c8b";
  static final RetryPolicy FAST_RETRIES = RetryPolicy.builder().maxAttempts(3).baseDelay(Duration.ZERO)
      .throttlingBaseDelay(Duration.ZERO).maxDelay(Duration.ZERO).build();

  private static final Pattern AUTHORIZATION = Pattern.compile(
      "SDK-HMAC-SHA256 Access=([^,]+), SignedHeaders=([^,]+), Signature=([0-9a-f]{64})");

  final MockWebServer server = new MockWebServer();
  private final List<RecordedRequest> taken = new ArrayList<>();

  RfsMock() throws IOException {
    server.start();
  }

  /** A builder aimed at the server, with the test clock, credentials and instant retries. */
  RfsClient.Builder builder() {
    return RfsClient.builder()
        .endpoint(server.url("/").uri())
        .credentialsProvider(CredentialsProvider.of(CREDENTIALS))
        .clock(Clock.fixed(NOW, ZoneOffset.UTC))
        .sleeper(d -> { })
        .retryPolicy(FAST_RETRIES);
  }

  /** A client with a project id. */
  RfsClient client() {
    return builder().projectId(PROJECT_ID).build();
  }

  void enqueue(int code, String body) {
    enqueue(code, body, "req-" + code);
  }

  void enqueue(int code, String body, String requestId) {
    MockResponse.Builder b = new MockResponse.Builder().code(code).body(body)
        .addHeader("Content-Type", "application/json");
    if (requestId != null) {
      b.addHeader("X-Request-Id", requestId);
    }
    server.enqueue(b.build());
  }

  void enqueueRaw(int code, String contentType, String body) {
    server.enqueue(new MockResponse.Builder().code(code).body(body).addHeader("Content-Type", contentType).build());
  }

  RecordedRequest take() throws InterruptedException {
    RecordedRequest r = server.takeRequest(5, TimeUnit.SECONDS);
    assertThat(r).as("a request reached the server").isNotNull();
    taken.add(r);
    return r;
  }

  int requestCount() {
    return server.getRequestCount();
  }

  /** The request target (path and query) with every %XX decoded. */
  static String decodedTarget(RecordedRequest r) {
    return PercentEncoding.decode(r.getTarget());
  }

  /**
   * Recomputes the signature the way the gateway does: from the method, the raw path, the decoded query, exactly
   * the headers named in SignedHeaders, as they arrived, and the body bytes. Also checks the fixed headers every RFS call carries.
   */
  static void assertSigned(RecordedRequest r, boolean withProjectId) {
    String authorization = r.getHeaders().get("Authorization");
    assertThat(authorization).isNotNull();
    Matcher m = AUTHORIZATION.matcher(authorization);
    assertThat(m.matches()).as("Authorization shape: %s", authorization).isTrue();
    assertThat(m.group(1)).isEqualTo("AccessKey");
    assertThat(m.group(2)).isEqualTo(withProjectId ? "client-request-id;host;x-project-id;x-sdk-date"
        : "client-request-id;host;x-sdk-date");
    assertThat(r.getHeaders().get("X-Sdk-Date")).isEqualTo(SDK_DATE);
    assertThat(r.getHeaders().get("Client-Request-Id")).isNotBlank();
    assertThat(r.getHeaders().get("X-Project-Id")).isEqualTo(withProjectId ? PROJECT_ID : null);

    String target = r.getTarget();
    int q = target.indexOf('?');
    SdkHttpRequest.Builder b = SdkHttpRequest.builder().method(r.getMethod())
        .encodedPath(q < 0 ? target : target.substring(0, q));
    if (q >= 0) {
      for (String pair : target.substring(q + 1).split("&")) {
        int eq = pair.indexOf('=');
        b.addQuery(PercentEncoding.decode(pair.substring(0, eq)), PercentEncoding.decode(pair.substring(eq + 1)));
      }
    }
    for (String name : m.group(2).split(";")) {
      b.header(name, r.getHeaders().get(name));
    }
    if (r.getBody() != null && r.getBody().size() > 0) {
      b.body(r.getBody().toByteArray(), r.getHeaders().get("Content-Type"));
    }
    assertThat(new HuaweiSigner().authorization(b.build(), CREDENTIALS)).isEqualTo(authorization);
  }

  /** Verifies the signature of every request the server received (taken by the test or not), then stops it. */
  @Override
  public void close() {
    try {
      RecordedRequest r;
      while ((r = server.takeRequest(0, TimeUnit.MILLISECONDS)) != null) {
        taken.add(r);
      }
      for (RecordedRequest t : taken) {
        assertSigned(t, t.getHeaders().get("X-Project-Id") != null);
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new AssertionError(e);
    } finally {
      server.close();
    }
  }
}
