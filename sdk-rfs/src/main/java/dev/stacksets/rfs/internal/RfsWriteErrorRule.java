package dev.stacksets.rfs.internal;

import dev.stacksets.core.exception.AccessDeniedException;
import dev.stacksets.core.exception.ConflictException;
import dev.stacksets.core.exception.NameAlreadyExistsException;
import dev.stacksets.core.exception.OperationInProgressException;
import dev.stacksets.core.exception.ServiceException;
import dev.stacksets.rfs.exception.StackSetStateConflictException;
import java.util.function.UnaryOperator;

/**
 * Which error a write's reply is, by status and operation (the writes' counterpart of {@link RfsNotFoundRule}; the
 * RFS API documents one meaning per status for these calls, not the codes):
 *
 * <ul>
 *   <li>409: on CreateStackSet the name is taken, {@link NameAlreadyExistsException}; on every other write another
 *       request is operating on the stack set, {@link OperationInProgressException}.</li>
 *   <li>403: the stack set's state forbids the write, {@link StackSetStateConflictException}, unless the reply is
 *       recognisably a permission denial: an {@code APIGW.*} code (the gateway refused the call) or an
 *       {@code encoded_authorization_message} (the API documents it as the explanation of an unauthorised request);
 *       those stay a plain {@link AccessDeniedException}.</li>
 *   <li>404: as the reads do ({@link RfsNotFoundRule}): CreateStackSet names no stack set in its path (plain);
 *       the other writes name the stack set ({@code StackSetNotFoundException}).</li>
 * </ul>
 *
 * <p>Only the status's plain type is refined (an exception an earlier rule already made more specific is left as it
 * is); the refined exception carries the same {@code ServiceError}. Stateless and thread-safe.
 */
public enum RfsWriteErrorRule implements UnaryOperator<ServiceException> {
  /** CreateStackSet ({@code POST /v1/stack-sets}). */
  CREATE_STACK_SET(RfsNotFoundRule.NONE),
  /** A write to an existing stack set ({@code /v1/stack-sets/{stack_set_name}...}). */
  STACK_SET(RfsNotFoundRule.STACK_SET);

  private final RfsNotFoundRule notFound;

  RfsWriteErrorRule(RfsNotFoundRule notFound) {
    this.notFound = notFound;
  }

  @Override
  public ServiceException apply(ServiceException e) {
    if (e.getClass() == ConflictException.class) {
      return this == CREATE_STACK_SET ? new NameAlreadyExistsException(e.error())
          : new OperationInProgressException(e.error());
    }
    if (e.getClass() == AccessDeniedException.class) {
      return isPermissionDenial(e) ? e : new StackSetStateConflictException(e.error());
    }
    return notFound.apply(e);
  }

  private static boolean isPermissionDenial(ServiceException e) {
    String code = e.errorCode();
    return (code != null && code.startsWith("APIGW.")) || e.error().encodedAuthorizationMessage() != null;
  }
}
