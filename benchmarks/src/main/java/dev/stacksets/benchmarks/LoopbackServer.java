package dev.stacksets.benchmarks;

import java.io.IOException;
import java.net.InetAddress;
import mockwebserver3.Dispatcher;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;

/**
 * A loopback MockWebServer answering every request with the same fixed body: the RFS fixture for GETs, the
 * CloudFormation fixture for POSTs. Every benchmark calls it, so the differences measured are the clients'.
 *
 * <p>Thread-safe.
 */
public final class LoopbackServer implements AutoCloseable {
  private final MockWebServer server = new MockWebServer();

  /** Starts on an ephemeral loopback port. */
  public LoopbackServer() throws IOException {
    MockResponse rfs = new MockResponse.Builder().code(200).addHeader("Content-Type", "application/json")
        .addHeader("X-Request-Id", "bench").body(Fixtures.rfsOperationsPage()).build();
    MockResponse cfn = new MockResponse.Builder().code(200).addHeader("Content-Type", "text/xml")
        .addHeader("x-amzn-RequestId", "bench").body(Fixtures.cfnOperationResultsPage()).build();
    server.setDispatcher(new Dispatcher() {
      @Override
      public MockResponse dispatch(RecordedRequest request) {
        return "POST".equals(request.getMethod()) ? cfn : rfs;
      }
    });
    server.start(InetAddress.getLoopbackAddress(), 0);
  }

  /** {@code http://127.0.0.1:PORT} */
  public java.net.URI uri() {
    return server.url("/").uri().resolve("/");
  }

  @Override
  public void close() throws IOException {
    server.close();
  }
}
