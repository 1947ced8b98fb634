package fishaudio.client;

import static fishaudio.client.ClientFixture.API_KEY;
import static fishaudio.client.ClientFixture.designRequest;
import static fishaudio.client.ClientFixture.designed;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fishaudio.client.errors.InvalidRequestException;
import fishaudio.client.generated.ReferenceAudio;
import fishaudio.client.generated.TtsModel;
import fishaudio.client.generated.TtsRequest;
import fishaudio.client.generated.TtsRequestFormat;
import fishaudio.client.generated.TtsRequestLatency;
import fishaudio.client.generated.VoiceDesignResponse;
import fishaudio.client.helpers.LiveSpeech;
import fishaudio.client.testing.LiveProtocol;
import fishaudio.client.testing.LiveServer;
import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import okhttp3.mockwebserver.RecordedRequest;
import okio.ByteString;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * A live session against a loopback WebSocket server: the handshake, the exact frames on the wire
 * (decoded from MessagePack, field by field), the order of text, flush and stop, and the audio that
 * comes back. Every frame either way is checked against the AsyncAPI document.
 */
@Timeout(30)
class LiveSpeechTest {
  static final String VOICE = "7f92f8afb8ec43bf81429cc1c9199cb1";
  static final ByteString FIRST = ByteString.encodeUtf8("ID3-first-chunk-of-mp3");
  static final ByteString SECOND = ByteString.encodeUtf8("second-chunk-of-mp3");

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

  static TtsRequest request() {
    return TtsRequest.builder()
        .text("")
        .referenceId(VOICE)
        .format(TtsRequestFormat.MP3)
        .latency(TtsRequestLatency.BALANCED)
        .build();
  }

  @Test
  void sendsStartTextFlushAndStopAsMessagePackFramesAfterAnAuthorizedHandshake() throws Exception {
    server.enqueue(LiveServer.speaking(FIRST, SECOND));

    try (LiveSpeech live = fixture.client().speech().liveSpeech(TtsModel.S2_PRO, request())) {
      RecordedRequest handshake = fixture.takeRequest();
      assertEquals("GET", handshake.getMethod());
      assertEquals(ClientFixture.PREFIX + "v1/tts/live", handshake.getPath());
      assertEquals("Bearer " + API_KEY, handshake.getHeader("Authorization"));
      assertEquals("s2-pro", handshake.getHeader("model"));
      assertEquals("websocket", handshake.getHeader("Upgrade"));
      assertTrue(handshake.getHeader("User-Agent").startsWith("fish-audio-java/"), handshake.getHeader("User-Agent"));

      LiveServer.Session session = server.takeSession();
      Map<String, Object> start = session.takeFrame();
      assertEquals(List.of("event", "request"), new ArrayList<>(start.keySet()));
      assertEquals("start", start.get("event"));
      Map<String, Object> sent = new LinkedHashMap<>();
      sent.put("text", "");
      sent.put("reference_id", VOICE); // one id goes as the string alone
      sent.put("format", "mp3");
      sent.put("latency", "balanced");
      assertEquals(sent, start.get("request"));

      live.sendText("Hello ");
      live.sendText("from Fish Audio.");
      live.flush();
      live.finish().get(5, TimeUnit.SECONDS);

      assertEquals(Map.of("event", "text", "text", "Hello "), session.takeFrame());
      assertEquals(Map.of("event", "text", "text", "from Fish Audio."), session.takeFrame());
      assertEquals(Map.of("event", "flush"), session.takeFrame());
      assertEquals(Map.of("event", "stop"), session.takeFrame());
      assertEquals(null, session.pollFrame(100), "nothing after stop");
      assertArrayEquals(both(), readAll(live.audio()));
      assertEquals(FIRST.size() + SECOND.size(), live.audioBytesReceived());
    }
    // The handshake went through the client's logger, with the key masked.
    assertTrue(fixture.log.stream().anyMatch(line -> line.startsWith("--> GET ") && line.contains("v1/tts/live")), fixture.log.toString());
    assertTrue(fixture.log.stream().anyMatch(line -> line.startsWith("<-- 101 ")), fixture.log.toString());
  }

  @Test
  void theAudioOfTheLastWordsComesOnFlushBeforeStop() throws Exception {
    server.enqueue(LiveServer.speaking(FIRST, SECOND));

    try (LiveSpeech live = fixture.client().speech().liveSpeech(request())) {
      live.sendText("Hello.");
      live.flush();
      byte[] first = new byte[FIRST.size()];
      new java.io.DataInputStream(live.audio()).readFully(first);

      assertEquals(FIRST, ByteString.of(first), "the flushed words are spoken before stop");
      CompletableFuture<Void> finished = live.finish();
      assertArrayEquals(SECOND.toByteArray(), readAll(live.audio()));
      finished.get(5, TimeUnit.SECONDS);
    }
  }

  @Test
  void finishCompletesOnTheServersFinishWhichComesOnlyAfterStop() throws Exception {
    server.enqueue(LiveServer.QUIET);

    try (LiveSpeech live = fixture.client().speech().liveSpeech(request())) {
      LiveServer.Session session = server.takeSession();
      assertEquals("start", session.takeFrame().get("event"));
      live.sendText("Hello.");
      assertEquals("text", session.takeFrame().get("event"));
      session.sendAudio(FIRST);
      Thread.sleep(100);
      CompletableFuture<Void> finished = live.finish();
      assertEquals("stop", session.takeFrame().get("event"));
      assertFalse(finished.isDone(), "finish waits for the server's finish");
      assertEquals(finished, live.finish(), "one stop, one future");

      session.sendAudio(SECOND);
      session.finish("stop");
      session.drop(); // The live server often ends without a close frame: after finish, that is normal.

      finished.get(5, TimeUnit.SECONDS);
      assertArrayEquals(both(), readAll(live.audio()));
      assertEquals(-1, live.audio().read());
      assertEquals(null, session.pollFrame(100), "a single stop");
    }
  }

  @Test
  void aListenerHearsEachPieceOfAudioInOrder() throws Exception {
    server.enqueue(LiveServer.speaking(FIRST, SECOND));
    List<ByteString> heard = new CopyOnWriteArrayList<>();

    try (LiveSpeech live = fixture.client().speech().liveSpeech(null, request(), heard::add)) {
      live.sendText("Hello.");
      live.flush();
      live.finish().get(5, TimeUnit.SECONDS);

      assertEquals(List.of(FIRST, SECOND), heard);
      fixture.assertThrows(IllegalStateException.class, live::audio);
    }
  }

  @Test
  void eventsTheClientDoesNotKnowAreIgnored() throws Exception {
    server.enqueue(LiveServer.QUIET);
    Map<String, Object> progress = new LinkedHashMap<>();
    progress.put("event", "progress");
    progress.put("percent", 50L);
    assertFalse(LiveProtocol.load().checkServerFrame(progress).isEmpty(), "outside the document, on purpose");

    try (LiveSpeech live = fixture.client().speech().liveSpeech(request())) {
      LiveServer.Session session = server.takeSession();
      session.takeFrame();
      session.sendRaw(progress);
      session.sendAudio(FIRST);
      session.sendRaw(Map.of("note", "no event at all"));
      live.finish();
      session.takeFrame();
      session.finish("stop");

      live.finish().get(5, TimeUnit.SECONDS);
      assertArrayEquals(FIRST.toByteArray(), readAll(live.audio()));
    }
  }

  @Test
  void referenceAudioInTheStartTravelsAsBinary() throws Exception {
    server.enqueue(LiveServer.QUIET);
    ByteString voice = ByteString.of(ClientFixture.wav(5));
    TtsRequest request = TtsRequest.builder()
        .text("")
        .references(List.of(ReferenceAudio.builder().audio(voice).text("A sample.").build()))
        .build();

    try (LiveSpeech live = fixture.client().speech().liveSpeech(request)) {
      Map<String, Object> start = server.takeSession().takeFrame();

      Map<?, ?> reference = (Map<?, ?>) ((List<?>) ((Map<?, ?>) start.get("request")).get("references")).get(0);
      assertEquals(voice, reference.get("audio"));
      assertEquals("A sample.", reference.get("text"));
      live.cancel();
    }
  }

  @Test
  void aRequestThatBreaksTheSpecIsRefusedBeforeConnecting() {
    FishAudio client = fixture.client();

    InvalidRequestException model = fixture.assertThrows(InvalidRequestException.class,
        () -> client.speech().liveSpeech(TtsModel.of("s9-ultra"), request()));
    InvalidRequestException bounds = fixture.assertThrows(InvalidRequestException.class,
        () -> client.speech().liveSpeech(request().toBuilder().chunkLength(99).build()));
    InvalidRequestException missing = fixture.assertThrows(InvalidRequestException.class,
        () -> client.speech().liveSpeech(null));

    assertEquals("model", model.field());
    assertEquals("chunk_length", bounds.field());
    assertEquals("request", missing.field());
    assertEquals(0, fixture.server.getRequestCount());
  }

  @Test
  void aSessionHoldsARequestSlotUntilItEnds() throws Exception {
    server.enqueue(LiveServer.QUIET);
    fixture.server.enqueue(designed());
    FishAudio client = fixture.track(fixture.builder().maxConcurrentRequests(1).build());

    LiveSpeech live = client.speech().liveSpeech(request());
    fixture.takeRequest();
    CompletableFuture<VoiceDesignResponse> design = client.voiceDesign().designVoiceAsync(designRequest());
    Thread.sleep(300);
    assertEquals(1, fixture.server.getRequestCount(), "the call waits for the slot the session holds");
    assertFalse(design.isDone());

    live.close();
    assertNotNull(design.get(5, TimeUnit.SECONDS));
    assertEquals(2, fixture.server.getRequestCount());
  }

  static byte[] both() {
    return new okio.Buffer().write(FIRST).write(SECOND).readByteArray();
  }

  static byte[] readAll(InputStream in) throws Exception {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    byte[] chunk = new byte[8192];
    for (int read; (read = in.read(chunk)) != -1; ) {
      out.write(chunk, 0, read);
    }
    return out.toByteArray();
  }
}
