package dev.stacksets.emulator.internal;

/**
 * Per-request facts a router fills in while it handles a call, for the request log: the operation name and the
 * client's request id. The request id is chosen up front so every reply (also injected faults) carries it.
 */
public final class Exchange {
  private final String requestId;
  private String operation;
  private String clientRequestId;

  public Exchange(String requestId) {
    this.requestId = requestId;
  }

  public String requestId() {
    return requestId;
  }

  public String operation() {
    return operation;
  }

  public void operation(String operation) {
    this.operation = operation;
  }

  public String clientRequestId() {
    return clientRequestId;
  }

  public void clientRequestId(String id) {
    this.clientRequestId = id;
  }
}
