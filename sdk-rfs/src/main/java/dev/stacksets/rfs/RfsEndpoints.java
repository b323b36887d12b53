package dev.stacksets.rfs;

import java.net.URI;
import java.util.Objects;

/**
 * Public RFS endpoints: {@code https://rfs.{region}.myhuaweicloud.com}, except {@code eu-west-101}, which is served
 * from {@code https://aos.myhuaweicloud.eu}.
 *
 * <p>Stateless and thread-safe.
 *
 * <pre>{@code
 * URI uri = RfsEndpoints.forRegion("cn-north-4");   // https://rfs.cn-north-4.myhuaweicloud.com
 * }</pre>
 */
public final class RfsEndpoints {
  private RfsEndpoints() {}

  /** The public endpoint of a region. */
  public static URI forRegion(String region) {
    Objects.requireNonNull(region, "region == null");
    if (region.equals("eu-west-101")) {
      return URI.create("https://aos.myhuaweicloud.eu");
    }
    return URI.create("https://rfs." + region + ".myhuaweicloud.com");
  }
}
