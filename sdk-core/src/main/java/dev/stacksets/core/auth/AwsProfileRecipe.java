package dev.stacksets.core.auth;

import dev.stacksets.core.internal.config.AwsConfigFiles;
import dev.stacksets.core.internal.config.SystemSettings;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * What an AWS profile says its credentials are made of, read in the order of the AWS SDK for Java 2.x
 * ({@code ProfileCredentialsUtils}): {@code role_arn} with {@code web_identity_token_file}; any {@code sso_*} setting;
 * {@code role_arn} with {@code source_profile} or {@code credential_source}; {@code credential_process}; static keys.
 * Recipes are values (records): equal settings make equal recipes, so a source keeps its cached credentials while the
 * files say the same. Immutable.
 */
sealed interface AwsProfileRecipe {

  /** The provider that makes the credentials, caching those that expire. */
  CredentialsProvider provider(SourceContext context);

  /** Keys (and a session token) written in the profile. */
  record StaticKeys(Credentials credentials) implements AwsProfileRecipe {
    @Override
    public CredentialsProvider provider(SourceContext context) {
      return CredentialsProvider.of(credentials);
    }
  }

  /** {@code role_arn} assumed with the credentials of {@code source} (STS {@code AssumeRole}). */
  record AssumeRole(String profile, String roleArn, String sessionName, String externalId, Integer durationSeconds,
      String region, AwsProfileRecipe source) implements AwsProfileRecipe {
    @Override
    public CredentialsProvider provider(SourceContext context) {
      CredentialsProvider sourceProvider = source.provider(context);
      StsClient sts = new StsClient(context, region);
      String session = sessionName != null ? sessionName : "stacksets-java-" + context.clock().millis();
      return CachingCredentialsProvider.builder(() -> {
        Credentials from;
        try {
          from = sourceProvider.resolveCredentials();
        } catch (CredentialsException e) {
          throw new CredentialsException("the source credentials of profile '" + profile + "' failed: "
              + e.getMessage(), e.getCause());
        }
        return sts.assumeRole(from, roleArn, session, externalId, durationSeconds);
      }).clock(context.clock()).build();
    }
  }

  /** {@code credential_source}: {@code Environment}, {@code Ec2InstanceMetadata} or {@code EcsContainer}. */
  record CredentialSourceName(String profile, String name) implements AwsProfileRecipe {
    static final List<String> NAMES = List.of("Environment", "Ec2InstanceMetadata", "EcsContainer");

    @Override
    public CredentialsProvider provider(SourceContext context) {
      switch (name) {
        case "Ec2InstanceMetadata":
          return InstanceProfileCredentialsProvider.create(context);
        case "EcsContainer":
          return ContainerCredentialsProvider.fromEnvironment(context);
        default:
          return CredentialsProviderChain.of("credential_source Environment of profile '" + profile + "'",
              new SystemPropertyCredentialsProvider(KeySettings.AWS_PROPERTIES, context.settings()),
              new EnvironmentCredentialsProvider(KeySettings.AWS_ENV, context.settings()));
      }
    }
  }

  /** {@code role_arn} with {@code web_identity_token_file}. */
  record WebIdentity(WebIdentityCredentialsProvider.Setup setup) implements AwsProfileRecipe {
    @Override
    public CredentialsProvider provider(SourceContext context) {
      return WebIdentityCredentialsProvider.of(context, setup);
    }
  }

  /** {@code credential_process}. */
  record Process(String profile, String command) implements AwsProfileRecipe {
    @Override
    public CredentialsProvider provider(SourceContext context) {
      return ProcessCredentialsProvider.forProfile(command, profile, context.clock());
    }

    @Override
    public String toString() {
      return "Process{profile=" + profile + "}"; // the command line may hold a secret
    }
  }

  /** IAM Identity Center: {@code sso_session} or the legacy {@code sso_start_url}. */
  record Sso(SsoRoleCredentials.Setup setup) implements AwsProfileRecipe {
    @Override
    public CredentialsProvider provider(SourceContext context) {
      return CachingCredentialsProvider.builder(new SsoRoleCredentials(context, setup)).clock(context.clock())
          .build();
    }
  }

  /**
   * The recipe of {@code profile}, or null when the profile holds no credential setting at all (then
   * {@code missing} gets the reason).
   *
   * @throws CredentialsException naming the profile and setting when the settings are contradictory or incomplete
   *     (a role without a source, a source profile that does not exist or loops, a bad {@code duration_seconds}...)
   * @throws dev.stacksets.core.internal.config.ConfigFileException when a file is unreadable or malformed
   */
  static AwsProfileRecipe read(AwsConfigFiles files, SystemSettings settings, String profile, List<String> missing) {
    Map<String, String> p = files.profile(profile);
    if (p == null) {
      missing.add(files.whyNoProfile(profile));
      return null;
    }
    return read(files, settings, profile, p, new ArrayList<>(), missing);
  }

  private static AwsProfileRecipe read(AwsConfigFiles files, SystemSettings settings, String profile,
      Map<String, String> p, List<String> chain, List<String> missing) {
    String where = "profile '" + profile + "'";
    String roleArn = value(p, "role_arn");
    if (roleArn != null && value(p, "web_identity_token_file") != null) {
      return new WebIdentity(new WebIdentityCredentialsProvider.Setup(
          settings.expand(value(p, "web_identity_token_file")), roleArn, value(p, "role_session_name"),
          value(p, "region")));
    }
    for (String key : List.of("sso_session", "sso_start_url", "sso_account_id", "sso_region", "sso_role_name")) {
      if (value(p, key) != null) {
        return sso(files, profile, p);
      }
    }
    if (roleArn != null) {
      String sourceProfile = value(p, "source_profile");
      String credentialSource = value(p, "credential_source");
      if (sourceProfile != null && credentialSource != null) {
        throw new CredentialsException(where + " has both source_profile and credential_source; keep one");
      }
      AwsProfileRecipe source;
      if (sourceProfile != null) {
        chain.add(profile);
        if (chain.contains(sourceProfile)) {
          throw new CredentialsException("the source_profile chain " + String.join(" -> ", chain) + " -> "
              + sourceProfile + " loops");
        }
        Map<String, String> sp = files.profile(sourceProfile);
        if (sp == null) {
          throw new CredentialsException(where + " names source_profile '" + sourceProfile
              + "', which does not exist: " + files.whyNoProfile(sourceProfile));
        }
        List<String> sourceMissing = new ArrayList<>();
        source = read(files, settings, sourceProfile, sp, chain, sourceMissing);
        if (source == null) {
          throw new CredentialsException(where + " names source_profile '" + sourceProfile + "', which has no "
              + "credentials: " + String.join("; ", sourceMissing));
        }
      } else if (credentialSource != null) {
        if (!CredentialSourceName.NAMES.contains(credentialSource)) {
          throw new CredentialsException(where + " has credential_source '" + credentialSource + "'; it must be one "
              + "of " + String.join(", ", CredentialSourceName.NAMES));
        }
        source = new CredentialSourceName(profile, credentialSource);
      } else {
        throw new CredentialsException(where + " has role_arn but neither source_profile nor credential_source");
      }
      return new AssumeRole(profile, roleArn, value(p, "role_session_name"), value(p, "external_id"),
          duration(where, value(p, "duration_seconds")), value(p, "region"), source);
    }
    String process = value(p, "credential_process");
    if (process != null) {
      return new Process(profile, process);
    }
    String ak = value(p, "aws_access_key_id");
    String sk = value(p, "aws_secret_access_key");
    if (ak == null || sk == null) {
      missing.add(where + " has no " + (ak == null && sk == null ? "aws_access_key_id and aws_secret_access_key"
          : ak == null ? "aws_access_key_id" : "aws_secret_access_key")
          + (value(p, "login_session") != null ? " (login_session, from 'aws login', is not supported)" : ""));
      return null;
    }
    String token = value(p, "aws_session_token") != null ? value(p, "aws_session_token")
        : value(p, "aws_security_token");
    try {
      return new StaticKeys(Credentials.of(ak, sk, token));
    } catch (IllegalStateException e) {
      throw new CredentialsException(where + " holds unusable values: " + e.getMessage());
    }
  }

  private static AwsProfileRecipe sso(AwsConfigFiles files, String profile, Map<String, String> p) {
    String where = "profile '" + profile + "'";
    String session = value(p, "sso_session");
    String startUrl = value(p, "sso_start_url");
    String region = value(p, "sso_region");
    if (session != null) {
      Map<String, String> s = files.configSection("sso-session", session);
      if (s == null) {
        throw new CredentialsException(where + " names sso_session '" + session + "', but " + files.configFile()
            + " has no [sso-session " + session + "] section");
      }
      String sessionUrl = value(s, "sso_start_url");
      String sessionRegion = value(s, "sso_region");
      if (sessionUrl == null || sessionRegion == null) {
        throw new CredentialsException("[sso-session " + session + "] of " + files.configFile() + " has no "
            + (sessionUrl == null ? "sso_start_url" : "sso_region"));
      }
      if ((startUrl != null && !startUrl.equalsIgnoreCase(sessionUrl))
          || (region != null && !region.equalsIgnoreCase(sessionRegion))) {
        throw new CredentialsException(where + " and [sso-session " + session + "] name different "
            + (region != null && !region.equalsIgnoreCase(sessionRegion) ? "sso_region" : "sso_start_url") + "s");
      }
      startUrl = sessionUrl;
      region = sessionRegion;
    }
    List<String> absent = new ArrayList<>();
    if (startUrl == null) {
      absent.add("sso_start_url");
    }
    if (region == null) {
      absent.add("sso_region");
    }
    String account = value(p, "sso_account_id");
    String role = value(p, "sso_role_name");
    if (account == null) {
      absent.add("sso_account_id");
    }
    if (role == null) {
      absent.add("sso_role_name");
    }
    if (!absent.isEmpty()) {
      throw new CredentialsException(where + " uses SSO but has no " + String.join(", ", absent));
    }
    return new Sso(new SsoRoleCredentials.Setup(profile, session, startUrl, region, account, role));
  }

  private static Integer duration(String where, String value) {
    if (value == null) {
      return null;
    }
    try {
      int seconds = Integer.parseInt(value);
      if (seconds < 900 || seconds > Duration.ofHours(12).toSeconds()) {
        throw new NumberFormatException();
      }
      return seconds;
    } catch (NumberFormatException e) {
      throw new CredentialsException(where + " has duration_seconds '" + value + "'; it must be a number of seconds "
          + "from 900 to 43200");
    }
  }

  private static String value(Map<String, String> p, String key) {
    String v = p.get(key);
    return v == null || v.isBlank() ? null : v.strip();
  }
}
