package dev.stacksets.emulator.internal;

/** A resource the request names does not exist; each router renders it in its own error format. */
public final class NotFoundError extends RuntimeException {
  private static final long serialVersionUID = 1L;
  private final String code;

  public NotFoundError(String code, String message) {
    super(message, null, false, false);
    this.code = code;
  }

  public String code() {
    return code;
  }
}
