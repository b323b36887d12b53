package dev.stacksets.core.pipeline;

import dev.stacksets.core.http.SdkHttpRequest;

/**
 * Changes a request before it is signed: a header or query parameter it adds is covered by the signature. It runs
 * once per logical call, after the SDK has set {@code Host}, {@code User-Agent} and the {@code Client-Request-Id},
 * so every attempt of the call (retries included) sends what it returned. Hooks run in the order they were added.
 *
 * <p>It must not change the method, the path or the body of the request (they are the operation; the signature would
 * still verify, but the service would run another call). A hook that throws ends the call with a non-retryable
 * {@link dev.stacksets.core.exception.ClientSideException} carrying the failure as cause; nothing is sent.
 *
 * <p>Implementations must be thread-safe: one hook serves every call of the client, from any thread.
 *
 * <pre>{@code
 * RfsClient rfs = RfsClient.builder()
 *     .region("cn-north-4")
 *     .addRequestHook((service, operation, request) -> request.toBuilder().header("X-Tenant", "blue").build())
 *     .build();
 * }</pre>
 */
@FunctionalInterface
public interface RequestHook {

  /**
   * Returns the request to sign, e.g. {@code request.toBuilder().header(...).build()}, or {@code request} itself.
   *
   * @param service   the service name, e.g. {@code RFS} or {@code CloudFormation}
   * @param operation the API name, e.g. {@code ListStackSets}
   * @param request   the prepared, unsigned request (its path includes the endpoint's base path)
   * @return the request to sign; never null
   */
  SdkHttpRequest beforeSigning(String service, String operation, SdkHttpRequest request);
}
