package dev.stacksets.core.auth;

import dev.stacksets.core.internal.config.DirectHttp;
import dev.stacksets.core.internal.config.HuaweiSettings;
import dev.stacksets.core.internal.config.SystemSettings;
import dev.stacksets.core.internal.util.Require;
import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Temporary Huawei Cloud credentials for an OpenID Connect identity: the id token in a file (a CCE workload's
 * projected service-account token, a CI job's token) exchanged with IAM for an unscoped token through the identity
 * provider, and that token for a temporary AK, SK and security token, as the Huawei Cloud SDKs do
 * ({@code idpId} + {@code idTokenFile}).
 *
 * <p>{@link #fromEnvironment()} reads, on every call, {@code HUAWEICLOUD_SDK_IDP_ID} and
 * {@code HUAWEICLOUD_SDK_ID_TOKEN_FILE} (the official names); the IAM endpoint is {@code HUAWEICLOUD_SDK_IAM_ENDPOINT},
 * else {@code https://iam.myhuaweicloud.com}. The token file is read afresh for every exchange. The credentials are
 * kept and exchanged again when fewer than 40 minutes remain. The id token never appears in a message, log line or
 * {@code toString()}. Thread-safe.
 *
 * <pre>{@code
 * CredentialsProvider cce = HuaweiFederatedCredentialsProvider.fromEnvironment();
 * }</pre>
 */
public final class HuaweiFederatedCredentialsProvider extends CredentialSource {
  private static final Logger LOG = LoggerFactory.getLogger(HuaweiFederatedCredentialsProvider.class);
  static final String IDP_ID_ENV = "HUAWEICLOUD_SDK_IDP_ID";
  static final String ID_TOKEN_FILE_ENV = "HUAWEICLOUD_SDK_ID_TOKEN_FILE";

  private final SourceContext context;
  private final Setup fixed;
  private final HuaweiIam iam;
  private final SetupCache<Setup> cache = new SetupCache<>();

  private HuaweiFederatedCredentialsProvider(SourceContext context, Setup fixed) {
    this.context = context;
    this.fixed = fixed;
    this.iam = new HuaweiIam(DirectHttp.proxyOf(context.settings()));
  }

  /** The identity provider and token file the environment names, read on every call. */
  public static HuaweiFederatedCredentialsProvider fromEnvironment() {
    return new HuaweiFederatedCredentialsProvider(SourceContext.real(), null);
  }

  /** This identity provider, token file and IAM endpoint. */
  public static HuaweiFederatedCredentialsProvider of(String idpId, Path idTokenFile, URI iamEndpoint) {
    Require.nonNull(idpId, "idpId");
    Require.nonNull(idTokenFile, "idTokenFile");
    Require.nonNull(iamEndpoint, "iamEndpoint");
    return new HuaweiFederatedCredentialsProvider(SourceContext.real(), new Setup(idpId, idTokenFile, iamEndpoint));
  }

  static HuaweiFederatedCredentialsProvider fromEnvironment(SourceContext context) {
    return new HuaweiFederatedCredentialsProvider(context, null);
  }

  static HuaweiFederatedCredentialsProvider of(SourceContext context, Setup setup) {
    return new HuaweiFederatedCredentialsProvider(context, setup);
  }

  /**
   * What the credentials are made from.
   *
   * @param idpId       the identity provider's id in IAM
   * @param idTokenFile the file holding the OpenID Connect id token
   * @param iamEndpoint the IAM endpoint
   */
  record Setup(String idpId, Path idTokenFile, URI iamEndpoint) {}

  @Override
  Lookup lookup() {
    Setup setup = fixed;
    if (setup == null) {
      SystemSettings s = context.settings();
      String idp = s.env(IDP_ID_ENV);
      String file = s.env(ID_TOKEN_FILE_ENV);
      if (idp == null || file == null) {
        return Lookup.missing(idp == null && file == null ? "not set" : (idp == null ? ID_TOKEN_FILE_ENV
            + " is set but " + IDP_ID_ENV : IDP_ID_ENV + " is set but " + ID_TOKEN_FILE_ENV) + " is not");
      }
      try {
        setup = new Setup(idp, s.expand(file), HuaweiSettings.iamEndpoint(s, null));
      } catch (IllegalStateException e) {
        return Lookup.failed(e.getMessage(), null);
      }
    }
    try {
      return Lookup.found(cache.get(setup, this::newProvider).resolveCredentials());
    } catch (CredentialsException e) {
      return Lookup.failed(e.getMessage(), e.getCause());
    }
  }

  private CredentialsProvider newProvider(Setup setup) {
    CredentialsProvider exchange = () -> {
      String idToken = readToken(setup.idTokenFile());
      String token = iam.tokenForIdToken(setup.iamEndpoint(), setup.idpId(), idToken);
      Credentials c = iam.temporaryCredentials(setup.iamEndpoint(), token);
      LOG.debug("exchanged the id token in {} (identity provider {}) for temporary credentials {}; they expire at {}",
          setup.idTokenFile(), setup.idpId(), c.accessKeyId(), c.expiration());
      return c;
    };
    return CachingCredentialsProvider.builder(exchange).refreshBefore(HuaweiMetadataCredentialsProvider.REFRESH_BEFORE)
        .clock(context.clock()).build();
  }

  private static String readToken(Path file) {
    String token;
    try {
      token = Files.readString(file, StandardCharsets.UTF_8).strip();
    } catch (IOException e) {
      throw new CredentialsException("cannot read the id token file " + file + ": " + e.getClass().getSimpleName(),
          e);
    }
    if (token.isEmpty()) {
      throw new CredentialsException("the id token file " + file + " is empty");
    }
    return token;
  }

  @Override
  String description() {
    if (fixed != null) {
      return "identity provider " + fixed.idpId() + " with the id token file " + fixed.idTokenFile();
    }
    return "identity federation (" + IDP_ID_ENV + ", " + ID_TOKEN_FILE_ENV + ")";
  }

  @Override
  public String toString() {
    return "HuaweiFederatedCredentialsProvider{" + (fixed == null ? "from the environment"
        : fixed.idpId() + ", " + fixed.idTokenFile() + ", " + fixed.iamEndpoint()) + "}";
  }
}
