package fishaudio.client;

/** The server rejected the request as invalid (422); {@link #reason()} and {@link #body()} carry its details. */
public final class UnprocessableRequestException extends FishAudioApiException {
  private static final long serialVersionUID = 1L;

  UnprocessableRequestException(int status, String serverMessage, String reason, String body, String requestId) {
    super(status, serverMessage, reason, body, requestId);
  }
}
