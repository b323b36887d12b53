package dev.stacksets.core.auth;

/**
 * The default credentials chain of each cloud. (First cut: environment variables only; the full chains with system
 * properties and profile files come with the credentials work.)
 *
 * <p>Thread-safe.
 *
 * <pre>{@code
 * CredentialsProvider huawei = DefaultCredentialsProviders.huawei();
 * CredentialsProvider aws = DefaultCredentialsProviders.aws();
 * }</pre>
 */
public final class DefaultCredentialsProviders {
  private DefaultCredentialsProviders() {}

  /** Huawei Cloud: {@code HUAWEICLOUD_SDK_AK}, {@code HUAWEICLOUD_SDK_SK}, {@code HUAWEICLOUD_SDK_SECURITY_TOKEN}. */
  public static CredentialsProvider huawei() {
    return () -> fromEnv("HUAWEICLOUD_SDK_AK", "HUAWEICLOUD_SDK_SK", "HUAWEICLOUD_SDK_SECURITY_TOKEN");
  }

  /** AWS: {@code AWS_ACCESS_KEY_ID}, {@code AWS_SECRET_ACCESS_KEY}, {@code AWS_SESSION_TOKEN}. */
  public static CredentialsProvider aws() {
    return () -> fromEnv("AWS_ACCESS_KEY_ID", "AWS_SECRET_ACCESS_KEY", "AWS_SESSION_TOKEN");
  }

  private static Credentials fromEnv(String ak, String sk, String token) {
    String a = System.getenv(ak);
    String s = System.getenv(sk);
    if (a == null || a.isBlank() || s == null || s.isBlank()) {
      throw new CredentialsException("no credentials found: tried environment variables " + ak + " and " + sk);
    }
    return Credentials.of(a, s, System.getenv(token));
  }
}
