package dev.stacksets.core.internal;

import dev.stacksets.core.auth.RequestSigner;
import dev.stacksets.core.exception.ServiceException;
import java.util.List;
import java.util.Objects;
import java.util.function.Predicate;

/**
 * What a service module tells the pipeline about its service: its name (for logs and errors), its signer, its error
 * mapper, which header carries the server's request id, whether calls need a {@code Client-Request-Id}, and which
 * errors mean the client's clock is off.
 *
 * @param serviceName            e.g. {@code RFS}
 * @param signer                 signs every attempt
 * @param errorMapper            reads error replies
 * @param requestIdHeaders       response headers holding the server request id, first match wins
 * @param clientRequestIdHeader  request header to fill with a per-call UUID, or null
 * @param clockSkewError         true for errors that reject the request's timestamp
 */
public record ServiceProfile(
    String serviceName,
    RequestSigner signer,
    ErrorMapper errorMapper,
    List<String> requestIdHeaders,
    String clientRequestIdHeader,
    Predicate<ServiceException> clockSkewError) {

  /** Checks and copies. */
  public ServiceProfile {
    Objects.requireNonNull(serviceName, "serviceName");
    Objects.requireNonNull(signer, "signer");
    Objects.requireNonNull(errorMapper, "errorMapper");
    requestIdHeaders = requestIdHeaders == null ? List.of() : List.copyOf(requestIdHeaders);
    if (clientRequestIdHeader != null && clientRequestIdHeader.isBlank()) {
      throw new IllegalArgumentException("clientRequestIdHeader must be null or a header name");
    }
    Objects.requireNonNull(clockSkewError, "clockSkewError");
  }
}
