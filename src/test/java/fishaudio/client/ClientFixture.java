package fishaudio.client;

import fishaudio.client.errors.FishAudioApiException;

import static java.util.concurrent.TimeUnit.SECONDS;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import fishaudio.client.generated.CreateModelRequest;
import fishaudio.client.generated.CreateModelTrainMode;
import fishaudio.client.generated.CreateModelType;
import fishaudio.client.generated.VoiceDesignRequest;
import fishaudio.client.generated.Visibility;
import fishaudio.client.testing.CandidateJson;
import fishaudio.client.testing.SpecExamples;
import fishaudio.client.testing.WavFiles;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import okhttp3.Headers;
import okhttp3.MediaType;
import okhttp3.MultipartReader;
import okhttp3.RequestBody;
import okhttp3.mockwebserver.MockResponse;
import okhttp3.mockwebserver.MockWebServer;
import okhttp3.mockwebserver.RecordedRequest;
import okio.ByteString;
import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.function.Executable;

/**
 * A MockWebServer per test and a client builder aimed at it through a path prefix, with the
 * builder's test hooks set so that no test sleeps: retry waits are recorded, jitter is 1.0 and
 * the clock is fixed. After each test it checks that no exception the test caught, no log line
 * and no client's {@code toString()} shows the API key.
 */
final class ClientFixture implements BeforeEachCallback, AfterEachCallback {
  /** Recognisable, so that a leak anywhere is easy to spot. */
  static final String API_KEY = "sk-test-SECRET-123";

  /** Requests go through a proxy-like prefix, so tests see the relative paths resolve under it. */
  static final String PREFIX = "/proxy/v4beta/";

  static final Instant NOW = Instant.parse("2026-11-21T12:00:00Z");

  static final String CANDIDATE_TEXT = "Welcome to Fish Audio.";

  final List<Duration> sleeps = new CopyOnWriteArrayList<>();
  final List<String> log = new CopyOnWriteArrayList<>();
  private final List<Throwable> caught = new CopyOnWriteArrayList<>();
  private final List<FishAudio> clients = new CopyOnWriteArrayList<>();
  MockWebServer server;

  @Override
  public void beforeEach(ExtensionContext context) throws IOException {
    server = new MockWebServer();
    server.start();
  }

  @Override
  public void afterEach(ExtensionContext context) throws IOException {
    try {
      for (FishAudio client : clients) {
        assertKeyAbsent("FishAudio.toString()", client.toString());
        client.close();
      }
    } finally {
      server.shutdown();
    }
    for (String line : log) {
      assertKeyAbsent("log line", line);
    }
    for (Throwable failure : caught) {
      assertKeyAbsent(failure.getClass().getSimpleName(), describe(failure));
    }
  }

  /** The base URL with the path prefix, as text. */
  String baseUrl() {
    return server.url(PREFIX).toString();
  }

  /** A builder with the key, the server's prefixed URL, the logger and the no-sleep hooks. */
  FishAudio.Builder builder() {
    return FishAudio.builder()
        .apiKey(API_KEY)
        .baseUrl(baseUrl())
        .logger(log::add)
        .sleeper(sleeps::add)
        .jitter(() -> 1.0)
        .clock(Clock.fixed(NOW, ZoneOffset.UTC));
  }

  FishAudio client() {
    return track(builder().build());
  }

  /** Closes the client after the test and checks its {@code toString()}. */
  FishAudio track(FishAudio client) {
    clients.add(client);
    return client;
  }

  /** {@link Assertions#assertThrows}, keeping the exception for the after-test leak check. */
  <T extends Throwable> T assertThrows(Class<T> type, Executable call) {
    return caught(Assertions.assertThrows(type, call));
  }

  /** Keeps an exception a test got some other way (a future's cause) for the leak check. */
  <T extends Throwable> T caught(T failure) {
    caught.add(failure);
    return failure;
  }

  RecordedRequest takeRequest() throws InterruptedException {
    RecordedRequest request = server.takeRequest(5, SECONDS);
    assertNotNull(request, "no request reached the server");
    return request;
  }

  static void assertKeyAbsent(String where, String text) {
    assertFalse(text != null && text.contains(API_KEY), () -> where + " shows the API key: " + text);
  }

  /** Everything a caller could print about a failure: the stack trace with every cause, and API details. */
  static String describe(Throwable failure) {
    StringWriter text = new StringWriter();
    failure.printStackTrace(new PrintWriter(text));
    for (Throwable t = failure; t != null; t = t.getCause()) {
      text.append('\n').append(String.valueOf(t));
      if (t instanceof FishAudioApiException) {
        FishAudioApiException api = (FishAudioApiException) t;
        text.append('\n').append(api.serverMessage()).append('\n').append(api.body());
      }
    }
    return text.toString();
  }

  // Responses.

  static MockResponse json(int code, String body) {
    return new MockResponse().setResponseCode(code).setHeader("Content-Type", "application/json").setBody(body);
  }

  static MockResponse designed() {
    return json(200, designResponse(candidate("cand_1", 1, wav(1))));
  }

  static MockResponse created() {
    return json(201, modelJson());
  }

  static String designResponse(String... candidates) {
    return CandidateJson.designResponse(candidates);
  }

  static String candidate(String id, int index, byte[] audio) {
    return candidate(id, index, ByteString.of(audio).base64());
  }

  static String candidate(String id, int index, String audioBase64) {
    return CandidateJson.candidate(id, index, audioBase64, 44100, 200 + index, CANDIDATE_TEXT, "Warm narrator");
  }

  /** The spec's {@code trained} example of the create-model response. */
  static String modelJson() {
    return SpecExamples.modelTrained();
  }

  // Payloads.

  /** A small, valid mono 16-bit WAV file whose samples depend on {@code seed}. */
  static byte[] wav(int seed) {
    return WavFiles.noise(44100, 441, seed);
  }

  static byte[] bytes(int seed, int size) {
    byte[] bytes = new byte[size];
    new Random(seed).nextBytes(bytes);
    return bytes;
  }

  static Path write(Path file, byte[] bytes) throws IOException {
    Files.createDirectories(file.toAbsolutePath().getParent());
    return Files.write(file, bytes);
  }

  // Requests.

  static VoiceDesignRequest designRequest() {
    return VoiceDesignRequest.builder().instruction("Warm, confident studio narrator").build();
  }

  /** A private TTS model of the given voices: every required field, nothing optional but visibility. */
  static CreateModelRequest.Builder modelRequest(RequestBody... voices) {
    return CreateModelRequest.builder()
        .type(CreateModelType.TTS)
        .title("Studio narrator")
        .trainMode(CreateModelTrainMode.FAST)
        .visibility(Visibility.PRIVATE)
        .voices(Arrays.asList(voices));
  }

  // Multipart bodies, read back with OkHttp's own parser.

  /** One part of a multipart body as it went over the wire. */
  record FormPart(Headers headers, String name, String filename, String contentType, ByteString body) {
    String text() {
      return body.utf8();
    }
  }

  private static final Pattern NAME = Pattern.compile("(?:^|;)\\s*name=\"([^\"]*)\"");
  private static final Pattern FILENAME = Pattern.compile(";\\s*filename=\"([^\"]*)\"");

  static List<FormPart> parts(RecordedRequest request) throws IOException {
    MediaType type = MediaType.get(request.getHeader("Content-Type"));
    assertEquals("multipart/form-data", type.type() + "/" + type.subtype());
    String boundary = type.parameter("boundary");
    assertNotNull(boundary, "no boundary in " + type);
    List<FormPart> parts = new ArrayList<>();
    try (MultipartReader reader = new MultipartReader(request.getBody().clone(), boundary)) {
      MultipartReader.Part part;
      while ((part = reader.nextPart()) != null) {
        try (MultipartReader.Part closing = part) {
          String disposition = closing.headers().get("Content-Disposition");
          assertNotNull(disposition, "a part without Content-Disposition: " + closing.headers());
          parts.add(new FormPart(closing.headers(), group(NAME, disposition), group(FILENAME, disposition),
              closing.headers().get("Content-Type"), closing.body().readByteString()));
        }
      }
    }
    return parts;
  }

  static List<String> names(List<FormPart> parts) {
    return parts.stream().map(FormPart::name).collect(Collectors.toList());
  }

  static List<FormPart> named(List<FormPart> parts, String name) {
    return parts.stream().filter(p -> p.name().equals(name)).collect(Collectors.toList());
  }

  private static String group(Pattern pattern, String text) {
    Matcher matcher = pattern.matcher(text);
    return matcher.find() ? matcher.group(1) : null;
  }
}
