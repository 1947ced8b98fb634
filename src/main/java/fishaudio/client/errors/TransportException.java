package fishaudio.client.errors;

/**
 * The exchange failed before a complete response arrived: a timeout, a refused or reset
 * connection, or another I/O error. The cause is the underlying {@link java.io.IOException}.
 */
public final class TransportException extends FishAudioException {
  private static final long serialVersionUID = 1L;

  private final String createdModelId;
  private final long bytesReceived;

  public TransportException(String message, Throwable cause) {
    this(message, cause, null, -1);
  }

  public TransportException(String message, Throwable cause, String createdModelId) {
    this(message, cause, createdModelId, -1);
  }

  public TransportException(String message, Throwable cause, long bytesReceived) {
    this(message, cause, null, bytesReceived);
  }

  private TransportException(String message, Throwable cause, String createdModelId, long bytesReceived) {
    super(message, cause);
    this.createdModelId = createdModelId;
    this.bytesReceived = bytesReceived;
  }

  /**
   * The {@code _id} of the model the server created (and billed), when the create-model answer
   * broke after naming it (cut off, reset, stalled), so the model is not lost; null otherwise. The
   * same accessor on {@link MalformedResponseException} covers an answer that arrived but broke the spec.
   */
  public String createdModelId() {
    return createdModelId;
  }

  /**
   * How many bytes of a streamed body had arrived when the stream broke, or -1 when the failure was
   * not in a streamed body.
   */
  public long bytesReceived() {
    return bytesReceived;
  }
}
