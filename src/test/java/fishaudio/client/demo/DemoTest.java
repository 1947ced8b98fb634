package fishaudio.client.demo;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fishaudio.client.testing.CandidateJson;
import fishaudio.client.testing.LiveServer;
import fishaudio.client.testing.WavFiles;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import javax.sound.sampled.AudioFileFormat;
import javax.sound.sampled.AudioSystem;
import okhttp3.MediaType;
import okhttp3.MultipartReader;
import okhttp3.mockwebserver.MockResponse;
import okhttp3.mockwebserver.MockWebServer;
import okhttp3.mockwebserver.RecordedRequest;
import okio.Buffer;
import okio.ByteString;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The demo against a recording server: what it sends, what it writes, and how each failure ends
 * (exit code 1, one line naming the status, no half-done work, never the key).
 */
class DemoTest {
  private static final String KEY = "sk-demo-test-5f3c9a1e7b2d4c6f8a0b";
  private static final String TEXT_1 = "Welcome to the lighthouse.";
  private static final String KEY_PROPERTY = "fishaudio.apiKey";
  private static final String URL_PROPERTY = "fishaudio.baseUrl";

  @TempDir Path tmp;

  private MockWebServer server;
  private Path out;
  private byte[] wav1;
  private byte[] wav2;
  private String savedKey;
  private String savedUrl;
  private final ByteArrayOutputStream stdout = new ByteArrayOutputStream();
  private final ByteArrayOutputStream stderr = new ByteArrayOutputStream();

  @BeforeEach
  void start() throws IOException {
    server = new MockWebServer();
    server.start();
    // The demo reads the key and server as the client's fromEnv() does; properties win over the
    // environment, so these hold whatever this machine's FISH_API_KEY is.
    savedKey = System.setProperty(KEY_PROPERTY, KEY);
    savedUrl = System.setProperty(URL_PROPERTY, server.url("/").toString());
    out = tmp.resolve("out");
    wav1 = WavFiles.tone(16000, 1600, 440);   // 0.1 s
    wav2 = WavFiles.tone(16000, 3200, 220);   // 0.2 s
  }

  @AfterEach
  void stop() throws IOException {
    restore(KEY_PROPERTY, savedKey);
    restore(URL_PROPERTY, savedUrl);
    server.shutdown();
  }

  @Test
  void designsSavesAndClonesFromTheFirstCandidate() throws Exception {
    server.enqueue(json(200, designResponse()));
    server.enqueue(json(201, model("in_review")));

    // The three-argument form: progress and errors on one stream.
    int exit = Demo.run(args("--instruction", "Calm, low voice of an old lighthouse keeper"),
        new PrintStream(stdout, true, StandardCharsets.UTF_8));
    String output = stdout.toString(StandardCharsets.UTF_8);

    assertEquals(0, exit, output);
    assertArrayEquals(wav1, Files.readAllBytes(out.resolve("candidate-1.wav")));
    assertArrayEquals(wav2, Files.readAllBytes(out.resolve("candidate-2.wav")));
    AudioFileFormat format = AudioSystem.getAudioFileFormat(out.resolve("candidate-1.wav").toFile());
    assertEquals(AudioFileFormat.Type.WAVE, format.getType());
    assertEquals(1600, format.getFrameLength());
    assertEquals(List.of("candidate-1.wav", "candidate-2.wav"), filesIn(out));

    RecordedRequest design = server.takeRequest();
    assertEquals("/v1/voice-design", design.getPath());
    assertEquals("Bearer " + KEY, design.getHeader("Authorization"));
    assertEquals("voice-design-1", design.getHeader("model"));
    String designBody = design.getBody().readUtf8();
    assertTrue(designBody.contains("\"instruction\":\"Calm, low voice of an old lighthouse keeper\""), designBody);
    assertTrue(designBody.contains("\"n\":2"), designBody);

    RecordedRequest create = server.takeRequest();
    assertEquals("/model", create.getPath());
    assertEquals("Bearer " + KEY, create.getHeader("Authorization"));
    List<Part> parts = parts(create);
    assertEquals(List.of("type", "title", "train_mode", "voices", "visibility", "texts", "enhance_audio_quality"),
        parts.stream().map(p -> p.name).collect(Collectors.toList()));
    assertEquals("tts", part(parts, "type").text());
    assertEquals("Calm, low voice of an old lighthouse keeper", part(parts, "title").text());
    assertEquals("fast", part(parts, "train_mode").text());
    assertEquals("private", part(parts, "visibility").text());
    assertEquals(TEXT_1, part(parts, "texts").text());
    Part voice = part(parts, "voices");
    assertEquals("candidate-1.wav", voice.filename);
    assertEquals("audio/wav", voice.contentType);
    assertArrayEquals(Files.readAllBytes(out.resolve("candidate-1.wav")), voice.bytes);
    assertEquals(2, server.getRequestCount());

    assertTrue(output.contains("candidate-1.wav (0.10 s, " + String.format(Locale.ROOT, "%,d", wav1.length) + " bytes, 16000 Hz)"), output);
    assertTrue(output.contains("candidate-2.wav (0.20 s"), output);
    assertTrue(output.contains("uploaded " + String.format(Locale.ROOT, "%,d of %,d", wav1.length, wav1.length) + " bytes (100%)"), output);
    assertTrue(output.contains("id:    model_8f6c2d1e"), output);
    assertTrue(output.contains("title: Calm, low voice of an old lighthouse keeper"), output);
    // A state the spec does not list is shown as the server sent it.
    assertTrue(output.contains("state: in_review"), output);
    assertTrue(output.contains("not trained: speaking with it is skipped"), output);
    assertFalse(output.contains(KEY));
  }

  @Test
  void waitsUntilTheModelIsTrainedAndWithDeleteDeletesIt() throws Exception {
    server.enqueue(json(200, designResponse()));
    server.enqueue(json(201, model("created")));
    server.enqueue(json(200, model("trained")));   // the first poll; no wait before it
    enqueueSpeech();
    server.enqueue(new MockResponse().setResponseCode(200));

    int exit = Demo.run(args("--delete"), new PrintStream(stdout, true, StandardCharsets.UTF_8));
    String output = stdout.toString(StandardCharsets.UTF_8);

    assertEquals(0, exit, output);
    assertEquals(List.of("candidate-1.wav", "candidate-2.wav", "speech-timestamped.wav", "speech.mp3", "speech.vtt"), filesIn(out));
    assertEquals("/v1/voice-design", server.takeRequest().getPath());
    assertEquals("/model", server.takeRequest().getPath());
    RecordedRequest poll = server.takeRequest();
    assertEquals("GET /model/model_8f6c2d1e", poll.getMethod() + " " + poll.getPath());
    for (String speech : List.of("/v1/tts", "/v1/tts/stream/with-timestamp", "/v1/asr", "/wallet/self/api-credit")) {
      assertEquals(speech, server.takeRequest().getPath());
    }
    RecordedRequest delete = server.takeRequest();
    assertEquals("DELETE /model/model_8f6c2d1e", delete.getMethod() + " " + delete.getPath());
    assertEquals(8, server.getRequestCount());
    assertTrue(output.contains("state trained"), output);
    assertTrue(output.contains("trained voice model model_8f6c2d1e"), output);
    assertTrue(output.contains("deleted voice model model_8f6c2d1e"), output);
  }

  @Test
  void insufficientCreditOnDesignStopsBeforeWritingOrCloning() {
    server.enqueue(json(402, "{\"status\":402,\"message\":\"Insufficient API credit\"}"));

    int exit = run();

    assertEquals(1, exit);
    assertEquals(List.of("demo: voice design failed: HTTP 402: Insufficient API credit"), errorLines());
    assertEquals(List.of(), filesIn(out));
    assertEquals(1, server.getRequestCount());
    assertKeyNeverShown();
  }

  @Test
  void plainTextUnauthorizedIsOneLine() {
    server.enqueue(new MockResponse().setResponseCode(401)
        .setHeader("Content-Type", "text/plain")
        .setHeader("WWW-Authenticate", "Bearer")
        .setBody("No permission -- see authorization schemes"));

    int exit = run();

    assertEquals(1, exit);
    assertEquals(List.of("demo: voice design failed: HTTP 401: No permission -- see authorization schemes"), errorLines());
    assertEquals(List.of(), filesIn(out));
    assertEquals(1, server.getRequestCount());
    assertKeyNeverShown();
  }

  @Test
  void aKeyTheServerEchoesBackIsRedacted() {
    server.enqueue(json(401, "{\"status\":401,\"message\":\"Invalid api key " + KEY + "\"}"));

    int exit = run();

    assertEquals(1, exit);
    // The client redacts an echoed key before the demo sees the message.
    assertEquals(List.of("demo: voice design failed: HTTP 401: Invalid api key <redacted>"), errorLines());
    assertKeyNeverShown();
  }

  @Test
  void serverErrorOnCreateIsNotRetried() throws Exception {
    server.enqueue(json(200, designResponse()));
    server.enqueue(json(500, "{\"status\":500,\"message\":\"Internal server error\"}"));
    server.enqueue(json(201, model("trained")));   // would be taken by a retry

    int exit = run();

    assertEquals(1, exit);
    assertEquals(List.of("demo: voice cloning failed: HTTP 500: Internal server error"), errorLines());
    assertEquals(2, server.getRequestCount());
    assertEquals("/v1/voice-design", server.takeRequest().getPath());
    assertEquals("/model", server.takeRequest().getPath());
    // The candidates were saved whole before the upload failed.
    assertArrayEquals(wav1, Files.readAllBytes(out.resolve("candidate-1.wav")));
    assertEquals(List.of("candidate-1.wav", "candidate-2.wav"), filesIn(out));
    assertKeyNeverShown();
  }

  @Test
  void rateLimitedDesignIsRetriedWithinBounds() throws Exception {
    server.enqueue(json(429, "{\"status\":429,\"message\":\"Too many requests in flight\"}").setHeader("Retry-After", "0"));
    server.enqueue(json(200, designResponse()));
    server.enqueue(json(201, model("trained")));
    enqueueSpeech();

    int exit = run();

    assertEquals(0, exit, stderr.toString(StandardCharsets.UTF_8));
    assertEquals(7, server.getRequestCount());
    assertEquals("/v1/voice-design", server.takeRequest().getPath());
    assertEquals("/v1/voice-design", server.takeRequest().getPath());
    assertEquals("/model", server.takeRequest().getPath());
    assertEquals(List.of(), errorLines());
    assertTrue(stdout.toString(StandardCharsets.UTF_8).contains("state: trained"));
    assertKeyNeverShown();
  }

  @Test
  void rateLimitThatOutlastsTheRetriesFailsInOneLine() {
    for (int i = 0; i < 3; i++) {   // the first try and the client's two retries
      server.enqueue(json(429, "{\"status\":429,\"message\":\"Too many requests in flight\"}").setHeader("Retry-After", "0"));
    }
    server.enqueue(json(200, designResponse()));   // never reached

    int exit = run();

    assertEquals(1, exit);
    assertEquals(List.of("demo: voice design failed: HTTP 429: Too many requests in flight"), errorLines());
    assertEquals(3, server.getRequestCount());
    assertEquals(List.of(), filesIn(out));
  }

  @Test
  void requestTheSpecForbidsNamesTheFieldAndSendsNothing() {
    int exit = run("--instruction", "x".repeat(2001));

    assertEquals(1, exit);
    List<String> lines = errorLines();
    assertEquals(1, lines.size(), lines.toString());
    assertTrue(lines.get(0).startsWith("demo: voice design failed: instruction "), lines.get(0));
    assertEquals(0, server.getRequestCount());
  }

  @Test
  void malformedAudioIsOneLineAndWritesNothing() {
    server.enqueue(json(200, CandidateJson.designResponse(CandidateJson.candidate("c1", 1,
        "not a wav file at all".getBytes(StandardCharsets.US_ASCII), 16000, 100, TEXT_1, "Calm"))));

    int exit = run();

    assertEquals(1, exit);
    List<String> lines = errorLines();
    assertEquals(1, lines.size(), lines.toString());
    assertTrue(lines.get(0).startsWith("demo: voice design failed: ") && lines.get(0).contains("RIFF/WAVE"), lines.get(0));
    assertEquals(List.of(), filesIn(out));
    assertEquals(1, server.getRequestCount());
  }

  @Test
  void badArgumentsAreAUsageError() {
    assertEquals(2, run("--bogus"));
    assertEquals(1, errorLines().size());
    assertEquals(0, server.getRequestCount());
  }

  // --- helpers ---------------------------------------------------------------------------------

  private int run(String... extra) {
    return Demo.run(args(extra), new PrintStream(stdout, true, StandardCharsets.UTF_8),
        new PrintStream(stderr, true, StandardCharsets.UTF_8));
  }

  @Test
  void withLiveItSpeaksASentenceFedWordByWordWithTheNewVoice() throws Exception {
    server.enqueue(json(200, designResponse()));
    server.enqueue(json(201, model("trained")));
    enqueueSpeech();
    LiveServer live = new LiveServer(server);
    ByteString first = ByteString.encodeUtf8("first piece of mp3");
    ByteString second = ByteString.encodeUtf8("second piece of mp3");
    live.enqueue(LiveServer.speaking(first, second));

    int exit = Demo.run(args("--live"), new PrintStream(stdout, true, StandardCharsets.UTF_8),
        new PrintStream(stderr, true, StandardCharsets.UTF_8));
    String output = stdout.toString(StandardCharsets.UTF_8);

    assertEquals(0, exit, output + stderr.toString(StandardCharsets.UTF_8));
    for (int i = 0; i < 6; i++) {
      server.takeRequest(); // design, create, speak, speak with timestamps, transcribe, credit
    }
    RecordedRequest handshake = server.takeRequest();
    assertEquals("/v1/tts/live", handshake.getPath());
    assertEquals("Bearer " + KEY, handshake.getHeader("Authorization"));
    LiveServer.Session session = live.takeSession();
    Map<?, ?> request = (Map<?, ?>) session.takeFrame().get("request");
    assertEquals("model_8f6c2d1e", request.get("reference_id"), "the new voice, trained");
    assertEquals("mp3", request.get("format"));
    for (String word : Demo.LIVE_SENTENCE.split(" ")) {
      assertEquals(Map.of("event", "text", "text", word + " "), session.takeFrame());
    }
    assertEquals(Map.of("event", "flush"), session.takeFrame());
    assertEquals(Map.of("event", "stop"), session.takeFrame());
    assertArrayEquals(new Buffer().write(first).write(second).readByteArray(), Files.readAllBytes(out.resolve("live.mp3")));
    assertTrue(output.contains("demo: live: first audio after "), output);
    assertTrue(filesIn(out).contains("live.mp3") && !filesIn(out).contains("live.mp3.part"), filesIn(out).toString());
    assertEquals(List.of(), live.violations());
    assertKeyNeverShown();
  }

  @Test
  void offlineTheLiveStepSpeaksRealAudioFromALoopbackLiveServer() throws Exception {
    server.enqueue(json(200, designResponse()));
    server.enqueue(json(201, model("trained")));
    enqueueSpeech();

    int exit = Demo.run(args("--live", "--mock", server.url("/").toString()),
        new PrintStream(stdout, true, StandardCharsets.UTF_8), new PrintStream(stderr, true, StandardCharsets.UTF_8));
    String output = stdout.toString(StandardCharsets.UTF_8);

    assertEquals(0, exit, output + stderr.toString(StandardCharsets.UTF_8));
    assertEquals(6, server.getRequestCount(), "the live step went to the loopback server, not the HTTP mock");
    byte[] mp3 = Files.readAllBytes(out.resolve("live.mp3"));
    assertArrayEquals(LoopbackLiveServer.audio().toByteArray(), mp3);
    assertTrue(mp3.length > 8000 && (mp3[0] & 0xff) == 0xff && (mp3[1] & 0xe0) == 0xe0, "an MP3 frame header");
    assertTrue(output.contains("loopback live server"), output);
  }

  private String[] args(String... extra) {
    List<String> all = new ArrayList<>(List.of("--out", out.toString()));
    all.addAll(List.of(extra));
    return all.toArray(new String[0]);
  }


  private static void restore(String property, String value) {
    if (value == null) {
      System.clearProperty(property);
    } else {
      System.setProperty(property, value);
    }
  }

  private List<String> errorLines() {
    String text = stderr.toString(StandardCharsets.UTF_8);
    return text.isEmpty() ? List.of() : List.of(text.split("\\R"));
  }

  private void assertKeyNeverShown() {
    assertFalse(stdout.toString(StandardCharsets.UTF_8).contains(KEY), "key in stdout");
    assertFalse(stderr.toString(StandardCharsets.UTF_8).contains(KEY), "key in stderr");
  }

  /** Every file in the directory, temporary ones included, so a half-written .part would show. */
  private static List<String> filesIn(Path dir) {
    if (!Files.isDirectory(dir)) {
      return List.of();
    }
    try (Stream<Path> files = Files.list(dir)) {
      return files.map(p -> p.getFileName().toString()).sorted().collect(Collectors.toList());
    } catch (IOException e) {
      throw new AssertionError(e);
    }
  }

  @Test
  void speaksWithTheNewModelTranscribesAndReadsTheCredit() throws Exception {
    server.enqueue(json(200, designResponse()));
    server.enqueue(json(201, model("trained")));
    enqueueSpeech();

    int exit = run("--sentence", "Hello from the lighthouse.");
    String output = stdout.toString(StandardCharsets.UTF_8);

    assertEquals(0, exit, output + stderr.toString(StandardCharsets.UTF_8));
    assertArrayEquals(MP3, Files.readAllBytes(out.resolve("speech.mp3")));
    assertArrayEquals(speechWav(), Files.readAllBytes(out.resolve("speech-timestamped.wav")));
    assertEquals("WEBVTT\n\n1\n00:00:00.000 --> 00:00:00.300\nHello\n\n2\n00:00:00.300 --> 00:00:00.500\nlighthouse.\n",
        Files.readString(out.resolve("speech.vtt")));
    assertEquals(List.of("candidate-1.wav", "candidate-2.wav", "speech-timestamped.wav", "speech.mp3", "speech.vtt"),
        filesIn(out));
    server.takeRequest();
    server.takeRequest();
    RecordedRequest tts = server.takeRequest();
    assertEquals("/v1/tts", tts.getPath());
    assertEquals(null, tts.getHeader("model"), "the server's default model");
    assertEquals("{\"text\":\"Hello from the lighthouse.\",\"reference_id\":\"model_8f6c2d1e\",\"format\":\"mp3\"}",
        tts.getBody().readUtf8());
    RecordedRequest timed = server.takeRequest();
    assertTrue(timed.getBody().readUtf8().contains("\"format\":\"wav\""));
    RecordedRequest asr = server.takeRequest();
    assertEquals("/v1/asr", asr.getPath());
    Part audio = part(parts(asr), "audio");
    assertEquals("speech.mp3", audio.filename);
    assertArrayEquals(MP3, audio.bytes);
    assertEquals("GET /wallet/self/api-credit", server.takeRequest().getRequestLine().replace(" HTTP/1.1", ""));
    assertTrue(output.contains("said:  \"Hello from the lighthouse.\""), output);
    assertTrue(output.contains("heard: \"Hello from the lighthouse.\" (1.50 s, English)"), output);
    assertTrue(output.contains("API credit 12.3456 (topped up 50.00 in all)"), output);
    assertKeyNeverShown();
  }

  @Test
  void aSpeechStreamThatBreaksLeavesNoSpeechFile() throws Exception {
    server.enqueue(json(200, designResponse()));
    server.enqueue(json(201, model("trained")));
    server.enqueue(new MockResponse().setResponseCode(200).setHeader("Content-Type", "audio/mpeg")
        .setHeader("Content-Length", MP3.length * 4).setBody(new Buffer().write(MP3))
        .setSocketPolicy(okhttp3.mockwebserver.SocketPolicy.DISCONNECT_DURING_RESPONSE_BODY));

    int exit = run();

    assertEquals(1, exit);
    String error = String.join("\n", errorLines());
    assertTrue(error.startsWith("demo: speaking failed: The body broke off after "), error);
    assertEquals(List.of("candidate-1.wav", "candidate-2.wav"), filesIn(out), "no speech.mp3, whole or half");
    assertKeyNeverShown();
  }

  private static final byte[] MP3 = {(byte) 0xff, (byte) 0xf3, 0x14, (byte) 0xc4, 1, 2, 3, 4, 5, 6, 7, 8};

  private byte[] speechWav() {
    return wav1;
  }

  /** The answers of the four speech steps: audio, timed audio, a transcript, the credit. */
  private void enqueueSpeech() {
    server.enqueue(new MockResponse().setResponseCode(200).setHeader("Content-Type", "audio/mpeg")
        .setChunkedBody(new Buffer().write(MP3), 5));
    byte[] wav = speechWav();
    int half = wav.length / 2;
    String first = java.util.Base64.getEncoder().encodeToString(java.util.Arrays.copyOfRange(wav, 0, half));
    String second = java.util.Base64.getEncoder().encodeToString(java.util.Arrays.copyOfRange(wav, half, wav.length));
    server.enqueue(new MockResponse().setResponseCode(200).setHeader("Content-Type", "text/event-stream").setChunkedBody(
        "data: {\"audio_base64\":\"" + first + "\",\"content\":\"Hello\",\"chunk_seq\":0,\"chunk_audio_offset_sec\":0,"
            + "\"alignment\":{\"segments\":[{\"text\":\"Hello\",\"start\":0,\"end\":0.3}],\"audio_duration\":0.3}}\n\n"
            + "data: {\"audio_base64\":\"" + second + "\",\"content\":\"lighthouse.\",\"chunk_seq\":1,"
            + "\"chunk_audio_offset_sec\":0.3,\"alignment\":{\"segments\":[{\"text\":\"lighthouse.\",\"start\":0,"
            + "\"end\":0.2}],\"audio_duration\":0.2}}\n\n", 64));
    server.enqueue(json(200, "{\"text\":\"Hello from the lighthouse.\",\"duration\":1.5,\"segments\":[],"
        + "\"language\":\"English\"}"));
    server.enqueue(json(200, "{\"_id\":\"w1\",\"user_id\":\"u1\",\"credit\":\"12.3456\",\"cumulative_top_up\":\"50.00\","
        + "\"created_at\":\"2026-01-05T10:00:00Z\",\"updated_at\":\"2026-12-01T08:30:00Z\",\"has_phone_sha256\":false}"));
  }

  private static MockResponse json(int status, String body) {
    return new MockResponse().setResponseCode(status).setHeader("Content-Type", "application/json").setBody(body);
  }

  private String designResponse() {
    return CandidateJson.designResponse(
        candidate("cand_1", 1, wav1, 100, TEXT_1),
        candidate("cand_2", 2, wav2, 200, "Mind the rocks tonight."));
  }

  private static String candidate(String id, int index, byte[] wav, int durationMs, String text) {
    return CandidateJson.candidate(id, index, wav, 16000, durationMs, text, "Calm, low voice of an old lighthouse keeper");
  }

  private static String model(String state) {
    return "{\"_id\":\"model_8f6c2d1e\",\"type\":\"tts\",\"title\":\"Calm, low voice of an old lighthouse keeper\","
        + "\"description\":\"\",\"cover_image\":\"\",\"state\":\"" + state + "\",\"tags\":[],"
        + "\"created_at\":\"2026-11-21T12:00:00Z\",\"updated_at\":\"2026-11-21T12:00:01Z\",\"visibility\":\"private\","
        + "\"like_count\":0,\"mark_count\":0,\"shared_count\":0,\"task_count\":0,"
        + "\"author\":{\"_id\":\"a1\",\"nickname\":\"studio\",\"avatar\":\"https://example.com/a.png\"},"
        + "\"train_mode\":\"fast\"}";
  }

  private static final class Part {
    final String name;
    final String filename;
    final String contentType;
    final byte[] bytes;

    Part(String name, String filename, String contentType, byte[] bytes) {
      this.name = name;
      this.filename = filename;
      this.contentType = contentType;
      this.bytes = bytes;
    }

    String text() {
      return new String(bytes, StandardCharsets.UTF_8);
    }
  }

  private static Part part(List<Part> parts, String name) {
    List<Part> named = parts.stream().filter(p -> p.name.equals(name)).collect(Collectors.toList());
    assertEquals(1, named.size(), "parts named " + name);
    return named.get(0);
  }

  /** The multipart body as sent, part by part, with each part's exact bytes. */
  private static List<Part> parts(RecordedRequest request) throws IOException {
    MediaType type = MediaType.get(request.getHeader("Content-Type"));
    assertEquals("multipart/form-data", type.type() + "/" + type.subtype());
    String boundary = type.parameter("boundary");
    assertNotNull(boundary);
    List<Part> parts = new ArrayList<>();
    Buffer body = request.getBody().clone();
    try (MultipartReader reader = new MultipartReader(body, boundary)) {
      MultipartReader.Part part;
      while ((part = reader.nextPart()) != null) {
        String disposition = part.headers().get("Content-Disposition");
        assertNotNull(disposition);
        String name = attribute(disposition, "name");
        String filename = attribute(disposition, "filename");
        parts.add(new Part(name, filename, part.headers().get("Content-Type"), part.body().readByteArray()));
      }
    }
    return parts;
  }

  private static String attribute(String disposition, String name) {
    java.util.regex.Matcher m = java.util.regex.Pattern.compile("(?:^|;)\\s*" + name + "=\"([^\"]*)\"").matcher(disposition);
    return m.find() ? m.group(1) : null;
  }
}
