package dev.stacksets.core.auth;

import dev.stacksets.core.http.SdkHttpRequest;
import dev.stacksets.core.http.SdkHttpResponse;
import dev.stacksets.core.internal.config.AwsConfigFiles;
import dev.stacksets.core.internal.config.AwsEndpointSettings;
import dev.stacksets.core.internal.config.AwsRegionSettings;
import dev.stacksets.core.internal.config.AwsService;
import dev.stacksets.core.internal.config.ConfigFileException;
import dev.stacksets.core.internal.config.ConfiguredEndpoint;
import dev.stacksets.core.internal.config.DirectHttp;
import dev.stacksets.core.internal.util.PercentEncoding;
import dev.stacksets.core.internal.util.XmlNode;
import dev.stacksets.core.internal.util.XmlParser;
import java.io.IOException;
import java.net.URI;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The two STS calls the credential sources make (Query protocol, version {@code 2011-06-15}, XML replies):
 * {@code AssumeRoleWithWebIdentity} (unsigned: the web identity token is the proof) and {@code AssumeRole} (SigV4,
 * signing name {@code sts}, with the source credentials).
 *
 * <p>Endpoint: the one configured for STS ({@code AWS_ENDPOINT_URL_STS} and the rest, see
 * {@code AwsEndpointSettings}), else {@code https://sts.{region}.amazonaws.com} for the region given or configured
 * ({@code aws.region}, {@code AWS_REGION}, the profile's region), else the global {@code https://sts.amazonaws.com}
 * (signed for {@code us-east-1}). Both are read on every call. Thread-safe.
 */
final class StsClient {
  private static final String FORM = "application/x-www-form-urlencoded; charset=utf-8";
  private static final URI GLOBAL = URI.create("https://sts.amazonaws.com");

  private final SourceContext context;
  private final String region;
  private final DirectHttp http;

  /**
   * @param region the region to call, or null for the configured one
   */
  StsClient(SourceContext context, String region) {
    this.context = context;
    this.region = region;
    this.http = DirectHttp.remote(Duration.ofSeconds(10), Duration.ofSeconds(30),
        DirectHttp.proxyOf(context.settings()));
  }

  /** {@code AssumeRoleWithWebIdentity}; the token is sent in the body and never shown. */
  Credentials assumeRoleWithWebIdentity(String roleArn, String sessionName, String webIdentityToken) {
    Map<String, String> form = new LinkedHashMap<>();
    form.put("Action", "AssumeRoleWithWebIdentity");
    form.put("Version", "2011-06-15");
    form.put("RoleArn", roleArn);
    form.put("RoleSessionName", sessionName);
    form.put("WebIdentityToken", webIdentityToken);
    return call("AssumeRoleWithWebIdentity", form, null, webIdentityToken);
  }

  /** {@code AssumeRole}, signed with {@code source}. */
  Credentials assumeRole(Credentials source, String roleArn, String sessionName, String externalId,
      Integer durationSeconds) {
    Map<String, String> form = new LinkedHashMap<>();
    form.put("Action", "AssumeRole");
    form.put("Version", "2011-06-15");
    form.put("RoleArn", roleArn);
    form.put("RoleSessionName", sessionName);
    if (externalId != null) {
      form.put("ExternalId", externalId);
    }
    if (durationSeconds != null) {
      form.put("DurationSeconds", durationSeconds.toString());
    }
    return call("AssumeRole", form, source, externalId);
  }

  private Credentials call(String action, Map<String, String> form, Credentials signWith, String secret) {
    Target target = target();
    String where = "STS " + action + " at " + target.endpoint;
    StringBuilder body = new StringBuilder();
    for (Map.Entry<String, String> e : form.entrySet()) {
      body.append(body.length() == 0 ? "" : "&").append(e.getKey()).append('=')
          .append(PercentEncoding.encode(e.getValue()));
    }
    SdkHttpRequest request = DirectHttp.request(target.endpoint, "POST", "/").body(body.toString(), FORM).build();
    if (signWith != null) {
      request = new AwsV4Signer("sts", target.signingRegion).sign(request, signWith, context.clock().instant());
    }
    SdkHttpResponse reply;
    try {
      reply = http.send(target.endpoint, request);
    } catch (IOException e) {
      throw new CredentialsException(FetchedCredentials.unreachable(where, e), e);
    }
    XmlNode root;
    try {
      root = XmlParser.parse(reply.body());
    } catch (XmlParser.XmlParseException e) {
      if (!reply.isSuccessful()) {
        throw new CredentialsException(FetchedCredentials.failure(where, reply.statusCode(), null, null));
      }
      throw new CredentialsException(where + " answered with a body that is not XML");
    }
    if (!reply.isSuccessful()) {
      XmlNode error = root.child("Error");
      throw new CredentialsException(FetchedCredentials.failure(where, reply.statusCode(),
          error == null ? null : error.childText("Code"), error == null ? null : error.childText("Message"),
          secret, signWith == null ? null : signWith.secretAccessKey(),
          signWith == null ? null : signWith.sessionToken()));
    }
    XmlNode result = root.child(action + "Result");
    XmlNode creds = result == null ? null : result.child("Credentials");
    if (creds == null) {
      throw new CredentialsException(where + " answered without " + action + "Result/Credentials");
    }
    String ak = creds.childText("AccessKeyId");
    String sk = creds.childText("SecretAccessKey");
    if (ak == null || ak.isBlank() || sk == null || sk.isBlank()) {
      throw new CredentialsException(where + " answered without "
          + (ak == null || ak.isBlank() ? "AccessKeyId" : "SecretAccessKey"));
    }
    try {
      return Credentials.builder().accessKeyId(ak.strip()).secretAccessKey(sk.strip())
          .sessionToken(creds.childText("SessionToken") == null ? null : creds.childText("SessionToken").strip())
          .expiration(FetchedCredentials.instant(creds.childText("Expiration"), where + " Expiration"))
          .build();
    } catch (IllegalStateException e) {
      throw new CredentialsException(where + " answered with unusable credentials: " + e.getMessage());
    }
  }

  /** Where the next call goes, read from the settings now. */
  Target target() {
    try {
      AwsConfigFiles files = AwsConfigFiles.of(context.settings(), null);
      String r = region != null ? region : AwsRegionSettings.resolve(context.settings(), files);
      ConfiguredEndpoint configured = AwsEndpointSettings.resolve(context.settings(), files, AwsService.STS);
      URI endpoint = configured != null ? configured.uri()
          : r != null ? URI.create(AwsService.STS.publicEndpoint(r)) : GLOBAL;
      return new Target(endpoint, r != null ? r : "us-east-1");
    } catch (IllegalStateException | ConfigFileException e) {
      throw new CredentialsException("cannot tell where STS is: " + e.getMessage(), e.getCause());
    }
  }

  /** An STS endpoint and the region requests to it are signed for. */
  record Target(URI endpoint, String signingRegion) {}
}
