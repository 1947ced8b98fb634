package fishaudio.client;

import static fishaudio.client.ClientFixture.API_KEY;
import static fishaudio.client.ClientFixture.json;
import static fishaudio.client.LiveSpeechTest.FIRST;
import static fishaudio.client.LiveSpeechTest.readAll;
import static fishaudio.client.LiveSpeechTest.request;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fishaudio.client.errors.AuthenticationException;
import fishaudio.client.errors.FishAudioException;
import fishaudio.client.errors.InsufficientCreditException;
import fishaudio.client.errors.LiveSpeechException;
import fishaudio.client.errors.MalformedResponseException;
import fishaudio.client.errors.RateLimitException;
import fishaudio.client.errors.TransportException;
import fishaudio.client.helpers.LiveSpeech;
import fishaudio.client.internal.live.LiveSocket;
import fishaudio.client.testing.LiveServer;
import fishaudio.client.testing.RawWebSocketServer;
import java.io.InputStream;
import java.lang.reflect.Field;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import okhttp3.mockwebserver.MockResponse;
import okio.ByteString;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Every fault of issue 25 on a loopback server: refused handshakes typed as over HTTP, 429 retried
 * with backoff, the normal end without a close frame, a drop before finish, finish with reason error,
 * malformed frames, the bounded send side, the ping interval, close and cancel within 100 ms, and the
 * key in no message (the fixture checks every exception kept and every log line after each test).
 */
@Timeout(60)
class LiveSpeechFaultsTest {
  private static final long FAST_MILLIS = 100;

  @RegisterExtension
  final ClientFixture fixture = new ClientFixture();

  private LiveServer server;

  @BeforeEach
  void start() {
    server = new LiveServer(fixture.server);
  }

  @AfterEach
  void everyFrameMatchedTheDocument() {
    assertEquals(List.of(), server.violations());
  }

  // ---- The handshake ----

  @Test
  void aHandshakeRefusedWith401Or402IsTheSameTypedExceptionAsOverHttp() {
    fixture.server.enqueue(json(401, "{\"status\":401,\"message\":\"Invalid api key " + API_KEY + "\"}"));
    fixture.server.enqueue(json(402, "{\"status\":402,\"message\":\"Insufficient API credit\"}"));
    FishAudio client = fixture.client();

    AuthenticationException unauthorized = fixture.assertThrows(AuthenticationException.class,
        () -> client.speech().liveSpeech(request()));
    InsufficientCreditException credit = fixture.assertThrows(InsufficientCreditException.class,
        () -> client.speech().liveSpeech(request()));

    assertEquals(401, unauthorized.status());
    assertEquals("Invalid api key <redacted>", unauthorized.serverMessage(), "a server that echoes the key");
    assertEquals(402, credit.status());
    assertEquals(List.of(), fixture.sleeps, "401 and 402 are not retried");
    assertEquals(2, fixture.server.getRequestCount());
  }

  @Test
  void aHandshakeAnswered429IsRetriedWithBackoffThenOpens() throws Exception {
    fixture.server.enqueue(json(429, "{\"status\":429,\"message\":\"Too many requests in flight\"}"));
    fixture.server.enqueue(json(429, "{\"status\":429,\"message\":\"Too many requests in flight\"}"));
    server.enqueue(LiveServer.QUIET);

    try (LiveSpeech live = fixture.client().speech().liveSpeech(request())) {
      assertEquals("start", server.takeSession().takeFrame().get("event"));
    }
    assertEquals(List.of(Duration.ofMillis(500), Duration.ofMillis(1000)), fixture.sleeps, "backoff, never a tight loop");
    assertEquals(3, fixture.server.getRequestCount());
  }

  @Test
  void a429ThatOutlastsTheRetriesIsARateLimitExceptionThatHonouredRetryAfter() {
    MockResponse limited = json(429, "{\"status\":429,\"message\":\"Too many requests in flight\"}").setHeader("Retry-After", "2");
    fixture.server.enqueue(limited);
    fixture.server.enqueue(limited);
    FishAudio client = fixture.track(fixture.builder().maxRetries(1).build());

    RateLimitException limit = fixture.assertThrows(RateLimitException.class, () -> client.speech().liveSpeech(request()));

    assertEquals(Duration.ofSeconds(2), limit.retryAfter());
    assertEquals(List.of(Duration.ofSeconds(2)), fixture.sleeps);
  }

  @Test
  void aServerThatIsNoWebSocketIsATransportException() {
    fixture.server.enqueue(json(200, "{}"));

    TransportException failure = fixture.assertThrows(TransportException.class,
        () -> fixture.client().speech().liveSpeech(request()));

    assertTrue(failure.getMessage().contains("101"), failure.getMessage());
  }

  // ---- The end of a session ----

  @Test
  void aDropBeforeFinishIsATransportExceptionThatSaysHowMuchAudioCame() throws Exception {
    server.enqueue(LiveServer.QUIET);
    LiveSpeech live = fixture.client().speech().liveSpeech(request());
    LiveServer.Session session = server.takeSession();
    session.takeFrame();
    session.sendAudio(FIRST);
    session.drop();

    byte[] got = new byte[FIRST.size()];
    new java.io.DataInputStream(live.audio()).readFully(got);
    assertArrayEquals(FIRST.toByteArray(), got, "what came before the drop is read first");
    TransportException drop = fixture.assertThrows(TransportException.class, () -> live.audio().read());

    assertEquals(FIRST.size(), drop.bytesReceived());
    assertTrue(drop.getMessage().contains("before finish") && drop.getMessage().contains(FIRST.size() + " bytes of audio"),
        drop.getMessage());
    assertSame(drop, cause(live.finish()), "the future fails with the same exception");
    assertSame(drop, fixture.assertThrows(TransportException.class, () -> live.sendText("more")));
    live.close();
  }

  @Test
  void aCloseFrameBeforeFinishIsATransportExceptionToo() throws Exception {
    server.enqueue(LiveServer.QUIET);
    LiveSpeech live = fixture.client().speech().liveSpeech(request());
    LiveServer.Session session = server.takeSession();
    session.takeFrame();
    session.close(1011, "overloaded " + API_KEY);

    TransportException closed = fixture.caught(assertInstanceOf(TransportException.class, cause(live.finish())));

    assertTrue(closed.getMessage().contains("code 1011") && closed.getMessage().contains("0 bytes of audio"), closed.getMessage());
    assertFalse(closed.getMessage().contains(API_KEY), "the close reason went through the redaction");
    live.close();
  }

  @Test
  void finishWithReasonErrorIsALiveSpeechException() throws Exception {
    server.enqueue(LiveServer.QUIET);
    LiveSpeech live = fixture.client().speech().liveSpeech(request());
    LiveServer.Session session = server.takeSession();
    session.takeFrame();
    session.sendAudio(FIRST);
    Map<String, Object> finish = new LinkedHashMap<>();
    finish.put("event", "finish");
    finish.put("reason", "error");
    finish.put("message", "voice model unavailable for key " + API_KEY);
    session.send(finish);

    LiveSpeechException error = fixture.caught(assertInstanceOf(LiveSpeechException.class, cause(live.finish())));

    assertEquals("error", error.reason());
    assertEquals(FIRST.size(), error.audioBytesReceived());
    assertTrue(error.finishMessage().contains("voice model unavailable"), error.finishMessage());
    assertFalse(error.getMessage().contains(API_KEY) || error.finishMessage().contains(API_KEY));
    assertArrayEquals(FIRST.toByteArray(), readUntilFailure(live.audio()));
    live.close();
  }

  @Test
  void aFrameThatIsNoMessageIsMalformed() throws Exception {
    server.enqueue(LiveServer.QUIET);
    server.enqueue(LiveServer.QUIET);
    FishAudio client = fixture.client();

    LiveSpeech garbage = client.speech().liveSpeech(request());
    LiveServer.Session first = server.takeSession();
    first.takeFrame();
    first.sendBytes(ByteString.of((byte) 0xc1));
    fixture.caught(assertInstanceOf(MalformedResponseException.class, cause(garbage.finish())));

    LiveSpeech noAudio = client.speech().liveSpeech(request());
    LiveServer.Session second = server.takeSession();
    second.takeFrame();
    second.sendRaw(Map.of("event", "audio"));
    MalformedResponseException missing = fixture.caught(assertInstanceOf(MalformedResponseException.class, cause(noAudio.finish())));
    assertTrue(missing.getMessage().contains("'audio'"), missing.getMessage());
    assertNotNull(first.awaitEnd(2000), "the socket of a malformed session is closed");
  }

  @Test
  void afterFinishAnEndWithoutACloseFrameOrWithAnEmptyOneIsNormal() throws Exception {
    for (RawWebSocketServer.Mode mode : List.of(RawWebSocketServer.Mode.FINISH_THEN_EOF,
        RawWebSocketServer.Mode.FINISH_THEN_EMPTY_CLOSE)) {
      try (RawWebSocketServer ending = new RawWebSocketServer(mode);
          FishAudio client = FishAudio.builder().apiKey(API_KEY).baseUrl(ending.baseUrl()).build()) {
        LiveSpeech live = client.speech().liveSpeech(request());

        live.finish().get(5, TimeUnit.SECONDS);
        Thread.sleep(100); // the end of the connection, after finish, must change nothing

        assertEquals(-1, live.audio().read(), mode.toString());
        assertTrue(live.finish().isDone() && !live.finish().isCompletedExceptionally(), mode.toString());
        live.close();
      }
    }
  }

  @Test
  void anEmptyCloseFrameBeforeFinishIsATransportExceptionWithCode1005() throws Exception {
    try (RawWebSocketServer closing = new RawWebSocketServer(RawWebSocketServer.Mode.EMPTY_CLOSE);
        FishAudio client = FishAudio.builder().apiKey(API_KEY).baseUrl(closing.baseUrl()).build()) {
      LiveSpeech live = client.speech().liveSpeech(request());

      TransportException closed = fixture.caught(assertInstanceOf(TransportException.class, cause(live.finish())));

      assertTrue(closed.getMessage().contains("code 1005"), closed.getMessage());
    }
  }

  /**
   * Compression would let a few KiB from the server become gigabytes in the heap (OkHttp inflates a
   * whole message at once), and audio does not compress: the handshake offers none, a server that
   * turns it on anyway is ignored, and its compressed frame ends the session unread.
   */
  @Test
  void aCompressedFrameEndsTheSessionUninflated() throws Exception {
    try (RawWebSocketServer bomb = new RawWebSocketServer(RawWebSocketServer.Mode.DEFLATE_BOMB);
        FishAudio client = FishAudio.builder().apiKey(API_KEY).baseUrl(bomb.baseUrl()).build()) {
      LiveSpeech live = client.speech().liveSpeech(request());

      TransportException refused = fixture.caught(assertInstanceOf(TransportException.class, cause(live.finish())));

      assertEquals(List.of(""), bomb.extensionsOffered(), "the handshake offered compression");
      assertTrue(refused.getMessage().contains("rsv1"), refused.getMessage());
    }
  }

  // ---- Close and cancel ----

  @Test
  void cancelReleasesAWaitingReaderAndEndsTheSessionWithin100Milliseconds() throws Exception {
    server.enqueue(LiveServer.QUIET);
    LiveSpeech live = fixture.client().speech().liveSpeech(request());
    LiveServer.Session session = server.takeSession();
    session.takeFrame();
    AtomicReference<Throwable> readerGot = new AtomicReference<>();
    AtomicLong readerEndedAt = new AtomicLong();
    Thread reader = new Thread(() -> {
      try {
        live.audio().read();
      } catch (Throwable t) {
        readerGot.set(t);
      }
      readerEndedAt.set(System.nanoTime());
    });
    reader.start();
    Thread.sleep(200);

    long start = System.nanoTime();
    live.cancel();
    long cancelMillis = millisSince(start);
    reader.join(1000);

    assertTrue(cancelMillis < FAST_MILLIS, "cancel took " + cancelMillis + " ms");
    assertTrue(TimeUnit.NANOSECONDS.toMillis(readerEndedAt.get() - start) < FAST_MILLIS, "the reader waited on");
    assertInstanceOf(CancellationException.class, readerGot.get());
    assertTrue(live.finish().isCompletedExceptionally());
    fixture.assertThrows(IllegalStateException.class, () -> live.sendText("more"));
    assertNotNull(session.awaitEnd(2000), "the socket is closed, not left open");
  }

  @Test
  void closeBeforeFinishCancelsWithin100MillisecondsAndCancellingTheFutureToo() throws Exception {
    server.enqueue(LiveServer.QUIET);
    server.enqueue(LiveServer.QUIET);
    FishAudio client = fixture.client();

    LiveSpeech closed = client.speech().liveSpeech(request());
    LiveServer.Session first = server.takeSession();
    first.takeFrame();
    long start = System.nanoTime();
    closed.close();
    assertTrue(millisSince(start) < FAST_MILLIS, "close took " + millisSince(start) + " ms");
    assertNotNull(first.awaitEnd(2000));

    LiveSpeech cancelled = client.speech().liveSpeech(request());
    LiveServer.Session second = server.takeSession();
    second.takeFrame();
    CompletableFuture<Void> finish = cancelled.finish();
    assertEquals("stop", second.takeFrame().get("event"));
    start = System.nanoTime();
    finish.cancel(true);
    assertTrue(millisSince(start) < FAST_MILLIS, "cancel took " + millisSince(start) + " ms");
    assertNotNull(second.awaitEnd(2000), "cancelling the future cancels the session");
    fixture.assertThrows(CancellationException.class, () -> cancelled.audio().read());
  }

  @Test
  void closeAfterFinishIsQuickAndNormal() throws Exception {
    server.enqueue(LiveServer.speaking(FIRST));
    LiveSpeech live = fixture.client().speech().liveSpeech(request());
    live.finish().get(5, TimeUnit.SECONDS);
    assertArrayEquals(FIRST.toByteArray(), readAll(live.audio()), "audio that came before finish is kept");

    long start = System.nanoTime();
    live.close();

    assertTrue(millisSince(start) < FAST_MILLIS, "close took " + millisSince(start) + " ms");
    fixture.assertThrows(java.io.IOException.class, () -> live.audio().read());
  }

  // ---- The send side and the pings, on a server by hand ----

  @Test
  void aSenderFasterThanTheSocketWaitsInsteadOfGrowingTheQueue() throws Exception {
    int sendBuffer = 64 * 1024;
    String text = "x".repeat(16 * 1024);
    try (RawWebSocketServer stalled = new RawWebSocketServer(RawWebSocketServer.Mode.STALL);
        FishAudio client = FishAudio.builder().apiKey(API_KEY).baseUrl(stalled.baseUrl())
            .liveSendBuffer(sendBuffer).livePingInterval(Duration.ZERO).build()) {
      LiveSpeech live = client.speech().liveSpeech(request());
      AtomicLong sent = new AtomicLong();
      AtomicReference<Throwable> senderGot = new AtomicReference<>();
      Thread sender = new Thread(() -> {
        try {
          while (true) {
            live.sendText(text);
            sent.addAndGet(text.length());
          }
        } catch (Throwable t) {
          senderGot.set(t);
        }
      });
      sender.start();

      long last = -1;
      for (int i = 0; i < 100 && sent.get() != last; i++) {
        last = sent.get();
        Thread.sleep(300);
      }
      assertEquals(last, sent.get(), "the sender should be waiting by now");
      assertTrue(sender.isAlive() && senderGot.get() == null, "waiting, not failed: " + senderGot.get());
      assertEquals(Thread.State.TIMED_WAITING, sender.getState());
      assertTrue(sent.get() < 16 * 1024 * 1024, "stopped far below OkHttp's own 16 MiB queue limit: " + sent.get());
      long queued = socketOf(live).queueSize();
      assertTrue(queued <= sendBuffer + text.length() + 16, "queued " + queued + " bytes");

      long start = System.nanoTime();
      live.cancel();
      sender.join(1000);
      assertTrue(millisSince(start) < FAST_MILLIS, "the waiting sender ended " + millisSince(start) + " ms after cancel");
      assertInstanceOf(IllegalStateException.class, senderGot.get());
    }
  }

  @Test
  void aSocketThatTakesNothingForTheWriteTimeoutEndsTheSession() throws Exception {
    try (RawWebSocketServer stalled = new RawWebSocketServer(RawWebSocketServer.Mode.STALL);
        FishAudio client = FishAudio.builder().apiKey(API_KEY).baseUrl(stalled.baseUrl())
            .liveSendBuffer(1024).livePingInterval(Duration.ZERO).timeout(Duration.ofMillis(500)).build()) {
      LiveSpeech live = client.speech().liveSpeech(request());
      String text = "y".repeat(8 * 1024);

      TransportException timeout = fixture.assertThrows(TransportException.class, () -> {
        while (true) {
          live.sendText(text);
        }
      });

      // OkHttp's own write timeout on the socket usually fires first, and closes it; the session's
      // check of its queue is the backstop. Either way the session ends, typed.
      assertTrue(timeout.getMessage().contains("took none of the queued text")
          || timeout.getMessage().contains("before finish"), timeout.getMessage());
      assertSame(timeout, cause(live.finish()));
    }
  }

  @Test
  void aServerThatAnswersNoPingEndsTheSessionAfterThePingInterval() throws Exception {
    try (RawWebSocketServer deaf = new RawWebSocketServer(RawWebSocketServer.Mode.DEAF);
        FishAudio client = FishAudio.builder().apiKey(API_KEY).baseUrl(deaf.baseUrl())
            .livePingInterval(Duration.ofMillis(200)).build()) {
      long start = System.nanoTime();
      LiveSpeech live = client.speech().liveSpeech(request());

      TransportException noPong = fixture.caught(assertInstanceOf(TransportException.class, cause(live.finish())));

      long millis = millisSince(start);
      assertTrue(noPong.getMessage().contains("pong"), noPong.getMessage());
      assertTrue(millis >= 200 && millis < 3000, "failed after " + millis + " ms");
    }
  }

  @Test
  void withPingsOffASilentServerKeepsTheSession() throws Exception {
    try (RawWebSocketServer deaf = new RawWebSocketServer(RawWebSocketServer.Mode.DEAF);
        FishAudio client = FishAudio.builder().apiKey(API_KEY).baseUrl(deaf.baseUrl())
            .livePingInterval(Duration.ZERO).build()) {
      LiveSpeech live = client.speech().liveSpeech(request());
      Thread.sleep(1000);

      live.sendText("still here");
      assertFalse(live.finish().isDone());
      for (int i = 0; i < 100 && deaf.bytesRead() == 0; i++) {
        Thread.sleep(10);
      }
      assertTrue(deaf.bytesRead() > 0);
      live.cancel();
    }
  }

  // ---- Helpers ----

  /** The failure a future ended with, waiting at most 5 s. */
  static Throwable cause(CompletableFuture<?> future) throws Exception {
    try {
      future.get(5, TimeUnit.SECONDS);
    } catch (ExecutionException e) {
      return e.getCause();
    }
    throw new AssertionError("the future completed normally");
  }

  private static byte[] readUntilFailure(InputStream in) throws Exception {
    java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
    try {
      for (int b; (b = in.read()) != -1; ) {
        out.write(b);
      }
    } catch (FishAudioException expected) {
      // The session's failure, after the audio that came.
    }
    return out.toByteArray();
  }

  private static LiveSocket socketOf(LiveSpeech live) throws ReflectiveOperationException {
    Field socket = LiveSpeech.class.getDeclaredField("socket");
    socket.setAccessible(true);
    return (LiveSocket) socket.get(live);
  }

  private static long millisSince(long start) {
    return TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start);
  }
}
