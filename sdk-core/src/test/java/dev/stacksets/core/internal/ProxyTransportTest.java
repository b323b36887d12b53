package dev.stacksets.core.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.stacksets.core.ClientConfiguration;
import dev.stacksets.core.auth.Credentials;
import dev.stacksets.core.exception.ClientSideException;
import dev.stacksets.core.http.ProxyConfiguration;
import dev.stacksets.core.http.SdkHttpRequest;
import dev.stacksets.core.retry.RetryPolicy;
import java.net.ServerSocket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Map;
import mockwebserver3.MockResponse;
import mockwebserver3.RecordedRequest;
import okhttp3.OkHttpClient;
import org.junit.jupiter.api.Test;

/** Requests go through the configured proxy, authenticate to it, and a failing proxy is named as such. */
class ProxyTransportTest extends PipelineTestSupport {
  private static final SdkHttpRequest LIST = SdkHttpRequest.builder().method("GET").encodedPath("/v1/stack-sets")
      .build();

  private ClientRuntime client(ProxyConfiguration proxy) {
    return runtime(builder().endpoint(URI.create("http://rfs.example.invalid/base")).proxy(proxy)
        .retryPolicy(RetryPolicy.none())
        .credentialsProvider(() -> Credentials.of("AKPROXY", "secret-key-0123456789")).build(),
        profile(CLIENT_REQUEST_ID));
  }

  private URI proxyUri(String userInfo) {
    return URI.create("http://" + (userInfo == null ? "" : userInfo + "@") + server.getHostName() + ":"
        + server.getPort());
  }

  @Test
  void requestsGoThroughTheProxyWhichIsAnsweredWithBasicCredentials() throws Exception {
    server.enqueue(new MockResponse.Builder().code(407).addHeader("Proxy-Authenticate", "Basic realm=\"corp\"")
        .build());
    server.enqueue(new MockResponse.Builder().code(200).body("{}").build());
    String reply = client(ProxyConfiguration.of(proxyUri("alice:pa55%3Aword"))).execute("ListStackSets", LIST,
        (r, m) -> new String(r.body(), StandardCharsets.UTF_8));
    assertThat(reply).isEqualTo("{}");
    RecordedRequest challenged = server.takeRequest();
    assertThat(challenged.getRequestLine()).isEqualTo("GET http://rfs.example.invalid/base/v1/stack-sets HTTP/1.1");
    assertThat(challenged.getHeaders().get("Proxy-Authorization")).isNull();
    RecordedRequest authorized = server.takeRequest();
    assertThat(authorized.getHeaders().get("Proxy-Authorization")).isEqualTo("Basic "
        + Base64.getEncoder().encodeToString("alice:pa55:word".getBytes(StandardCharsets.UTF_8)));
    assertThat(authorized.getHeaders().get("Host")).isEqualTo("rfs.example.invalid");
  }

  @Test
  void aProxyThatKeepsRefusingIsNamedWithoutThePassword() {
    server.enqueue(new MockResponse.Builder().code(407).build());
    server.enqueue(new MockResponse.Builder().code(407).build());
    assertThatThrownBy(() -> client(ProxyConfiguration.of(proxyUri("alice:pa55word"))).execute("ListStackSets", LIST,
        (r, m) -> "unreached"))
        .isExactlyInstanceOf(ClientSideException.class)
        .hasMessageStartingWith("Test ListStackSets failed: ProxyRefusedException: the proxy " + proxyUri(null)
            + " (from proxy(...)) refused the request with HTTP 407 Proxy Authentication Required; the password of "
            + "proxy user 'alice' was not accepted (client request id: ")
        .hasMessageEndingWith(", attempts: 1)")
        .hasMessageNotContaining("pa55word");
  }

  @Test
  void anUnreachableProxyIsNamedAndTheRequestCountsAsNeverSent() throws Exception {
    int closedPort;
    try (ServerSocket s = new ServerSocket(0)) {
      closedPort = s.getLocalPort();
    }
    URI dead = URI.create("http://127.0.0.1:" + closedPort);
    assertThatThrownBy(() -> client(ProxyConfiguration.of(URI.create("http://u:pw-0123@127.0.0.1:" + closedPort)))
        .execute("ListStackSets", LIST, (r, m) -> "unreached"))
        .isExactlyInstanceOf(ClientSideException.class)
        .hasMessageStartingWith("Test ListStackSets failed: IOException: through the proxy " + dead
            + " (from proxy(...)): ConnectException: ")
        .hasMessageNotContaining("pw-0123")
        .satisfies(e -> assertThat(CallFailures.neverLeft((java.io.IOException) e.getCause())).isTrue());
  }

  @Test
  void environmentProxiesLeaveLoopbackAlone() {
    server.enqueue(new MockResponse.Builder().code(200).body("{}").build());
    ProxyConfiguration env = ProxyConfiguration.fromEnvironment(Map.of("HTTP_PROXY", "http://127.0.0.1:1")::get,
        p -> null);
    String reply = runtime(builder().proxy(env).build(), profile(CLIENT_REQUEST_ID)).execute("ListStackSets", LIST,
        (r, m) -> new String(r.body(), StandardCharsets.UTF_8));
    assertThat(reply).isEqualTo("{}");
  }

  @Test
  void theEnvironmentIsTheDefaultUnlessTheCallerBringsAnOkHttpClient() {
    assertThat(builder().build().proxy()).isNotNull();
    ClientConfiguration withClient = builder().httpClient(new OkHttpClient()).build();
    assertThat(withClient.proxy()).isNull();
    assertThat(builder().httpClient(new OkHttpClient()).proxy(ProxyConfiguration.none()).build().proxy())
        .isSameAs(ProxyConfiguration.none());
  }
}
