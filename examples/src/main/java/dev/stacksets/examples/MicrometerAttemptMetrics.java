package dev.stacksets.examples;

import dev.stacksets.core.pipeline.AttemptEvent;
import dev.stacksets.core.pipeline.AttemptListener;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;

/**
 * An {@link AttemptListener} that records every attempt in a Micrometer {@link MeterRegistry}:
 *
 * <ul>
 *   <li>timer {@code stacksets.client.attempts}: the latency of each attempt, tagged {@code service},
 *       {@code operation}, {@code outcome} (the HTTP status, or the failure's class name when there was no reply)
 *       and {@code decision} ({@code SUCCEEDED}, {@code RETRY}, {@code RESIGN}, {@code FAILED});</li>
 *   <li>counter {@code stacksets.client.retries}: attempts followed by another one, tagged {@code service},
 *       {@code operation} and {@code reason} ({@code throttled}, {@code retryable reply}, {@code I/O failure},
 *       {@code clock skew}).</li>
 * </ul>
 *
 * <p>Every tag value comes from a small fixed set, so the number of series stays bounded. Micrometer is not a
 * dependency of the SDK: this adapter lives in the examples, and an application using it brings its own
 * {@code micrometer-core}.
 *
 * <p>Thread-safe (Micrometer meters are).
 *
 * <pre>{@code
 * MeterRegistry registry = new SimpleMeterRegistry();
 * RfsClient rfs = RfsClient.builder()
 *     .region("cn-north-4")
 *     .addAttemptListener(new MicrometerAttemptMetrics(registry))
 *     .build();
 * }</pre>
 */
public final class MicrometerAttemptMetrics implements AttemptListener {
  /** The attempt timer's name. */
  public static final String ATTEMPTS = "stacksets.client.attempts";
  /** The retry counter's name. */
  public static final String RETRIES = "stacksets.client.retries";

  private final MeterRegistry registry;

  /** Records into {@code registry}. */
  public MicrometerAttemptMetrics(MeterRegistry registry) {
    if (registry == null) {
      throw new IllegalArgumentException("registry must not be null");
    }
    this.registry = registry;
  }

  @Override
  public void onAttempt(AttemptEvent event) {
    String outcome = event.failure() != null ? event.failure() : Integer.toString(event.statusCode());
    Timer.builder(ATTEMPTS)
        .description("latency of one attempt of a stack sets SDK call")
        .tag("service", event.service())
        .tag("operation", event.operation())
        .tag("outcome", outcome)
        .tag("decision", event.decision().name())
        .register(registry)
        .record(event.latency());
    if (event.decision() == AttemptEvent.Decision.RETRY || event.decision() == AttemptEvent.Decision.RESIGN) {
      Counter.builder(RETRIES)
          .description("attempts of a stack sets SDK call followed by another attempt")
          .tag("service", event.service())
          .tag("operation", event.operation())
          .tag("reason", event.reason() == null ? "unknown" : event.reason())
          .register(registry)
          .increment();
    }
  }
}
