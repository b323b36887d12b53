package dev.stacksets.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.stacksets.core.auth.Credentials;
import dev.stacksets.core.auth.CredentialsProvider;
import dev.stacksets.core.retry.RetryPolicy;
import dev.stacksets.core.testing.TestClientBuilder;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import okhttp3.Interceptor;
import okhttp3.OkHttpClient;
import org.junit.jupiter.api.Test;

class SdkClientBuilderTest {

  @Test
  void missingRegionAndEndpointIsNamed() {
    assertThatThrownBy(() -> new TestClientBuilder().build()).isInstanceOf(IllegalStateException.class)
        .hasMessage("region or endpoint is required");
  }

  @Test
  void regionPicksThePublicEndpoint() {
    ClientConfiguration c = new TestClientBuilder().region("cn-north-4").build();
    assertThat(c.region()).isEqualTo("cn-north-4");
    assertThat(c.endpoint()).isEqualTo(URI.create("https://test.cn-north-4.example.com"));
  }

  @Test
  void defaultRegionIsUsedWhenNoneIsSet() {
    ClientConfiguration c = new TestClientBuilder().defaultRegion("us-east-1").build();
    assertThat(c.region()).isEqualTo("us-east-1");
    assertThat(c.endpoint()).isEqualTo(URI.create("https://test.us-east-1.example.com"));
  }

  @Test
  void endpointAloneIsEnough() {
    ClientConfiguration c = new TestClientBuilder().endpoint(URI.create("http://127.0.0.1:8080/base")).build();
    assertThat(c.endpoint()).isEqualTo(URI.create("http://127.0.0.1:8080/base"));
    assertThat(c.region()).isNull();
  }

  @Test
  void endpointWinsOverRegion() {
    ClientConfiguration c = new TestClientBuilder().region("eu-west-1").endpoint(URI.create("https://proxy.local"))
        .build();
    assertThat(c.endpoint()).isEqualTo(URI.create("https://proxy.local"));
    assertThat(c.region()).isEqualTo("eu-west-1");
  }

  @Test
  void writesDoNotWaitTheirTurnUnlessAsked() {
    assertThat(new TestClientBuilder().region("us-east-1").build().waitForTurn()).isEqualTo(WaitForTurn.never());
    assertThat(new TestClientBuilder().region("us-east-1").waitForTurn(WaitForTurn.upTo(Duration.ofMinutes(7)))
        .build().waitForTurn()).isEqualTo(WaitForTurn.upTo(Duration.ofMinutes(7)));
    assertThatThrownBy(() -> new TestClientBuilder().waitForTurn(null)).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("waitForTurn");
  }

  @Test
  void defaults() {
    ClientConfiguration c = new TestClientBuilder().region("us-east-1").build();
    assertThat(c.retryPolicy()).isEqualTo(RetryPolicy.defaults());
    assertThat(c.connectTimeout()).isEqualTo(Duration.ofSeconds(10));
    assertThat(c.readTimeout()).isEqualTo(Duration.ofSeconds(30));
    assertThat(c.callTimeout()).isEqualTo(Duration.ofMinutes(2));
    assertThat(c.clock()).isNotNull();
    assertThat(c.sleeper()).isNotNull();
    assertThat(c.userAgentSuffix()).isNull();
    assertThat(c.httpClient()).isNull();
    assertThat(c.interceptors()).isEmpty();
    assertThat(c.credentialsProvider().resolveCredentials().accessKeyId()).isEqualTo(TestClientBuilder.ACCESS_KEY);
  }

  @Test
  void everySettingIsCarried() {
    CredentialsProvider creds = CredentialsProvider.of(Credentials.of("AK", "SK"));
    Clock clock = Clock.fixed(Instant.EPOCH, ZoneOffset.UTC);
    Sleeper sleeper = d -> { };
    RetryPolicy policy = RetryPolicy.builder().maxAttempts(5).build();
    OkHttpClient http = new OkHttpClient();
    Interceptor i1 = chain -> chain.proceed(chain.request());
    Interceptor i2 = chain -> chain.proceed(chain.request());
    TestClientBuilder b = new TestClientBuilder().region("us-east-1").credentialsProvider(creds).clock(clock)
        .sleeper(sleeper).retryPolicy(policy).connectTimeout(Duration.ofSeconds(1))
        .readTimeout(Duration.ofSeconds(2)).callTimeout(Duration.ofSeconds(3)).userAgentSuffix("app/1")
        .httpClient(http).addInterceptor(i1).addInterceptor(i2);

    ClientConfiguration c = b.build();

    assertThat(c.credentialsProvider()).isSameAs(creds);
    assertThat(c.clock()).isSameAs(clock);
    assertThat(c.sleeper()).isSameAs(sleeper);
    assertThat(c.retryPolicy()).isSameAs(policy);
    assertThat(c.connectTimeout()).isEqualTo(Duration.ofSeconds(1));
    assertThat(c.readTimeout()).isEqualTo(Duration.ofSeconds(2));
    assertThat(c.callTimeout()).isEqualTo(Duration.ofSeconds(3));
    assertThat(c.userAgentSuffix()).isEqualTo("app/1");
    assertThat(c.httpClient()).isSameAs(http);
    assertThat(c.interceptors()).containsExactly(i1, i2);

    // the built configuration does not change when the builder is used again
    b.addInterceptor(chain -> chain.proceed(chain.request()));
    assertThat(c.interceptors()).hasSize(2);
  }

  @Test
  void badEndpointsAreRejected() {
    for (String bad : new String[] {"ftp://host/x", "/relative/path", "host:8080", "mailto:a@b.c",
        "http:///no-host", "https://host/path?query=1", "https://host/path#fragment", "https://user:pw@host/"}) {
      assertThatThrownBy(() -> new TestClientBuilder().endpoint(URI.create(bad)), bad)
          .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("endpoint");
    }
    assertThatThrownBy(() -> new TestClientBuilder().endpoint(null)).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("endpoint");
  }

  @Test
  void endpointMessageDoesNotEchoUserInfo() {
    assertThatThrownBy(() -> new TestClientBuilder().endpoint(URI.create("https://user:hunter2@host/")))
        .hasMessageNotContaining("hunter2");
  }

  @Test
  void badRegionsAreRejected() {
    for (String bad : new String[] {"", "US-EAST-1", "us east 1", "us-east-1/", "-us"}) {
      assertThatThrownBy(() -> new TestClientBuilder().region(bad), bad)
          .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("region");
    }
  }

  @Test
  void nonPositiveTimeoutsAreRejected() {
    TestClientBuilder b = new TestClientBuilder();
    for (Duration bad : new Duration[] {Duration.ZERO, Duration.ofMillis(-1)}) {
      assertThatThrownBy(() -> b.connectTimeout(bad)).isInstanceOf(IllegalArgumentException.class)
          .hasMessageContaining("connectTimeout must be positive");
      assertThatThrownBy(() -> b.readTimeout(bad)).isInstanceOf(IllegalArgumentException.class)
          .hasMessageContaining("readTimeout must be positive");
      assertThatThrownBy(() -> b.callTimeout(bad)).isInstanceOf(IllegalArgumentException.class)
          .hasMessageContaining("callTimeout must be positive");
    }
    assertThatThrownBy(() -> b.callTimeout(null)).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("callTimeout");
  }

  @Test
  void hugeTimeoutsAreAcceptedAndStillWork() {
    ClientConfiguration c = new TestClientBuilder().region("us-east-1").connectTimeout(Duration.ofDays(365))
        .readTimeout(Duration.ofDays(365)).callTimeout(Duration.ofDays(365 * 1000)).build();
    try (dev.stacksets.core.internal.ClientRuntime runtime = new dev.stacksets.core.internal.ClientRuntime(c,
        new dev.stacksets.core.internal.ServiceProfile("Test", dev.stacksets.core.auth.RequestSigner.unsigned(),
            (r, e) -> dev.stacksets.core.internal.ServiceExceptions.forStatus(e.build()), java.util.List.of(), null,
            dev.stacksets.core.internal.ClockSkewErrors.none()))) {
      assertThat(runtime.configuration()).isSameAs(c);
    }
  }

  @Test
  void configurationChecksItsRequiredSettings() {
    ClientConfiguration ok = new TestClientBuilder().region("us-east-1").build();
    assertThatThrownBy(() -> new ClientConfiguration(null, null, ok.credentialsProvider(), ok.clock(), ok.sleeper(),
        ok.retryPolicy(), ok.connectTimeout(), ok.readTimeout(), ok.callTimeout(), null, null, null))
        .isInstanceOf(IllegalArgumentException.class).hasMessage("endpoint is required");
    assertThatThrownBy(() -> new ClientConfiguration(ok.endpoint(), null, ok.credentialsProvider(), ok.clock(),
        ok.sleeper(), ok.retryPolicy(), ok.connectTimeout(), Duration.ZERO, ok.callTimeout(), null, null, null))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("readTimeout");
    assertThat(new ClientConfiguration(ok.endpoint(), null, ok.credentialsProvider(), ok.clock(), ok.sleeper(),
        ok.retryPolicy(), ok.connectTimeout(), ok.readTimeout(), ok.callTimeout(), null, null, null).interceptors())
        .isEmpty();
    // null timeouts mean "the caller's OkHttpClient's own", so they need one
    assertThatThrownBy(() -> new ClientConfiguration(ok.endpoint(), null, ok.credentialsProvider(), ok.clock(),
        ok.sleeper(), ok.retryPolicy(), null, ok.readTimeout(), ok.callTimeout(), null, null, null))
        .isInstanceOf(IllegalArgumentException.class).hasMessage("connectTimeout is required");
    assertThat(new ClientConfiguration(ok.endpoint(), null, ok.credentialsProvider(), ok.clock(), ok.sleeper(),
        ok.retryPolicy(), null, null, ok.callTimeout(), null, new OkHttpClient(), null).readTimeout()).isNull();
  }

  @Test
  void userAgentSuffixMustBePrintableAscii() {
    assertThatThrownBy(() -> new TestClientBuilder().userAgentSuffix("app\n/1"))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("userAgentSuffix");
    assertThatThrownBy(() -> new TestClientBuilder().userAgentSuffix("caf\u00e9"))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void nullArgumentsAreNamed() {
    TestClientBuilder b = new TestClientBuilder();
    assertThatThrownBy(() -> b.credentialsProvider(null)).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("credentialsProvider");
    assertThatThrownBy(() -> b.clock(null)).hasMessageContaining("clock");
    assertThatThrownBy(() -> b.sleeper(null)).hasMessageContaining("sleeper");
    assertThatThrownBy(() -> b.retryPolicy(null)).hasMessageContaining("retryPolicy");
    assertThatThrownBy(() -> b.httpClient(null)).hasMessageContaining("httpClient");
    assertThatThrownBy(() -> b.addInterceptor(null)).hasMessageContaining("interceptor");
    assertThatThrownBy(() -> b.region(null)).hasMessageContaining("region");
  }

  @Test
  void requestHooksAndAttemptListenersAreKeptInOrderAndNullIsRejected() {
    dev.stacksets.core.pipeline.RequestHook h1 = (service, operation, request) -> request;
    dev.stacksets.core.pipeline.RequestHook h2 = (service, operation, request) -> request;
    dev.stacksets.core.pipeline.AttemptListener l1 = e -> { };
    TestClientBuilder b = new TestClientBuilder().region("us-east-1").addRequestHook(h1).addRequestHook(h2)
        .addAttemptListener(l1);

    ClientConfiguration c = b.build();

    assertThat(c.requestHooks()).containsExactly(h1, h2);
    assertThat(c.attemptListeners()).containsExactly(l1);
    assertThatThrownBy(() -> b.addRequestHook(null)).isExactlyInstanceOf(IllegalArgumentException.class)
        .hasMessage("hook must not be null");
    assertThatThrownBy(() -> b.addAttemptListener(null)).isExactlyInstanceOf(IllegalArgumentException.class)
        .hasMessage("listener must not be null");
    assertThat(new TestClientBuilder().region("us-east-1").build().requestHooks()).isEmpty();
  }
}
