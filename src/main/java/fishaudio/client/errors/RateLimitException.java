package fishaudio.client.errors;

import java.time.Duration;

/**
 * Too many requests in flight for the account's tier (429). The client already retried within
 * its bounds; {@link #retryAfter()} says how long the server asked to wait, if it said.
 */
public final class RateLimitException extends FishAudioApiException {
  private static final long serialVersionUID = 1L;

  private final Duration retryAfter;

  public RateLimitException(
      int status, String serverMessage, String reason, String body, String requestId, Duration retryAfter) {
    super(status, serverMessage, reason, body, requestId);
    this.retryAfter = retryAfter;
  }

  /** The wait the server asked for in {@code Retry-After}, or null when it sent none. */
  public Duration retryAfter() {
    return retryAfter;
  }
}
