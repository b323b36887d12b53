package dev.stacksets.emulator.internal;

/** A request the service would reject as invalid; each router renders it in its own error format. */
public final class BadInput extends RuntimeException {
  private static final long serialVersionUID = 1L;
  private final String code;

  /** Bad input with the router's default code. */
  public BadInput(String message) {
    this(null, message);
  }

  /** Bad input with a specific service error code (null: the router's default). */
  public BadInput(String code, String message) {
    super(message, null, false, false);
    this.code = code;
  }

  /** The specific error code, or null. */
  public String code() {
    return code;
  }
}
