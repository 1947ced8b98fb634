package fishaudio.client.internal.codec;

import java.io.IOException;

/**
 * An event stream's line, or one event's data, grew past the parser's {@code maxEventBytes}. Thrown while the
 * bytes arrive, so no more than the cap (plus one read) is ever held.
 */
public final class EventTooLargeException extends IOException {
  private static final long serialVersionUID = 1L;

  private final long maxEventBytes;

  EventTooLargeException(String what, long maxEventBytes) {
    super(what + " exceeds the limit of " + maxEventBytes + " bytes");
    this.maxEventBytes = maxEventBytes;
  }

  /** The cap that was exceeded, in bytes. */
  public long maxEventBytes() {
    return maxEventBytes;
  }
}
