package fishaudio.client.errors;

/**
 * A listener passed to the client (a {@link ProgressListener}, or the listener of
 * {@code waitUntilTrained}) threw, and the call stopped there. The cause is what it threw. An
 * upload stopped this way may have reached the server in part; it is not retried.
 */
public final class ListenerException extends FishAudioException {
  private static final long serialVersionUID = 1L;

  public ListenerException(String message, Throwable cause) {
    super(message, cause);
  }
}
