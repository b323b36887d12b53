package dev.stacksets.emulator.internal;

import dev.stacksets.emulator.model.EmulatorService;

/**
 * One protocol's front door: answers a call and renders the protocol's own replies for the conditions the server
 * decides before the router runs (throttling, injected server errors, oversized bodies, unexpected failures).
 * Implementations are thread-safe.
 */
public interface ServiceRouter {
  /** The service. */
  EmulatorService service();

  /** A fresh request id in the service's style. */
  String newRequestId();

  /** The response header that carries the request id on every reply. */
  String requestIdHeader();

  /** Names the operation of a call as early as possible (for the log of faulted requests), or null. */
  String operationName(HttpCall call);

  /** Answers a call (authentication, validation, the operation itself). */
  HttpReply handle(HttpCall call, Exchange exchange);

  /** The service's throttling reply. */
  HttpReply throttled(Exchange exchange);

  /** The service's server-error reply with this 5xx status. */
  HttpReply serverError(int status, Exchange exchange);

  /** The service's reply to a body larger than the limit. */
  HttpReply tooLarge(long limit, Exchange exchange);
}
