package dev.stacksets.cfn.exception;

import dev.stacksets.core.exception.ConflictException;
import dev.stacksets.core.exception.ServiceError;

/**
 * AWS Config refused the write because the organization conformance pack is being created, updated or deleted
 * ({@code ResourceInUseException}; Config sends it with HTTP 400, and it is a conflict: the same request can succeed
 * once the pack is no longer {@code *_IN_PROGRESS}). Try again later.
 *
 * <p>Immutable and thread-safe.
 *
 * <pre>{@code
 * try {
 *   config.deleteOrganizationConformancePack(r -> r.organizationConformancePackName("my-pack"));
 * } catch (ResourceInUseException e) {
 *   // wait until describeOrganizationConformancePackStatuses shows no *_IN_PROGRESS, then delete again
 * }
 * }</pre>
 */
public class ResourceInUseException extends ConflictException {
  private static final long serialVersionUID = 1L;

  /** Creates the exception from a parsed error reply. */
  public ResourceInUseException(ServiceError error) {
    super(error);
  }
}
