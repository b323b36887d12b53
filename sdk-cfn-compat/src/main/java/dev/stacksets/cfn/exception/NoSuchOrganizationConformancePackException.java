package dev.stacksets.cfn.exception;

import dev.stacksets.core.exception.NotFoundException;
import dev.stacksets.core.exception.ServiceError;

/**
 * AWS Config does not know the organization conformance pack named in the call
 * ({@code NoSuchOrganizationConformancePackException}, sent with HTTP 400).
 *
 * <p>Immutable and thread-safe.
 *
 * <pre>{@code
 * try {
 *   config.getOrganizationConformancePackDetailedStatus(r -> r.organizationConformancePackName("my-pack"));
 * } catch (NoSuchOrganizationConformancePackException e) {
 *   System.err.println("no such pack: " + e.errorMessage() + " (request id " + e.requestId() + ")");
 * }
 * }</pre>
 */
public class NoSuchOrganizationConformancePackException extends NotFoundException {
  private static final long serialVersionUID = 1L;

  /** Creates the exception from a parsed error reply. */
  public NoSuchOrganizationConformancePackException(ServiceError error) {
    super(error);
  }
}
