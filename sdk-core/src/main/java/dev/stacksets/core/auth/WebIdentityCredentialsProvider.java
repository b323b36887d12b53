package dev.stacksets.core.auth;

import dev.stacksets.core.internal.config.SystemSettings;
import dev.stacksets.core.internal.util.Require;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Temporary AWS credentials for a role, from a web identity (OIDC) token in a file: STS
 * {@code AssumeRoleWithWebIdentity}. This is how pods on EKS with IAM roles for service accounts (IRSA) authenticate.
 *
 * <p>{@link #fromEnvironment()} reads, on every call, the system properties {@code aws.webIdentityTokenFile},
 * {@code aws.roleArn}, {@code aws.roleSessionName}, else the environment variables
 * {@code AWS_WEB_IDENTITY_TOKEN_FILE}, {@code AWS_ROLE_ARN}, {@code AWS_ROLE_SESSION_NAME} (the names the AWS SDKs
 * use; EKS sets the variables). Without a session name, {@code stacksets-java-<epoch millis>} is used.
 *
 * <p>The token file is read afresh for every STS call (the platform rotates it). The credentials are kept and asked
 * for again five minutes before they expire ({@link CachingCredentialsProvider}). The STS endpoint is the one
 * configured for STS ({@code AWS_ENDPOINT_URL_STS}...), else that of the configured region, else the global one. The
 * call is not signed. The token never appears in a message, log line or {@code toString()}.
 *
 * <p>Thread-safe.
 *
 * <pre>{@code
 * CredentialsProvider irsa = WebIdentityCredentialsProvider.fromEnvironment();
 * }</pre>
 */
public final class WebIdentityCredentialsProvider extends CredentialSource {
  private static final Logger LOG = LoggerFactory.getLogger(WebIdentityCredentialsProvider.class);
  static final String TOKEN_FILE_ENV = "AWS_WEB_IDENTITY_TOKEN_FILE";
  static final String ROLE_ARN_ENV = "AWS_ROLE_ARN";
  static final String SESSION_NAME_ENV = "AWS_ROLE_SESSION_NAME";

  private final SourceContext context;
  private final Setup fixed;
  private final SetupCache<Setup> cache = new SetupCache<>();

  private WebIdentityCredentialsProvider(SourceContext context, Setup fixed) {
    this.context = context;
    this.fixed = fixed;
  }

  /** The token file and role named by the system properties or environment variables, read on every call. */
  public static WebIdentityCredentialsProvider fromEnvironment() {
    return new WebIdentityCredentialsProvider(SourceContext.real(), null);
  }

  /**
   * This token file and role.
   *
   * @param sessionName the role session name, or null for {@code stacksets-java-<epoch millis>}
   */
  public static WebIdentityCredentialsProvider of(Path tokenFile, String roleArn, @Nullable String sessionName) {
    Require.nonNull(tokenFile, "tokenFile");
    Require.nonNull(roleArn, "roleArn");
    return new WebIdentityCredentialsProvider(SourceContext.real(), new Setup(tokenFile, roleArn, sessionName, null));
  }

  static WebIdentityCredentialsProvider fromEnvironment(SourceContext context) {
    return new WebIdentityCredentialsProvider(context, null);
  }

  static WebIdentityCredentialsProvider of(SourceContext context, Setup setup) {
    return new WebIdentityCredentialsProvider(context, setup);
  }

  /**
   * What the credentials are made from.
   *
   * @param tokenFile   the file holding the web identity token
   * @param roleArn     the role to assume
   * @param sessionName the role session name, or null for a generated one
   * @param region      the STS region, or null for the configured one
   */
  record Setup(Path tokenFile, String roleArn, String sessionName, String region) {}

  @Override
  Lookup lookup() {
    Setup setup = fixed;
    if (setup == null) {
      SystemSettings s = context.settings();
      String file = s.propertyOrEnv("aws.webIdentityTokenFile", TOKEN_FILE_ENV);
      String role = s.propertyOrEnv("aws.roleArn", ROLE_ARN_ENV);
      if (file == null || role == null) {
        return Lookup.missing(file == null && role == null ? "not set"
            : (file == null ? ROLE_ARN_ENV + " is set but " + TOKEN_FILE_ENV : TOKEN_FILE_ENV + " is set but "
                + ROLE_ARN_ENV) + " is not");
      }
      setup = new Setup(s.expand(file), role, s.propertyOrEnv("aws.roleSessionName", SESSION_NAME_ENV), null);
    }
    try {
      return Lookup.found(cache.get(setup, this::newProvider).resolveCredentials());
    } catch (CredentialsException e) {
      return Lookup.failed(e.getMessage(), e.getCause());
    }
  }

  private CredentialsProvider newProvider(Setup setup) {
    StsClient sts = new StsClient(context, setup.region());
    CredentialsProvider fetch = () -> {
      String token = readToken(setup.tokenFile());
      String session = setup.sessionName() != null ? setup.sessionName()
          : "stacksets-java-" + context.clock().millis();
      Credentials c = sts.assumeRoleWithWebIdentity(setup.roleArn(), session, token);
      LOG.debug("assumed role {} with the web identity token in {}; the credentials expire at {}", setup.roleArn(),
          setup.tokenFile(), c.expiration());
      return c;
    };
    return CachingCredentialsProvider.builder(fetch).clock(context.clock()).build();
  }

  private static String readToken(Path file) {
    String token;
    try {
      token = Files.readString(file, StandardCharsets.UTF_8).strip();
    } catch (IOException e) {
      throw new CredentialsException("cannot read the web identity token file " + file + ": "
          + e.getClass().getSimpleName(), e);
    }
    if (token.isEmpty()) {
      throw new CredentialsException("the web identity token file " + file + " is empty");
    }
    return token;
  }

  @Override
  String description() {
    if (fixed != null) {
      return "web identity token file " + fixed.tokenFile() + " for role " + fixed.roleArn();
    }
    SystemSettings s = context.settings();
    String file = s.propertyOrEnv("aws.webIdentityTokenFile", TOKEN_FILE_ENV);
    return "web identity (" + TOKEN_FILE_ENV + (file == null ? "" : " " + file) + ", " + ROLE_ARN_ENV + ")";
  }

  @Override
  public String toString() {
    return "WebIdentityCredentialsProvider{" + (fixed == null ? "from the environment"
        : Objects.toString(fixed.tokenFile()) + ", " + fixed.roleArn()) + "}";
  }
}
