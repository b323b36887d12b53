package dev.stacksets.core.auth;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/**
 * The three names of a key pair plus token in one flat source (environment variables or system properties), and how
 * to read them. Immutable and thread-safe.
 *
 * @param accessKey the access key id / AK name
 * @param secretKey the secret access key / SK name
 * @param token     the session / security token name
 */
record KeySettings(String accessKey, String secretKey, String token) {
  static final KeySettings AWS_ENV = new KeySettings("AWS_ACCESS_KEY_ID", "AWS_SECRET_ACCESS_KEY", "AWS_SESSION_TOKEN");
  static final KeySettings AWS_PROPERTIES = new KeySettings("aws.accessKeyId", "aws.secretAccessKey",
      "aws.sessionToken");
  static final KeySettings HUAWEI_ENV = new KeySettings("HUAWEICLOUD_SDK_AK", "HUAWEICLOUD_SDK_SK",
      "HUAWEICLOUD_SDK_SECURITY_TOKEN");
  static final KeySettings HUAWEI_PROPERTIES = new KeySettings("huaweicloud.sdk.ak", "huaweicloud.sdk.sk",
      "huaweicloud.sdk.securityToken");

  /** E.g. {@code AWS_ACCESS_KEY_ID, AWS_SECRET_ACCESS_KEY (and AWS_SESSION_TOKEN)}. */
  String names() {
    return accessKey + ", " + secretKey + " (and " + token + ")";
  }

  /** Reads the three values; {@code kind} names the source in messages ("environment variable"). */
  CredentialSource.Lookup read(Function<String, String> get, String kind) {
    String ak = get.apply(accessKey);
    String sk = get.apply(secretKey);
    String tok = get.apply(token);
    if (ak == null || sk == null) {
      List<String> set = new ArrayList<>();
      List<String> unset = new ArrayList<>();
      (ak == null ? unset : set).add(accessKey);
      (sk == null ? unset : set).add(secretKey);
      if (tok != null) {
        set.add(token);
      }
      return CredentialSource.Lookup.missing(set.isEmpty() ? "not set"
          : String.join(" and ", set) + (set.size() == 1 ? " is" : " are") + " set but "
              + String.join(" and ", unset) + (unset.size() == 1 ? " is" : " are") + " not");
    }
    try {
      return CredentialSource.Lookup.found(Credentials.of(ak, sk, tok));
    } catch (IllegalStateException e) {
      return CredentialSource.Lookup.missing(kind + " values are unusable: " + e.getMessage());
    }
  }
}
