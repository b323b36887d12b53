package dev.stacksets.core.exception;

/**
 * A create was refused because a resource of that name exists: CloudFormation {@code NameAlreadyExistsException}
 * (409), or an RFS 409 on CreateStackSet.
 *
 * <p>Immutable and thread-safe.
 *
 * <pre>{@code
 * catch (NameAlreadyExistsException e) {
 *   System.err.println("pick another name: " + e.errorMessage());
 * }
 * }</pre>
 */
public class NameAlreadyExistsException extends ConflictException {
  private static final long serialVersionUID = 1L;

  /** Creates the exception from a parsed error reply. */
  public NameAlreadyExistsException(ServiceError error) {
    super(error);
  }
}
