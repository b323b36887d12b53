package dev.stacksets.cfn;

import java.net.URI;
import java.util.Objects;

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

  /** The public endpoint of a service in a region. */
  public static URI forService(String service, String region) {
    Objects.requireNonNull(service, "service == null");
    Objects.requireNonNull(region, "region == null");
    String suffix = region.startsWith("cn-") ? ".amazonaws.com.cn" : ".amazonaws.com";
    return URI.create("https://" + service + "." + region + suffix);
  }
}
