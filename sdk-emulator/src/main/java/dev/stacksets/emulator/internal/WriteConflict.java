package dev.stacksets.emulator.internal;

/** A write the services' state rules refuse; each front end renders it with its own code and status. */
public final class WriteConflict extends RuntimeException {
  private static final long serialVersionUID = 1L;

  /** Which rule refused the write. */
  public enum Reason {
    /** A stack set (or conformance pack) with that name exists. */
    NAME_EXISTS,
    /** An operation is queued or running on the stack set (a conformance pack is being changed). */
    OPERATION_IN_PROGRESS,
    /** The stack set still has stack instances. */
    NOT_EMPTY,
    /** The operation id was used before for a different request. */
    OPERATION_ID_EXISTS,
    /** The operation has ended and cannot be stopped. */
    NOT_STOPPABLE
  }

  private final Reason reason;

  public WriteConflict(Reason reason, String message) {
    super(message, null, false, false);
    this.reason = reason;
  }

  public Reason reason() {
    return reason;
  }
}
