package dev.stacksets.cfn.exception;

import dev.stacksets.core.exception.BadRequestException;
import dev.stacksets.core.exception.ServiceError;

/**
 * The service rejected the {@code NextToken} of a paged call ({@code InvalidNextTokenException}), typically because
 * it expired or belongs to a different query. Restart the listing from the first page.
 *
 * <p>Immutable and thread-safe.
 *
 * <pre>{@code
 * try {
 *   page = config.getOrganizationConformancePackDetailedStatus(r -> r.organizationConformancePackName("p")
 *       .nextToken(savedToken));
 * } catch (InvalidNextTokenException e) {
 *   page = config.getOrganizationConformancePackDetailedStatus(r -> r.organizationConformancePackName("p"));
 * }
 * }</pre>
 */
public class InvalidNextTokenException extends BadRequestException {
  private static final long serialVersionUID = 1L;

  /** Creates the exception from a parsed error reply. */
  public InvalidNextTokenException(ServiceError error) {
    super(error);
  }
}
