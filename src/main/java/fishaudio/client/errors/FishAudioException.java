package fishaudio.client.errors;

/**
 * The root of every error this client throws. Unchecked; the subclass says what went wrong, the
 * message says it for people, and the cause, when there is one, is always kept.
 */
public class FishAudioException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  public FishAudioException(String message, Throwable cause) {
    super(message, cause);
  }
}
