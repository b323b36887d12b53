package dev.stacksets.cfn.exception;

import dev.stacksets.core.exception.BadRequestException;
import dev.stacksets.core.exception.ServiceError;

/**
 * AWS Config found the conformance pack template not valid or not supported
 * ({@code OrganizationConformancePackTemplateValidationException}, HTTP 400). Fix the template and put it again.
 *
 * <p>Immutable and thread-safe.
 *
 * <pre>{@code
 * try {
 *   config.putOrganizationConformancePack(request);
 * } catch (OrganizationConformancePackTemplateValidationException e) {
 *   System.err.println("bad template: " + e.errorMessage());
 * }
 * }</pre>
 */
public class OrganizationConformancePackTemplateValidationException extends BadRequestException {
  private static final long serialVersionUID = 1L;

  /** Creates the exception from a parsed error reply. */
  public OrganizationConformancePackTemplateValidationException(ServiceError error) {
    super(error);
  }
}
