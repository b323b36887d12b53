package dev.stacksets.core.auth;

import dev.stacksets.core.testing.MutableClock;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import okhttp3.HttpUrl;

/**
 * Loopback fakes of the AWS services credentials come from, on one MockWebServer: STS ({@code POST /sts/}),
 * the SSO portal ({@code /sso/federation/credentials}), the EC2 instance metadata service (IMDSv2 at the root), the
 * container credentials endpoint ({@code /v2/credentials/...} as ECS, {@code /v1/credentials} as EKS Pod Identity),
 * and a service that checks the SigV4 signature of whatever calls it ({@code POST /service/}). Each fake issues
 * numbered temporary credentials that expire {@link #lifetime} after the fake clock's now, and refuses requests
 * without the right token.
 */
final class AwsFakes extends CredentialFakes {
  static final String WEB_IDENTITY_TOKEN = "eyJhbGciOiJSUzI1NiJ9.web-identity-token.signature";
  static final String CONTAINER_TOKEN = "container-authorization-token-0123456789";
  static final String SSO_TOKEN = "sso-access-token-aoa-0123456789";
  static final String IMDS_ROLE = "app-instance-role";

  /** Secrets of the source credentials STS accepts for AssumeRole, by access key id. */
  final Map<String, String> stsSources = new ConcurrentHashMap<>();
  /** Replies to send instead of the fake's own, by path prefix (one each, then the fake answers again). */
  final Map<String, List<MockResponse>> failures = new ConcurrentHashMap<>();
  volatile String webIdentityToken = WEB_IDENTITY_TOKEN;
  volatile String containerToken = CONTAINER_TOKEN;
  /** An IMDS without session tokens: PUT answers 405, GETs need no token. */
  volatile boolean imdsV1Only;
  private final AtomicInteger imdsTokens = new AtomicInteger();
  private final Map<String, Boolean> liveImdsTokens = new ConcurrentHashMap<>();

  AwsFakes(MutableClock clock) throws IOException {
    super(clock, Duration.ofHours(1));
  }

  /** Sends {@code reply} once for the next request whose path starts with {@code pathPrefix}. */
  void failNext(String pathPrefix, int status, String body) {
    failures.computeIfAbsent(pathPrefix, k -> new CopyOnWriteArrayList<>())
        .add(new MockResponse.Builder().code(status).body(body).build());
  }

  @Override
  MockResponse answer(RecordedRequest r) {
    String path = r.getUrl().encodedPath();
    for (Map.Entry<String, List<MockResponse>> f : failures.entrySet()) {
      if (path.startsWith(f.getKey()) && !f.getValue().isEmpty()) {
        return f.getValue().remove(0);
      }
    }
    if (path.equals("/sts/") && r.getMethod().equals("POST")) {
      return sts(r);
    }
    if (path.equals("/sso/federation/credentials")) {
      return sso(r);
    }
    if (path.equals("/latest/api/token") || path.startsWith("/latest/meta-data/")) {
      return imds(r, path);
    }
    if (path.startsWith("/v2/credentials/") || path.equals("/v1/credentials")) {
      return container(r);
    }
    if (path.equals("/service/")) {
      return service(r);
    }
    return reply(404, "no fake at " + path);
  }

  @Override
  Credentials credentials(String kind, int n, Instant expiration) {
    return Credentials.builder().accessKeyId("ASIA" + kind + n).secretAccessKey("secret/" + kind + "+" + n)
        .sessionToken("token/" + kind + "+" + n + "==").expiration(expiration).build();
  }

  private MockResponse sts(RecordedRequest r) {
    Map<String, String> form = form(r);
    String action = form.get("Action");
    if ("AssumeRoleWithWebIdentity".equals(action)) {
      if (!webIdentityToken.equals(form.get("WebIdentityToken"))) {
        return stsError(400, "InvalidIdentityToken", "the token " + form.get("WebIdentityToken") + " is not valid");
      }
      return stsCredentials(action, issue("WEB"));
    }
    if ("AssumeRole".equals(action)) {
      String auth = r.getHeaders().get("Authorization");
      if (auth == null) {
        return stsError(403, "MissingAuthenticationToken", "Request is missing Authentication Token");
      }
      String ak = PipelineHarness.authPart(auth, "Credential").split("/")[0];
      String region = PipelineHarness.authPart(auth, "Credential").split("/")[2];
      String secret = stsSources.get(ak);
      if (secret == null || !PipelineHarness.awsSignatureValid(new AwsV4Signer("sts", region), r, secret)) {
        return stsError(403, "SignatureDoesNotMatch", "The request signature we calculated does not match");
      }
      return stsCredentials(action, issue("ROLE"));
    }
    return stsError(400, "InvalidAction", "Could not find operation " + action);
  }

  private static MockResponse stsCredentials(String action, Credentials c) {
    return reply(200, "<" + action + "Response xmlns=\"https://sts.amazonaws.com/doc/2011-06-15/\"><" + action
        + "Result><Credentials><AccessKeyId>" + c.accessKeyId() + "</AccessKeyId><SecretAccessKey>"
        + c.secretAccessKey() + "</SecretAccessKey><SessionToken>" + c.sessionToken() + "</SessionToken><Expiration>"
        + c.expiration() + "</Expiration></Credentials></" + action + "Result><ResponseMetadata><RequestId>"
        + "c6104cbe-af31-11e0-8154-cbc7ccf896c7</RequestId></ResponseMetadata></" + action + "Response>");
  }

  static MockResponse stsError(int status, String code, String message) {
    return reply(status, "<ErrorResponse xmlns=\"https://sts.amazonaws.com/doc/2011-06-15/\"><Error><Type>Sender"
        + "</Type><Code>" + code + "</Code><Message>" + message + "</Message></Error><RequestId>r-1</RequestId>"
        + "</ErrorResponse>");
  }

  private MockResponse sso(RecordedRequest r) {
    if (!SSO_TOKEN.equals(r.getHeaders().get("x-amz-sso_bearer_token"))) {
      return new MockResponse.Builder().code(401).addHeader("x-amzn-ErrorType", "UnauthorizedException:http://x")
          .body("{\"message\":\"Session token not found or invalid\"}").build();
    }
    Credentials c = issue("SSO");
    return reply(200, "{\"roleCredentials\":{\"accessKeyId\":\"" + c.accessKeyId() + "\",\"secretAccessKey\":\""
        + c.secretAccessKey() + "\",\"sessionToken\":\"" + c.sessionToken() + "\",\"expiration\":"
        + c.expiration().toEpochMilli() + "}}");
  }

  private MockResponse imds(RecordedRequest r, String path) {
    if (path.equals("/latest/api/token") && imdsV1Only) {
      return reply(405, "");
    }
    if (path.equals("/latest/api/token")) {
      if (!r.getMethod().equals("PUT") || !"21600".equals(r.getHeaders().get("X-aws-ec2-metadata-token-ttl-seconds"))) {
        return reply(400, "");
      }
      String token = "imds-session-token-" + imdsTokens.incrementAndGet();
      liveImdsTokens.put(token, true);
      return reply(200, token);
    }
    String token = r.getHeaders().get("X-aws-ec2-metadata-token");
    if (!imdsV1Only && (token == null || !liveImdsTokens.containsKey(token))) {
      return reply(401, "");
    }
    if (path.equals("/latest/meta-data/placement/region")) {
      return reply(200, "eu-central-1");
    }
    if (path.equals("/latest/meta-data/iam/security-credentials/")) {
      return reply(200, IMDS_ROLE);
    }
    if (path.equals("/latest/meta-data/iam/security-credentials/" + IMDS_ROLE)) {
      return reply(200, credentialsJson(issue("EC2"), "Token"));
    }
    return reply(404, "");
  }

  /** Forgets the IMDS session tokens handed out, as a restarted metadata service would. */
  void forgetImdsTokens() {
    liveImdsTokens.clear();
  }

  private MockResponse container(RecordedRequest r) {
    if (!containerToken.equals(r.getHeaders().get("Authorization"))) {
      return reply(401, "{\"code\":\"AccessDenied\",\"message\":\"bad token " + r.getHeaders().get("Authorization")
          + "\"}");
    }
    return reply(200, credentialsJson(issue("TASK"), "Token"));
  }

  static String credentialsJson(Credentials c, String tokenName) {
    return "{\"Code\":\"Success\",\"Type\":\"AWS-HMAC\",\"AccessKeyId\":\"" + c.accessKeyId()
        + "\",\"SecretAccessKey\":\"" + c.secretAccessKey() + "\",\"" + tokenName + "\":\"" + c.sessionToken()
        + "\",\"Expiration\":\"" + c.expiration() + "\"}";
  }

  /** The service: 200 when signed (SigV4, service {@code cloudformation}) with credentials a fake issued. */
  private MockResponse service(RecordedRequest r) {
    String auth = r.getHeaders().get("Authorization");
    if (auth == null) {
      return reply(403, "<ErrorResponse><Error><Code>MissingAuthenticationToken</Code></Error></ErrorResponse>");
    }
    String ak = PipelineHarness.authPart(auth, "Credential").split("/")[0];
    for (Credentials c : issued) {
      if (c.accessKeyId().equals(ak)
          && PipelineHarness.awsSignatureValid(new AwsV4Signer("cloudformation", "us-east-1"), r, c.secretAccessKey())
          && c.sessionToken().equals(r.getHeaders().get("X-Amz-Security-Token"))) {
        return reply(200, "<ListStackSetsResponse><ListStackSetsResult/></ListStackSetsResponse>");
      }
    }
    return reply(403, "<ErrorResponse><Error><Code>InvalidClientTokenId</Code></Error></ErrorResponse>");
  }

  static Map<String, String> form(RecordedRequest r) {
    Map<String, String> out = new LinkedHashMap<>();
    String body = r.getBody() == null ? "" : r.getBody().string(StandardCharsets.UTF_8);
    HttpUrl parsed = HttpUrl.get("http://x/?" + body);
    for (int i = 0; i < parsed.querySize(); i++) {
      out.put(parsed.queryParameterName(i), parsed.queryParameterValue(i));
    }
    return out;
  }

  static MockResponse reply(int status, String body) {
    return new MockResponse.Builder().code(status).body(body).build();
  }

  static Map<String, String> map(String... kv) {
    Map<String, String> m = new HashMap<>();
    for (int i = 0; i < kv.length; i += 2) {
      m.put(kv[i], kv[i + 1]);
    }
    return m;
  }

  Instant now() {
    return clock.instant();
  }
}
