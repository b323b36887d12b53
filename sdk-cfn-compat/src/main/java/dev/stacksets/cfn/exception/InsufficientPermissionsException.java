package dev.stacksets.cfn.exception;

import dev.stacksets.core.exception.AccessDeniedException;
import dev.stacksets.core.exception.ServiceError;

/**
 * AWS Config lacks a permission it needs for the call, e.g. to read the template in S3 or to create its
 * service-linked role ({@code InsufficientPermissionsException}, HTTP 400).
 *
 * <p>Immutable and thread-safe.
 *
 * <pre>{@code
 * try {
 *   config.putOrganizationConformancePack(request);
 * } catch (InsufficientPermissionsException e) {
 *   System.err.println("missing permission: " + e.errorMessage());
 * }
 * }</pre>
 */
public class InsufficientPermissionsException extends AccessDeniedException {
  private static final long serialVersionUID = 1L;

  /** Creates the exception from a parsed error reply. */
  public InsufficientPermissionsException(ServiceError error) {
    super(error);
  }
}
