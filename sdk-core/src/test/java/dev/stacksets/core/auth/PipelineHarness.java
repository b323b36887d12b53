package dev.stacksets.core.auth;

import com.fasterxml.jackson.databind.JsonNode;
import dev.stacksets.core.ClientConfiguration;
import dev.stacksets.core.http.SdkHttpRequest;
import dev.stacksets.core.internal.ClientRuntime;
import dev.stacksets.core.internal.ClockSkewErrors;
import dev.stacksets.core.internal.ErrorMapper;
import dev.stacksets.core.internal.util.Json;
import dev.stacksets.core.internal.ServiceExceptions;
import dev.stacksets.core.internal.ServiceProfile;
import dev.stacksets.core.retry.RetryPolicy;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import okhttp3.HttpUrl;

/**
 * Test profiles shaped like the real services (signer, error format, skew predicate) for running signing through
 * {@link ClientRuntime} against a MockWebServer, and a verifier that re-checks a recorded request's signature from
 * what actually went over the wire.
 */
final class PipelineHarness {
  private PipelineHarness() {}

  /** Huawei gateway / RFS errors: {@code {"error_code": "...", "error_msg": "..."}}, read with a tree walk. */
  static final ErrorMapper HUAWEI_ERRORS = (response, error) -> {
    try {
      JsonNode n = Json.mapper().readTree(response.body());
      if (n != null && n.isObject()) {
        error.errorCode(n.path("error_code").asText(null)).errorMessage(n.path("error_msg").asText(null));
      }
    } catch (IOException e) {
      // not JSON: the status decides
    }
    return ServiceExceptions.forStatus(error.build());
  };

  private static final Pattern XML_CODE = Pattern.compile("<Code>([^<]*)</Code>");
  private static final Pattern XML_MESSAGE = Pattern.compile("<Message>([^<]*)</Message>");

  /** AWS Query errors: {@code <ErrorResponse><Error><Code>..</Code><Message>..</Message>}. */
  static final ErrorMapper AWS_QUERY_ERRORS = (response, error) -> {
    String body = new String(response.body(), StandardCharsets.UTF_8);
    Matcher code = XML_CODE.matcher(body);
    Matcher message = XML_MESSAGE.matcher(body);
    error.errorCode(code.find() ? code.group(1) : null).errorMessage(message.find() ? message.group(1) : null);
    return ServiceExceptions.forStatus(error.build());
  };

  static ServiceProfile huaweiProfile() {
    return new ServiceProfile("RFS", new HuaweiSigner(), HUAWEI_ERRORS, List.of("X-Request-Id"),
        "Client-Request-Id", ClockSkewErrors.huawei());
  }

  static ServiceProfile awsProfile(AwsV4Signer signer) {
    return new ServiceProfile("CloudFormation", signer, AWS_QUERY_ERRORS, List.of("x-amzn-RequestId"), null,
        ClockSkewErrors.aws());
  }

  static ClientRuntime runtime(MockWebServer server, ServiceProfile profile, CredentialsProvider credentials,
      Clock clock, RetryPolicy retryPolicy) {
    ClientConfiguration config = new ClientConfiguration(server.url("/").uri(), "cn-north-4", credentials, clock,
        d -> { }, retryPolicy, Duration.ofSeconds(5), Duration.ofSeconds(5), Duration.ofSeconds(30), null, null,
        List.of());
    return new ClientRuntime(config, profile);
  }

  /** The request as the server received it, in the form the signers read. */
  static SdkHttpRequest fromWire(RecordedRequest r) {
    HttpUrl url = r.getUrl();
    SdkHttpRequest.Builder b = SdkHttpRequest.builder().method(r.getMethod()).encodedPath(url.encodedPath());
    for (int i = 0; i < url.querySize(); i++) {
      String v = url.queryParameterValue(i);
      b.addQuery(url.queryParameterName(i), v == null ? "" : v);
    }
    for (int i = 0; i < r.getHeaders().size(); i++) {
      b.addHeader(r.getHeaders().name(i), r.getHeaders().value(i));
    }
    byte[] body = r.getBody() == null ? new byte[0] : r.getBody().toByteArray();
    if (body.length > 0) {
      b.body(body, r.getHeaders().get("Content-Type"));
    }
    return b.build();
  }

  /** The value of {@code key=} in an {@code Authorization} header ({@code Access}, {@code SignedHeaders}, ...). */
  static String authPart(String authorization, String key) {
    for (String part : authorization.substring(authorization.indexOf(' ') + 1).split(",")) {
      String p = part.trim();
      if (p.startsWith(key + "=")) {
        return p.substring(key.length() + 1);
      }
    }
    throw new AssertionError("no " + key + " in " + authorization);
  }

  /** Recomputes a Huawei signature from the wire with the given SK, as the gateway does. */
  static boolean huaweiSignatureValid(RecordedRequest r, String secretKey) {
    String auth = r.getHeaders().get("Authorization");
    List<String> signed = Arrays.asList(authPart(auth, "SignedHeaders").split(";"));
    return new HuaweiSigner().signature(fromWire(r), secretKey, signed).equals(authPart(auth, "Signature"));
  }

  /** Recomputes a SigV4 signature from the wire with the given secret. */
  static boolean awsSignatureValid(AwsV4Signer signer, RecordedRequest r, String secret) {
    String auth = r.getHeaders().get("Authorization");
    List<String> signed = Arrays.asList(authPart(auth, "SignedHeaders").split(";"));
    return signer.signature(fromWire(r), secret, signed).equals(authPart(auth, "Signature"));
  }

  static RecordedRequest take(MockWebServer server) {
    try {
      RecordedRequest r = server.takeRequest(5, java.util.concurrent.TimeUnit.SECONDS);
      if (r == null) {
        throw new AssertionError("no request arrived");
      }
      return r;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new AssertionError(e);
    }
  }
}
