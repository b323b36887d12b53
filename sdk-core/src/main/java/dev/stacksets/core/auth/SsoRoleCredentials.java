package dev.stacksets.core.auth;

import com.fasterxml.jackson.databind.JsonNode;
import dev.stacksets.core.http.SdkHttpResponse;
import dev.stacksets.core.internal.config.AwsConfigFiles;
import dev.stacksets.core.internal.config.AwsEndpointSettings;
import dev.stacksets.core.internal.config.AwsService;
import dev.stacksets.core.internal.config.ConfigFileException;
import dev.stacksets.core.internal.config.ConfiguredEndpoint;
import dev.stacksets.core.internal.config.DirectHttp;
import dev.stacksets.core.internal.util.Hashing;
import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.time.Instant;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The role credentials of an IAM Identity Center (SSO) profile: the access token {@code aws sso login} cached under
 * {@code ~/.aws/sso/cache/<sha1>.json} (SHA-1 of the {@code sso_session} name, or of the {@code sso_start_url} for a
 * legacy profile), exchanged with the SSO portal's {@code GetRoleCredentials}
 * ({@code GET /federation/credentials?role_name=&account_id=}, header {@code x-amz-sso_bearer_token}). The portal is
 * the endpoint configured for SSO ({@code AWS_ENDPOINT_URL_SSO}...) else {@code https://portal.sso.{sso_region}
 * .amazonaws.com}. An expired token is reported with the command that renews it; this SDK does not refresh it.
 * Fetches on every call: wrap it in a {@link CachingCredentialsProvider}. Thread-safe.
 */
final class SsoRoleCredentials implements CredentialsProvider {
  private static final Logger LOG = LoggerFactory.getLogger(SsoRoleCredentials.class);

  private final SourceContext context;
  private final Setup setup;
  private final DirectHttp http;

  /**
   * What a profile says.
   *
   * @param profile     the profile's name, for messages
   * @param sessionName the {@code sso_session}, or null for a legacy profile
   * @param startUrl    the {@code sso_start_url}
   * @param region      the {@code sso_region}
   * @param accountId   the {@code sso_account_id}
   * @param roleName    the {@code sso_role_name}
   */
  record Setup(String profile, String sessionName, String startUrl, String region, String accountId,
      String roleName) {}

  SsoRoleCredentials(SourceContext context, Setup setup) {
    this.context = context;
    this.setup = setup;
    this.http = DirectHttp.remote(Duration.ofSeconds(10), Duration.ofSeconds(30),
        DirectHttp.proxyOf(context.settings()));
  }

  @Override
  public Credentials resolveCredentials() {
    String token = accessToken();
    URI endpoint = endpoint();
    String where = "SSO GetRoleCredentials at " + endpoint;
    SdkHttpResponse reply;
    try {
      reply = http.send(endpoint, DirectHttp.request(endpoint, "GET", "/federation/credentials")
          .addQuery("role_name", setup.roleName()).addQuery("account_id", setup.accountId())
          .header("x-amz-sso_bearer_token", token).build());
    } catch (IOException e) {
      throw new CredentialsException(FetchedCredentials.unreachable(where, e), e);
    }
    if (!reply.isSuccessful()) {
      JsonNode error = null;
      try {
        error = FetchedCredentials.json(reply.body(), where);
      } catch (CredentialsException notJson) {
        // the status says enough
      }
      String type = reply.header("x-amzn-ErrorType");
      throw new CredentialsException(FetchedCredentials.failure(where, reply.statusCode(),
          type != null ? type.split(":")[0] : FetchedCredentials.text(error, "__type"),
          FetchedCredentials.text(error, "message"), token)
          + (reply.statusCode() == 401 ? "; run 'aws sso login --profile " + setup.profile() + "'" : ""));
    }
    JsonNode role = FetchedCredentials.json(reply.body(), where).get("roleCredentials");
    if (role == null || !role.isObject()) {
      throw new CredentialsException(where + " answered without roleCredentials");
    }
    Credentials c = FetchedCredentials.from(role, where, "accessKeyId", "secretAccessKey", "sessionToken",
        "expiration");
    LOG.debug("fetched the credentials of role {} in account {} from {}; they expire at {}", setup.roleName(),
        setup.accountId(), where, c.expiration());
    return c;
  }

  /** The cached access token, if present and not expired. */
  private String accessToken() {
    Path home = context.settings().home();
    if (home == null) {
      throw new CredentialsException("profile '" + setup.profile() + "' uses SSO, but the home directory (and with "
          + "it ~/.aws/sso/cache) is unknown");
    }
    String key = setup.sessionName() != null ? setup.sessionName() : setup.startUrl();
    Path file = home.resolve(".aws").resolve("sso").resolve("cache").resolve(sha1(key) + ".json");
    String login = "run 'aws sso login --profile " + setup.profile() + "'";
    byte[] bytes;
    try {
      bytes = Files.readAllBytes(file);
    } catch (NoSuchFileException e) {
      throw new CredentialsException("profile '" + setup.profile() + "' uses SSO but there is no cached token "
          + file + "; " + login);
    } catch (IOException e) {
      throw new CredentialsException("cannot read the SSO token cache " + file + ": " + e.getClass().getSimpleName(),
          e);
    }
    JsonNode json;
    try {
      json = FetchedCredentials.json(bytes, "the SSO token cache " + file);
    } catch (CredentialsException e) {
      throw new CredentialsException("the SSO token cache " + file + " is not a JSON object; " + login);
    }
    String token = FetchedCredentials.text(json, "accessToken");
    if (token == null) {
      throw new CredentialsException("the SSO token cache " + file + " holds no accessToken; " + login);
    }
    Instant expiresAt = FetchedCredentials.instant(json.get("expiresAt"), "expiresAt in " + file);
    if (expiresAt != null && !context.clock().instant().isBefore(expiresAt)) {
      throw new CredentialsException("the SSO token in " + file + " expired at " + expiresAt + "; " + login);
    }
    return token;
  }

  private URI endpoint() {
    try {
      ConfiguredEndpoint configured = AwsEndpointSettings.resolve(context.settings(),
          AwsConfigFiles.of(context.settings(), null), AwsService.SSO);
      return configured != null ? configured.uri() : URI.create(AwsService.SSO.publicEndpoint(setup.region()));
    } catch (IllegalStateException | ConfigFileException e) {
      throw new CredentialsException("cannot tell where the SSO portal is: " + e.getMessage(), e.getCause());
    }
  }

  /** The cache file name: lower-case hex SHA-1 of the UTF-8 key, as the AWS CLI writes it. */
  static String sha1(String key) {
    try {
      return Hashing.hex(MessageDigest.getInstance("SHA-1").digest(key.getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("this JVM has no SHA-1", e);
    }
  }

  @Override
  public String toString() {
    return "SsoRoleCredentials{profile=" + setup.profile() + ", account=" + setup.accountId() + ", role="
        + setup.roleName() + "}";
  }
}
