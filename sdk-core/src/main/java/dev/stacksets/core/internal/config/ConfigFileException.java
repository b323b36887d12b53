package dev.stacksets.core.internal.config;

/**
 * A configuration file (shared credentials or config file) exists but cannot be read or is malformed. The message
 * names the file and, for a malformed one, the 1-based line; it never quotes the file, which may hold secrets. The
 * credential sources report it as a {@code CredentialsException}, the client builders as an
 * {@link IllegalStateException}.
 */
public final class ConfigFileException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  /** With a message naming the file; never its content. */
  public ConfigFileException(String message) {
    super(message);
  }

  /** With a message naming the file, and the I/O failure. */
  public ConfigFileException(String message, Throwable cause) {
    super(message, cause);
  }
}
