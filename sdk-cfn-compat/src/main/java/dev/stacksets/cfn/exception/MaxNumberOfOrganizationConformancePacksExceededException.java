package dev.stacksets.cfn.exception;

import dev.stacksets.core.exception.BadRequestException;
import dev.stacksets.core.exception.ServiceError;

/**
 * The account has as many organization conformance packs as AWS Config allows
 * ({@code MaxNumberOfOrganizationConformancePacksExceededException}, HTTP 400). Delete one or ask for a higher limit.
 *
 * <p>Immutable and thread-safe.
 *
 * <pre>{@code
 * try {
 *   config.putOrganizationConformancePack(request);
 * } catch (MaxNumberOfOrganizationConformancePacksExceededException e) {
 *   System.err.println("limit reached: " + e.errorMessage());
 * }
 * }</pre>
 */
public class MaxNumberOfOrganizationConformancePacksExceededException extends BadRequestException {
  private static final long serialVersionUID = 1L;

  /** Creates the exception from a parsed error reply. */
  public MaxNumberOfOrganizationConformancePacksExceededException(ServiceError error) {
    super(error);
  }
}
