package dev.stacksets.emulator.internal;

/**
 * An error reply with an exact HTTP status and service error code, thrown by an operation handler; the front end
 * renders it in its protocol's error format.
 */
public final class ApiError extends RuntimeException {
  private static final long serialVersionUID = 1L;
  private final int status;
  private final String code;

  public ApiError(int status, String code, String message) {
    super(message, null, false, false);
    this.status = status;
    this.code = code;
  }

  public int status() {
    return status;
  }

  public String code() {
    return code;
  }
}
