package dev.stacksets.core.auth;

import com.fasterxml.jackson.databind.JsonNode;
import dev.stacksets.core.http.SdkHttpRequest;
import dev.stacksets.core.http.SdkHttpResponse;
import dev.stacksets.core.internal.config.ConfiguredEndpoint;
import dev.stacksets.core.internal.config.DirectHttp;
import dev.stacksets.core.internal.config.SystemSettings;
import java.io.IOException;
import java.net.InetAddress;
import java.net.URI;
import java.net.UnknownHostException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Temporary AWS credentials from the container credentials endpoint: ECS task roles and EKS Pod Identity.
 *
 * <p>Read on every call, with the names the AWS SDKs use:
 * <ul>
 *   <li>{@code AWS_CONTAINER_CREDENTIALS_RELATIVE_URI} (ECS): a path on {@code http://169.254.170.2} (or on
 *       {@code AWS_CONTAINER_SERVICE_ENDPOINT}, the AWS SDK for Java's override);</li>
 *   <li>else {@code AWS_CONTAINER_CREDENTIALS_FULL_URI} (EKS Pod Identity, or your own endpoint): an {@code https}
 *       URI, or an {@code http} one whose host is (and resolves only to) a loopback address, the ECS address
 *       {@code 169.254.170.2} or the EKS Pod Identity addresses {@code 169.254.170.23} / {@code fd00:ec2::23};</li>
 *   <li>{@code AWS_CONTAINER_AUTHORIZATION_TOKEN_FILE} (read for every request: EKS rotates it), else
 *       {@code AWS_CONTAINER_AUTHORIZATION_TOKEN}: sent as the {@code Authorization} header.</li>
 * </ul>
 *
 * <p>The endpoint answers {@code {"AccessKeyId", "SecretAccessKey", "Token", "Expiration"}}. The credentials are kept
 * and asked for again five minutes before they expire. The endpoint is never reached through a proxy. The
 * authorization token never appears in a message, log line or {@code toString()}. Thread-safe.
 *
 * <pre>{@code
 * CredentialsProvider task = ContainerCredentialsProvider.fromEnvironment();
 * }</pre>
 */
public final class ContainerCredentialsProvider extends CredentialSource {
  private static final Logger LOG = LoggerFactory.getLogger(ContainerCredentialsProvider.class);
  static final String RELATIVE_URI_ENV = "AWS_CONTAINER_CREDENTIALS_RELATIVE_URI";
  static final String FULL_URI_ENV = "AWS_CONTAINER_CREDENTIALS_FULL_URI";
  static final String TOKEN_ENV = "AWS_CONTAINER_AUTHORIZATION_TOKEN";
  static final String TOKEN_FILE_ENV = "AWS_CONTAINER_AUTHORIZATION_TOKEN_FILE";
  static final String SERVICE_ENDPOINT_ENV = "AWS_CONTAINER_SERVICE_ENDPOINT";
  private static final Set<String> ALLOWED_HTTP_ADDRESSES = Set.of("169.254.170.2", "169.254.170.23",
      "fd00:ec2:0:0:0:0:0:23");

  private final SourceContext context;
  private final DirectHttp http = DirectHttp.local(Duration.ofSeconds(2));
  private final SetupCache<Setup> cache = new SetupCache<>();

  private ContainerCredentialsProvider(SourceContext context) {
    this.context = context;
  }

  /** The endpoint named by the environment, read on every call. */
  public static ContainerCredentialsProvider fromEnvironment() {
    return new ContainerCredentialsProvider(SourceContext.real());
  }

  static ContainerCredentialsProvider fromEnvironment(SourceContext context) {
    return new ContainerCredentialsProvider(context);
  }

  /** The endpoint and how to authorize; the token value never shows in {@link #toString()}. */
  private record Setup(URI uri, String source, Path tokenFile, String token) {
    @Override
    public String toString() {
      return "Setup{" + uri + "}";
    }
  }

  @Override
  Lookup lookup() {
    Setup setup;
    try {
      setup = setup(context.settings());
    } catch (IllegalStateException e) {
      return Lookup.failed(e.getMessage(), null);
    }
    if (setup == null) {
      return Lookup.missing("not set");
    }
    try {
      return Lookup.found(cache.get(setup, this::newProvider).resolveCredentials());
    } catch (CredentialsException e) {
      return Lookup.failed(e.getMessage(), e.getCause());
    }
  }

  private static Setup setup(SystemSettings s) {
    String relative = s.env(RELATIVE_URI_ENV);
    String full = s.env(FULL_URI_ENV);
    String file = s.env(TOKEN_FILE_ENV);
    Path tokenFile = file == null ? null : s.expand(file);
    String token = tokenFile != null ? null : s.env(TOKEN_ENV);
    if (relative != null) {
      String base = s.env(SERVICE_ENDPOINT_ENV);
      URI service = base == null ? URI.create("http://169.254.170.2")
          : ConfiguredEndpoint.parse(base, "environment variable " + SERVICE_ENDPOINT_ENV).uri();
      String path = relative.startsWith("/") ? relative : "/" + relative;
      return new Setup(ConfiguredEndpoint.parse(stripSlash(service.toString()) + path, RELATIVE_URI_ENV).uri(),
          RELATIVE_URI_ENV, tokenFile, token);
    }
    if (full != null) {
      URI uri = ConfiguredEndpoint.parse(full, FULL_URI_ENV).uri();
      requireAllowedHost(uri);
      return new Setup(uri, FULL_URI_ENV, tokenFile, token);
    }
    return null;
  }

  private static String stripSlash(String s) {
    return s.endsWith("/") ? s.substring(0, s.length() - 1) : s;
  }

  /** An http full URI may only reach this host or the ECS / EKS Pod Identity agents (https may reach any). */
  private static void requireAllowedHost(URI uri) {
    if (uri.getScheme().equalsIgnoreCase("https")) {
      return;
    }
    String host = uri.getHost();
    InetAddress[] addresses;
    try {
      addresses = InetAddress.getAllByName(host.startsWith("[") ? host.substring(1, host.length() - 1) : host);
    } catch (UnknownHostException e) {
      throw new IllegalStateException(FULL_URI_ENV + " names host " + host + ", which does not resolve");
    }
    for (InetAddress a : addresses) {
      if (!a.isLoopbackAddress() && !ALLOWED_HTTP_ADDRESSES.contains(a.getHostAddress())) {
        throw new IllegalStateException(FULL_URI_ENV + " names host " + host + " (" + a.getHostAddress()
            + "): an http endpoint must be a loopback address, 169.254.170.2, 169.254.170.23 or fd00:ec2::23; "
            + "use https for any other host");
      }
    }
  }

  private CredentialsProvider newProvider(Setup setup) {
    String where = "the container credentials endpoint " + setup.uri() + " (" + setup.source() + ")";
    CredentialsProvider fetch = () -> {
      URI uri = setup.uri();
      String path = uri.getRawPath() == null || uri.getRawPath().isEmpty() ? "/" : uri.getRawPath();
      SdkHttpRequest.Builder b = DirectHttp.request(URI.create(uri.getScheme() + "://" + uri.getRawAuthority()), "GET",
          path);
      String token = authorization(setup);
      if (token != null) {
        b.header("Authorization", token);
      }
      SdkHttpResponse reply;
      try {
        reply = http.send(uri, b.build());
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
        throw new CredentialsException(FetchedCredentials.failure(where, reply.statusCode(),
            FetchedCredentials.text(error, "code"), FetchedCredentials.text(error, "message"), token));
      }
      Credentials c = FetchedCredentials.from(FetchedCredentials.json(reply.body(), where), where, "AccessKeyId",
          "SecretAccessKey", "Token", "Expiration");
      LOG.debug("fetched credentials from {}; they expire at {}", where, c.expiration());
      return c;
    };
    return CachingCredentialsProvider.builder(fetch).clock(context.clock()).build();
  }

  private static String authorization(Setup setup) {
    String token = setup.token();
    if (setup.tokenFile() != null) {
      try {
        token = Files.readString(setup.tokenFile(), StandardCharsets.UTF_8).strip();
      } catch (IOException e) {
        throw new CredentialsException("cannot read the container authorization token file " + setup.tokenFile()
            + " (" + TOKEN_FILE_ENV + "): " + e.getClass().getSimpleName(), e);
      }
    }
    if (token != null && token.chars().anyMatch(c -> c < 0x20 || c == 0x7f)) {
      throw new CredentialsException("the container authorization token ("
          + (setup.tokenFile() != null ? TOKEN_FILE_ENV + " " + setup.tokenFile() : TOKEN_ENV)
          + ") holds a control character and cannot be sent as a header");
    }
    return token == null || token.isEmpty() ? null : token;
  }

  @Override
  String description() {
    return "container credentials (" + RELATIVE_URI_ENV + " / " + FULL_URI_ENV + ")";
  }

  @Override
  public String toString() {
    return "ContainerCredentialsProvider{from the environment}";
  }
}
