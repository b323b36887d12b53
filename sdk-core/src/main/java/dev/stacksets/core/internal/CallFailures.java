package dev.stacksets.core.internal;

import dev.stacksets.core.exception.ClientSideException;
import java.io.IOException;
import java.io.InterruptedIOException;
import java.net.ConnectException;
import java.net.NoRouteToHostException;
import java.net.SocketTimeoutException;
import java.net.UnknownHostException;
import java.time.Duration;

/**
 * The client-side exceptions of a call, worded alike: {@code "<service> <operation> <what> (client request id: ID,
 * attempts: N)"}. One instance per runtime; stateless and thread-safe.
 */
final class CallFailures {
  private final String serviceName;
  private final Duration callTimeout;

  CallFailures(String serviceName, Duration callTimeout) {
    this.serviceName = serviceName;
    this.callTimeout = callTimeout;
  }

  String serviceName() {
    return serviceName;
  }

  ClientSideException timedOut(String operation, String clientRequestId, int attempts, Throwable cause) {
    return new ClientSideException(serviceName + " " + operation + " timed out after " + callTimeout
        + context(clientRequestId, attempts), cause, clientRequestId, attempts, false);
  }

  ClientSideException interrupted(String operation, String clientRequestId, int attempts, Throwable cause) {
    return new ClientSideException(serviceName + " " + operation + " was interrupted"
        + context(clientRequestId, attempts), cause, clientRequestId, attempts, false);
  }

  /** A failure with no reply: retryable (an I/O failure) or not (anything else, e.g. a caller's interceptor). */
  ClientSideException failed(String operation, Throwable e, String clientRequestId, int attempts, boolean retryable) {
    return new ClientSideException(serviceName + " " + operation + " failed: " + describe(e)
        + context(clientRequestId, attempts), e, clientRequestId, attempts, retryable);
  }

  ClientSideException unparseable(String operation, String clientRequestId, int attempts, Throwable e) {
    return new ClientSideException(serviceName + " " + operation + ": could not read the response body: "
        + describe(e) + context(clientRequestId, attempts), e, clientRequestId, attempts, false);
  }

  ClientSideException backoffInterrupted(String clientRequestId, int attempts, Exception failure,
      InterruptedException e) {
    return new ClientSideException("interrupted while waiting to retry " + serviceName + " call after: "
        + failure.getMessage(), e, clientRequestId, attempts, false);
  }

  /** The end of every client-side message: {@code " (client request id: ID, attempts: N)"}. */
  static String context(String clientRequestId, int attempts) {
    return clientRequestId == null ? " (attempts: " + attempts + ")"
        : " (client request id: " + clientRequestId + ", attempts: " + attempts + ")";
  }

  static String describe(Throwable e) {
    return e.getMessage() == null ? e.getClass().getSimpleName() : e.getClass().getSimpleName() + ": "
        + e.getMessage();
  }

  /** The thread was interrupted (OkHttp's own call timeout says "timeout", not "interrupted"). */
  static boolean isInterruption(IOException e) {
    return Thread.currentThread().isInterrupted()
        || (e.getClass() == InterruptedIOException.class && "interrupted".equals(e.getMessage()));
  }

  /**
   * The request provably never left: no connection could be made (refused, no route, unknown host, connect timed
   * out), so no byte of it reached the service. Everything else (a reset, a read timeout, an early close) may have
   * come after the service received it.
   */
  static boolean neverLeft(IOException e) {
    for (Throwable t = e; t != null; t = t.getCause()) {
      if (t instanceof ConnectException || t instanceof NoRouteToHostException || t instanceof UnknownHostException) {
        return true;
      }
      if (t instanceof SocketTimeoutException && t.getMessage() != null
          && t.getMessage().toLowerCase(java.util.Locale.ROOT).startsWith("connect timed out")) {
        return true;
      }
    }
    return false;
  }
}
