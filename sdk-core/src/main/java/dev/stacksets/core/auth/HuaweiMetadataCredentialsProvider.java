package dev.stacksets.core.auth;

import com.fasterxml.jackson.databind.JsonNode;
import dev.stacksets.core.http.SdkHttpRequest;
import dev.stacksets.core.http.SdkHttpResponse;
import dev.stacksets.core.internal.config.DirectHttp;
import dev.stacksets.core.internal.config.HuaweiSettings;
import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Temporary Huawei Cloud credentials of the agency attached to this ECS (or CCE node), from the ECS metadata service,
 * asked as the Huawei Cloud SDKs ask it: a session token from {@code PUT /meta-data/latest/api/token} (header
 * {@code X-Metadata-Token-Ttl-Seconds: 21600}), then {@code GET /openstack/latest/securitykey} with
 * {@code X-Metadata-Token}, answering a temporary AK, SK and security token. When the token request is refused with
 * 404, 405 or 503 (an older metadata service), the key is read without a token.
 *
 * <p>The credentials are kept and asked for again when fewer than 40 minutes remain, as the official SDK does.
 * {@code HUAWEICLOUD_SDK_METADATA_ENDPOINT} moves the service from {@code http://169.254.169.254};
 * {@code HUAWEICLOUD_SDK_METADATA_DISABLED=true} switches it off (both names are this SDK's own). Three-second
 * timeouts; never through a proxy. Thread-safe.
 *
 * <pre>{@code
 * CredentialsProvider ecs = HuaweiMetadataCredentialsProvider.create();
 * }</pre>
 */
public final class HuaweiMetadataCredentialsProvider extends CredentialSource {
  private static final Logger LOG = LoggerFactory.getLogger(HuaweiMetadataCredentialsProvider.class);
  /** The official SDK asks again when fewer than 40 minutes remain. */
  static final Duration REFRESH_BEFORE = Duration.ofMinutes(40);
  private static final String TOKEN_PATH = "/meta-data/latest/api/token";
  private static final String KEY_PATH = "/openstack/latest/securitykey";
  private static final long TOKEN_TTL_SECONDS = 21_600;
  private static final String NO_AGENCY = "Please configure Cloud Service Agency first";

  private final SourceContext context;
  private final SetupCache<URI> cache = new SetupCache<>();

  private HuaweiMetadataCredentialsProvider(SourceContext context) {
    this.context = context;
  }

  /** The metadata service the environment names (by default {@code http://169.254.169.254}). */
  public static HuaweiMetadataCredentialsProvider create() {
    return new HuaweiMetadataCredentialsProvider(SourceContext.real());
  }

  static HuaweiMetadataCredentialsProvider create(SourceContext context) {
    return new HuaweiMetadataCredentialsProvider(context);
  }

  @Override
  Lookup lookup() {
    URI endpoint;
    try {
      endpoint = HuaweiSettings.metadataEndpoint(context.settings());
    } catch (IllegalStateException e) {
      return Lookup.failed(e.getMessage(), null);
    }
    if (endpoint == null) {
      return Lookup.missing(context.settings().isolated() ? "not asked: the settings are isolated"
          : "switched off by " + HuaweiSettings.METADATA_DISABLED_ENV);
    }
    try {
      return Lookup.found(cache.get(endpoint, this::newProvider).resolveCredentials());
    } catch (CredentialsException e) {
      return Lookup.failed(e.getMessage(), e.getCause());
    }
  }

  private CredentialsProvider newProvider(URI endpoint) {
    Fetcher fetcher = new Fetcher(endpoint, context);
    return CachingCredentialsProvider.builder(fetcher::fetch).refreshBefore(REFRESH_BEFORE).clock(context.clock())
        .build();
  }

  @Override
  String description() {
    return "ECS metadata (" + HuaweiSettings.METADATA_DISABLED_ENV + " switches it off)";
  }

  @Override
  public String toString() {
    return "HuaweiMetadataCredentialsProvider{}";
  }

  /** The two-step exchange with one metadata service, keeping its session token. Thread-safe. */
  private static final class Fetcher {
    private final URI endpoint;
    private final SourceContext context;
    private final String where;
    private final DirectHttp http = DirectHttp.local(Duration.ofSeconds(3));
    private volatile Token token;

    Fetcher(URI endpoint, SourceContext context) {
      this.endpoint = endpoint;
      this.context = context;
      this.where = "the ECS metadata service at " + endpoint;
    }

    Credentials fetch() {
      try {
        Token t = token();
        SdkHttpResponse reply = http.send(endpoint, key(t));
        if (reply.statusCode() == 401 && !body(reply).contains(NO_AGENCY)) {
          token = null; // refused: ask for a new session token once
          reply = http.send(endpoint, key(token()));
        }
        if (reply.statusCode() == 401 && body(reply).contains(NO_AGENCY)) {
          throw new CredentialsException(where + " says this ECS has no agency: attach a cloud service agency to it");
        }
        if (!reply.isSuccessful()) {
          throw new CredentialsException(FetchedCredentials.failure(where, reply.statusCode(), null, null));
        }
        JsonNode credential = FetchedCredentials.json(reply.body(), where).get("credential");
        if (credential == null || !credential.isObject()) {
          throw new CredentialsException(where + " answered without credential");
        }
        Credentials c = FetchedCredentials.from(credential, where, "access", "secret", "securitytoken",
            "expires_at");
        LOG.debug("fetched temporary credentials {} from {}; they expire at {}", c.accessKeyId(), where,
            c.expiration());
        return c;
      } catch (IOException e) {
        throw new CredentialsException(FetchedCredentials.unreachable(where, e), e);
      }
    }

    private SdkHttpRequest key(Token t) {
      SdkHttpRequest.Builder b = DirectHttp.request(endpoint, "GET", KEY_PATH);
      if (t.value != null) {
        b.header("X-Metadata-Token", t.value);
      }
      return b.build();
    }

    private Token token() throws IOException {
      Token t = token;
      Instant now = context.clock().instant();
      if (t != null && now.isBefore(t.renewAt)) {
        return t;
      }
      SdkHttpResponse reply = http.send(endpoint, DirectHttp.request(endpoint, "PUT", TOKEN_PATH)
          .header("X-Metadata-Token-Ttl-Seconds", Long.toString(TOKEN_TTL_SECONDS)).build());
      int status = reply.statusCode();
      if (status == 200) {
        String value = body(reply).strip();
        if (value.isEmpty() || value.chars().anyMatch(c -> c <= 0x20 || c >= 0x7f)) {
          throw new CredentialsException(where + " answered " + TOKEN_PATH + " with something that is not a token");
        }
        t = new Token(value, now.plusSeconds(TOKEN_TTL_SECONDS - 60));
      } else if (status == 404 || status == 405 || status == 503) {
        t = new Token(null, now.plus(Duration.ofHours(24))); // no session tokens here: read without one
      } else {
        throw new CredentialsException(FetchedCredentials.failure(where + " (" + TOKEN_PATH + ")", status, null,
            null));
      }
      token = t;
      return t;
    }

    private static String body(SdkHttpResponse reply) {
      return new String(reply.body(), StandardCharsets.UTF_8);
    }
  }

  private record Token(String value, Instant renewAt) {
    @Override
    public String toString() {
      return "Token{renewAt=" + renewAt + "}";
    }
  }
}
