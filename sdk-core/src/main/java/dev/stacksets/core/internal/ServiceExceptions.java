package dev.stacksets.core.internal;

import dev.stacksets.core.exception.AccessDeniedException;
import dev.stacksets.core.exception.AuthenticationException;
import dev.stacksets.core.exception.BadRequestException;
import dev.stacksets.core.exception.ConflictException;
import dev.stacksets.core.exception.NotFoundException;
import dev.stacksets.core.exception.ServerErrorException;
import dev.stacksets.core.exception.ServiceError;
import dev.stacksets.core.exception.ServiceException;
import dev.stacksets.core.exception.ThrottlingException;

/** The status-code fallback of every error mapper: which exception type an error gets when no code says more. */
public final class ServiceExceptions {
  private ServiceExceptions() {}

  /** Picks the exception type from throttling first, then the HTTP status. */
  public static ServiceException forStatus(ServiceError error) {
    if (error.isThrottling()) {
      return new ThrottlingException(error);
    }
    int s = error.statusCode();
    switch (s) {
      case 400:
        return new BadRequestException(error);
      case 401:
        return new AuthenticationException(error);
      case 403:
        return new AccessDeniedException(error);
      case 404:
        return new NotFoundException(error);
      case 409:
        return new ConflictException(error);
      default:
        return s >= 500 ? new ServerErrorException(error) : new ServiceException(error);
    }
  }
}
