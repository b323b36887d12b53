package dev.stacksets.examples;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.stacksets.core.auth.Credentials;
import dev.stacksets.core.auth.CredentialsProvider;
import dev.stacksets.core.retry.RetryPolicy;
import dev.stacksets.rfs.RfsClient;
import io.micrometer.core.instrument.Timer;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.time.Duration;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.junit5.StartStop;
import org.junit.jupiter.api.Test;

class MicrometerAttemptMetricsTest {
  @StartStop final MockWebServer server = new MockWebServer();

  @Test
  void aRetriedCallRecordsTwoAttemptsAndOneRetry() {
    server.enqueue(new MockResponse.Builder().code(503).addHeader("Retry-After", "0")
        .body("{\"error_code\":\"RF.503\",\"error_msg\":\"busy\"}").build());
    server.enqueue(new MockResponse.Builder().code(200).body("{\"stack_sets\":[]}").build());
    SimpleMeterRegistry registry = new SimpleMeterRegistry();

    try (RfsClient rfs = RfsClient.builder()
        .endpoint(server.url("/").uri())
        .projectId("0123456789abcdef0123456789abcdef")
        .credentialsProvider(CredentialsProvider.of(Credentials.of("AKTEST", "test-secret")))
        .retryPolicy(RetryPolicy.builder().baseDelay(Duration.ZERO).build())
        .addAttemptListener(new MicrometerAttemptMetrics(registry))
        .build()) {
      rfs.listStackSets(r -> { });
    }

    Timer retried = registry.find(MicrometerAttemptMetrics.ATTEMPTS)
        .tags("service", "RFS", "operation", "ListStackSets", "outcome", "503", "decision", "RETRY").timer();
    Timer succeeded = registry.find(MicrometerAttemptMetrics.ATTEMPTS)
        .tags("service", "RFS", "operation", "ListStackSets", "outcome", "200", "decision", "SUCCEEDED").timer();
    assertThat(retried).isNotNull();
    assertThat(retried.count()).isEqualTo(1);
    assertThat(succeeded).isNotNull();
    assertThat(succeeded.count()).isEqualTo(1);
    assertThat(registry.get(MicrometerAttemptMetrics.ATTEMPTS).timers()).hasSize(2);
    assertThat(registry.get(MicrometerAttemptMetrics.RETRIES)
        .tags("service", "RFS", "operation", "ListStackSets", "reason", "retryable reply").counter().count())
        .isEqualTo(1.0);
  }

  @Test
  void aNullRegistryIsRejected() {
    assertThatThrownBy(() -> new MicrometerAttemptMetrics(null))
        .isExactlyInstanceOf(IllegalArgumentException.class).hasMessage("registry must not be null");
  }
}
