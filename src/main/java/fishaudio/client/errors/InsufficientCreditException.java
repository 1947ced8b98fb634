package fishaudio.client.errors;

/** The account has insufficient API credit (402). */
public final class InsufficientCreditException extends FishAudioApiException {
  private static final long serialVersionUID = 1L;

  public InsufficientCreditException(int status, String serverMessage, String reason, String body, String requestId) {
    super(status, serverMessage, reason, body, requestId);
  }
}
