package dev.stacksets.core.auth;

import dev.stacksets.core.testing.MutableClock;
import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import mockwebserver3.Dispatcher;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;

/**
 * What the loopback fakes of one cloud's credential services share: one MockWebServer that records every request and
 * lets the subclass answer it, the fake clock, and numbered temporary credentials that expire {@link #lifetime}
 * after the clock's now.
 */
abstract class CredentialFakes implements AutoCloseable {
  final MockWebServer server = new MockWebServer();
  final MutableClock clock;
  Duration lifetime;
  /** Every credential issued, in order. */
  final List<Credentials> issued = new CopyOnWriteArrayList<>();
  final List<RecordedRequest> requests = new CopyOnWriteArrayList<>();
  private final AtomicInteger serial = new AtomicInteger();

  CredentialFakes(MutableClock clock, Duration lifetime) throws IOException {
    this.clock = clock;
    this.lifetime = lifetime;
    server.setDispatcher(new Dispatcher() {
      @Override
      public MockResponse dispatch(RecordedRequest request) {
        requests.add(request);
        return answer(request);
      }
    });
    server.start();
  }

  /** The fake's reply to {@code r}. */
  abstract MockResponse answer(RecordedRequest r);

  /** Credentials numbered {@code n} of {@code kind}, as this cloud spells them, expiring as given. */
  abstract Credentials credentials(String kind, int n, java.time.Instant expiration);

  /** The server's base URL without a trailing slash, e.g. {@code http://127.0.0.1:4711}. */
  String base() {
    String s = server.url("/").toString();
    return s.substring(0, s.length() - 1);
  }

  /** Requests whose path starts with {@code prefix}. */
  List<RecordedRequest> requests(String prefix) {
    List<RecordedRequest> out = new ArrayList<>();
    for (RecordedRequest r : requests) {
      if (r.getUrl().encodedPath().startsWith(prefix)) {
        out.add(r);
      }
    }
    return out;
  }

  /** The next number of the fake's sequence (credentials, tokens). */
  int nextSerial() {
    return serial.incrementAndGet();
  }

  /** New temporary credentials of {@code kind}, remembered in {@link #issued}. */
  Credentials issue(String kind) {
    Credentials c = credentials(kind, nextSerial(), clock.instant().plus(lifetime));
    issued.add(c);
    return c;
  }

  Credentials lastIssued() {
    return issued.get(issued.size() - 1);
  }

  @Override
  public void close() throws IOException {
    server.close();
  }
}
