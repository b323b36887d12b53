package dev.stacksets.benchmarks;

import java.io.IOException;
import java.net.InetAddress;
import java.net.URI;
import java.util.concurrent.TimeUnit;
import mockwebserver3.Dispatcher;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;

/**
 * A loopback MockWebServer answering every request with the same fixed body: the RFS fixture for GETs, the
 * CloudFormation fixture for POSTs. Every benchmark calls it, so the differences measured are the clients'.
 *
 * <p>MockWebServer records every request it serves in an unbounded queue (for {@code takeRequest()} in tests). A
 * benchmark sends millions of requests, so the dispatcher drains that queue on every request: otherwise the server's
 * own garbage would grow the live heap and show up in every client's numbers.
 *
 * <p>Accepted connections get {@code TCP_NODELAY} ({@link NoDelayServerSocketFactory}): MockWebServer leaves Nagle's
 * algorithm on, which stalls every reply by the client's 40 ms delayed ACK on loopback.
 *
 * <p>Thread-safe.
 */
public final class LoopbackServer implements AutoCloseable {
  private final MockWebServer server = new MockWebServer();

  /** Starts on an ephemeral loopback port. */
  public LoopbackServer() throws IOException {
    MockResponse rfs = rfsResponse(Fixtures.rfsOperationsPage());
    MockResponse cfn = cfnResponse(Fixtures.cfnOperationResultsPage());
    start(request -> "POST".equals(request.getMethod()) ? cfn : rfs);
  }

  private LoopbackServer(Responder responder) throws IOException {
    start(responder);
  }

  /**
   * A server that serves {@code pages} pages of 100 items, each pointing to the next: RFS GETs page by their
   * {@code marker} query parameter ({@code page_info.next_marker}), CloudFormation POSTs by the {@code NextToken}
   * form member. Markers and tokens are {@code tokenLength} characters long, so the client-side cost of remembering
   * them is visible; each page's marker is unique, as the paginators require.
   */
  public static LoopbackServer paging(int pages, int tokenLength) throws IOException {
    if (pages < 1 || tokenLength < 8) {
      throw new IllegalArgumentException("pages >= 1 and tokenLength >= 8 required");
    }
    // the bodies are built once around a placeholder, so serving a page costs the server next to nothing
    String placeholder = "\u0000TOKEN\u0000";
    String[] rfs = Fixtures.rfsOperationsPage(placeholder).split(placeholder, -1);
    String[] cfn = Fixtures.cfnOperationResultsPage(placeholder).split(placeholder, -1);
    String rfsLast = Fixtures.rfsOperationsPage();
    String cfnLast = Fixtures.cfnOperationResultsPage();
    return new LoopbackServer(request -> {
      if ("POST".equals(request.getMethod())) {
        String form = request.getBody() == null ? "" : request.getBody().utf8();
        int next = pageOf(formValue(form, "NextToken")) + 1;
        return cfnResponse(next < pages ? cfn[0] + token(next, tokenLength) + cfn[1] : cfnLast);
      }
      int next = pageOf(request.getUrl().queryParameter("marker")) + 1;
      return rfsResponse(next < pages ? rfs[0] + token(next, tokenLength) + rfs[1] : rfsLast);
    });
  }

  /** {@code http://127.0.0.1:PORT/}: the address itself, so no client spends time resolving {@code localhost}. */
  public URI uri() {
    return URI.create("http://" + InetAddress.getLoopbackAddress().getHostAddress() + ":" + server.getPort() + "/");
  }

  @Override
  public void close() throws IOException {
    server.close();
  }

  private void start(Responder responder) throws IOException {
    server.setDispatcher(new Dispatcher() {
      @Override
      public MockResponse dispatch(RecordedRequest request) throws InterruptedException {
        while (server.takeRequest(0, TimeUnit.NANOSECONDS) != null) {
          // drop the recorded requests: nothing reads them, and they would pile up
        }
        return responder.respond(request);
      }
    });
    server.setServerSocketFactory(new NoDelayServerSocketFactory());
    server.start(InetAddress.getLoopbackAddress(), 0);
  }

  private static MockResponse rfsResponse(String body) {
    return new MockResponse.Builder().code(200).addHeader("Content-Type", "application/json")
        .addHeader("X-Request-Id", "bench").body(body).build();
  }

  private static MockResponse cfnResponse(String body) {
    return new MockResponse.Builder().code(200).addHeader("Content-Type", "text/xml")
        .addHeader("x-amzn-RequestId", "bench").body(body).build();
  }

  /** Page number {@code n} as a token of {@code length} characters: {@code p-000…0n}, URL- and XML-safe. */
  static String token(int n, int length) {
    String digits = Integer.toString(n);
    StringBuilder sb = new StringBuilder(length).append("p-");
    for (int i = sb.length() + digits.length(); i < length; i++) {
      sb.append('0');
    }
    return sb.append(digits).toString();
  }

  private static int pageOf(String token) {
    return token == null ? 0 : Integer.parseInt(token.substring(2));
  }

  private static String formValue(String form, String name) {
    for (String pair : form.split("&")) {
      if (pair.startsWith(name + "=")) {
        return pair.substring(name.length() + 1);
      }
    }
    return null;
  }

  @FunctionalInterface
  private interface Responder {
    MockResponse respond(RecordedRequest request);
  }
}
