package dev.stacksets.core.auth;

import dev.stacksets.core.internal.util.Require;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
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
 * {@code [default]}); the credentials file wins where both set a key. Keys: {@code aws_access_key_id},
 * {@code aws_secret_access_key}, optional {@code aws_session_token}. Profiles that only name a role, an SSO session
 * or a {@code credential_process} are reported as unsupported.
 *
 * <h2>Huawei Cloud ({@link #huawei()})</h2>
 * The {@code [basic]} section of {@code ~/.huaweicloud/credentials} (or {@code huaweicloud.sdk.credentialsFile} /
 * {@code HUAWEICLOUD_SDK_CREDENTIALS_FILE}), the file the Huawei Cloud SDKs read. Keys: {@code ak}, {@code sk},
 * optional {@code security_token}; {@code project_id} is read by {@link HuaweiProjectId}.
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
  private static final List<String> AWS_UNSUPPORTED = List.of("role_arn", "credential_process", "sso_session",
      "sso_start_url", "web_identity_token_file", "login_session");
  private static final List<String> HUAWEI_UNSUPPORTED = List.of("idp_id", "id_token_file");
  static final String HUAWEI_SECTION = "basic";

  private final boolean aws;
  private final String profile;
  private final ProfileFileCache credentialsFile;
  private final ProfileFileCache configFile;
  private final String whyNoFile;

  private ProfileCredentialsProvider(boolean aws, String profile, Path credentialsFile, Path configFile,
      String whyNoFile) {
    this.aws = aws;
    this.profile = profile;
    this.credentialsFile = credentialsFile == null ? null : new ProfileFileCache(credentialsFile);
    this.configFile = configFile == null ? null : new ProfileFileCache(configFile);
    this.whyNoFile = whyNoFile;
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
    return new ProfileCredentialsProvider(true, requireName(profileName), credentialsFile, null, null);
  }

  /** Huawei Cloud, the {@code [basic]} section of the usual credentials file. */
  public static ProfileCredentialsProvider huawei() {
    return huawei(SystemSettings.real());
  }

  /** Huawei Cloud, the {@code [basic]} section of exactly this file. */
  public static ProfileCredentialsProvider huawei(Path credentialsFile) {
    Require.nonNull(credentialsFile, "credentialsFile");
    return new ProfileCredentialsProvider(false, HUAWEI_SECTION, credentialsFile, null, null);
  }

  static ProfileCredentialsProvider aws(SystemSettings s, String profileName) {
    String profile = profileName != null ? profileName : first(s.property("aws.profile"), s.env("AWS_PROFILE"));
    Path credentials = file(s, "aws.sharedCredentialsFile", "AWS_SHARED_CREDENTIALS_FILE", ".aws", "credentials");
    Path config = file(s, "aws.configFile", "AWS_CONFIG_FILE", ".aws", "config");
    return new ProfileCredentialsProvider(true, profile == null ? "default" : profile, credentials, config,
        "the home directory is unknown; set AWS_SHARED_CREDENTIALS_FILE");
  }

  static ProfileCredentialsProvider huawei(SystemSettings s) {
    Path file = file(s, "huaweicloud.sdk.credentialsFile", "HUAWEICLOUD_SDK_CREDENTIALS_FILE", ".huaweicloud",
        "credentials");
    return new ProfileCredentialsProvider(false, HUAWEI_SECTION, file, null,
        "the home directory is unknown; set HUAWEICLOUD_SDK_CREDENTIALS_FILE");
  }

  /** The profile (AWS) or section (Huawei: {@code basic}) read. */
  public String profileName() {
    return profile;
  }

  /** The credentials file read, or null when no location could be resolved (no home directory). */
  public @Nullable Path credentialsFile() {
    return credentialsFile == null ? null : credentialsFile.path();
  }

  @Override
  Lookup lookup() {
    try {
      Map<String, String> props = settings();
      if (props == null) {
        return Lookup.missing(whereNot());
      }
      return aws ? awsCredentials(props) : huaweiCredentials(props);
    } catch (CredentialsException e) {
      return Lookup.failed(e.getMessage(), e.getCause());
    }
  }

  /**
   * The merged settings of the profile (lower-case keys), or null when no file holds it.
   *
   * @throws CredentialsException when a file is unreadable or malformed
   */
  Map<String, String> settings() {
    ProfileFile creds = credentialsFile == null ? null : credentialsFile.load();
    ProfileFile config = configFile == null ? null : configFile.load();
    Map<String, String> merged = new HashMap<>();
    boolean found = false;
    if (config != null) {
      Map<String, String> s = config.section("profile " + profile);
      if (s == null && profile.equals("default")) {
        s = config.section("default");
      }
      if (s != null) {
        merged.putAll(s);
        found = true;
      }
    }
    if (creds != null) {
      Map<String, String> s = aws ? creds.section(profile) : huaweiSection(creds);
      if (s != null) {
        merged.putAll(s);
        found = true;
      }
    }
    return found ? merged : null;
  }

  private static Map<String, String> huaweiSection(ProfileFile file) {
    for (String name : file.sectionNames()) {
      if (name.equalsIgnoreCase(HUAWEI_SECTION)) {
        return file.section(name);
      }
    }
    return null;
  }

  private String whereNot() {
    if (credentialsFile == null) {
      return whyNoFile;
    }
    List<String> notes = new ArrayList<>();
    describeMissing(credentialsFile, aws ? profile : "[" + HUAWEI_SECTION + "]", notes);
    if (configFile != null) {
      describeMissing(configFile, "profile " + profile, notes);
    }
    return String.join("; ", notes);
  }

  private void describeMissing(ProfileFileCache cache, String what, List<String> notes) {
    ProfileFile f = cache.load();
    if (f == null) {
      notes.add(cache.path() + " does not exist");
    } else {
      notes.add(cache.path() + " has no " + (aws ? "profile '" + what + "'" : what + " section")
          + (f.sectionNames().isEmpty() ? "" : " (sections: " + String.join(", ", f.sectionNames()) + ")"));
    }
  }

  private Lookup awsCredentials(Map<String, String> p) {
    String token = p.get("aws_session_token") != null ? p.get("aws_session_token") : p.get("aws_security_token");
    return build(p, "aws_access_key_id", "aws_secret_access_key", token, "profile '" + profile + "'",
        AWS_UNSUPPORTED);
  }

  private Lookup huaweiCredentials(Map<String, String> p) {
    return build(p, "ak", "sk", p.get("security_token"), "the [basic] section", HUAWEI_UNSUPPORTED);
  }

  private Lookup build(Map<String, String> p, String akKey, String skKey, String token, String where,
      List<String> unsupported) {
    String ak = blankToNull(p.get(akKey));
    String sk = blankToNull(p.get(skKey));
    if (ak == null || sk == null) {
      for (String key : unsupported) {
        if (blankToNull(p.get(key)) != null) {
          return Lookup.missing(where + " uses " + key
              + ", which this SDK does not support; give it " + akKey + " and " + skKey);
        }
      }
      return Lookup.missing(where + " has no "
          + (ak == null && sk == null ? akKey + " and " + skKey : ak == null ? akKey : skKey));
    }
    try {
      return Lookup.found(Credentials.of(ak, sk, blankToNull(token)));
    } catch (IllegalStateException e) {
      return Lookup.missing(where + " holds unusable values: " + e.getMessage());
    }
  }

  @Override
  String description() {
    if (credentialsFile == null) {
      return aws ? "the AWS shared credentials file" : "the Huawei Cloud credentials file";
    }
    return aws ? "profile '" + profile + "' of " + credentialsFile.path()
        + (configFile != null ? " and " + configFile.path() : "")
        : "the [basic] section of " + credentialsFile.path();
  }

  @Override
  public String toString() {
    return "ProfileCredentialsProvider{" + description() + "}";
  }

  private static Path file(SystemSettings s, String property, String env, String dir, String name) {
    String configured = first(s.property(property), s.env(env));
    if (configured != null) {
      return s.expand(configured);
    }
    Path home = s.home();
    return home == null ? null : home.resolve(dir).resolve(name);
  }

  private static String first(String a, String b) {
    return a != null ? a : b;
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
