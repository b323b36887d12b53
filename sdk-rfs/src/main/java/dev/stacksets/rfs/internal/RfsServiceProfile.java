package dev.stacksets.rfs.internal;

import dev.stacksets.core.auth.HuaweiProjectIdLookup;
import dev.stacksets.core.auth.HuaweiSigner;
import dev.stacksets.core.auth.RequestSigner;
import dev.stacksets.core.internal.ClockSkewErrors;
import dev.stacksets.core.internal.ServiceProfile;
import java.util.List;

/** What the core pipeline needs to know about RFS: name, signer, error reader, request-id headers, skew errors. */
public final class RfsServiceProfile {
  /** The service name used in logs and exceptions. */
  public static final String SERVICE_NAME = "RFS";
  /** Response header with the server's request id. */
  public static final String REQUEST_ID_HEADER = "X-Request-Id";

  private RfsServiceProfile() {}

  /** A new profile: {@code SDK-HMAC-SHA256} signing, {@code Client-Request-Id} on every call. */
  public static ServiceProfile create() {
    return create(new HuaweiSigner());
  }

  /**
   * A new profile whose signer first adds the project id IAM lists for {@code region} (when a request has none).
   *
   * @param lookup the project id lookup, or null for plain signing
   */
  public static ServiceProfile create(HuaweiProjectIdLookup lookup, String region) {
    return create(lookup == null ? new HuaweiSigner() : new ProjectIdSigner(new HuaweiSigner(), lookup, region));
  }

  private static ServiceProfile create(RequestSigner signer) {
    return new ServiceProfile(SERVICE_NAME, signer, new RfsErrorMapper(), List.of(REQUEST_ID_HEADER),
        RfsOperation.CLIENT_REQUEST_ID_HEADER, ClockSkewErrors.huawei());
  }
}
