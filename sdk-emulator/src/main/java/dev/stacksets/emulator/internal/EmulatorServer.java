package dev.stacksets.emulator.internal;

import com.sun.net.httpserver.Headers;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import dev.stacksets.emulator.model.ServedRequest;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.time.Instant;
import java.util.Locale;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The HTTP front: the JDK's built-in server bound to the loopback address, a small bounded thread pool, one handler
 * that picks the protocol (RFS by path, Config by {@code X-Amz-Target} or its JSON content type, CloudFormation for
 * everything else at {@code /}), caps the body, applies injected faults and latency, and writes the router's reply.
 * An unexpected exception becomes the service's own 500 reply; no Java stack trace ever reaches a body.
 */
public final class EmulatorServer implements AutoCloseable {
  private static final Logger LOG = LoggerFactory.getLogger("dev.stacksets.emulator");

  static {
    // TCP_NODELAY for the JDK server's sockets: without it, Nagle's algorithm and delayed ACKs add ~40 ms to many
    // small exchanges on loopback. The JDK reads this once, when its first HttpServer starts; an explicit setting
    // by the application wins.
    if (System.getProperty("sun.net.httpserver.nodelay") == null) {
      System.setProperty("sun.net.httpserver.nodelay", "true");
    }
  }

  private final HttpServer server;
  private final ExecutorService executor;
  private final ServiceRouter rfs;
  private final ServiceRouter cloudFormation;
  private final ServiceRouter config;
  private final FaultInjector faults;
  private final RequestLog log;
  private final long maxBodyBytes;
  private final Function<HttpCall, HttpReply> control;

  /**
   * Binds (but does not start) the server.
   *
   * @param port         the port, 0 for an ephemeral one
   * @param threads      worker threads
   * @param maxBodyBytes the largest accepted request body
   */
  public EmulatorServer(int port, int threads, long maxBodyBytes, ServiceRouter rfs, ServiceRouter cloudFormation,
      ServiceRouter config, FaultInjector faults, RequestLog log) throws IOException {
    this(port, threads, maxBodyBytes, rfs, cloudFormation, config, faults, log, null);
  }

  /**
   * Binds (but does not start) the server, with the emulator's own endpoints under {@code /_emulator/} (never
   * faulted, never logged).
   *
   * @param control answers requests under {@code /_emulator/}, or null for none
   */
  public EmulatorServer(int port, int threads, long maxBodyBytes, ServiceRouter rfs, ServiceRouter cloudFormation,
      ServiceRouter config, FaultInjector faults, RequestLog log, Function<HttpCall, HttpReply> control)
      throws IOException {
    this.control = control;
    this.rfs = rfs;
    this.cloudFormation = cloudFormation;
    this.config = config;
    this.faults = faults;
    this.log = log;
    this.maxBodyBytes = maxBodyBytes;
    this.server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), 64);
    AtomicInteger n = new AtomicInteger();
    ThreadPoolExecutor pool = new ThreadPoolExecutor(threads, threads, 30, TimeUnit.SECONDS,
        new LinkedBlockingQueue<>(512), r -> {
          Thread t = new Thread(r, "stackset-emulator-" + port() + "-" + n.incrementAndGet());
          t.setDaemon(true);
          return t;
        }, new ThreadPoolExecutor.CallerRunsPolicy());
    pool.allowCoreThreadTimeOut(true);
    this.executor = pool;
    server.setExecutor(executor);
    server.createContext("/", this::handle);
  }

  /** Starts accepting connections. */
  public void start() {
    server.start();
  }

  /** The bound port. */
  public int port() {
    return server.getAddress().getPort();
  }

  /** Stops accepting, drops open connections and stops the workers. */
  @Override
  public void close() {
    server.stop(0);
    executor.shutdownNow();
    try {
      executor.awaitTermination(5, TimeUnit.SECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  ServiceRouter select(String rawPath, Headers headers) {
    if (rawPath.equals("/v1") || rawPath.startsWith("/v1/")) {
      return rfs;
    }
    String contentType = headers.getFirst("Content-Type");
    if (headers.getFirst("X-Amz-Target") != null
        || contentType != null && contentType.toLowerCase(Locale.ROOT).startsWith("application/x-amz-json")) {
      return config;
    }
    if (rawPath.isEmpty() || rawPath.equals("/")) {
      return cloudFormation;
    }
    return rfs; // the API gateway answers unknown paths
  }

  private void handle(HttpExchange http) {
    String path = http.getRequestURI().getRawPath();
    if (control != null && path != null && path.startsWith(ControlEndpoints.PREFIX)) {
      handleControl(http);
      return;
    }
    Instant arrived = Instant.now();
    ServiceRouter router = null;
    Exchange ex = null;
    HttpReply reply = null;
    String faultName = null;
    boolean logged = false;
    try {
      String rawPath = http.getRequestURI().getRawPath();
      router = select(rawPath == null ? "/" : rawPath, http.getRequestHeaders());
      ex = new Exchange(router.newRequestId());
      byte[] body = readBody(http);
      HttpCall call = body == null ? null : new HttpCall(http.getRequestMethod(), rawPath,
          http.getRequestURI().getRawQuery(), http.getRequestHeaders(), body);
      if (call != null && router.service() == dev.stacksets.emulator.model.EmulatorService.RFS) {
        ex.clientRequestId(call.header("Client-Request-Id"));
      }
      FaultInjector.Decision decision = faults.decide(router.service());
      if (!decision.latency().isZero()) {
        Thread.sleep(decision.latency().toMillis());
      }
      if (call == null) {
        reply = router.tooLarge(maxBodyBytes, ex);
      } else if (decision.fault() == FaultInjector.Fault.THROTTLE) {
        ex.operation(router.operationName(call));
        reply = router.throttled(ex);
      } else if (decision.fault() == FaultInjector.Fault.SERVER_ERROR) {
        ex.operation(router.operationName(call));
        reply = router.serverError(decision.status(), ex);
      } else {
        reply = handleSafely(router, call, ex);
      }
      if (decision.fault() != null) {
        faultName = decision.fault().name();
      }
      // logged before the reply leaves, so a client that got its answer also sees it in the log
      log.add(new ServedRequest(arrived, router.service(), ex.operation(), reply.status(), reply.errorCode(),
          ex.requestId(), ex.clientRequestId(), faultName));
      logged = true;
      send(http, router, ex, reply, call == null, decision.fault() == FaultInjector.Fault.DROP_CONNECTION);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    } catch (IOException | RuntimeException e) {
      // the client went away, or sending failed: nothing more can be sent
      LOG.debug("emulator: could not answer {} {}: {}", http.getRequestMethod(), http.getRequestURI(), e.toString());
    } finally {
      http.close();
      if (!logged && router != null && ex != null) {
        log.add(new ServedRequest(arrived, router.service(), ex.operation(), reply == null ? 0 : reply.status(),
            reply == null ? null : reply.errorCode(), ex.requestId(), ex.clientRequestId(), faultName));
      }
    }
  }

  private void handleControl(HttpExchange http) {
    try {
      byte[] body = readBody(http);
      HttpReply reply = body == null ? HttpReply.error(413, "application/json", "{\"error\":\"body too large\"}",
          null) : control.apply(new HttpCall(http.getRequestMethod(), http.getRequestURI().getRawPath(),
              http.getRequestURI().getRawQuery(), http.getRequestHeaders(), body));
      Headers h = http.getResponseHeaders();
      reply.headers().forEach(h::set);
      if (reply.contentType() != null) {
        h.set("Content-Type", reply.contentType());
      }
      byte[] out = "HEAD".equalsIgnoreCase(http.getRequestMethod()) ? new byte[0] : reply.body();
      http.sendResponseHeaders(reply.status(), out.length == 0 ? -1 : out.length);
      if (out.length > 0) {
        try (OutputStream os = http.getResponseBody()) {
          os.write(out);
        }
      }
    } catch (IOException | RuntimeException e) {
      LOG.debug("emulator: could not answer {} {}: {}", http.getRequestMethod(), http.getRequestURI(), e.toString());
    } finally {
      http.close();
    }
  }

  private static HttpReply handleSafely(ServiceRouter router, HttpCall call, Exchange ex) {
    try {
      return router.handle(call, ex);
    } catch (RuntimeException | Error e) {
      LOG.warn("emulator: unexpected failure answering {} {}", call.method(), call.rawPath(), e);
      return router.serverError(500, ex);
    }
  }

  /** The body, or null when it is larger than allowed. */
  private byte[] readBody(HttpExchange http) throws IOException {
    String length = http.getRequestHeaders().getFirst("Content-Length");
    if (length != null) {
      try {
        if (Long.parseLong(length.trim()) > maxBodyBytes) {
          return null;
        }
      } catch (NumberFormatException e) {
        // the server itself rejects malformed lengths; fall through and read what arrives
      }
    }
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    byte[] buf = new byte[8192];
    try (InputStream in = http.getRequestBody()) {
      int n;
      while ((n = in.read(buf)) >= 0) {
        if (out.size() + n > maxBodyBytes) {
          return null;
        }
        out.write(buf, 0, n);
      }
    }
    return out.toByteArray();
  }

  private static void send(HttpExchange http, ServiceRouter router, Exchange ex, HttpReply reply, boolean close,
      boolean drop) throws IOException {
    Headers h = http.getResponseHeaders();
    for (java.util.Map.Entry<String, String> e : reply.headers().entrySet()) {
      h.set(e.getKey(), e.getValue());
    }
    h.set(router.requestIdHeader(), ex.requestId());
    if (reply.contentType() != null) {
      h.set("Content-Type", reply.contentType());
    }
    if (close || drop) {
      h.set("Connection", "close");
    }
    byte[] body = reply.body();
    boolean head = "HEAD".equalsIgnoreCase(http.getRequestMethod());
    http.sendResponseHeaders(reply.status(), body.length == 0 || head ? -1 : body.length);
    if (body.length == 0 || head) {
      return;
    }
    OutputStream os = http.getResponseBody();
    if (drop) {
      // half of the body, then the connection closes with the rest owed: a real mid-response drop
      os.write(body, 0, body.length / 2);
      os.flush();
      return;
    }
    os.write(body);
    os.flush();
  }
}
