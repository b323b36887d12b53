package dev.stacksets.core.auth;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.stacksets.core.http.ProxyConfiguration;
import dev.stacksets.core.http.SdkHttpRequest;
import dev.stacksets.core.http.SdkHttpResponse;
import dev.stacksets.core.internal.config.DirectHttp;
import dev.stacksets.core.internal.util.Json;
import java.io.IOException;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * The Huawei Cloud IAM calls the SDK makes outside a service client, as the Huawei Cloud SDKs make them:
 * <ul>
 *   <li>{@code GET /v3/projects?name={region}} (KeystoneListProjects, signed with the caller's AK/SK): the project
 *       id of a region;</li>
 *   <li>{@code POST /v3.0/OS-AUTH/id-token/tokens} with header {@code X-Idp-Id} and an OpenID Connect id token
 *       (CreateTokenWithIdToken, unsigned): an unscoped token in {@code X-Subject-Token};</li>
 *   <li>{@code POST /v3.0/OS-CREDENTIAL/securitytokens} with that token (CreateTemporaryAccessKeyByToken): a
 *       temporary AK, SK and security token.</li>
 * </ul>
 * Messages name the call and endpoint, the status and IAM's error code and message (secrets masked), never a
 * token. Thread-safe.
 */
final class HuaweiIam {
  private static final String JSON = "application/json;charset=UTF-8";
  /** The lifetime asked for federated credentials: six hours, as the official SDK asks. */
  static final int FEDERATED_DURATION_SECONDS = 21_600;

  private final DirectHttp http;

  /** Through {@code proxy} (the proxies the settings name). */
  HuaweiIam(ProxyConfiguration proxy) {
    this.http = DirectHttp.remote(Duration.ofSeconds(10), Duration.ofSeconds(30), proxy);
  }

  /**
   * The id of the one project named {@code region}.
   *
   * @throws CredentialsException when IAM fails or lists no or several projects (the message names them)
   */
  String projectId(URI iam, Credentials credentials, String region, Clock clock) {
    String where = "IAM KeystoneListProjects at " + iam;
    SdkHttpRequest request = new HuaweiSigner().sign(DirectHttp.request(iam, "GET", "/v3/projects")
        .addQuery("name", region).build(), credentials, clock.instant());
    JsonNode body = call(where, iam, request, credentials.secretAccessKey(), credentials.sessionToken());
    JsonNode projects = body.get("projects");
    List<String> ids = new ArrayList<>();
    if (projects != null && projects.isArray()) {
      for (JsonNode p : projects) {
        String id = FetchedCredentials.text(p, "id");
        if (id != null) {
          ids.add(id);
        }
      }
    }
    if (ids.size() != 1) {
      throw new CredentialsException(where + " lists " + (ids.isEmpty() ? "no project" : ids.size()
          + " projects (" + String.join(", ", ids) + ")") + " named '" + region + "' for access key "
          + credentials.accessKeyId() + "; set the project id (projectId(...) or HUAWEICLOUD_SDK_PROJECT_ID)");
    }
    return ids.get(0);
  }

  /** The unscoped token IAM issues for an id token of identity provider {@code idpId}. */
  String tokenForIdToken(URI iam, String idpId, String idToken) {
    String where = "IAM CreateTokenWithIdToken at " + iam + " (identity provider " + idpId + ")";
    ObjectNode body = Json.mapper().createObjectNode();
    body.putObject("auth").putObject("id_token").put("id", idToken);
    SdkHttpRequest request = DirectHttp.request(iam, "POST", "/v3.0/OS-AUTH/id-token/tokens")
        .header("X-Idp-Id", idpId).body(body.toString(), JSON).build();
    SdkHttpResponse reply = send(where, iam, request);
    if (!reply.isSuccessful()) {
      throw failure(where, reply, idToken);
    }
    String token = reply.header("X-Subject-Token");
    if (token == null || token.isBlank()) {
      throw new CredentialsException(where + " answered without X-Subject-Token");
    }
    return token.strip();
  }

  /** Temporary credentials for an IAM token. */
  Credentials temporaryCredentials(URI iam, String token) {
    String where = "IAM CreateTemporaryAccessKeyByToken at " + iam;
    ObjectNode body = Json.mapper().createObjectNode();
    ObjectNode identity = body.putObject("auth").putObject("identity");
    identity.putArray("methods").add("token");
    identity.putObject("token").put("id", token).put("duration_seconds", FEDERATED_DURATION_SECONDS);
    SdkHttpRequest request = DirectHttp.request(iam, "POST", "/v3.0/OS-CREDENTIAL/securitytokens")
        .body(body.toString(), JSON).build();
    JsonNode credential = call(where, iam, request, token).get("credential");
    if (credential == null || !credential.isObject()) {
      throw new CredentialsException(where + " answered without credential");
    }
    return FetchedCredentials.from(credential, where, "access", "secret", "securitytoken", "expires_at");
  }

  private JsonNode call(String where, URI iam, SdkHttpRequest request, String... secrets) {
    SdkHttpResponse reply = send(where, iam, request);
    if (!reply.isSuccessful()) {
      throw failure(where, reply, secrets);
    }
    return FetchedCredentials.json(reply.body(), where);
  }

  private SdkHttpResponse send(String where, URI iam, SdkHttpRequest request) {
    try {
      return http.send(iam, request);
    } catch (IOException e) {
      throw new CredentialsException(FetchedCredentials.unreachable(where, e), e);
    }
  }

  /** IAM errors are {@code {"error": {"code", "title", "message"}}} or {@code {"error_code", "error_msg"}}. */
  private static CredentialsException failure(String where, SdkHttpResponse reply, String... secrets) {
    JsonNode json = null;
    try {
      json = FetchedCredentials.json(reply.body(), where);
    } catch (CredentialsException notJson) {
      // the status says enough
    }
    JsonNode error = json == null ? null : json.get("error");
    String code = error != null ? FetchedCredentials.text(error, "title") : FetchedCredentials.text(json, "error_code");
    String message = error != null ? FetchedCredentials.text(error, "message")
        : FetchedCredentials.text(json, "error_msg");
    return new CredentialsException(FetchedCredentials.failure(where, reply.statusCode(), code, message, secrets));
  }
}
