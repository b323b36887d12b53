package dev.stacksets.rfs;

import dev.stacksets.core.internal.util.Require;
import java.net.URI;

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

  /**
   * The public endpoint of a region.
   *
   * @throws IllegalArgumentException when {@code region} is null
   */
  public static URI forRegion(String region) {
    Require.nonNull(region, "region");
    if (region.equals("eu-west-101")) {
      return URI.create("https://aos.myhuaweicloud.eu");
    }
    return URI.create("https://rfs." + region + ".myhuaweicloud.com");
  }
}
