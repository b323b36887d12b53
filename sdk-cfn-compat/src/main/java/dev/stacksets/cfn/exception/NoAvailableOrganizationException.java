package dev.stacksets.cfn.exception;

import dev.stacksets.core.exception.BadRequestException;
import dev.stacksets.core.exception.ServiceError;

/**
 * The account's AWS organization is no longer available ({@code NoAvailableOrganizationException}, HTTP 400).
 *
 * <p>Immutable and thread-safe.
 *
 * <pre>{@code
 * try {
 *   config.putOrganizationConformancePack(request);
 * } catch (NoAvailableOrganizationException e) {
 *   System.err.println("no organization: " + e.errorMessage());
 * }
 * }</pre>
 */
public class NoAvailableOrganizationException extends BadRequestException {
  private static final long serialVersionUID = 1L;

  /** Creates the exception from a parsed error reply. */
  public NoAvailableOrganizationException(ServiceError error) {
    super(error);
  }
}
