package dev.stacksets.core.exception;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * The caller is authenticated but not allowed to do this (HTTP 403). On RFS the reply may carry an encoded
 * authorization message and per-permission details.
 *
 * <p>Immutable and thread-safe.
 *
 * <pre>{@code
 * catch (AccessDeniedException e) {
 *   System.err.println(e.errorMessage() + " " + e.encodedAuthorizationMessage());
 * }
 * }</pre>
 */
public class AccessDeniedException extends ServiceException {
  private static final long serialVersionUID = 1L;

  /** Creates the exception from a parsed error reply. */
  public AccessDeniedException(ServiceError error) {
    super(error);
  }

  /** The service's encoded explanation of the denial. */
  public @Nullable String encodedAuthorizationMessage() {
    return error().encodedAuthorizationMessage();
  }

  /** Per-permission denial details; empty when none were sent. */
  public List<ServiceError.Detail> details() {
    return error().details();
  }
}
