package dev.stacksets.core.internal;

import dev.stacksets.core.exception.ClientSideException;
import dev.stacksets.core.exception.StackSetsException;
import dev.stacksets.core.http.SdkHttpRequest;
import dev.stacksets.core.pipeline.RequestHook;
import java.util.List;
import java.util.UUID;

/**
 * The prepare stage, once per logical call: endpoint base path, {@code Host}, {@code User-Agent}, the
 * {@code Client-Request-Id} (the caller's, or a fresh UUID) for services that use one, then the caller's
 * {@link RequestHook}s; finally the dot-segment check. What it returns is sent, signed afresh, on every attempt.
 * Immutable and thread-safe.
 */
final class RequestPreparer {
  private final String serviceName;
  private final String basePath;
  private final String hostHeader;
  private final String userAgent;
  private final String clientRequestIdHeader;
  private final List<RequestHook> hooks;

  RequestPreparer(String serviceName, String basePath, String hostHeader, String userAgent,
      String clientRequestIdHeader, List<RequestHook> hooks) {
    this.serviceName = serviceName;
    this.basePath = basePath;
    this.hostHeader = hostHeader;
    this.userAgent = userAgent;
    this.clientRequestIdHeader = clientRequestIdHeader;
    this.hooks = List.copyOf(hooks);
  }

  /**
   * @throws IllegalArgumentException the path holds a {@code .} or {@code ..} segment
   * @throws ClientSideException      a request hook failed or returned null (not retryable)
   */
  SdkHttpRequest prepare(String operation, SdkHttpRequest request) {
    SdkHttpRequest.Builder b = request.toBuilder().header("Host", hostHeader);
    if (!basePath.isEmpty()) {
      b.encodedPath(basePath + request.encodedPath());
    }
    if (request.header("User-Agent") == null) {
      b.header("User-Agent", userAgent);
    }
    if (clientRequestIdHeader != null) {
      String id = request.header(clientRequestIdHeader);
      if (id == null || id.isBlank()) {
        b.header(clientRequestIdHeader, UUID.randomUUID().toString());
      }
    }
    SdkHttpRequest prepared = runHooks(operation, b.build());
    HttpTransport.requireSendablePath(prepared.encodedPath());
    return prepared;
  }

  /** The client request id of a prepared request, or null for services without one. */
  String clientRequestId(SdkHttpRequest prepared) {
    return clientRequestIdHeader == null ? null : prepared.header(clientRequestIdHeader);
  }

  private SdkHttpRequest runHooks(String operation, SdkHttpRequest request) {
    SdkHttpRequest current = request;
    for (RequestHook hook : hooks) {
      SdkHttpRequest next;
      try {
        next = hook.beforeSigning(serviceName, operation, current);
      } catch (StackSetsException e) {
        throw e;
      } catch (RuntimeException e) {
        throw new ClientSideException(serviceName + " " + operation + ": a request hook failed: "
            + CallFailures.describe(e) + CallFailures.context(clientRequestId(current), 0), e,
            clientRequestId(current), 0, false);
      }
      if (next == null) {
        throw new ClientSideException(serviceName + " " + operation + ": a request hook returned null"
            + CallFailures.context(clientRequestId(current), 0), null, clientRequestId(current), 0, false);
      }
      current = next;
    }
    return current;
  }
}
