package dev.stacksets.core.internal.config;

import dev.stacksets.core.http.SdkHttpRequest;
import dev.stacksets.core.http.SdkHttpResponse;
import java.io.IOException;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;

/**
 * The EC2 instance metadata service (IMDS), asked as the AWS SDKs ask it: IMDSv2, a session token from
 * {@code PUT /latest/api/token} (header {@code X-aws-ec2-metadata-token-ttl-seconds: 21600}) sent as
 * {@code X-aws-ec2-metadata-token} on every {@code GET}; the token is kept until a minute before its lifetime ends.
 * When the token request is refused with 403, 404 or 405 (IMDSv2 not offered), paths are read without a token
 * (IMDSv1) unless {@code AWS_EC2_METADATA_V1_DISABLED} is {@code true}.
 *
 * <p>Settings: {@code AWS_EC2_METADATA_DISABLED=true} switches it off; {@code aws.ec2MetadataServiceEndpoint} /
 * {@code AWS_EC2_METADATA_SERVICE_ENDPOINT} moves it (default {@code http://169.254.169.254}, or
 * {@code http://[fd00:ec2::254]} with {@code AWS_EC2_METADATA_SERVICE_ENDPOINT_MODE=IPv6}). Isolated settings never
 * ask it unless they name an endpoint. One-second connect and read timeouts, as the AWS SDKs use. Thread-safe.
 */
public final class Ec2Metadata {
  /** Switches the metadata service off when {@code true}. */
  public static final String DISABLED_ENV = "AWS_EC2_METADATA_DISABLED";
  /** Moves the metadata service. */
  public static final String ENDPOINT_ENV = "AWS_EC2_METADATA_SERVICE_ENDPOINT";
  static final String ENDPOINT_PROPERTY = "aws.ec2MetadataServiceEndpoint";
  static final String MODE_ENV = "AWS_EC2_METADATA_SERVICE_ENDPOINT_MODE";
  static final String MODE_PROPERTY = "aws.ec2MetadataServiceEndpointMode";
  static final String V1_DISABLED_ENV = "AWS_EC2_METADATA_V1_DISABLED";
  static final String TOKEN_TTL_HEADER = "X-aws-ec2-metadata-token-ttl-seconds";
  static final String TOKEN_HEADER = "X-aws-ec2-metadata-token";
  private static final long TOKEN_TTL_SECONDS = 21_600;

  private final URI endpoint;
  private final String offReason;
  private final boolean v1Disabled;
  private final Clock clock;
  private final DirectHttp http = DirectHttp.local(Duration.ofSeconds(1));
  private volatile Token token;

  private Ec2Metadata(URI endpoint, String offReason, boolean v1Disabled, Clock clock) {
    this.endpoint = endpoint;
    this.offReason = offReason;
    this.v1Disabled = v1Disabled;
    this.clock = clock;
  }

  /**
   * The metadata service {@code settings} point at.
   *
   * @throws IllegalStateException naming the setting when one is unusable
   */
  public static Ec2Metadata of(SystemSettings settings, Clock clock) {
    if (Boolean.TRUE.equals(SystemSettings.bool(settings.env(DISABLED_ENV), DISABLED_ENV))) {
      return new Ec2Metadata(null, "switched off by " + DISABLED_ENV, false, clock);
    }
    boolean v1Disabled = Boolean.TRUE.equals(SystemSettings.bool(settings.env(V1_DISABLED_ENV), V1_DISABLED_ENV));
    String configured = settings.propertyOrEnv(ENDPOINT_PROPERTY, ENDPOINT_ENV);
    if (configured != null) {
      return new Ec2Metadata(ConfiguredEndpoint.parse(configured, ENDPOINT_ENV).uri(), null, v1Disabled, clock);
    }
    if (settings.isolated()) {
      return new Ec2Metadata(null, "not asked: the settings are isolated", false, clock);
    }
    String mode = settings.propertyOrEnv(MODE_PROPERTY, MODE_ENV);
    boolean ipv6 = mode != null && mode.toLowerCase(Locale.ROOT).equals("ipv6");
    if (mode != null && !ipv6 && !mode.toLowerCase(Locale.ROOT).equals("ipv4")) {
      throw new IllegalStateException(MODE_ENV + " must be IPv4 or IPv6: '" + mode + "'");
    }
    return new Ec2Metadata(URI.create(ipv6 ? "http://[fd00:ec2::254]" : "http://169.254.169.254"), null, v1Disabled,
        clock);
  }

  /** Why it is not asked (switched off), or null when it is. */
  public String offReason() {
    return offReason;
  }

  /** The endpoint asked, or null when it is off. */
  public URI endpoint() {
    return endpoint;
  }

  /**
   * The text at {@code path} (e.g. {@code /latest/meta-data/placement/region}).
   *
   * @throws IOException when the service cannot be reached or answers anything but 200 (the message holds the
   *     status, never the reply)
   * @throws IllegalStateException when it is off
   */
  public String get(String path) throws IOException {
    if (endpoint == null) {
      throw new IllegalStateException("the instance metadata service is " + offReason);
    }
    Token t = token();
    SdkHttpResponse reply = http.send(endpoint, get(path, t));
    if (reply.statusCode() == 401 && t.value != null) {
      token = null; // the token was refused (expired early, or the service restarted): one more try with a new one
      reply = http.send(endpoint, get(path, token()));
    }
    if (reply.statusCode() != 200) {
      throw new IOException("HTTP " + reply.statusCode() + " for GET " + path);
    }
    return reply.bodyAsString();
  }

  private SdkHttpRequest get(String path, Token t) {
    SdkHttpRequest.Builder b = DirectHttp.request(endpoint, "GET", path);
    if (t.value != null) {
      b.header(TOKEN_HEADER, t.value);
    }
    return b.build();
  }

  private Token token() throws IOException {
    Token t = token;
    Instant now = clock.instant();
    if (t != null && now.isBefore(t.renewAt)) {
      return t;
    }
    SdkHttpResponse reply = http.send(endpoint, DirectHttp.request(endpoint, "PUT", "/latest/api/token")
        .header(TOKEN_TTL_HEADER, Long.toString(TOKEN_TTL_SECONDS)).build());
    int status = reply.statusCode();
    if (status == 200) {
      String value = reply.bodyAsString().strip();
      if (value.isEmpty() || value.chars().anyMatch(c -> c <= 0x20 || c >= 0x7f)) {
        throw new IOException("the session token from PUT /latest/api/token is not a header value");
      }
      t = new Token(value, now.plusSeconds(TOKEN_TTL_SECONDS - 60));
    } else if ((status == 403 || status == 404 || status == 405) && !v1Disabled) {
      t = new Token(null, now.plusSeconds(300)); // no IMDSv2 here: read without a token, ask again later
    } else {
      throw new IOException("HTTP " + status + " for PUT /latest/api/token"
          + (v1Disabled ? " (and " + V1_DISABLED_ENV + " forbids reading without a token)" : ""));
    }
    token = t;
    return t;
  }

  @Override
  public String toString() {
    return endpoint == null ? "Ec2Metadata{" + offReason + "}" : "Ec2Metadata{" + endpoint + "}";
  }

  private record Token(String value, Instant renewAt) {
    @Override
    public String toString() {
      return "Token{renewAt=" + renewAt + "}";
    }
  }
}
