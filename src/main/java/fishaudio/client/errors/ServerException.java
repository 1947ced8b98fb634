package fishaudio.client.errors;

/** The server failed (5xx). A 500 is never retried, since the server may have processed the request. */
public final class ServerException extends FishAudioApiException {
  private static final long serialVersionUID = 1L;

  public ServerException(int status, String serverMessage, String reason, String body, String requestId) {
    super(status, serverMessage, reason, body, requestId);
  }
}
