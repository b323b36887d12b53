package dev.stacksets.core.internal.config;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The AWS shared files and the active profile, as the AWS SDKs locate them: {@code ~/.aws/credentials}
 * ({@code aws.sharedCredentialsFile} / {@code AWS_SHARED_CREDENTIALS_FILE}) and {@code ~/.aws/config}
 * ({@code aws.configFile} / {@code AWS_CONFIG_FILE}); the profile {@code aws.profile} / {@code AWS_PROFILE}, else
 * {@code default}. A profile's settings merge its config-file section ({@code [profile name]}, or {@code [default]})
 * with its credentials-file section ({@code [name]}), the credentials file winning. Other config-file sections
 * ({@code [services name]}, {@code [sso-session name]}) are read by type and name.
 *
 * <p>Locations are fixed when this is created; each file is read again only when it changes
 * ({@link ProfileFileCache}). Thread-safe.
 */
public final class AwsConfigFiles {
  private final String profileName;
  private final ProfileFileCache credentials;
  private final ProfileFileCache config;

  private AwsConfigFiles(String profileName, Path credentials, Path config) {
    this.profileName = profileName;
    this.credentials = credentials == null ? null : new ProfileFileCache(credentials);
    this.config = config == null ? null : new ProfileFileCache(config);
  }

  /**
   * The files and profile {@code settings} point at.
   *
   * @param profileName the profile to use, or null for {@code aws.profile} / {@code AWS_PROFILE} / {@code default}
   */
  public static AwsConfigFiles of(SystemSettings settings, String profileName) {
    String profile = profileName != null ? profileName : settings.propertyOrEnv("aws.profile", "AWS_PROFILE");
    return new AwsConfigFiles(profile == null ? "default" : profile,
        file(settings, "aws.sharedCredentialsFile", "AWS_SHARED_CREDENTIALS_FILE", "credentials"),
        file(settings, "aws.configFile", "AWS_CONFIG_FILE", "config"));
  }

  /** Exactly this credentials file and profile, no config file. */
  public static AwsConfigFiles ofCredentialsFile(Path credentialsFile, String profileName) {
    return new AwsConfigFiles(profileName, credentialsFile, null);
  }

  /** The active profile's name. */
  public String profileName() {
    return profileName;
  }

  /** The credentials file, or null when no location could be resolved (no home directory). */
  public Path credentialsFile() {
    return credentials == null ? null : credentials.path();
  }

  /** The config file, or null when there is none (no home directory, or only a credentials file was given). */
  public Path configFile() {
    return config == null ? null : config.path();
  }

  /**
   * The active profile's settings (lower-case keys), or null when neither file holds it.
   *
   * @throws ConfigFileException when a file exists but is unreadable or malformed
   */
  public Map<String, String> activeProfile() {
    return profile(profileName);
  }

  /**
   * A profile's settings (lower-case keys), or null when neither file holds it.
   *
   * @throws ConfigFileException when a file exists but is unreadable or malformed
   */
  public Map<String, String> profile(String name) {
    Map<String, String> merged = new HashMap<>();
    boolean found = false;
    ProfileFile cfg = config == null ? null : config.load();
    if (cfg != null) {
      Map<String, String> s = cfg.section("profile " + name);
      if (s == null && name.equals("default")) {
        s = cfg.section("default");
      }
      if (s != null) {
        merged.putAll(s);
        found = true;
      }
    }
    ProfileFile creds = credentials == null ? null : credentials.load();
    if (creds != null) {
      Map<String, String> s = creds.section(name);
      if (s != null) {
        merged.putAll(s);
        found = true;
      }
    }
    return found ? merged : null;
  }

  /**
   * A typed config-file section, e.g. {@code ("services", "local")} for {@code [services local]}; null when absent.
   *
   * @throws ConfigFileException when the config file exists but is unreadable or malformed
   */
  public Map<String, String> configSection(String type, String name) {
    ProfileFile cfg = config == null ? null : config.load();
    return cfg == null ? null : cfg.section(type + " " + name);
  }

  /**
   * Why a profile is in neither file, e.g. {@code /h/.aws/credentials does not exist; /h/.aws/config has no profile
   * 'x' (sections: default)}.
   */
  public String whyNoProfile(String name) {
    if (credentials == null) {
      return "the home directory is unknown; set AWS_SHARED_CREDENTIALS_FILE";
    }
    List<String> notes = new ArrayList<>();
    describeMissing(credentials, "profile '" + name + "'", notes);
    if (config != null) {
      describeMissing(config, "profile 'profile " + name + "'", notes);
    }
    return String.join("; ", notes);
  }

  /** E.g. {@code profile 'dev' of /h/.aws/credentials and /h/.aws/config}. */
  public String describe(String name) {
    if (credentials == null) {
      return "the AWS shared credentials file";
    }
    return "profile '" + name + "' of " + credentials.path() + (config != null ? " and " + config.path() : "");
  }

  private static void describeMissing(ProfileFileCache cache, String what, List<String> notes) {
    ProfileFile f = cache.load();
    if (f == null) {
      notes.add(cache.path() + " does not exist");
    } else {
      notes.add(cache.path() + " has no " + what
          + (f.sectionNames().isEmpty() ? "" : " (sections: " + String.join(", ", f.sectionNames()) + ")"));
    }
  }

  private static Path file(SystemSettings s, String property, String env, String name) {
    String configured = s.propertyOrEnv(property, env);
    if (configured != null) {
      return s.expand(configured);
    }
    Path home = s.home();
    return home == null ? null : home.resolve(".aws").resolve(name);
  }
}
