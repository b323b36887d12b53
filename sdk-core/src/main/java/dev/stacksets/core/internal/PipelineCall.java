package dev.stacksets.core.internal;

import dev.stacksets.core.ResponseMetadata;
import dev.stacksets.core.exception.ClientSideException;
import dev.stacksets.core.exception.ServiceException;
import dev.stacksets.core.exception.StackSetsException;
import dev.stacksets.core.http.SdkHttpRequest;
import dev.stacksets.core.http.SdkHttpResponse;
import dev.stacksets.core.pipeline.AttemptEvent;
import dev.stacksets.core.pipeline.AttemptEvent.Decision;
import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.util.function.UnaryOperator;

/**
 * One logical call's state and its steps, shared by both drivers: sign the next attempt, then turn what the send
 * stage produced (a reply, an I/O failure, another failure) into the next {@link Step}: return, fail, retry after a
 * delay, or re-sign at once. Each attempt is reported once. Not thread-safe: a driver runs one step at a time (the
 * async driver hands the call from thread to thread with happens-before edges of the OkHttp dispatcher and the
 * scheduler).
 *
 * @param <T> the call's result
 */
final class PipelineCall<T> {
  private final Pipeline p;
  private final String operation;
  private final SdkHttpRequest prepared;
  private final String clientRequestId;
  private final ResponseParser<T> parser;
  private final RetrySafety safety;
  private final UnaryOperator<ServiceException> errorRule;
  private final long start = System.nanoTime();
  private volatile int attempt; // stepped by one thread at a time, read by the async driver's timeout timer too
  private boolean skewCorrected;
  private StackSetsException previousFailure;
  private Instant signingTime;
  private AttemptSigner.Signed current;
  private long sentNanos;

  PipelineCall(Pipeline p, String operation, SdkHttpRequest request, ResponseParser<T> parser, RetrySafety safety,
      UnaryOperator<ServiceException> errorRule) {
    this.p = p;
    this.operation = operation;
    this.parser = parser;
    this.safety = safety;
    this.errorRule = errorRule;
    this.prepared = p.preparer().prepare(operation, request);
    this.clientRequestId = p.preparer().clientRequestId(prepared);
  }

  /** What a driver does next. */
  sealed interface Step<T> permits Done, Fail, Retry, Resign {}

  /** Return the value. */
  record Done<T>(T value) implements Step<T> {}

  /** Throw (or complete exceptionally with) the failure. */
  record Fail<T>(RuntimeException failure) implements Step<T> {}

  /** Wait {@code delay}, then {@link #signNext()} again. */
  record Retry<T>(Duration delay, StackSetsException failure) implements Step<T> {}

  /** {@link #signNext()} again at once. */
  record Resign<T>() implements Step<T> {}

  String operation() {
    return operation;
  }

  String clientRequestId() {
    return clientRequestId;
  }

  int attempt() {
    return attempt;
  }

  /** The rest of the call's time budget. */
  long remainingNanos() {
    return p.callTimeoutNanos() - (System.nanoTime() - start);
  }

  /**
   * Starts the next attempt: checks the call's time budget and signs.
   *
   * @throws StackSetsException the call timed out, or signing failed
   */
  SdkHttpRequest signNext() {
    attempt++;
    if (remainingNanos() <= 0) {
      throw p.failures().timedOut(operation, clientRequestId, attempt - 1, null);
    }
    signingTime = p.clockSkew().now();
    current = p.signer().sign(operation, prepared, signingTime, clientRequestId, attempt, previousFailure);
    sentNanos = System.nanoTime();
    return current.request();
  }

  /** The call timed out while an attempt was in flight or waiting (async driver). */
  ClientSideException timedOut(Throwable cause) {
    return p.failures().timedOut(operation, clientRequestId, attempt, cause);
  }

  /** The send stage produced a reply. */
  Step<T> onReply(SdkHttpResponse response) {
    long latency = System.nanoTime() - sentNanos;
    // a request id is the server's text too: masked like the rest of a reply before a log line, a listener or an
    // exception shows it
    String rawRequestId = p.mapper().requestId(response);
    String requestId = rawRequestId == null ? null : current.secrets().mask(rawRequestId);
    int limit = p.policy().attemptLimit(skewCorrected);
    if (parser.accepts(response.statusCode())) {
      ResponseMetadata metadata = new ResponseMetadata(requestId, clientRequestId, response.statusCode(), attempt);
      Step<T> step;
      try {
        step = new Done<>(parser.parse(response, metadata));
      } catch (StackSetsException e) {
        step = new Fail<>(e);
      } catch (Exception e) {
        if (e instanceof InterruptedException) {
          Thread.currentThread().interrupt();
        }
        step = new Fail<>(p.failures().unparseable(operation, clientRequestId, attempt, e));
      }
      boolean done = step instanceof Done;
      report(response.statusCode(), null, null, latency, done ? Decision.SUCCEEDED : Decision.FAILED,
          done ? null : "unreadable reply", Duration.ZERO, requestId, limit);
      return step;
    }
    ServiceException mapped = p.mapper().toException(response, current.secrets(), requestId, clientRequestId,
        attempt);
    ServiceException failure = refine(mapped);
    boolean skewRejected = !skewCorrected && p.clockSkew().learn(mapped, response, signingTime);
    Duration retryAfter = RetryAfter.parse(response.header("Retry-After"), p.clockSkew().now());
    AttemptPolicy.Decision decision = p.policy().decide(new AttemptPolicy.Outcome(attempt, response.statusCode(),
        failure.isRetryable(), failure.isThrottling(), retryAfter, false, skewRejected, skewCorrected, safety,
        System.nanoTime() - start));
    return decided(decision, failure, response.statusCode(), failure.errorCode(), null, latency, requestId, limit);
  }

  /** The send stage failed with no reply. */
  Step<T> onIoFailure(IOException e) {
    long latency = System.nanoTime() - sentNanos;
    int limit = p.policy().attemptLimit(skewCorrected);
    ClientSideException failure;
    if (CallFailures.isInterruption(e)) {
      Thread.currentThread().interrupt(); // keep (or restore) the caller's interrupt flag
      failure = p.failures().interrupted(operation, clientRequestId, attempt, e);
    } else if (remainingNanos() <= 0) {
      failure = p.failures().timedOut(operation, clientRequestId, attempt, e);
    } else {
      failure = p.failures().failed(operation, e, clientRequestId, attempt, true);
    }
    AttemptPolicy.Decision decision = p.policy().decide(new AttemptPolicy.Outcome(attempt, 0,
        failure.isRetryable(), failure.isThrottling(), null, CallFailures.neverLeft(e), false, skewCorrected, safety,
        System.nanoTime() - start));
    return decided(decision, failure, 0, null, e, latency, null, limit);
  }

  /** The send stage failed otherwise (e.g. a caller's interceptor threw; a reply too large): not retried. */
  Step<T> onOtherFailure(RuntimeException e) {
    long latency = System.nanoTime() - sentNanos;
    report(0, null, e, latency, Decision.FAILED, "not retryable", Duration.ZERO, null,
        p.policy().attemptLimit(skewCorrected));
    if (e instanceof StackSetsException) {
      return new Fail<>(e); // an interceptor's own SDK exception, as is
    }
    return new Fail<>(p.failures().failed(operation, e, clientRequestId, attempt, false));
  }

  private ServiceException refine(ServiceException e) {
    ServiceException refined = errorRule.apply(e);
    return refined == null ? e : refined;
  }

  private Step<T> decided(AttemptPolicy.Decision decision, StackSetsException failure, int status, String errorCode,
      Throwable ioFailure, long latency, String requestId, int limit) {
    if (decision instanceof AttemptPolicy.Resign) {
      report(status, errorCode, ioFailure, latency, Decision.RESIGN, decision.reason(), Duration.ZERO, requestId,
          limit);
      skewCorrected = true;
      previousFailure = failure;
      return new Resign<>();
    }
    if (decision instanceof AttemptPolicy.Retry retry) {
      report(status, errorCode, ioFailure, latency, Decision.RETRY, retry.reason(), retry.delay(), requestId, limit);
      previousFailure = failure;
      return new Retry<>(retry.delay(), failure);
    }
    report(status, errorCode, ioFailure, latency, Decision.FAILED, decision.reason(), Duration.ZERO, requestId,
        limit);
    return new Fail<>(failure);
  }

  private void report(int status, String errorCode, Throwable ioFailure, long latencyNanos, Decision decision,
      String reason, Duration delay, String requestId, int limit) {
    if (!p.reporter().active()) {
      return;
    }
    AttemptEvent event = new AttemptEvent(p.profile().serviceName(), operation, attempt, status, errorCode,
        ioFailure == null ? null : ioFailure.getClass().getSimpleName(), Duration.ofNanos(latencyNanos), decision,
        reason, delay, requestId, clientRequestId);
    p.reporter().report(event, current.request().method(), current.request().encodedPath(), ioFailure, limit);
  }
}
