package fishaudio.client.errors;

import java.util.List;

/** The server rejected the request as invalid (422); {@link #violations()}, {@link #reason()} and {@link #body()} carry its details. */
public final class UnprocessableRequestException extends FishAudioApiException {
  private static final long serialVersionUID = 1L;

  public UnprocessableRequestException(
      int status, String serverMessage, String reason, String body, String requestId, List<FieldViolation> violations) {
    super(status, serverMessage, reason, body, requestId, violations);
  }
}
