package dev.stacksets.cfn.exception;

import dev.stacksets.core.exception.BadRequestException;
import dev.stacksets.core.exception.ServiceError;

/**
 * The organization does not have all features enabled, which organization conformance packs need
 * ({@code OrganizationAllFeaturesNotEnabledException}, HTTP 400).
 *
 * <p>Immutable and thread-safe.
 *
 * <pre>{@code
 * try {
 *   config.putOrganizationConformancePack(request);
 * } catch (OrganizationAllFeaturesNotEnabledException e) {
 *   System.err.println("enable all features in AWS Organizations first");
 * }
 * }</pre>
 */
public class OrganizationAllFeaturesNotEnabledException extends BadRequestException {
  private static final long serialVersionUID = 1L;

  /** Creates the exception from a parsed error reply. */
  public OrganizationAllFeaturesNotEnabledException(ServiceError error) {
    super(error);
  }
}
