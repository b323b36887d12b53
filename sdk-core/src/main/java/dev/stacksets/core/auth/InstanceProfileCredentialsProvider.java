package dev.stacksets.core.auth;

import com.fasterxml.jackson.databind.JsonNode;
import dev.stacksets.core.internal.config.Ec2Metadata;
import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.regex.Pattern;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Temporary AWS credentials of the role attached to this EC2 instance, from the instance metadata service (IMDSv2:
 * a session token, then {@code GET /latest/meta-data/iam/security-credentials/} for the role name and
 * {@code GET /latest/meta-data/iam/security-credentials/<role>} for its credentials).
 *
 * <p>Settings, read on every call, with the AWS SDKs' names: {@code AWS_EC2_METADATA_DISABLED=true} switches it off;
 * {@code AWS_EC2_METADATA_SERVICE_ENDPOINT} (or {@code aws.ec2MetadataServiceEndpoint}) moves it from
 * {@code http://169.254.169.254}; {@code AWS_EC2_METADATA_SERVICE_ENDPOINT_MODE=IPv6} uses
 * {@code http://[fd00:ec2::254]}. One-second timeouts; never through a proxy.
 *
 * <p>The credentials are kept and asked for again five minutes before they expire. Thread-safe.
 *
 * <pre>{@code
 * CredentialsProvider ec2 = InstanceProfileCredentialsProvider.create();
 * }</pre>
 */
public final class InstanceProfileCredentialsProvider extends CredentialSource {
  private static final Logger LOG = LoggerFactory.getLogger(InstanceProfileCredentialsProvider.class);
  private static final String CREDENTIALS_PATH = "/latest/meta-data/iam/security-credentials/";
  private static final Pattern ROLE_NAME = Pattern.compile("[\\w+=,.@-]{1,128}");

  private final SourceContext context;
  private final SetupCache<URI> cache = new SetupCache<>();

  private InstanceProfileCredentialsProvider(SourceContext context) {
    this.context = context;
  }

  /** The instance metadata service the settings name, read on every call. */
  public static InstanceProfileCredentialsProvider create() {
    return new InstanceProfileCredentialsProvider(SourceContext.real());
  }

  static InstanceProfileCredentialsProvider create(SourceContext context) {
    return new InstanceProfileCredentialsProvider(context);
  }

  @Override
  Lookup lookup() {
    Ec2Metadata imds;
    try {
      imds = Ec2Metadata.of(context.settings(), context.clock());
    } catch (IllegalStateException e) {
      return Lookup.failed(e.getMessage(), null);
    }
    if (imds.endpoint() == null) {
      return Lookup.missing(imds.offReason());
    }
    try {
      return Lookup.found(cache.get(imds.endpoint(), uri -> newProvider(imds)).resolveCredentials());
    } catch (CredentialsException e) {
      return Lookup.failed(e.getMessage(), e.getCause());
    }
  }

  private CredentialsProvider newProvider(Ec2Metadata imds) {
    String where = "the instance metadata service at " + imds.endpoint();
    CredentialsProvider fetch = () -> {
      String role;
      String body;
      try {
        role = firstLine(imds.get(CREDENTIALS_PATH));
        if (role == null) {
          throw new CredentialsException(where + " lists no IAM role for this instance");
        }
        if (!ROLE_NAME.matcher(role).matches()) {
          throw new CredentialsException(where + " lists a role name that is not an IAM role name");
        }
        body = imds.get(CREDENTIALS_PATH + role);
      } catch (IOException e) {
        if (e.getMessage() != null && e.getMessage().startsWith("HTTP 404 for GET " + CREDENTIALS_PATH)) {
          throw new CredentialsException(where + " has no IAM role for this instance (HTTP 404)", e);
        }
        if (e.getMessage() != null && e.getMessage().startsWith("HTTP ")) {
          throw new CredentialsException(where + " answered " + e.getMessage(), e);
        }
        throw new CredentialsException(FetchedCredentials.unreachable(where, e), e);
      }
      JsonNode json = FetchedCredentials.json(body.getBytes(StandardCharsets.UTF_8), where);
      String code = FetchedCredentials.text(json, "Code");
      if (code != null && !code.equals("Success")) {
        throw new CredentialsException(where + " reports " + code + " for role " + role);
      }
      Credentials c = FetchedCredentials.from(json, where, "AccessKeyId", "SecretAccessKey", "Token", "Expiration");
      LOG.debug("fetched the credentials of role {} from {}; they expire at {}", role, where, c.expiration());
      return c;
    };
    return CachingCredentialsProvider.builder(fetch).clock(context.clock()).build();
  }

  private static String firstLine(String text) {
    for (String line : text.split("\n")) {
      if (!line.isBlank()) {
        return line.strip();
      }
    }
    return null;
  }

  @Override
  String description() {
    return "instance metadata (IMDSv2, " + Ec2Metadata.DISABLED_ENV + " switches it off)";
  }

  @Override
  public String toString() {
    return "InstanceProfileCredentialsProvider{}";
  }
}
