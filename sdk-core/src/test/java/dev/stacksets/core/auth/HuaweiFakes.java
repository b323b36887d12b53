package dev.stacksets.core.auth;

import com.fasterxml.jackson.databind.JsonNode;
import dev.stacksets.core.internal.util.Json;
import dev.stacksets.core.testing.MutableClock;
import java.io.IOException;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;

/**
 * Loopback fakes of the Huawei Cloud services credentials come from, on one MockWebServer: the ECS metadata service
 * (at the root), IAM ({@code /iam/...}: id-token federation, temporary keys for a token, the project list, which
 * checks the {@code SDK-HMAC-SHA256} signature) and a service that checks the signature, security token and project
 * id of whatever calls it ({@code /rfs/v1/stack-sets}). Credentials are numbered and expire {@link #lifetime} after
 * the fake clock's now.
 */
final class HuaweiFakes extends CredentialFakes {
  static final String IDP_ID = "cce-oidc-provider";
  static final String ID_TOKEN = "eyJhbGciOiJSUzI1NiJ9.cce-id-token.sig";
  static final String NO_AGENCY = "Please configure Cloud Service Agency first";

  /** Keys IAM and the service accept besides the issued ones, by AK. */
  final Map<String, String> knownKeys = new ConcurrentHashMap<>();
  /** Projects IAM lists per region (default: one, {@code proj-<region>}). */
  final Map<String, List<String>> projects = new ConcurrentHashMap<>();
  volatile boolean noAgency;
  volatile String idToken = ID_TOKEN;
  private final AtomicInteger metadataTokens = new AtomicInteger();
  private final Map<String, Boolean> liveMetadataTokens = new ConcurrentHashMap<>();
  private final Map<String, Boolean> subjectTokens = new ConcurrentHashMap<>();

  HuaweiFakes(MutableClock clock) throws IOException {
    super(clock, Duration.ofHours(2));
  }

  void forgetMetadataTokens() {
    liveMetadataTokens.clear();
  }

  @Override
  MockResponse answer(RecordedRequest r) {
    String path = r.getUrl().encodedPath();
    switch (path) {
      case "/meta-data/latest/api/token":
        if (!r.getMethod().equals("PUT") || !"21600".equals(r.getHeaders().get("X-Metadata-Token-Ttl-Seconds"))) {
          return AwsFakes.reply(400, "");
        }
        String t = "hw-metadata-token-" + metadataTokens.incrementAndGet();
        liveMetadataTokens.put(t, true);
        return AwsFakes.reply(200, t);
      case "/openstack/latest/securitykey":
        if (noAgency) {
          return AwsFakes.reply(401, "{\"error\": \"" + NO_AGENCY + "\"}");
        }
        String mt = r.getHeaders().get("X-Metadata-Token");
        if (mt == null || !liveMetadataTokens.containsKey(mt)) {
          return AwsFakes.reply(401, "{\"error\": \"token invalid\"}");
        }
        return AwsFakes.reply(200, "{\"credential\": " + credentialJson(issue("ECS")) + "}");
      case "/iam/v3.0/OS-AUTH/id-token/tokens":
        return idToken(r);
      case "/iam/v3.0/OS-CREDENTIAL/securitytokens":
        return securityTokens(r);
      case "/iam/v3/projects":
        return projects(r);
      case "/rfs/v1/stack-sets":
        return service(r);
      default:
        return AwsFakes.reply(404, "");
    }
  }

  @Override
  Credentials credentials(String kind, int n, java.time.Instant expiration) {
    return Credentials.builder().accessKeyId("HWTEMP" + kind + n).secretAccessKey("hw/secret+" + kind + n)
        .sessionToken("hw-security-token-" + kind + n).expiration(expiration).build();
  }

  /** The official format: six fractional digits. */
  private static String credentialJson(Credentials c) {
    String exp = c.expiration().toString().replace("Z", ".000000Z");
    return "{\"access\": \"" + c.accessKeyId() + "\", \"secret\": \"" + c.secretAccessKey()
        + "\", \"securitytoken\": \"" + c.sessionToken() + "\", \"expires_at\": \"" + exp + "\"}";
  }

  private MockResponse idToken(RecordedRequest r) {
    JsonNode body = json(r);
    String sent = body == null ? null : body.path("auth").path("id_token").path("id").asText(null);
    if (!IDP_ID.equals(r.getHeaders().get("X-Idp-Id")) || !idToken.equals(sent)) {
      return AwsFakes.reply(401, "{\"error\": {\"code\": 401, \"title\": \"Unauthorized\", \"message\": "
          + "\"The id token " + sent + " is invalid.\"}}");
    }
    String subject = "MIIsubject-token-" + nextSerial();
    subjectTokens.put(subject, true);
    return new MockResponse.Builder().code(201).addHeader("X-Subject-Token", subject)
        .body("{\"token\": {\"expires_at\": \"" + clock.instant().plus(Duration.ofHours(24)) + "\"}}").build();
  }

  private MockResponse securityTokens(RecordedRequest r) {
    JsonNode body = json(r);
    JsonNode identity = body == null ? null : body.path("auth").path("identity");
    String token = identity == null ? null : identity.path("token").path("id").asText(null);
    if (token == null || !subjectTokens.containsKey(token)
        || !"token".equals(identity.path("methods").path(0).asText())) {
      return AwsFakes.reply(401, "{\"error\": {\"code\": 401, \"title\": \"Unauthorized\", \"message\": "
          + "\"The request you have made requires authentication.\"}}");
    }
    return new MockResponse.Builder().code(201).body("{\"credential\": " + credentialJson(issue("FED")) + "}")
        .build();
  }

  private MockResponse projects(RecordedRequest r) {
    if (!signedByAKnownKey(r)) {
      return AwsFakes.reply(401, "{\"error_code\": \"APIGW.0301\", \"error_msg\": \"Incorrect IAM authentication "
          + "information: verify aksk signature fail\"}");
    }
    String region = r.getUrl().queryParameter("name");
    List<String> ids = projects.getOrDefault(region, List.of("proj-" + region));
    StringBuilder sb = new StringBuilder("{\"projects\": [");
    for (int i = 0; i < ids.size(); i++) {
      sb.append(i == 0 ? "" : ", ").append("{\"id\": \"").append(ids.get(i)).append("\", \"name\": \"")
          .append(region).append("\", \"enabled\": true}");
    }
    return AwsFakes.reply(200, sb.append("], \"links\": {}}").toString());
  }

  /** The service: 200 when signed by a known key, its security token sent, and a project id named. */
  private MockResponse service(RecordedRequest r) {
    if (!signedByAKnownKey(r) || r.getHeaders().get("X-Project-Id") == null) {
      return AwsFakes.reply(401, "{\"error_code\": \"APIGW.0301\", \"error_msg\": \"bad signature\"}");
    }
    return AwsFakes.reply(200, "{\"stack_sets\": [], \"page_info\": {}}");
  }

  private boolean signedByAKnownKey(RecordedRequest r) {
    String auth = r.getHeaders().get("Authorization");
    if (auth == null) {
      return false;
    }
    String ak = PipelineHarness.authPart(auth, "Access");
    for (Credentials c : issued) {
      if (c.accessKeyId().equals(ak)) {
        return PipelineHarness.huaweiSignatureValid(r, c.secretAccessKey())
            && c.sessionToken().equals(r.getHeaders().get("X-Security-Token"));
      }
    }
    String sk = knownKeys.get(ak);
    return sk != null && PipelineHarness.huaweiSignatureValid(r, sk);
  }

  private static JsonNode json(RecordedRequest r) {
    try {
      return r.getBody() == null ? null : Json.mapper().readTree(r.getBody().toByteArray());
    } catch (IOException e) {
      return null;
    }
  }
}
