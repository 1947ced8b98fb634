package fishaudio.client.internal.http;

import java.time.Clock;
import java.time.Duration;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import okhttp3.Response;

/** The one parser of {@code Retry-After}: seconds or an HTTP date, read by the retry loop and the 429 mapping. */
public final class RetryAfter {
  /**
   * Where {@code Retry-After} of a 503 is moved, so that OkHttp does not resend the 503 by itself
   * (see {@link RetryInterceptor#KEEP_OKHTTP_FROM_RETRYING}).
   */
  public static final String MOVED_HEADER = "Fish-Client-Retry-After";

  private RetryAfter() {}

  /** The wait a {@code Retry-After} header asks for, or null when absent or unreadable. */
  public static Duration of(Response response, Clock clock) {
    String value = response.header("Retry-After", response.header(MOVED_HEADER));
    if (value == null) {
      return null;
    }
    value = value.trim();
    try {
      return Duration.ofSeconds(Math.max(0, Long.parseLong(value)));
    } catch (NumberFormatException notSeconds) {
      try {
        ZonedDateTime at = ZonedDateTime.parse(value, DateTimeFormatter.RFC_1123_DATE_TIME);
        Duration wait = Duration.between(clock.instant(), at.toInstant());
        return wait.isNegative() ? Duration.ZERO : wait;
      } catch (DateTimeParseException notDate) {
        return null;
      }
    }
  }
}
