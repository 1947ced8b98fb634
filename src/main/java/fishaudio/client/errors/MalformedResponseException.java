package fishaudio.client.errors;

/**
 * The server answered with success, but the body does not match the spec: broken JSON, a wrong
 * type, a missing required field, invalid base64, or audio that is not a RIFF/WAVE file.
 */
public final class MalformedResponseException extends FishAudioException {
  private static final long serialVersionUID = 1L;

  private final String body;
  private final String createdModelId;

  public MalformedResponseException(String message, Throwable cause) {
    this(message, cause, null, null);
  }

  public MalformedResponseException(String message, Throwable cause, String body, String createdModelId) {
    super(message, cause);
    this.body = body;
    this.createdModelId = createdModelId;
  }

  /**
   * The start of a create-model response that did not decode, at most {@value
   * ErrorMapper#MAX_ERROR_BODY_BYTES} bytes; null for other responses.
   */
  public String body() {
    return body;
  }

  /**
   * The {@code _id} of the model the server created, when its response did not decode (say, a field
   * the spec requires was left out), so the model is not lost; null otherwise.
   */
  public String createdModelId() {
    return createdModelId;
  }
}
