package fishaudio.client.errors;

/**
 * The exchange failed before a complete response arrived: a timeout, a refused or reset
 * connection, or another I/O error. The cause is the underlying {@link java.io.IOException}.
 */
public final class TransportException extends FishAudioException {
  private static final long serialVersionUID = 1L;

  public TransportException(String message, Throwable cause) {
    super(message, cause);
  }
}
