package dev.stacksets.rfs.internal;

import dev.stacksets.core.auth.Credentials;
import dev.stacksets.core.auth.HuaweiProjectIdLookup;
import dev.stacksets.core.auth.RequestSigner;
import dev.stacksets.core.http.SdkHttpRequest;
import java.time.Instant;

/**
 * The RFS signer of a client built for a region without a project id: before signing, it adds {@code X-Project-Id}
 * with the id IAM lists for the region and the attempt's credentials (looked up once per access key and region), as
 * the Huawei Cloud SDKs do, so the header is signed with the rest. A request that already names a project is signed
 * as it is. Thread-safe.
 */
public final class ProjectIdSigner implements RequestSigner {
  private final RequestSigner delegate;
  private final HuaweiProjectIdLookup lookup;
  private final String region;

  /**
   * @param delegate the signer that signs
   * @param lookup   where project ids come from
   * @param region   the client's region
   */
  public ProjectIdSigner(RequestSigner delegate, HuaweiProjectIdLookup lookup, String region) {
    this.delegate = delegate;
    this.lookup = lookup;
    this.region = region;
  }

  /**
   * Adds the project id when the request has none, then signs.
   *
   * @throws dev.stacksets.core.auth.CredentialsException when IAM cannot tell the project id (nothing is sent)
   */
  @Override
  public SdkHttpRequest sign(SdkHttpRequest request, Credentials credentials, Instant signingTime) {
    SdkHttpRequest withProject = request.header(RfsOperation.PROJECT_ID_HEADER) != null ? request
        : request.toBuilder().header(RfsOperation.PROJECT_ID_HEADER, lookup.projectId(credentials, region)).build();
    return delegate.sign(withProject, credentials, signingTime);
  }

  @Override
  public String toString() {
    return "ProjectIdSigner{" + lookup + ", region=" + region + "}";
  }
}
