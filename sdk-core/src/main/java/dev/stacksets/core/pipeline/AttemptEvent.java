package dev.stacksets.core.pipeline;

import java.time.Duration;
import org.jspecify.annotations.Nullable;

/**
 * One attempt of one logical call, as an {@link AttemptListener} sees it: which call, which attempt, what came back
 * (an HTTP status, or a failure with no reply), how long it took, and what the pipeline decided next. It never holds
 * headers, bodies, credentials or signatures.
 *
 * <p>Immutable and thread-safe.
 *
 * <pre>{@code
 * AttemptListener metrics = e -> registry.timer("stacksets.attempt",
 *     "operation", e.operation(), "status", Integer.toString(e.statusCode()), "decision", e.decision().name())
 *     .record(e.latency());
 * }</pre>
 *
 * @param service         the service name, e.g. {@code RFS}, {@code CloudFormation}, {@code Config}
 * @param operation       the API name, e.g. {@code ListStackSets}
 * @param attempt         1 for the first attempt of the call, 2 for the next, ...
 * @param statusCode      the HTTP status of the reply, or 0 when there was none (see {@code failure})
 * @param errorCode       the service's error code of an error reply, or null
 * @param failure         the simple class name of the failure when there was no reply (e.g. {@code ConnectException},
 *                        {@code SocketTimeoutException}), or null when there was a reply
 * @param latency         from sending the request to the reply being read (or the failure)
 * @param decision        what the pipeline does next
 * @param reason          why, in a few fixed words (see {@link Decision}); null for {@link Decision#SUCCEEDED}
 * @param retryDelay      the wait before the next attempt for {@link Decision#RETRY}; zero otherwise
 * @param requestId       the server's request id of the reply, or null
 * @param clientRequestId the client request id sent, or null for services that use none
 */
public record AttemptEvent(
    String service,
    String operation,
    int attempt,
    int statusCode,
    @Nullable String errorCode,
    @Nullable String failure,
    Duration latency,
    Decision decision,
    @Nullable String reason,
    Duration retryDelay,
    @Nullable String requestId,
    @Nullable String clientRequestId) {

  /**
   * Checks the required fields.
   *
   * @throws IllegalArgumentException naming a required field that is null, or an attempt below 1
   */
  public AttemptEvent {
    required(service, "service");
    required(operation, "operation");
    required(latency, "latency");
    required(decision, "decision");
    required(retryDelay, "retryDelay");
    if (attempt < 1) {
      throw new IllegalArgumentException("attempt must be >= 1: " + attempt);
    }
  }

  private static void required(Object value, String name) {
    if (value == null) {
      throw new IllegalArgumentException(name + " must not be null");
    }
  }

  /**
   * What the pipeline does after an attempt. The {@code reason} of an event is one of: for {@link #RETRY}
   * {@code "throttled"}, {@code "retryable reply"} or {@code "I/O failure"}; for {@link #RESIGN} {@code "clock skew"};
   * for {@link #FAILED} {@code "not retryable"}, {@code "unreadable reply"}, {@code "attempts exhausted"}, {@code "unsafe to repeat"} or
   * {@code "call timeout"}.
   */
  public enum Decision {
    /** The attempt succeeded and the call returns its result. */
    SUCCEEDED,
    /** The attempt failed; another one follows after {@code retryDelay}. */
    RETRY,
    /** The service rejected the attempt's timestamp; it is signed again at once with the corrected time. */
    RESIGN,
    /** The attempt failed and the call fails with it. */
    FAILED
  }
}
