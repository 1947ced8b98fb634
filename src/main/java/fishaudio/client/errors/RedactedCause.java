package fishaudio.client.errors;

/**
 * Stands in for a cause whose text showed the API key (a server can put the key into a status line,
 * a JSON value or a date the client then failed to parse). It holds only redacted text: the
 * original's class name, its message and {@code toString()} with the key masked, and its stack
 * trace; its own cause and suppressed ones are the originals where they show nothing of the key, or
 * redacted copies in turn. A cause that shows nothing of the key is kept as it is, so this type
 * appears only where the original would have printed the key.
 */
public final class RedactedCause extends RuntimeException {
  private static final long serialVersionUID = 1L;

  private final String originalClassName;
  private final String description;

  public RedactedCause(String originalClassName, String message, String description, Throwable cause) {
    super(message, cause);
    this.originalClassName = originalClassName;
    this.description = description;
  }

  /** The class of the throwable this copy stands in for, such as {@code java.net.ProtocolException}. */
  public String originalClassName() {
    return originalClassName;
  }

  /** What the original's {@code toString()} said, with the key masked; {@code printStackTrace} prints it. */
  @Override
  public String toString() {
    return description;
  }
}
