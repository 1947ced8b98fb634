package fishaudio.client.internal.codec;

import java.io.Closeable;
import java.io.IOException;
import okio.Buffer;
import okio.BufferedSource;
import okio.ByteString;
import org.jspecify.annotations.Nullable;

/**
 * The one parser of {@code text/event-stream}: reads events one at a time from a source, following the WHATWG
 * HTML rules for server-sent events.
 *
 * <p>What it handles: the fields {@code data}, {@code event}, {@code id} and {@code retry}; comment lines
 * (starting with {@code :}); a field with no colon (an empty value); one space after the colon removed; several
 * {@code data} lines joined with {@code "\n"}; CR, LF and CRLF line endings, mixed, with a CRLF split between two
 * reads; a leading UTF-8 byte order mark; a {@code retry} only when all ASCII digits; an {@code id} containing NUL
 * ignored; an event without any {@code data} line not dispatched. Text is decoded as UTF-8, a malformed sequence
 * becoming U+FFFD, as the WHATWG rules ask.
 *
 * <p><b>A deliberate departure at the end of the stream.</b> The WHATWG rules discard an event whose terminating
 * blank line never came, and a last line without its line ending. This parser instead dispatches that last event
 * when it has data (its unterminated last line included): a server that closes right after its last {@code data}
 * line would otherwise lose the last chunk of audio. A connection cut short is not mistaken for such an end: OkHttp
 * reports a truncated chunked or {@code Content-Length} body as an {@link IOException}, which this parser passes on.
 *
 * <p><b>Bounded.</b> A line longer than {@code maxEventBytes}, or one event whose data would be larger, fails with
 * {@link EventTooLargeException} as soon as the bytes arrive, so the parser never holds more than the cap plus one
 * read of the source. The source is read line by line: an event is returned as soon as its blank line arrives,
 * without waiting for anything after it.
 *
 * <p>Not thread-safe: one reader at a time.
 */
public final class ServerSentEvents implements Closeable {
  private static final ByteString CR_OR_LF = ByteString.encodeUtf8("\r\n");
  private static final ByteString BOM = ByteString.decodeHex("efbbbf");
  private static final ByteString DATA = ByteString.encodeUtf8("data");
  private static final ByteString EVENT = ByteString.encodeUtf8("event");
  private static final ByteString ID = ByteString.encodeUtf8("id");
  private static final ByteString RETRY = ByteString.encodeUtf8("retry");

  private final BufferedSource source;
  /** The source's own buffer: lines are found and cut there, without copying. */
  private final Buffer buffer;
  private final long maxEventBytes;

  /** The current event's data lines, joined with LF. */
  private final Buffer data = new Buffer();
  private boolean hasData;
  /** The current event's {@code event} field, or null for "message". */
  private @Nullable String type;
  /** Kept across events, as the WHATWG rules keep the last event ID. */
  private String lastEventId = "";
  /** Kept across events: the reconnection time last set, or -1. */
  private long retry = -1;

  private boolean started;
  /** The last line ended in a CR that was the last byte read: an LF first thing next completes that CRLF. */
  private boolean skipLf;
  /** Set by {@link #nextLine()}: 0 (the end of the stream), 1 or 2. */
  private int terminatorLength;
  private boolean exhausted;
  private boolean closed;

  /**
   * Reads events from {@code source}, which this parser then owns (see {@link #close()}).
   *
   * @param maxEventBytes the longest line, and the largest data of one event, in bytes (UTF-8)
   */
  public ServerSentEvents(BufferedSource source, long maxEventBytes) {
    if (maxEventBytes <= 0) {
      throw new IllegalArgumentException("maxEventBytes must be positive: " + maxEventBytes);
    }
    this.source = source;
    this.buffer = source.getBuffer();
    this.maxEventBytes = maxEventBytes;
  }

  /**
   * The next event, or null at the end of the stream (and on every call after it).
   *
   * @throws EventTooLargeException when a line or an event's data exceeds the cap
   * @throws IOException when the source fails
   * @throws IllegalStateException after {@link #close()}
   */
  public @Nullable Event next() throws IOException {
    if (closed) {
      throw new IllegalStateException("closed");
    }
    if (exhausted) {
      return null;
    }
    if (!started) {
      skipBom();
      started = true;
    }
    while (true) {
      long length = nextLine();
      if (length == -1) {
        exhausted = true;
        // Deliberately dispatched (see the class comment); the WHATWG rules would discard it.
        return hasData ? dispatch() : null;
      }
      if (length == 0) {
        buffer.skip(terminatorLength);
        if (hasData) {
          return dispatch();
        }
        type = null;
        continue;
      }
      field(length);
    }
  }

  /** Closes the source. */
  @Override
  public void close() throws IOException {
    closed = true;
    data.clear();
    source.close();
  }

  private void skipBom() throws IOException {
    // Byte by byte, so that a first line shorter than three bytes is not held back waiting for more.
    for (int i = 0; i < BOM.size(); i++) {
      if (!source.request(i + 1) || buffer.getByte(i) != BOM.getByte(i)) {
        return;
      }
    }
    buffer.skip(BOM.size());
  }

  /**
   * The length of the line at the head of the buffer, its line ending's length in {@link #terminatorLength}; -1
   * at the end of the stream. Reads only as far as the first line ending.
   */
  private long nextLine() throws IOException {
    if (skipLf) {
      if (!source.request(1)) {
        return -1;
      }
      if (buffer.getByte(0) == '\n') {
        buffer.skip(1);
      }
      skipLf = false;
    }
    long scanned = 0;
    while (true) {
      long index = buffer.indexOfElement(CR_OR_LF, scanned);
      if (index != -1) {
        if (index > maxEventBytes) {
          throw new EventTooLargeException("an event stream line", maxEventBytes);
        }
        if (buffer.getByte(index) == '\n') {
          terminatorLength = 1;
        } else if (index + 1 < buffer.size()) {
          terminatorLength = buffer.getByte(index + 1) == '\n' ? 2 : 1;
        } else {
          // A CR that is the last byte so far: its LF, if any, is not here yet. Not waiting for it keeps an
          // event that ends with CR CR from being held back.
          terminatorLength = 1;
          skipLf = true;
        }
        return index;
      }
      scanned = buffer.size();
      if (scanned > maxEventBytes) {
        throw new EventTooLargeException("an event stream line", maxEventBytes);
      }
      if (!source.request(scanned + 1)) {
        terminatorLength = 0;
        return scanned == 0 ? -1 : scanned;
      }
    }
  }

  /** Applies the non-blank line of {@code length} bytes at the head of the buffer, and consumes it. */
  private void field(long length) throws IOException {
    if (buffer.getByte(0) == ':') {
      buffer.skip(length + terminatorLength);
      return;
    }
    long colon = buffer.indexOf((byte) ':', 0, length);
    long nameLength = colon == -1 ? length : colon;
    long valueStart = colon == -1 ? length : colon + 1;
    if (valueStart < length && buffer.getByte(valueStart) == ' ') {
      valueStart++;
    }
    long valueLength = length - valueStart;

    if (nameLength == DATA.size() && buffer.rangeEquals(0, DATA)) {
      long separator = hasData ? 1 : 0;
      if (data.size() + separator + valueLength > maxEventBytes) {
        throw new EventTooLargeException("an event's data", maxEventBytes);
      }
      if (hasData) {
        data.writeByte('\n');
      }
      hasData = true;
      buffer.skip(valueStart);
      data.write(buffer, valueLength);
      buffer.skip(terminatorLength);
      return;
    }
    if (nameLength == EVENT.size() && buffer.rangeEquals(0, EVENT)) {
      buffer.skip(valueStart);
      type = buffer.readUtf8(valueLength);
      buffer.skip(terminatorLength);
      return;
    }
    if (nameLength == ID.size() && buffer.rangeEquals(0, ID)) {
      if (buffer.indexOf((byte) 0, valueStart, length) == -1) {
        buffer.skip(valueStart);
        lastEventId = buffer.readUtf8(valueLength);
        buffer.skip(terminatorLength);
        return;
      }
    } else if (nameLength == RETRY.size() && buffer.rangeEquals(0, RETRY)) {
      long value = digits(valueStart, length);
      if (value != -1) {
        retry = value;
      }
    }
    // Any other field is ignored.
    buffer.skip(length + terminatorLength);
  }

  /** The base-ten value of the bytes in [from, to) when all are ASCII digits (and it fits a long), else -1. */
  private long digits(long from, long to) {
    if (from == to) {
      return -1;
    }
    long value = 0;
    for (long i = from; i < to; i++) {
      int digit = buffer.getByte(i) - '0';
      if (digit < 0 || digit > 9 || value > (Long.MAX_VALUE - digit) / 10) {
        return -1;
      }
      value = value * 10 + digit;
    }
    return value;
  }

  private Event dispatch() {
    String text = data.readUtf8();
    String name = type == null || type.isEmpty() ? "message" : type;
    hasData = false;
    type = null;
    return new Event(lastEventId, name, text, retry);
  }

  /** One dispatched event. Immutable. */
  public static final class Event {
    private final String id;
    private final String type;
    private final String data;
    private final long retry;

    /** An event as the parser would dispatch it; {@code retry} is -1 for none. */
    public Event(String id, String type, String data, long retry) {
      this.id = id;
      this.type = type;
      this.data = data;
      this.retry = retry;
    }

    /**
     * The last event ID: the value of the latest {@code id} field on or before this event, kept across events as
     * the WHATWG rules keep it; empty when none was sent (or an empty {@code id} reset it).
     */
    public String id() {
      return id;
    }

    /** The {@code event} field of this event, or "message" when it had none (or an empty one). */
    public String type() {
      return type;
    }

    /** The {@code data} lines of this event, joined with {@code "\n"}. */
    public String data() {
      return data;
    }

    /**
     * The reconnection time in milliseconds set by the latest valid {@code retry} field on or before this event
     * (kept across events, as it is stream state), or -1 when none was.
     */
    public long retry() {
      return retry;
    }

    @Override
    public boolean equals(@Nullable Object o) {
      if (!(o instanceof Event)) {
        return false;
      }
      Event that = (Event) o;
      return id.equals(that.id) && type.equals(that.type) && data.equals(that.data) && retry == that.retry;
    }

    @Override
    public int hashCode() {
      return ((id.hashCode() * 31 + type.hashCode()) * 31 + data.hashCode()) * 31 + Long.hashCode(retry);
    }

    /** The type, id, retry and the data's length; not the data itself, which may be megabytes of audio. */
    @Override
    public String toString() {
      return "Event{type=" + type + ", id=" + id + ", retry=" + retry + ", data=" + data.length() + " chars}";
    }
  }
}
