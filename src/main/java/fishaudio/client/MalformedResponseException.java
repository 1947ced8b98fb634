package fishaudio.client;

/**
 * The server answered with success, but the body does not match the spec: broken JSON, a wrong
 * type, a missing required field, invalid base64, or audio that is not a RIFF/WAVE file.
 */
public final class MalformedResponseException extends FishAudioException {
  private static final long serialVersionUID = 1L;

  MalformedResponseException(String message, Throwable cause) {
    super(message, cause);
  }
}
