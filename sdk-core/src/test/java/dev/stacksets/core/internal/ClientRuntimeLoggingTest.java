package dev.stacksets.core.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import dev.stacksets.core.auth.Credentials;
import dev.stacksets.core.auth.HuaweiSigner;
import dev.stacksets.core.http.SdkHttpRequest;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;
import mockwebserver3.MockResponse;
import mockwebserver3.RecordedRequest;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;

/**
 * slf4j-simple is the test binding; src/test/resources/simplelogger.properties puts {@code dev.stacksets} at TRACE and
 * sends it to {@code System.err}, which this test swaps for a buffer.
 */
class ClientRuntimeLoggingTest extends PipelineTestSupport {
  private static final String SECRET = "wJalrXUtnFEMI/K7MDENG+bPxRfiCYEXAMPLEKEY";
  private static final String TOKEN = "IQoJb3JpZ2luX2VjEXAMPLETOKENvalue";

  @Test
  void traceLogHasOneDebugLinePerAttemptAndNoSecrets() throws Exception {
    assertThat(LoggerFactory.getLogger("dev.stacksets.request").isTraceEnabled())
        .as("simplelogger.properties must enable TRACE for dev.stacksets").isTrue();
    server.enqueue(new MockResponse.Builder().code(503).addHeader("X-Request-Id", "req-1").build());
    server.enqueue(new MockResponse.Builder().code(200).addHeader("X-Request-Id", "req-2").body("{}").build());
    server.enqueue(new MockResponse.Builder().code(400).addHeader("X-Request-Id", "req-3")
        .body("{\"code\":\"Bad\",\"message\":\"bad\"}").build());
    ServiceProfile profile = new ServiceProfile("RFS", new HuaweiSigner(), PipelineTestSupport::mapJsonError,
        List.of("X-Request-Id"), CLIENT_REQUEST_ID, ClockSkewErrors.none());
    ClientRuntime runtime = runtime(builder()
        .credentialsProvider(() -> Credentials.of("AKLOGTEST", SECRET, TOKEN)).build(), profile);
    SdkHttpRequest request = SdkHttpRequest.builder().method("POST").encodedPath("/v1/stack-sets")
        .body("{\"password\":\"body-secret\"}", "application/json").build();

    String log = captureStdErr(() -> {
      runtime.execute("CreateStackSet", request, TEXT);
      catchThrowable(() -> runtime.execute("CreateStackSet", request, TEXT));
    });

    RecordedRequest first = server.takeRequest();
    String authorization = first.getHeaders().get("Authorization");
    String signature = authorization.substring(authorization.indexOf("Signature=") + "Signature=".length());
    String clientRequestId = first.getHeaders().get(CLIENT_REQUEST_ID);
    List<String> lines = Arrays.stream(log.split("\\R")).filter(l -> l.contains("dev.stacksets"))
        .collect(Collectors.toList());
    List<String> debug = lines.stream().filter(l -> l.contains(" DEBUG dev.stacksets.request ")).toList();

    assertThat(debug).hasSize(3);
    assertThat(debug.get(0)).contains("RFS", "CreateStackSet", "POST", "/v1/stack-sets", "503", " ms",
        "attempt 1/3", "req-1", clientRequestId);
    assertThat(debug.get(1)).contains("200", "attempt 2/3", "req-2", clientRequestId);
    assertThat(debug.get(2)).contains("400", "attempt 1/3", "req-3");
    assertThat(log).doesNotContain(SECRET, TOKEN, authorization, signature, "body-secret", "SDK-HMAC-SHA256",
        "Authorization");
  }

  @Test
  void failedAttemptIsLoggedOnceToo() throws Exception {
    server.enqueue(new MockResponse.Builder()
        .onRequestStart(new mockwebserver3.SocketEffect.CloseSocket()).build());
    server.enqueue(new MockResponse.Builder().code(200).body("{}").build());

    String log = captureStdErr(() -> runtime().execute("Op", get("/x"), TEXT));

    List<String> debug = Arrays.stream(log.split("\\R"))
        .filter(l -> l.contains(" DEBUG dev.stacksets.request ")).toList();
    assertThat(debug).hasSize(2);
    assertThat(debug.get(0)).contains("attempt 1/3").containsIgnoringCase("IOException");
    assertThat(debug.get(1)).contains("200", "attempt 2/3");
    assertThat(log).doesNotContain(dev.stacksets.core.testing.TestClientBuilder.SECRET_KEY, SESSION_TOKEN);
  }

  private static String captureStdErr(Runnable action) {
    PrintStream original = System.err;
    ByteArrayOutputStream buffer = new ByteArrayOutputStream();
    System.setErr(new PrintStream(buffer, true, StandardCharsets.UTF_8));
    try {
      action.run();
    } finally {
      System.err.flush();
      System.setErr(original);
    }
    String captured = buffer.toString(StandardCharsets.UTF_8);
    original.print(captured);
    return captured;
  }
}
