package fishaudio.client.internal.codec;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fishaudio.client.internal.codec.ServerSentEvents.Event;
import java.io.IOException;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Deque;
import java.util.List;
import okio.Buffer;
import okio.ByteString;
import okio.Okio;
import okio.Source;
import okio.Timeout;
import org.junit.jupiter.api.Test;

/** The event-stream parser against the WHATWG rules, our one deliberate departure, and its memory bound. */
@org.junit.jupiter.api.Timeout(30)
class ServerSentEventsTest {
  private static final long CAP = 1 << 20;

  @Test
  void readsOneEventWithDefaults() throws IOException {
    ServerSentEvents events = parser("data: hello\n\n");

    assertEquals(new Event("", "message", "hello", -1), events.next());
    assertNull(events.next());
    assertNull(events.next(), "the end is sticky");
  }

  @Test
  void joinsDataLinesWithLineFeeds() throws IOException {
    assertEquals(List.of("a\nb\n\n\nc"), data("data: a\ndata: b\ndata\ndata:\ndata: c\n\n"));
  }

  @Test
  void readsTypeAndKeepsTheLastEventIdAcrossEvents() throws IOException {
    List<Event> events = all("event: audio\nid: 7\ndata: x\n\ndata: y\n\nid\ndata: z\n\n");

    assertEquals(List.of(new Event("7", "audio", "x", -1), new Event("7", "message", "y", -1),
        new Event("", "message", "z", -1)), events);
  }

  @Test
  void anIdSetInAnEventWithoutDataStillCounts() throws IOException {
    assertEquals(List.of(new Event("4", "message", "x", -1)), all("id: 4\n\ndata: x\n\n"));
  }

  @Test
  void ignoresAnIdContainingNul() throws IOException {
    assertEquals(List.of("1", "1"), ids("id: 1\ndata: a\n\nid: 2\u00003\ndata: b\n\n"));
  }

  @Test
  void takesRetryOnlyWhenAllDigits() throws IOException {
    List<Event> events = all("retry: 3000\ndata: a\n\n"
        + "retry: 30x0\ndata: b\n\n"
        + "retry: -5\ndata: c\n\n"
        + "retry:\ndata: d\n\n"
        + "retry: 99999999999999999999999\ndata: e\n\n"
        + "retry: 1 \ndata: f\n\n"
        + "retry:250\ndata: g\n\n");

    long[] retries = events.stream().mapToLong(Event::retry).toArray();
    assertEquals("[3000, 3000, 3000, 3000, 3000, 3000, 250]", Arrays.toString(retries));
    assertEquals(-1, all("data: x\n\n").get(0).retry());
  }

  @Test
  void skipsCommentsAndUnknownFields() throws IOException {
    assertEquals(List.of("x"), data(": keep-alive\n:\nfoo: bar\nDATA: no\ndata : no\ndata: x\n\n"));
    assertEquals(List.of(), data(": only a comment\n\n"));
  }

  @Test
  void aFieldWithoutColonHasAnEmptyValue() throws IOException {
    // WHATWG: "data" alone appends an empty line, so the event is dispatched with empty data.
    assertEquals(List.of(new Event("", "message", "", -1)), all("data\n\n"));
    assertEquals(List.of(new Event("", "message", "x", -1)), all("event\ndata: x\n\n"));
  }

  @Test
  void removesOnlyOneSpaceAfterTheColon() throws IOException {
    assertEquals(List.of(" two", "none", "\ttab", "a:b: c", ""), data(
        "data:  two\n\ndata:none\n\ndata: \ttab\n\ndata: a:b: c\n\ndata: \n\n"));
  }

  @Test
  void anEventWithoutDataIsNotDispatchedAndItsTypeIsForgotten() throws IOException {
    assertEquals(List.of(new Event("1", "message", "y", -1)), all("event: x\nid: 1\n\n\n\ndata: y\n\n"));
  }

  @Test
  void anEmptyEventFieldMeansMessage() throws IOException {
    assertEquals("message", all("event:\ndata: x\n\n").get(0).type());
  }

  @Test
  void acceptsCrLfAndCrlfMixed() throws IOException {
    List<String> expected = List.of("a\nb", "c", "d\ne");
    assertEquals(expected, data("data: a\rdata: b\r\n\rdata: c\n\r\ndata: d\rdata: e\r\n\r\n"));
    assertEquals(List.of("a", "b"), data("data: a\r\rdata: b\r\r"));
    assertEquals(List.of("a", "b"), data("data: a\r\n\r\ndata: b\r\n\r\n"));
    assertEquals(List.of("a", "b"), data("data: a\n\ndata: b\n\n"));
  }

  @Test
  void aCrLfIsOneLineEndingNotTwo() throws IOException {
    // Were CRLF two endings, "data: a\r\n" would end the event and "data: b" start a second one.
    assertEquals(List.of("a\nb"), data("data: a\r\ndata: b\r\n\r\n"));
  }

  @Test
  void stripsOneLeadingByteOrderMark() throws IOException {
    assertEquals(List.of("x"), data("\uFEFFdata: x\n\n"));
    // The second mark is part of the first field's name, which is then unknown.
    assertEquals(List.of("y"), data("\uFEFF\uFEFFdata: x\n\ndata: y\n\n"));
    assertEquals(List.of("\uFEFFx"), data("data: \uFEFFx\n\n"));
  }

  @Test
  void aStreamShorterThanAByteOrderMarkIsRead() throws IOException {
    assertEquals(List.of(), data("\n"));
    assertEquals(List.of(), data(""));
    assertNull(new ServerSentEvents(new Buffer().writeByte(0xef), CAP).next());
    assertNull(new ServerSentEvents(new Buffer().writeByte(0xef).writeByte(0xbb), CAP).next());
  }

  @Test
  void dispatchesAFinalEventWithoutItsBlankLine() throws IOException {
    // Deliberately unlike WHATWG (see ServerSentEvents' Javadoc): the last audio chunk is not lost.
    assertEquals(List.of("last"), data("data: last\n"));
    assertEquals(List.of("last"), data("data: last\r\n"));
    assertEquals(List.of("last"), data("data: last"));
    assertEquals(List.of("a", "b\nc"), data("data: a\n\ndata: b\ndata: c"));
    assertEquals(List.of(), data("event: x\nid: 3"));
  }

  @Test
  void decodesUnicodeAndReplacesMalformedUtf8() throws IOException {
    assertEquals(List.of("héllo 🎵 日本語"), data("data: héllo 🎵 日本語\n\n"));
    assertEquals("流", all("event: 流\ndata: x\n\n").get(0).type());

    Buffer malformed = new Buffer().writeUtf8("data: a").writeByte(0xff).writeUtf8("b\n\n");
    assertEquals("a\uFFFDb", new ServerSentEvents(malformed, CAP).next().data());
  }

  @Test
  void readsAStreamThatArrivesOneByteAtATime() throws IOException {
    String stream = "\uFEFF: hi\r\nevent: audio\rid: 9\nretry: 10\r\ndata: ünï\r\ndata: 🎵\r\n\r\n"
        + "data: second\r\rdata: third\n\ndata: last";
    List<Event> whole = all(stream);

    ServerSentEvents trickle = new ServerSentEvents(Okio.buffer(new ChunkedSource(1, stream.getBytes(UTF_8))), CAP);
    List<Event> oneByOne = new ArrayList<>();
    for (Event e; (e = trickle.next()) != null; ) {
      oneByOne.add(e);
    }

    assertEquals(List.of(new Event("9", "audio", "ünï\n🎵", 10), new Event("9", "message", "second", 10),
        new Event("9", "message", "third", 10), new Event("9", "message", "last", 10)), whole);
    assertEquals(whole, oneByOne);
  }

  @Test
  void aCrlfSplitBetweenTwoReadsIsOneLineEnding() throws IOException {
    ChunkedSource source = new ChunkedSource("data: a\r", "\ndata: b\r", "\n\r", "\n", "data: c\r\n\r\n");
    ServerSentEvents events = new ServerSentEvents(Okio.buffer(source), CAP);

    assertEquals("a\nb", events.next().data());
    assertEquals("c", events.next().data());
    assertNull(events.next());
  }

  @Test
  void returnsAnEventWithoutWaitingForBytesAfterIt() throws IOException {
    // The blank line is a CR that is the last byte read: whether an LF follows is not waited for.
    ChunkedSource source = new ChunkedSource("data: a\r\r", "data: b\n\n");
    ServerSentEvents events = new ServerSentEvents(Okio.buffer(source), CAP);

    assertEquals("a", events.next().data());
    assertEquals(1, source.reads, "read only the first chunk");
    assertEquals("b", events.next().data());
  }

  @Test
  void aLineLongerThanTheCapFailsWhileItArrives() {
    // 10 MB of data on one line, under a 1 MB cap: fails having read little more than the cap, never 10 MB.
    CountingSource source = new CountingSource("data: ", 'x', 10L << 20);
    ServerSentEvents events = new ServerSentEvents(Okio.buffer(source), CAP);

    EventTooLargeException e = assertThrows(EventTooLargeException.class, events::next);

    assertEquals(CAP, e.maxEventBytes());
    assertTrue(source.bytesRead <= CAP + 64 * 1024, "read " + source.bytesRead + " bytes");
    assertTrue(e.getMessage().contains("1048576"), e.getMessage());
  }

  @Test
  void anEventWhoseDataOutgrowsTheCapFails() throws IOException {
    String line = "data: " + "y".repeat(99) + "\n";
    // 10 lines of 99 bytes joined by 9 LFs: 999 bytes.
    assertEquals(999, new ServerSentEvents(new Buffer().writeUtf8(line.repeat(10) + "\n"), 999).next().data()
        .length());
    ServerSentEvents over = new ServerSentEvents(new Buffer().writeUtf8(line.repeat(10) + "\n"), 998);
    assertThrows(EventTooLargeException.class, over::next);
  }

  @Test
  void aLineExactlyAtTheCapIsAccepted() throws IOException {
    String line = "data: " + "z".repeat(94);
    assertEquals(100, line.length());
    assertEquals("z".repeat(94), new ServerSentEvents(new Buffer().writeUtf8(line + "\n\n"), 100).next().data());
    assertThrows(EventTooLargeException.class,
        () -> new ServerSentEvents(new Buffer().writeUtf8(line + "z\n\n"), 100).next());
    assertThrows(EventTooLargeException.class,
        () -> new ServerSentEvents(Okio.buffer(new ChunkedSource(7, (line + "z\n\n").getBytes(UTF_8))), 100).next());
  }

  @Test
  void closeClosesTheSource() throws IOException {
    ChunkedSource source = new ChunkedSource("data: a\n\n");
    ServerSentEvents events = new ServerSentEvents(Okio.buffer(source), CAP);
    events.close();

    assertTrue(source.closed);
    assertThrows(IllegalStateException.class, events::next);
  }

  @Test
  void rejectsANonPositiveCap() {
    assertThrows(IllegalArgumentException.class, () -> new ServerSentEvents(new Buffer(), 0));
  }

  @Test
  void eventToStringLeavesOutTheData() {
    String text = new Event("1", "audio", "secret-ish payload", 5).toString();
    assertEquals("Event{type=audio, id=1, retry=5, data=18 chars}", text);
  }

  private static ServerSentEvents parser(String stream) {
    return new ServerSentEvents(new Buffer().writeUtf8(stream), CAP);
  }

  private static List<Event> all(String stream) throws IOException {
    ServerSentEvents events = parser(stream);
    List<Event> result = new ArrayList<>();
    for (Event e; (e = events.next()) != null; ) {
      result.add(e);
    }
    return result;
  }

  private static List<String> data(String stream) throws IOException {
    List<String> result = new ArrayList<>();
    for (Event e : all(stream)) {
      result.add(e.data());
    }
    return result;
  }

  private static List<String> ids(String stream) throws IOException {
    List<String> result = new ArrayList<>();
    for (Event e : all(stream)) {
      result.add(e.id());
    }
    return result;
  }

  /** Yields the given chunks, one a read (or the bytes in pieces of a fixed size). */
  private static final class ChunkedSource implements Source {
    private final Deque<byte[]> chunks = new ArrayDeque<>();
    int reads;
    boolean closed;

    ChunkedSource(String... chunks) {
      for (String chunk : chunks) {
        this.chunks.add(chunk.getBytes(UTF_8));
      }
    }

    ChunkedSource(int size, byte[] bytes) {
      for (int i = 0; i < bytes.length; i += size) {
        chunks.add(Arrays.copyOfRange(bytes, i, Math.min(bytes.length, i + size)));
      }
    }

    @Override
    public long read(Buffer sink, long byteCount) {
      byte[] chunk = chunks.poll();
      if (chunk == null) {
        return -1;
      }
      reads++;
      int n = (int) Math.min(chunk.length, byteCount);
      sink.write(chunk, 0, n);
      if (n < chunk.length) {
        chunks.addFirst(Arrays.copyOfRange(chunk, n, chunk.length));
      }
      return n;
    }

    @Override
    public Timeout timeout() {
      return Timeout.NONE;
    }

    @Override
    public void close() {
      closed = true;
    }
  }

  /** A prefix, then {@code length} copies of one byte, made as they are read; counts what was read. */
  private static final class CountingSource implements Source {
    private final ByteString prefix;
    private final byte filler;
    private final long length;
    long bytesRead;

    CountingSource(String prefix, char filler, long length) {
      this.prefix = ByteString.encodeUtf8(prefix);
      this.filler = (byte) filler;
      this.length = length;
    }

    @Override
    public long read(Buffer sink, long byteCount) {
      long total = prefix.size() + length;
      if (bytesRead == total) {
        return -1;
      }
      long n = Math.min(byteCount, total - bytesRead);
      for (long i = 0; i < n; i++) {
        long at = bytesRead + i;
        sink.writeByte(at < prefix.size() ? prefix.getByte((int) at) : filler);
      }
      bytesRead += n;
      return n;
    }

    @Override
    public Timeout timeout() {
      return Timeout.NONE;
    }

    @Override
    public void close() {}
  }
}
