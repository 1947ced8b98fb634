package fishaudio.client.errors;

/**
 * The exchange failed before a complete response arrived: a timeout, a refused or reset
 * connection, or another I/O error. The cause is the underlying {@link java.io.IOException}.
 */
public final class TransportException extends FishAudioException {
  private static final long serialVersionUID = 1L;

  private final long bytesReceived;

  public TransportException(String message, Throwable cause) {
    this(message, cause, -1);
  }

  public TransportException(String message, Throwable cause, long bytesReceived) {
    super(message, cause);
    this.bytesReceived = bytesReceived;
  }

  /**
   * How many bytes of a streamed body had arrived when the stream broke, or -1 when the failure was
   * not in a streamed body.
   */
  public long bytesReceived() {
    return bytesReceived;
  }
}
