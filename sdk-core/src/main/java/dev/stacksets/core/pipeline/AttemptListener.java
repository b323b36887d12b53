package dev.stacksets.core.pipeline;

/**
 * Observes every attempt a client makes, for metrics and tracing: called once per attempt, after its outcome and the
 * pipeline's decision about it are known, with an {@link AttemptEvent} that never holds headers, bodies or secrets.
 *
 * <p>It runs on the thread that completed the attempt (the caller's for synchronous calls, an OkHttp or SDK thread for
 * asynchronous ones), so it must be quick and must not block. An exception it throws is logged at WARN on
 * {@code dev.stacksets.request} and otherwise ignored: it never changes the call.
 *
 * <p>Implementations must be thread-safe.
 *
 * <pre>{@code
 * CloudFormationClient cfn = CloudFormationClient.builder()
 *     .region("us-east-1")
 *     .addAttemptListener(e -> log.info("{} {} attempt {} -> {} ({})", e.service(), e.operation(), e.attempt(),
 *         e.statusCode(), e.decision()))
 *     .build();
 * }</pre>
 */
@FunctionalInterface
public interface AttemptListener {

  /** Called once per attempt. */
  void onAttempt(AttemptEvent event);
}
