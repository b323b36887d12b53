package dev.stacksets.core.internal;

import dev.stacksets.core.exception.ServiceError;
import dev.stacksets.core.exception.ServiceException;
import dev.stacksets.core.http.SdkHttpResponse;

/**
 * A protocol's error reader: parses a non-2xx body in the service's own format (falling back gracefully on HTML or
 * empty bodies), fills in code and message, and picks the exception type from its code table, falling back to
 * {@link ServiceExceptions#forStatus(ServiceError)}. One implementation per protocol.
 */
@FunctionalInterface
public interface ErrorMapper {
  /**
   * @param response the error response
   * @param error    pre-filled with service, status, request ids, attempts and body excerpt
   */
  ServiceException toException(SdkHttpResponse response, ServiceError.Builder error);
}
