package dev.stacksets.core.internal;

import dev.stacksets.core.pipeline.AttemptEvent;
import dev.stacksets.core.pipeline.AttemptListener;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The observe stage, once per attempt: one DEBUG line on {@code dev.stacksets.request} (service, operation, method,
 * path, status or failure, latency, attempt, request ids; never headers, bodies or credentials), and one
 * {@link AttemptEvent} to each {@link AttemptListener}. A listener that throws is logged at WARN and skipped.
 * Immutable and thread-safe.
 */
final class AttemptReporter {
  private static final Logger LOG = LoggerFactory.getLogger("dev.stacksets.request");
  private final List<AttemptListener> listeners;

  AttemptReporter(List<AttemptListener> listeners) {
    this.listeners = List.copyOf(listeners);
  }

  /**
   * Reports one attempt.
   *
   * @param method       the request method (for the log line)
   * @param path         the request path (for the log line)
   * @param failure      the failure with no reply, or null when there was a reply
   * @param attemptLimit the attempt limit at the time of the attempt (for the log line)
   */
  void report(AttemptEvent event, String method, String path, Throwable failure, int attemptLimit) {
    if (LOG.isDebugEnabled()) {
      long micros = event.latency().toNanos() / 1000;
      LOG.debug("{} {} {} {} -> {} in {} ms (attempt {}/{}, request-id={}, client-request-id={})",
          event.service(), event.operation(), method, path,
          failure == null ? Integer.toString(event.statusCode()) : CallFailures.describe(failure), millis(micros),
          event.attempt(), attemptLimit, event.requestId(), event.clientRequestId());
    }
    for (AttemptListener listener : listeners) {
      try {
        listener.onAttempt(event);
      } catch (RuntimeException e) {
        LOG.warn("attempt listener {} failed on {} {} attempt {}: {}", listener.getClass().getName(),
            event.service(), event.operation(), event.attempt(), CallFailures.describe(e));
      }
    }
  }

  /** Whether anything listens (so that events are only built when they are used). */
  boolean active() {
    return !listeners.isEmpty() || LOG.isDebugEnabled();
  }

  /** {@code 12345} microseconds as {@code "12.345"}. */
  private static String millis(long micros) {
    long frac = micros % 1000;
    return (micros / 1000) + (frac < 10 ? ".00" : frac < 100 ? ".0" : ".") + frac;
  }
}
