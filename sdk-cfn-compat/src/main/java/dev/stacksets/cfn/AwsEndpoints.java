package dev.stacksets.cfn;

import dev.stacksets.core.internal.util.Require;
import java.net.URI;

/**
 * Public AWS endpoints: {@code https://{service}.{region}.amazonaws.com}, and {@code .amazonaws.com.cn} for the
 * China regions ({@code cn-*}).
 *
 * <p>Stateless and thread-safe.
 *
 * <pre>{@code
 * URI uri = AwsEndpoints.forService("cloudformation", "us-east-1");
 * }</pre>
 */
public final class AwsEndpoints {
  private AwsEndpoints() {}

  /**
   * The public endpoint of a service in a region.
   *
   * @throws IllegalArgumentException when {@code service} or {@code region} is null
   */
  public static URI forService(String service, String region) {
    Require.nonNull(service, "service");
    Require.nonNull(region, "region");
    String suffix = region.startsWith("cn-") ? ".amazonaws.com.cn" : ".amazonaws.com";
    return URI.create("https://" + service + "." + region + suffix);
  }
}
