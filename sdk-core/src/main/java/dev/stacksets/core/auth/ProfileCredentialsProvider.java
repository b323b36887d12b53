package dev.stacksets.core.auth;

import dev.stacksets.core.internal.config.AwsConfigFiles;
import dev.stacksets.core.internal.config.ConfigFileException;
import dev.stacksets.core.internal.config.ConfiguredEndpoint;
import dev.stacksets.core.internal.config.HuaweiSettings;
import dev.stacksets.core.internal.config.ProfileFile;
import dev.stacksets.core.internal.config.ProfileFileCache;
import dev.stacksets.core.internal.config.SystemSettings;
import dev.stacksets.core.internal.util.Require;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * Reads credentials from a shared credentials file, as the clouds' own tools write it.
 *
 * <h2>AWS ({@link #aws()}, {@link #aws(String)})</h2>
 * The profile named by {@code aws.profile} / {@code AWS_PROFILE} (default {@code default}) in
 * {@code ~/.aws/credentials} (or {@code aws.sharedCredentialsFile} / {@code AWS_SHARED_CREDENTIALS_FILE}) and in
 * {@code ~/.aws/config} (or {@code aws.configFile} / {@code AWS_CONFIG_FILE}; sections {@code [profile name]} and
 * {@code [default]}); the credentials file wins where both set a key. As in the AWS SDK for Java 2.x, the first of
 * these that the profile holds makes its credentials:
 * <ol>
 *   <li>{@code role_arn} with {@code web_identity_token_file} (and {@code role_session_name}): STS
 *       {@code AssumeRoleWithWebIdentity}, as {@link WebIdentityCredentialsProvider};</li>
 *   <li>{@code sso_session} (with its {@code [sso-session name]} section) or the legacy {@code sso_start_url} /
 *       {@code sso_region}, with {@code sso_account_id} and {@code sso_role_name}: the token {@code aws sso login}
 *       cached under {@code ~/.aws/sso/cache}, exchanged for role credentials (SSO {@code GetRoleCredentials});</li>
 *   <li>{@code role_arn} with {@code source_profile} (any profile this list can read, chained) or
 *       {@code credential_source} ({@code Environment}, {@code Ec2InstanceMetadata}, {@code EcsContainer}), and
 *       optional {@code external_id}, {@code role_session_name}, {@code duration_seconds}, {@code region}: STS
 *       {@code AssumeRole} signed with the source's credentials;</li>
 *   <li>{@code credential_process}: as {@link ProcessCredentialsProvider};</li>
 *   <li>{@code aws_access_key_id}, {@code aws_secret_access_key}, optional {@code aws_session_token}.</li>
 * </ol>
 * Temporary credentials are kept and renewed five minutes before they expire; a role, SSO or process profile that is
 * configured but fails (STS refuses, the SSO token expired, the program exits non-zero) reports the profile, the file
 * or endpoint and the reason.
 *
 * <h2>Huawei Cloud ({@link #huawei()}, {@link #huaweiGlobal()})</h2>
 * The {@code [basic]} section (or {@code [global]}) of {@code ~/.huaweicloud/credentials} (or
 * {@code huaweicloud.sdk.credentialsFile} / {@code HUAWEICLOUD_SDK_CREDENTIALS_FILE}), the file the Huawei Cloud SDKs
 * read, read as they read it: {@code idp_id} with {@code id_token_file} (and optional {@code iam_endpoint}) exchange an
 * OpenID Connect id token with IAM ({@link HuaweiFederatedCredentialsProvider}); else {@code ak}, {@code sk}, optional
 * {@code security_token}. {@code project_id} is read by {@link HuaweiProjectId}, {@code domain_id} by
 * {@link HuaweiDomainId}.
 *
 * <pre>
 * [basic]
 * ak = QTWAOYTTINDUT2QVKYUC
 * sk = ...
 * project_id = 0123456789abcdef0123456789abcdef
 * </pre>
 *
 * <p>File locations are resolved when the provider is created (a leading {@code ~/} means the home directory). The
 * file is read on first use and read again whenever its modification time or size changes, so rewritten keys are
 * used on the next request. A malformed file fails with a {@link CredentialsException} naming the file and the line,
 * never quoting it.
 *
 * <p>Thread-safe.
 *
 * <pre>{@code
 * CredentialsProvider dev = ProfileCredentialsProvider.aws("dev");
 * CredentialsProvider hw = ProfileCredentialsProvider.huawei(Path.of("/etc/myapp/huaweicloud-credentials"));
 * }</pre>
 */
public final class ProfileCredentialsProvider extends CredentialSource {
  static final String HUAWEI_SECTION = "basic";
  static final String HUAWEI_GLOBAL_SECTION = "global";

  /** AWS: the shared files and profile; null for Huawei. */
  private final AwsConfigFiles awsFiles;
  /** Huawei: the credentials file; null for AWS, or when no location could be resolved. */
  private final ProfileFileCache huaweiFile;
  private final String profile;
  private final SourceContext context;
  private final SetupCache<AwsProfileRecipe> recipes = new SetupCache<>();
  private final SetupCache<HuaweiFederatedCredentialsProvider.Setup> federated = new SetupCache<>();

  private ProfileCredentialsProvider(AwsConfigFiles awsFiles, ProfileFileCache huaweiFile, String profile,
      SourceContext context) {
    this.awsFiles = awsFiles;
    this.huaweiFile = huaweiFile;
    this.profile = profile;
    this.context = context;
  }

  /** AWS, the profile named by {@code aws.profile} / {@code AWS_PROFILE}, else {@code default}. */
  public static ProfileCredentialsProvider aws() {
    return aws(SystemSettings.real(), null);
  }

  /** AWS, the named profile, from the usual credentials and config files. */
  public static ProfileCredentialsProvider aws(String profileName) {
    return aws(SystemSettings.real(), requireName(profileName));
  }

  /** AWS, the named profile in exactly this credentials file (no config file). */
  public static ProfileCredentialsProvider aws(Path credentialsFile, String profileName) {
    Require.nonNull(credentialsFile, "credentialsFile");
    String name = requireName(profileName);
    return new ProfileCredentialsProvider(AwsConfigFiles.ofCredentialsFile(credentialsFile, name), null, name,
        SourceContext.real());
  }

  /** Huawei Cloud, the {@code [basic]} section of the usual credentials file. */
  public static ProfileCredentialsProvider huawei() {
    return huawei(SystemSettings.real());
  }

  /** Huawei Cloud, the {@code [basic]} section of exactly this file. */
  public static ProfileCredentialsProvider huawei(Path credentialsFile) {
    Require.nonNull(credentialsFile, "credentialsFile");
    return new ProfileCredentialsProvider(null, new ProfileFileCache(credentialsFile), HUAWEI_SECTION,
        SourceContext.real());
  }

  /**
   * Huawei Cloud, the {@code [global]} section of the usual credentials file: the credentials the Huawei Cloud SDKs
   * use for global services (IAM and the like), next to a {@code domain_id} ({@link HuaweiDomainId}). The RFS client
   * reads {@code [basic]}.
   */
  public static ProfileCredentialsProvider huaweiGlobal() {
    return huawei(SourceContext.real(), HUAWEI_GLOBAL_SECTION);
  }

  static ProfileCredentialsProvider aws(SystemSettings s, String profileName) {
    return aws(new SourceContext(s, Clock.systemUTC()), profileName);
  }

  static ProfileCredentialsProvider aws(SourceContext context, String profileName) {
    AwsConfigFiles files = AwsConfigFiles.of(context.settings(), profileName);
    return new ProfileCredentialsProvider(files, null, files.profileName(), context);
  }

  static ProfileCredentialsProvider huawei(SystemSettings s) {
    return huawei(new SourceContext(s, Clock.systemUTC()));
  }

  static ProfileCredentialsProvider huawei(SourceContext context) {
    return huawei(context, HUAWEI_SECTION);
  }

  static ProfileCredentialsProvider huawei(SourceContext context, String section) {
    Path file = huaweiFile(context.settings());
    return new ProfileCredentialsProvider(null, file == null ? null : new ProfileFileCache(file), section, context);
  }

  /** The Huawei credentials file: {@code huaweicloud.sdk.credentialsFile} / {@code HUAWEICLOUD_SDK_CREDENTIALS_FILE}. */
  static Path huaweiFile(SystemSettings s) {
    String configured = s.propertyOrEnv("huaweicloud.sdk.credentialsFile", "HUAWEICLOUD_SDK_CREDENTIALS_FILE");
    if (configured != null) {
      return s.expand(configured);
    }
    Path home = s.home();
    return home == null ? null : home.resolve(".huaweicloud").resolve("credentials");
  }

  /** The profile (AWS) or section (Huawei: {@code basic} or {@code global}) read. */
  public String profileName() {
    return profile;
  }

  /** The credentials file read, or null when no location could be resolved (no home directory). */
  public @Nullable Path credentialsFile() {
    if (awsFiles != null) {
      return awsFiles.credentialsFile();
    }
    return huaweiFile == null ? null : huaweiFile.path();
  }

  @Override
  Lookup lookup() {
    try {
      if (awsFiles != null) {
        return awsCredentials();
      }
      Map<String, String> props = settings();
      if (props == null) {
        return Lookup.missing(whereNot());
      }
      return huaweiCredentials(props);
    } catch (ConfigFileException | CredentialsException e) {
      return Lookup.failed(e.getMessage(), e.getCause());
    }
  }

  /**
   * The merged settings of the profile (lower-case keys), or null when no file holds it.
   *
   * @throws ConfigFileException when a file is unreadable or malformed
   */
  Map<String, String> settings() {
    if (awsFiles != null) {
      return awsFiles.profile(profile);
    }
    ProfileFile f = huaweiFile == null ? null : huaweiFile.load();
    return f == null ? null : huaweiSection(f);
  }

  private Map<String, String> huaweiSection(ProfileFile file) {
    for (String name : file.sectionNames()) {
      if (name.equalsIgnoreCase(profile)) {
        return file.section(name);
      }
    }
    return null;
  }

  private String whereNot() {
    if (awsFiles != null) {
      return awsFiles.whyNoProfile(profile);
    }
    if (huaweiFile == null) {
      return "the home directory is unknown; set HUAWEICLOUD_SDK_CREDENTIALS_FILE";
    }
    ProfileFile f = huaweiFile.load();
    if (f == null) {
      return huaweiFile.path() + " does not exist";
    }
    return huaweiFile.path() + " has no [" + profile + "] section"
        + (f.sectionNames().isEmpty() ? "" : " (sections: " + String.join(", ", f.sectionNames()) + ")");
  }

  /** Static keys at once; a role, process or SSO recipe through its cached provider. */
  private Lookup awsCredentials() {
    List<String> missing = new ArrayList<>();
    AwsProfileRecipe recipe = AwsProfileRecipe.read(awsFiles, context.settings(), profile, missing);
    if (recipe == null) {
      return Lookup.missing(String.join("; ", missing));
    }
    if (recipe instanceof AwsProfileRecipe.StaticKeys keys) {
      return Lookup.found(keys.credentials());
    }
    return Lookup.found(recipes.get(recipe, r -> r.provider(context)).resolveCredentials());
  }

  /** As the Huawei Cloud SDKs read a section: {@code idp_id} with {@code id_token_file} first, else the keys. */
  private Lookup huaweiCredentials(Map<String, String> p) {
    String where = "the [" + profile + "] section";
    String idp = blankToNull(p.get("idp_id"));
    String tokenFile = blankToNull(p.get("id_token_file"));
    if (idp != null && tokenFile != null) {
      HuaweiFederatedCredentialsProvider.Setup setup;
      try {
        String iam = blankToNull(p.get("iam_endpoint"));
        setup = new HuaweiFederatedCredentialsProvider.Setup(idp, context.settings().expand(tokenFile),
            iam != null ? ConfiguredEndpoint.parse(iam.contains("://") ? iam : "https://" + iam,
                "iam_endpoint of " + where).uri() : HuaweiSettings.iamEndpoint(context.settings(), null));
      } catch (IllegalStateException e) {
        return Lookup.failed(e.getMessage(), null);
      }
      return Lookup.found(federated.get(setup, s -> HuaweiFederatedCredentialsProvider.of(context, s))
          .resolveCredentials());
    }
    String ak = blankToNull(p.get("ak"));
    String sk = blankToNull(p.get("sk"));
    if (ak == null || sk == null) {
      if (idp != null || tokenFile != null) {
        return Lookup.missing(where + " has " + (idp != null ? "idp_id but no id_token_file"
            : "id_token_file but no idp_id"));
      }
      return Lookup.missing(where + " has no " + (ak == null && sk == null ? "ak and sk" : ak == null ? "ak" : "sk"));
    }
    try {
      return Lookup.found(Credentials.of(ak, sk, blankToNull(p.get("security_token"))));
    } catch (IllegalStateException e) {
      return Lookup.missing(where + " holds unusable values: " + e.getMessage());
    }
  }

  @Override
  String description() {
    if (awsFiles != null) {
      return awsFiles.describe(profile);
    }
    return huaweiFile == null ? "the Huawei Cloud credentials file" : "the [" + profile + "] section of "
        + huaweiFile.path();
  }

  @Override
  public String toString() {
    return "ProfileCredentialsProvider{" + description() + "}";
  }

  private static String blankToNull(String v) {
    return v == null || v.isBlank() ? null : v.strip();
  }

  private static String requireName(String profileName) {
    Require.nonNull(profileName, "profileName");
    if (profileName.isBlank()) {
      throw new IllegalArgumentException("profileName must not be blank");
    }
    return profileName.strip();
  }
}
