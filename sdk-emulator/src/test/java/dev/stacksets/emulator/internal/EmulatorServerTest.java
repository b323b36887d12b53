package dev.stacksets.emulator.internal;

import static org.assertj.core.api.Assertions.assertThat;

import dev.stacksets.emulator.model.EmulatorService;
import dev.stacksets.emulator.model.Faults;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;

/** The server turns a router's unexpected failure into the service's own 500, without a stack trace. */
class EmulatorServerTest {
  static final class Exploding implements ServiceRouter {
    @Override
    public EmulatorService service() {
      return EmulatorService.RFS;
    }

    @Override
    public String newRequestId() {
      return "rid";
    }

    @Override
    public String requestIdHeader() {
      return "X-Request-Id";
    }

    @Override
    public String operationName(HttpCall call) {
      return "Boom";
    }

    @Override
    public HttpReply handle(HttpCall call, Exchange exchange) {
      throw new IllegalStateException("secret internal detail");
    }

    @Override
    public HttpReply throttled(Exchange exchange) {
      return HttpReply.error(429, "application/json", "{}", "T");
    }

    @Override
    public HttpReply serverError(int status, Exchange exchange) {
      return HttpReply.error(status, "application/json", "{\"error_code\":\"RF.10010001\"}", "RF.10010001");
    }

    @Override
    public HttpReply tooLarge(long limit, Exchange exchange) {
      return HttpReply.error(413, "application/json", "{}", "L");
    }
  }

  @Test
  void anUnexpectedExceptionBecomesTheServices500() throws Exception {
    Exploding r = new Exploding();
    RequestLog log = new RequestLog(10);
    try (EmulatorServer server = new EmulatorServer(0, 2, 1024 * 1024, r, r, r, new FaultInjector(Faults.none()),
        log)) {
      server.start();
      HttpResponse<String> resp = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
          URI.create("http://127.0.0.1:" + server.port() + "/v1/stack-sets")).build(),
          HttpResponse.BodyHandlers.ofString());
      assertThat(resp.statusCode()).isEqualTo(500);
      assertThat(resp.body()).isEqualTo("{\"error_code\":\"RF.10010001\"}");
      assertThat(resp.headers().firstValue("X-Request-Id")).contains("rid");
      assertThat(log.snapshot()).singleElement().satisfies(s -> {
        assertThat(s.status()).isEqualTo(500);
        assertThat(s.operation()).isNull();
      });
    }
  }
}
