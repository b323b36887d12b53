package dev.stacksets.core.auth;

import dev.stacksets.core.http.ProxyConfiguration;
import dev.stacksets.core.internal.util.Require;
import java.net.URI;
import java.time.Clock;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Looks up the Huawei Cloud project id of a region from IAM, as the Huawei Cloud SDKs do when a client is built for
 * a region without a project id: {@code GET {iam}/v3/projects?name={region}}, signed with the caller's credentials.
 * The answer is kept per access key and region, so IAM is asked once. IAM is reached through the proxy the
 * environment names ({@link ProxyConfiguration#fromEnvironment()}). No project, or several, is an error that says
 * how to set the id. The RFS client uses it when it has a region and no configured project id.
 *
 * <p>Thread-safe.
 *
 * <pre>{@code
 * HuaweiProjectIdLookup lookup = HuaweiProjectIdLookup.of(URI.create("https://iam.cn-north-4.myhuaweicloud.com"),
 *     Clock.systemUTC());
 * String projectId = lookup.projectId(credentials, "cn-north-4");
 * }</pre>
 */
public final class HuaweiProjectIdLookup {
  private final URI iamEndpoint;
  private final Clock clock;
  private final HuaweiIam iam = new HuaweiIam(ProxyConfiguration.fromEnvironment());
  private final Map<String, String> found = new ConcurrentHashMap<>();

  private HuaweiProjectIdLookup(URI iamEndpoint, Clock clock) {
    this.iamEndpoint = iamEndpoint;
    this.clock = clock;
  }

  /**
   * A lookup asking the IAM at {@code iamEndpoint}, signing with {@code clock}'s time.
   *
   * @throws IllegalArgumentException when an argument is null
   */
  public static HuaweiProjectIdLookup of(URI iamEndpoint, Clock clock) {
    return new HuaweiProjectIdLookup(Require.nonNull(iamEndpoint, "iamEndpoint"), Require.nonNull(clock, "clock"));
  }

  /** The IAM endpoint asked. */
  public URI iamEndpoint() {
    return iamEndpoint;
  }

  /**
   * The id of the project named {@code region}, from the cache or from IAM.
   *
   * @throws CredentialsException when IAM cannot be asked, refuses, or lists no or several projects
   * @throws IllegalArgumentException when an argument is null
   */
  public String projectId(Credentials credentials, String region) {
    Require.nonNull(credentials, "credentials");
    Require.nonNull(region, "region");
    String key = credentials.accessKeyId() + "\n" + region;
    String id = found.get(key);
    if (id == null) {
      id = iam.projectId(iamEndpoint, credentials, region, clock);
      found.put(key, id);
    }
    return id;
  }

  @Override
  public String toString() {
    return "HuaweiProjectIdLookup{" + iamEndpoint + "}";
  }
}
