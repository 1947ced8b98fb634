package fishaudio.client.errors;

import java.util.Collections;
import java.util.List;

/**
 * The server answered with an error status. Subclasses exist for the statuses a caller acts on;
 * any other status is this type. The message carries the status, the server's message and the
 * request id, never the API key.
 */
public class FishAudioApiException extends FishAudioException {
  private static final long serialVersionUID = 1L;

  private final int status;
  private final String serverMessage;
  private final String reason;
  private final String body;
  private final String requestId;
  private final List<FieldViolation> violations;

  public FishAudioApiException(int status, String serverMessage, String reason, String body, String requestId) {
    this(status, serverMessage, reason, body, requestId, Collections.<FieldViolation>emptyList());
  }

  public FishAudioApiException(
      int status, String serverMessage, String reason, String body, String requestId, List<FieldViolation> violations) {
    super(describe(status, serverMessage, reason, requestId), null);
    this.violations = violations;
    this.status = status;
    this.serverMessage = serverMessage;
    this.reason = reason;
    this.body = body;
    this.requestId = requestId;
  }

  private static String describe(int status, String message, String reason, String requestId) {
    StringBuilder text = new StringBuilder("HTTP ").append(status).append(": ").append(message);
    if (reason != null && !reason.isEmpty()) {
      text.append(" (").append(reason).append(')');
    }
    if (requestId != null) {
      text.append(" [request id ").append(requestId).append(']');
    }
    return text.toString();
  }

  /** The HTTP status code. */
  public int status() {
    return status;
  }

  /** The server's message, from its JSON error body or its plain text. */
  public String serverMessage() {
    return serverMessage;
  }

  /** The {@code reason} of the JSON error body, or null when the server sent none. */
  public String reason() {
    return reason;
  }

  /** The start of the raw error body, at most {@value ErrorBodyLimit#MAX_ERROR_BODY_BYTES} bytes. */
  public String body() {
    return body;
  }

  /** The request id the server sent in a response header, or null. */
  public String requestId() {
    return requestId;
  }

  /**
   * The fields the server named as invalid, in its order; empty when the body named none (the
   * seed's {@code {status, message, reason}} shape, plain text, any other status's body).
   */
  public List<FieldViolation> violations() {
    return violations;
  }
}
