package dev.stacksets.rfs.internal;

import dev.stacksets.rfs.model.PageInfo;

/** Argument helpers of {@code RfsClient}'s default methods. */
public final class RfsCalls {
  private RfsCalls() {}

  /** The request, or {@link IllegalArgumentException} when it is null. */
  public static <R> R required(R request) {
    if (request == null) {
      throw new IllegalArgumentException("request is required");
    }
    return request;
  }

  /**
   * The marker of the next page, or null when this page is the last: no {@code page_info}, no
   * {@code next_marker}, or a blank one (a blank marker cannot be sent back, so it ends the paging rather than failing
   * the next request).
   */
  public static String nextMarker(PageInfo pageInfo) {
    String marker = pageInfo == null ? null : pageInfo.nextMarker();
    return marker == null || marker.isBlank() ? null : marker;
  }
}
