package fishaudio.client;

import static fishaudio.client.ClientFixture.json;
import static fishaudio.client.LiveSpeechTest.FIRST;
import static fishaudio.client.LiveSpeechTest.request;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fishaudio.client.errors.AuthenticationException;
import fishaudio.client.errors.ConfigurationException;
import fishaudio.client.generated.TtsModel;
import fishaudio.client.helpers.LiveSpeech;
import fishaudio.client.testing.LiveServer;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Sockets opened ahead of use ({@code livePrewarm}): opened and handshaken before any session, taken
 * by a session without a handshake, replaced when old or closed, never retried in a tight loop, closed
 * with the client; and what they save, the handshake, measured against a server that takes 300 ms for it.
 */
@Timeout(60)
class LiveSpeechPrewarmTest {
  /** A realistic TLS and WebSocket handshake (about 330 ms from the provider's users). */
  static final long HANDSHAKE_MILLIS = 300;

  @RegisterExtension
  final ClientFixture fixture = new ClientFixture();

  private LiveServer server;
  private final List<String> models = new CopyOnWriteArrayList<>();

  @BeforeEach
  void start() {
    server = new LiveServer(fixture.server);
  }

  @AfterEach
  void everyFrameMatchedTheDocument() {
    assertEquals(List.of(), server.violations());
  }

  private void upgradeEach(LiveServer.Behaviour behaviour, long delayMillis) {
    server.answerEach(request -> {
      models.add(String.valueOf(request.getHeader("model")));
      return server.upgrade(behaviour).setHeadersDelay(delayMillis, TimeUnit.MILLISECONDS);
    });
  }

  @Test
  void socketsAreOpenedAheadAndASessionTakesOneWithoutAHandshake() throws Exception {
    upgradeEach(LiveServer.speaking(FIRST), HANDSHAKE_MILLIS);
    FishAudio client = fixture.track(fixture.builder().livePrewarm(2, TtsModel.S1).build());
    List<LiveServer.Session> warm = List.of(server.takeSession(), server.takeSession());
    await(() -> ready(client) == 2);

    long start = System.nanoTime();
    LiveSpeech live = client.speech().liveSpeech(TtsModel.S1, request());
    long openMillis = millisSince(start);

    assertTrue(openMillis < HANDSHAKE_MILLIS / 2, "a pre-warmed session opened in " + openMillis + " ms");
    assertEquals(List.of("s1", "s1"), models.subList(0, 2));
    LiveServer.Session used = started(warm);
    live.finish().get(5, TimeUnit.SECONDS);
    live.close();
    await(() -> fixture.server.getRequestCount() == 3);
    assertEquals(null, warm.get(warm.indexOf(used) ^ 1).pollFrame(100), "the other one still waits");
  }

  /** The one of {@code sessions} whose first frame is a start (a session's), waiting at most 5 s. */
  static LiveServer.Session started(List<LiveServer.Session> sessions) throws InterruptedException {
    for (int i = 0; i < 500; i++) {
      for (LiveServer.Session session : sessions) {
        java.util.Map<String, Object> frame = session.pollFrame(0);
        if (frame != null) {
          assertEquals("start", frame.get("event"));
          return session;
        }
      }
      Thread.sleep(10);
    }
    throw new AssertionError("no session started on any of the sockets");
  }

  @Test
  void aSessionOfAnotherModelOpensASocketOfItsOwn() throws Exception {
    upgradeEach(LiveServer.QUIET, 0);
    FishAudio client = fixture.track(fixture.builder().livePrewarm(1, TtsModel.S1).build());
    await(() -> server.waitingSessions() == 1);

    try (LiveSpeech live = client.speech().liveSpeech(TtsModel.S2_PRO, request())) {
      assertEquals(List.of("s1", "s2-pro"), models);
    }
  }

  @Test
  void aSocketIsReplacedWhenItGetsOldAndClosedOnceItsReplacementIsReady() throws Exception {
    upgradeEach(LiveServer.QUIET, 0);
    fixture.track(fixture.builder().livePrewarm(1, null).livePrewarmMaxAge(Duration.ofMillis(300)).build());
    LiveServer.Session first = server.takeSession();

    LiveServer.Session second = server.takeSession();
    assertEquals("close 1000", first.awaitEnd(2000), "the old socket closes with a close frame, once replaced");
    assertNotNull(server.takeSession());
    assertEquals("close 1000", second.awaitEnd(2000));
    assertEquals("null", models.get(0), "no model header: the server's default");
  }

  @Test
  void aSocketTheServerClosesIsReplaced() throws Exception {
    upgradeEach(LiveServer.QUIET, 0);
    fixture.track(fixture.builder().livePrewarm(1, null).build());
    LiveServer.Session first = server.takeSession();

    first.close(1001, "idle");

    assertNotNull(server.takeSession());
    assertEquals(2, fixture.server.getRequestCount());
  }

  @Test
  void aPoolThatIsRefusedWaitsLongerEachTimeNeverInATightLoop() throws Exception {
    server.answerEach(request -> json(429, "{\"status\":429,\"message\":\"Too many requests in flight\"}"));
    fixture.track(fixture.builder().maxRetries(0).livePrewarm(1, null).build());

    Thread.sleep(3500);

    // Attempts at about 0 s, 1 s and 3 s (waits of 1 s, 2 s, 4 s...).
    int attempts = fixture.server.getRequestCount();
    assertTrue(attempts >= 2 && attempts <= 4, attempts + " handshakes in 3.5 s");
  }

  @Test
  void aRefusedKeyStopsThePoolAndTheNextSessionGetsTheTypedException() throws Exception {
    server.answerEach(request -> json(401, "{\"status\":401,\"message\":\"Invalid api key\"}"));
    FishAudio client = fixture.track(fixture.builder().livePrewarm(2, null).build());
    Thread.sleep(1500);
    assertEquals(2, fixture.server.getRequestCount(), "no retry of a refused key");

    fixture.assertThrows(AuthenticationException.class, () -> client.speech().liveSpeech(request()));
  }

  @Test
  void closingTheClientClosesItsReadySocketsAtOnceAndLetsASessionInProgressFinish() throws Exception {
    upgradeEach(LiveServer.speaking(FIRST), 0);
    FishAudio client = fixture.track(fixture.builder().livePrewarm(2, null).build());
    List<LiveServer.Session> warm = List.of(server.takeSession(), server.takeSession());
    await(() -> ready(client) == 2);
    LiveSpeech live = client.speech().liveSpeech(request());
    LiveServer.Session used = started(warm);
    LiveServer.Session third = server.takeSession();
    await(() -> ready(client) == 2);

    long start = System.nanoTime();
    client.close();
    long closeMillis = millisSince(start);

    // Within 100 ms on a quiet machine; the bound leaves room for a loaded 2-core CI machine.
    assertTrue(closeMillis < 500, "close took " + closeMillis + " ms");
    assertEquals("close 1000", warm.get(warm.indexOf(used) ^ 1).awaitEnd(2000));
    assertEquals("close 1000", third.awaitEnd(2000));
    fixture.assertThrows(IllegalStateException.class, () -> client.speech().liveSpeech(request()));
    live.finish().get(5, TimeUnit.SECONDS);
    assertEquals("stop", used.takeFrame().get("event"), "the session in progress went on");
    live.close();
  }

  @Test
  void moreReadySocketsThanRequestSlotsIsRefused() {
    ConfigurationException refused = fixture.assertThrows(ConfigurationException.class,
        () -> fixture.builder().maxConcurrentRequests(2).livePrewarm(3, null).build());

    assertTrue(refused.getMessage().contains("maxConcurrentRequests"), refused.getMessage());
  }

  @Test
  void aReadySocketSavesTheHandshakeBeforeTheFirstAudio() throws Exception {
    upgradeEach(LiveServer.speaking(FIRST), HANDSHAKE_MILLIS);
    FishAudio cold = fixture.client();
    FishAudio warm = fixture.track(fixture.builder().livePrewarm(1, null).build());

    List<Long> coldMillis = new ArrayList<>();
    List<Long> warmMillis = new ArrayList<>();
    for (int i = 0; i < 3; i++) {
      coldMillis.add(timeToFirstAudio(cold));
      await(() -> readyPool(warm));
      warmMillis.add(timeToFirstAudio(warm));
    }

    long coldMedian = median(coldMillis);
    long warmMedian = median(warmMillis);
    System.out.printf(Locale.ROOT, "time to first audio, %d ms handshake: cold %s ms (median %d), pre-warmed %s ms (median %d)%n",
        HANDSHAKE_MILLIS, coldMillis, coldMedian, warmMillis, warmMedian);
    assertTrue(coldMedian >= HANDSHAKE_MILLIS, "cold " + coldMillis);
    assertTrue(warmMedian < coldMedian - HANDSHAKE_MILLIS / 2, "cold " + coldMillis + ", warm " + warmMillis);
  }

  /** From opening a session to the first byte of audio, with one word and a flush. */
  static long timeToFirstAudio(FishAudio client) throws Exception {
    long start = System.nanoTime();
    try (LiveSpeech live = client.speech().liveSpeech(request())) {
      live.sendText("Hello.");
      live.flush();
      if (live.audio().read() == -1) {
        throw new AssertionError("no audio");
      }
      long millis = millisSince(start);
      live.finish().get(5, TimeUnit.SECONDS);
      return millis;
    }
  }

  private static boolean readyPool(FishAudio client) {
    return ready(client) > 0;
  }

  private static int ready(FishAudio client) {
    return client.speech().runtime().live().readySockets();
  }

  private static long median(List<Long> values) {
    List<Long> sorted = new ArrayList<>(values);
    Collections.sort(sorted);
    return sorted.get(sorted.size() / 2);
  }

  static void await(BooleanSupplier condition) throws InterruptedException {
    for (int i = 0; i < 500 && !condition.getAsBoolean(); i++) {
      Thread.sleep(10);
    }
    assertTrue(condition.getAsBoolean(), "not within 5 s");
  }

  private static long millisSince(long start) {
    return TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start);
  }
}
