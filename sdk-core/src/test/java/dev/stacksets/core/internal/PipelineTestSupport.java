package dev.stacksets.core.internal;

import dev.stacksets.core.internal.util.Json;
import com.fasterxml.jackson.databind.JsonNode;
import dev.stacksets.core.ClientConfiguration;
import dev.stacksets.core.ResponseMetadata;
import dev.stacksets.core.auth.Credentials;
import dev.stacksets.core.auth.RequestSigner;
import dev.stacksets.core.exception.ServiceError;
import dev.stacksets.core.exception.ServiceException;
import dev.stacksets.core.http.SdkHttpRequest;
import dev.stacksets.core.testing.RecordingSleeper;
import dev.stacksets.core.testing.TestClientBuilder;
import java.io.IOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.junit5.StartStop;
import org.junit.jupiter.api.AfterEach;

/** Shared fixture of the pipeline tests: a MockWebServer, a recording sleeper, a fake signer and error mapper. */
abstract class PipelineTestSupport {
  static final String CLIENT_REQUEST_ID = "Client-Request-Id";
  static final String SESSION_TOKEN = "FwoGZXIvYXdzEXAMPLE-session-token-value";

  @StartStop
  final MockWebServer server = new MockWebServer();

  final RecordingSleeper sleeper = new RecordingSleeper();
  final List<Instant> signingTimes = new ArrayList<>();
  private final List<ClientRuntime> runtimes = new ArrayList<>();

  @AfterEach
  void closeRuntimes() {
    runtimes.forEach(ClientRuntime::close);
  }

  /**
   * A builder aimed at the mock server, with the recording sleeper. The short read timeout makes a test that forgot to
   * enqueue a response fail fast instead of hanging.
   */
  TestClientBuilder builder() {
    return new TestClientBuilder().endpoint(server.url("/").uri()).sleeper(sleeper)
        .readTimeout(java.time.Duration.ofSeconds(5));
  }

  ClientRuntime runtime(ClientConfiguration config, ServiceProfile profile) {
    ClientRuntime runtime = new ClientRuntime(config, profile);
    runtimes.add(runtime);
    return runtime;
  }

  ClientRuntime runtime(TestClientBuilder builder) {
    return runtime(builder.build(), profile(CLIENT_REQUEST_ID));
  }

  ClientRuntime runtime() {
    return runtime(builder());
  }

  /** A profile with the fake signer and the JSON error mapper. */
  ServiceProfile profile(String clientRequestIdHeader) {
    return profile(clientRequestIdHeader, ClockSkewErrors.none());
  }

  ServiceProfile profile(String clientRequestIdHeader, Predicate<ServiceException> skew) {
    return new ServiceProfile("Test", fakeSigner(), PipelineTestSupport::mapJsonError, List.of("X-Request-Id"),
        clientRequestIdHeader, skew);
  }

  /**
   * Adds {@code X-Test-Date}, {@code X-Security-Token} and an {@code Authorization} value derived from the secret,
   * and records each signing time.
   */
  RequestSigner fakeSigner() {
    return (request, credentials, signingTime) -> {
      synchronized (signingTimes) {
        signingTimes.add(signingTime);
      }
      return request.toBuilder()
          .header("X-Test-Date", signingTime.toString())
          .header("X-Security-Token", SESSION_TOKEN)
          .header("Authorization", authorization(credentials))
          .build();
    };
  }

  static String authorization(Credentials credentials) {
    return "TEST-HMAC Credential=" + credentials.accessKeyId() + ", Signature=sig-" + credentials.secretAccessKey();
  }

  /** Reads {@code {"code": ..., "message": ...}}; code {@code Throttled} throttles, {@code Transient} retries. */
  static ServiceException mapJsonError(dev.stacksets.core.http.SdkHttpResponse response, ServiceError.Builder e) {
    try {
      JsonNode root = Json.mapper().readTree(response.body());
      if (root != null && root.isObject()) {
        String code = root.path("code").asText(null);
        e.errorCode(code).errorMessage(root.path("message").asText(null));
        e.throttling("Throttled".equals(code)).retryableCode("Transient".equals(code));
      }
    } catch (IOException notJson) {
      // keep the status-only error
    }
    return ServiceExceptions.forStatus(e.build());
  }

  static SdkHttpRequest get(String path) {
    return SdkHttpRequest.builder().method("GET").encodedPath(path).build();
  }

  static MockResponse status(int code) {
    return new MockResponse.Builder().code(code).body("{\"code\":\"E" + code + "\",\"message\":\"status " + code
        + "\"}").build();
  }

  static MockResponse ok(String body) {
    return new MockResponse.Builder().code(200).addHeader("X-Request-Id", "req-ok").body(body).build();
  }

  /** What a test parser returns: the body text and the metadata. */
  record Result(String body, ResponseMetadata metadata) {}

  static final ResponseParser<Result> TEXT = (r, m) -> new Result(r.bodyAsString(), m);
}
