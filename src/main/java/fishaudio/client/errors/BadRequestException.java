package fishaudio.client.errors;

import java.util.List;

/**
 * The server rejected the request (400), as the live service does with a {@code reference_text}
 * over 150 characters; {@link #violations()} names the fields when the body does.
 */
public final class BadRequestException extends FishAudioApiException {
  private static final long serialVersionUID = 1L;

  public BadRequestException(
      int status, String serverMessage, String reason, String body, String requestId, List<FieldViolation> violations) {
    super(status, serverMessage, reason, body, requestId, violations);
  }
}
