package fishaudio.client;

import static fishaudio.client.ClientFixture.json;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fishaudio.client.errors.AuthenticationException;
import fishaudio.client.errors.InvalidRequestException;
import fishaudio.client.errors.MalformedResponseException;
import fishaudio.client.errors.ServerException;
import fishaudio.client.errors.TransportException;
import fishaudio.client.generated.AccountService.GetApiCreditQuery;
import fishaudio.client.generated.ApiCredit;
import fishaudio.client.generated.ProsodyControl;
import fishaudio.client.generated.ReferenceAudio;
import fishaudio.client.generated.TimedText;
import fishaudio.client.generated.TranscribeRequest;
import fishaudio.client.generated.Transcription;
import fishaudio.client.generated.TtsModel;
import fishaudio.client.generated.TtsRequest;
import fishaudio.client.generated.TtsRequestFormat;
import fishaudio.client.generated.TtsRequestMp3Bitrate;
import fishaudio.client.generated.TtsTimestampEvent;
import fishaudio.client.helpers.TimedSpeech;
import fishaudio.client.http.BinaryResponse;
import fishaudio.client.http.EventStream;
import fishaudio.client.internal.codec.MessagePack;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import okhttp3.mockwebserver.MockResponse;
import okhttp3.mockwebserver.RecordedRequest;
import okhttp3.mockwebserver.SocketPolicy;
import okio.Buffer;
import okio.ByteString;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/**
 * Speech, recognition and credit on MockWebServer: each operation's wire format (JSON and
 * MessagePack bodies field by field, the model header, the multipart audio), streamed audio (first
 * bytes before the end, a break mid-stream, a slow server), server-sent events into timed speech,
 * and retries that never send a billed request twice.
 */
class SpeechTest {
  @RegisterExtension final ClientFixture fixture = new ClientFixture();
  @TempDir Path tmp;

  private static final byte[] AUDIO = ClientFixture.bytes(7, 50_000);

  // ---- Wire formats ----

  @Test
  void textToSpeechSendsJsonWithTheSpecsNamesAndNoModelHeaderByDefault() throws Exception {
    fixture.server.enqueue(audio(AUDIO));

    try (BinaryResponse speech = fixture.client().speech().textToSpeech(TtsRequest.builder()
        .text("Hello").referenceId("model-1").format(TtsRequestFormat.WAV).mp3Bitrate(TtsRequestMp3Bitrate.NUMBER_192)
        .prosody(ProsodyControl.builder().speed(1.5).build()).chunkLength(200).build())) {
      assertEquals("audio/mpeg", speech.contentType());
    }

    RecordedRequest sent = fixture.takeRequest();
    assertEquals("POST", sent.getMethod());
    assertEquals(ClientFixture.PREFIX + "v1/tts", sent.getPath());
    assertNull(sent.getHeader("model"), "left out: the server's default model");
    assertEquals("audio/*", sent.getHeader("Accept"));
    assertEquals("application/json; charset=UTF-8", sent.getHeader("Content-Type"));
    assertEquals("{\"text\":\"Hello\",\"reference_id\":\"model-1\",\"format\":\"wav\",\"mp3_bitrate\":192,"
        + "\"chunk_length\":200,\"prosody\":{\"speed\":1.5}}", sent.getBody().readUtf8());
  }

  @Test
  void severalSpeakersGoAsAnArrayAndTheModelHeaderIsSent() throws Exception {
    fixture.server.enqueue(audio(AUDIO));

    fixture.client().speech().textToSpeech(TtsModel.S2_PRO, TtsRequest.builder()
        .text("<|speaker:0|>Hi<|speaker:1|>Hello").referenceId(Arrays.asList("a", "b")).build()).close();

    RecordedRequest sent = fixture.takeRequest();
    assertEquals("s2-pro", sent.getHeader("model"));
    assertTrue(sent.getBody().readUtf8().contains("\"reference_id\":[\"a\",\"b\"]"));
  }

  @Test
  void referenceAudioGoesAsMessagePackWithItsBytesAsBinary() throws Exception {
    fixture.server.enqueue(audio(AUDIO));
    byte[] sample = ClientFixture.bytes(3, 4_000);

    fixture.client().speech().textToSpeech(TtsRequest.builder().text("Hi").references(Arrays.asList(
        ReferenceAudio.builder().audio(ByteString.of(sample)).text("A sample").build())).temperature(0.5).build()).close();

    RecordedRequest sent = fixture.takeRequest();
    assertEquals("application/msgpack", sent.getHeader("Content-Type"));
    @SuppressWarnings("unchecked")
    Map<String, Object> body = (Map<String, Object>) MessagePack.decode(sent.getBody().readByteArray(),
        MessagePack.Limits.defaults());
    assertEquals(Arrays.asList("text", "references", "temperature"), new ArrayList<>(body.keySet()));
    assertEquals("Hi", body.get("text"));
    assertEquals(0.5, body.get("temperature"));
    @SuppressWarnings("unchecked")
    Map<String, Object> reference = (Map<String, Object>) ((List<Object>) body.get("references")).get(0);
    assertEquals(ByteString.of(sample), reference.get("audio"), "the sample's bytes, as MessagePack binary");
    assertEquals("A sample", reference.get("text"));
  }

  @Test
  void badSpeechRequestsAreRefusedBeforeSending() {
    FishAudio client = fixture.client();
    assertField("text", () -> client.speech().textToSpeech(TtsRequest.builder().text("").build()));
    assertField("chunk_length", () -> client.speech().textToSpeech(TtsRequest.builder().text("a").chunkLength(99).build()));
    assertField("format", () -> client.speech().textToSpeech(TtsRequest.builder().text("a")
        .format(TtsRequestFormat.of("flac")).build()));
    assertField("prosody.speed", () -> client.speech().textToSpeech(TtsRequest.builder().text("a")
        .prosody(ProsodyControl.builder().speed(3).build()).build()));
    assertField("model", () -> client.speech().textToSpeech(TtsModel.of("speech-1.6"), TtsRequest.builder().text("a").build()));
    assertField("reference_id", () -> client.speech().textToSpeech(TtsRequest.builder().text("a")
        .referenceId(Arrays.asList("a", null)).build()));
    assertEquals(0, fixture.server.getRequestCount());
  }

  @Test
  void aModelTheSpecDoesNotListIsSentWhenTheCheckIsOff() throws Exception {
    fixture.server.enqueue(audio(AUDIO));

    fixture.track(fixture.builder().checkHeaderValues(false).build()).speech()
        .textToSpeech(TtsModel.of("s3-pro"), TtsRequest.builder().text("a").build()).close();

    assertEquals("s3-pro", fixture.takeRequest().getHeader("model"));
  }

  @Test
  void transcribeUploadsTheAudioAsAMultipartFile() throws Exception {
    fixture.server.enqueue(json(200, "{\"text\":\"Hello there\",\"duration\":1.25,\"segments\":[{\"text\":\"Hello there\","
        + "\"start\":0,\"end\":1.25}],\"language_code\":\"en\",\"future\":{\"x\":1}}"));
    Path file = ClientFixture.write(tmp.resolve("hello.mp3"), AUDIO);

    Transcription transcript = fixture.client().speechRecognition().transcribe(TranscribeRequest.builder()
        .audio(Upload.of(file)).language("en").build());

    assertEquals("Hello there", transcript.text());
    assertEquals(1.25, transcript.duration());
    assertEquals(1.25, transcript.segments().get(0).end());
    RecordedRequest sent = fixture.takeRequest();
    assertEquals(ClientFixture.PREFIX + "v1/asr", sent.getPath());
    List<ClientFixture.FormPart> parts = ClientFixture.parts(sent);
    assertEquals(Arrays.asList("audio", "language"), ClientFixture.names(parts));
    assertEquals("hello.mp3", parts.get(0).filename());
    assertEquals("audio/mpeg", parts.get(0).contentType());
    assertEquals(ByteString.of(AUDIO), parts.get(0).body());
    assertEquals("en", parts.get(1).text());
  }

  @Test
  void creditIsReadAsDecimalsForTheCallerByDefault() throws Exception {
    fixture.server.enqueue(json(200, "{\"_id\":\"w\",\"user_id\":\"u\",\"credit\":\"0.1000000000000000055511151231257827\","
        + "\"cumulative_top_up\":\"50\",\"created_at\":\"2026-01-05T10:00:00Z\",\"updated_at\":\"2026-12-01T08:30:00Z\","
        + "\"has_phone_sha256\":true}"));
    fixture.server.enqueue(json(200, "{\"_id\":\"w\",\"user_id\":\"u\",\"credit\":\"not a number\",\"cumulative_top_up\":\"1\","
        + "\"created_at\":\"2026-01-05T10:00:00Z\",\"updated_at\":\"2026-12-01T08:30:00Z\",\"has_phone_sha256\":true}"));

    ApiCredit credit = fixture.client().account().getApiCredit();
    MalformedResponseException bad = fixture.assertThrows(MalformedResponseException.class,
        () -> fixture.client().account().getApiCredit("team-user", GetApiCreditQuery.builder().checkFreeCredit(true).build()));

    assertEquals(new BigDecimal("0.1000000000000000055511151231257827"), credit.credit(), "no digit lost");
    assertEquals(new BigDecimal("50"), credit.cumulativeTopUp());
    assertEquals(ClientFixture.PREFIX + "wallet/self/api-credit", fixture.takeRequest().getPath());
    assertEquals(ClientFixture.PREFIX + "wallet/team-user/api-credit?check_free_credit=true", fixture.takeRequest().getPath());
    assertTrue(bad.getMessage().contains("Invalid decimal in 'credit'"), bad.getMessage());
  }

  // ---- Streamed audio ----

  @Test
  void theFirstBytesAreReadableWhileTheServerIsStillSpeaking() throws Exception {
    // The first 1 KiB, then nothing for 4 s: a body read whole would keep the caller waiting that long.
    fixture.server.enqueue(new MockResponse().setHeader("Content-Type", "audio/mpeg").setChunkedBody(
        new Buffer().write(Arrays.copyOf(AUDIO, 2048)), 1024).throttleBody(1024, 4, TimeUnit.SECONDS));

    long start = System.nanoTime();
    try (BinaryResponse speech = fixture.track(fixture.builder().timeout(Duration.ofSeconds(30)).build())
        .speech().textToSpeech(TtsRequest.builder().text("a").build()); InputStream in = speech.inputStream()) {
      byte[] first = new byte[512];
      int read = in.read(first);
      long millis = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start);
      assertTrue(read > 0);
      assertArrayEquals(Arrays.copyOf(AUDIO, read), Arrays.copyOf(first, read));
      assertTrue(millis < 3_000, "the first bytes waited for the rest: " + millis + " ms");
    }
  }

  @Test
  void aStreamThatBreaksLeavesNoFileAndSaysHowMuchArrived() throws Exception {
    fixture.server.enqueue(new MockResponse().setHeader("Content-Type", "audio/mpeg")
        .setHeader("Content-Length", AUDIO.length * 2).setBody(new Buffer().write(AUDIO))
        .setSocketPolicy(SocketPolicy.DISCONNECT_DURING_RESPONSE_BODY));
    Path target = tmp.resolve("speech.mp3");

    TransportException e;
    try (BinaryResponse speech = fixture.client().speech().textToSpeech(TtsRequest.builder().text("a").build())) {
      e = fixture.assertThrows(TransportException.class, () -> speech.saveTo(target));
    }

    assertFalse(Files.exists(target), "a partial speech.mp3");
    try (java.util.stream.Stream<Path> files = Files.list(tmp)) {
      assertEquals(0, files.count(), "the temporary file stayed");
    }
    assertTrue(e.bytesReceived() >= 0 && e.bytesReceived() < AUDIO.length * 2L, "bytes: " + e.bytesReceived());
    assertTrue(e.getMessage().startsWith("The body broke off after " + e.bytesReceived() + " bytes"), e.getMessage());
  }

  @Test
  void aSlowServerWithinTheReadTimeoutIsHeardToTheEndAndSavedWithProgress() throws Exception {
    fixture.server.enqueue(new MockResponse().setHeader("Content-Type", "audio/wav")
        .setChunkedBody(new Buffer().write(AUDIO), 8192).throttleBody(8192, 100, TimeUnit.MILLISECONDS));
    List<long[]> progress = new CopyOnWriteArrayList<>();

    long saved;
    try (BinaryResponse speech = fixture.track(fixture.builder().timeout(Duration.ofSeconds(2)).build())
        .speech().textToSpeech(TtsRequest.builder().text("a").build())) {
      saved = speech.saveTo(tmp.resolve("out/speech.wav"), (received, total) -> progress.add(new long[] {received, total}));
    }

    assertEquals(AUDIO.length, saved);
    assertArrayEquals(AUDIO, Files.readAllBytes(tmp.resolve("out/speech.wav")));
    assertTrue(progress.size() >= 2, "progress heard " + progress.size() + " times");
    assertEquals(AUDIO.length, progress.get(progress.size() - 1)[0]);
    assertEquals(-1, progress.get(0)[1], "chunked speech declares no length");
  }

  @Test
  void anErrorStatusIsTypedAndTheSlotIsFree() throws Exception {
    fixture.server.enqueue(json(401, "{\"status\":401,\"message\":\"Invalid api key\"}"));
    fixture.server.enqueue(audio(AUDIO));
    FishAudio client = fixture.track(fixture.builder().maxConcurrentRequests(1).build());

    fixture.assertThrows(AuthenticationException.class, () -> client.speech().textToSpeech(TtsRequest.builder().text("a").build()));
    try (BinaryResponse speech = client.speech().textToSpeech(TtsRequest.builder().text("a").build())) {
      assertEquals(AUDIO.length, speech.writeTo(new java.io.ByteArrayOutputStream()));
    }
  }

  // ---- Retries: speech is billed ----

  @Test
  void speechIsRetriedWhenTheServerDidNotProcessIt() throws Exception {
    fixture.server.enqueue(json(503, "{\"status\":503,\"message\":\"busy\"}"));
    fixture.server.enqueue(json(429, "{\"status\":429,\"message\":\"slow down\"}"));
    fixture.server.enqueue(audio(AUDIO));

    fixture.client().speech().textToSpeech(TtsRequest.builder().text("a").build()).close();

    assertEquals(3, fixture.server.getRequestCount());
  }

  @org.junit.jupiter.params.ParameterizedTest
  @org.junit.jupiter.params.provider.ValueSource(ints = {500, 502, 504})
  void speechIsNeverSentTwiceOnceTheServerMayHaveProcessedIt(int status) throws Exception {
    fixture.server.setDispatcher(new okhttp3.mockwebserver.Dispatcher() {
      @Override
      public MockResponse dispatch(RecordedRequest request) {
        return json(status, "{\"status\":" + status + ",\"message\":\"gateway\"}");
      }
    });

    ServerException e = fixture.assertThrows(ServerException.class,
        () -> fixture.client().speech().textToSpeech(TtsRequest.builder().text("a").build()));

    assertEquals(status, e.status());
    assertEquals(1, fixture.server.getRequestCount(), "billed speech sent again after a " + status);
  }

  // ---- Server-sent events ----

  @Test
  void timedSpeechReplacesEachChunksAlignmentAndMovesItByTheOffset() throws Exception {
    byte[] a = ClientFixture.bytes(1, 1000);
    byte[] b = ClientFixture.bytes(2, 700);
    byte[] c = ClientFixture.bytes(3, 300);
    fixture.server.enqueue(new MockResponse().setHeader("Content-Type", "text/event-stream").setChunkedBody(
        ": a comment, then a snapshot of chunk 1 before chunk 0's\n"
            + event(a, 1, 2.0, "{\"segments\":[{\"text\":\"later\",\"start\":0.1,\"end\":0.4}],\"audio_duration\":0.4}")
            + event(b, 0, 0, "{\"segments\":[{\"text\":\"Hi\",\"start\":0,\"end\":0.2}],\"audio_duration\":0.2}")
            + "event: progress\ndata: {\"unknown\":true}\n\n"
            // Chunk 0's newer snapshot replaces its first; its data split over two lines (joined by \n, valid JSON).
            + "data: {\"audio_base64\":\"" + Base64.getEncoder().encodeToString(c) + "\",\"content\":\"Hi there\",\n"
            + "data: \"chunk_seq\":0,\"chunk_audio_offset_sec\":0,\"alignment\":{\"segments\":[{\"text\":\"Hi\",\"start\":0,"
            + "\"end\":0.2},{\"text\":\"there\",\"start\":0.2,\"end\":0.5}],\"audio_duration\":0.5}}\r\n\r\n"
            // The last event without its blank line: the server closed right after it.
            + "data: {\"audio_base64\":\"" + Base64.getEncoder().encodeToString(a) + "\",\"content\":\"x\",\"chunk_seq\":1,"
            + "\"chunk_audio_offset_sec\":2.0,\"alignment\":null}", 37));

    TimedSpeech speech;
    try (EventStream<TtsTimestampEvent> events = fixture.client().speech()
        .textToSpeechWithTimestamps(TtsRequest.builder().text("Hi there later").build())) {
      speech = TimedSpeech.collect(events);
    }

    assertEquals(4, speech.events());
    assertEquals(ByteString.of(concat(a, b, c, a)), speech.audio(), "chunks in arrival order");
    List<String> segments = new ArrayList<>();
    for (TimedText segment : speech.segments()) {
      segments.add(segment.text() + "@" + segment.start() + "-" + segment.end());
    }
    assertEquals(Arrays.asList("Hi@0.0-0.2", "there@0.2-0.5", "later@2.1-2.4"), segments);
    assertEquals("WEBVTT\n\n1\n00:00:00.000 --> 00:00:00.200\nHi\n\n2\n00:00:00.200 --> 00:00:00.500\nthere\n\n"
        + "3\n00:00:02.100 --> 00:00:02.400\nlater\n", speech.webVtt());
    assertEquals("text/event-stream", fixture.takeRequest().getHeader("Accept"));
  }

  @Test
  void anErrorEventEndsTheStreamWithItsTypedException() {
    fixture.server.enqueue(new MockResponse().setHeader("Content-Type", "text/event-stream").setBody(
        event(AUDIO, 0, 0, "null") + "event: error\ndata: {\"status\":402,\"message\":\"Insufficient API credit\"}\n\n"));

    List<TtsTimestampEvent> seen = new ArrayList<>();
    fishaudio.client.errors.InsufficientCreditException e;
    try (EventStream<TtsTimestampEvent> events = fixture.client().speech()
        .textToSpeechWithTimestamps(TtsRequest.builder().text("a").build())) {
      e = fixture.assertThrows(fishaudio.client.errors.InsufficientCreditException.class, () -> events.forEach(seen::add));
    }
    assertEquals(1, seen.size());
    assertTrue(e.getMessage().contains("Insufficient API credit"), e.getMessage());
  }

  @Test
  void theListenerFormHearsEveryEventAndCompletesAtTheEnd() throws Exception {
    fixture.server.enqueue(new MockResponse().setHeader("Content-Type", "text/event-stream").setBody(
        event(AUDIO, 0, 0, "null") + event(AUDIO, 1, 1, "null")));
    List<Integer> heard = new CopyOnWriteArrayList<>();

    fixture.client().speech().textToSpeechWithTimestampsAsync(TtsRequest.builder().text("a").build(),
        event -> heard.add(event.chunkSeq())).get(10, TimeUnit.SECONDS);

    assertEquals(Arrays.asList(0, 1), heard);
  }

  @Test
  void brokenEventDataIsMalformedAndClosesTheStream() {
    fixture.server.enqueue(new MockResponse().setHeader("Content-Type", "text/event-stream")
        .setBody("data: {\"audio_base64\":\"AAAA\",\"content\":\"x\",\"chunk_seq\":-1,\"chunk_audio_offset_sec\":0}\n\n"));

    try (EventStream<TtsTimestampEvent> events = fixture.client().speech()
        .textToSpeechWithTimestamps(TtsRequest.builder().text("a").build())) {
      MalformedResponseException e = fixture.assertThrows(MalformedResponseException.class, () -> events.iterator().next());
      assertTrue(e.getMessage().contains("chunk_seq must be at least 0"), e.getMessage());
    }
  }

  // ---- Helpers ----

  private static MockResponse audio(byte[] bytes) {
    return new MockResponse().setHeader("Content-Type", "audio/mpeg").setChunkedBody(new Buffer().write(bytes), 4096);
  }

  private static String event(byte[] audio, int chunk, double offset, String alignment) {
    return "data: {\"audio_base64\":\"" + Base64.getEncoder().encodeToString(audio) + "\",\"content\":\"c\",\"chunk_seq\":"
        + chunk + ",\"chunk_audio_offset_sec\":" + offset + ",\"alignment\":" + alignment + "}\n\n";
  }

  private static byte[] concat(byte[]... parts) {
    Buffer all = new Buffer();
    for (byte[] part : parts) {
      all.write(part);
    }
    return all.readByteArray();
  }

  private void assertField(String field, org.junit.jupiter.api.function.Executable call) {
    InvalidRequestException e = fixture.assertThrows(InvalidRequestException.class, call);
    assertEquals(field, e.field(), e.getMessage());
  }
}
