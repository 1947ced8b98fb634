package fishaudio.client.errors;

/** The API key is missing, invalid or lacks permission (401). */
public final class AuthenticationException extends FishAudioApiException {
  private static final long serialVersionUID = 1L;

  public AuthenticationException(int status, String serverMessage, String reason, String body, String requestId) {
    super(status, serverMessage, reason, body, requestId);
  }
}
