package fishaudio.client.workflow;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import fishaudio.client.internal.codec.MessagePack;
import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.Proxy;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import okhttp3.MediaType;
import okhttp3.MultipartReader;
import okhttp3.mockwebserver.MockResponse;
import okhttp3.mockwebserver.MockWebServer;
import okhttp3.mockwebserver.RecordedRequest;
import okio.Buffer;
import okio.ByteString;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;
import org.junit.jupiter.api.io.TempDir;
import org.yaml.snakeyaml.DumperOptions;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;

/**
 * Regeneration, proven: a copy of the spec gains operations of its own ({@code voice-library.yaml}:
 * one of each request and response kind, a new tag), and the build's own generation runs on it
 * (ClientSpec, then openapi-generator at the pom's version with its settings and our templates,
 * through {@link GeneratorRun}) into a scratch folder. That output is compiled together with
 * {@code src/main/java} as it is, loaded in a class loader of its own ({@link FreshBuild}), and
 * every new operation is called through the public client, {@code FishAudio.builder()...build()}
 * and the new service's accessor, on MockWebServer: the exact request, the decoded answer, a typed
 * error, retries only where {@code x-idempotent} allows them, validation before anything is sent,
 * the async twin and {@code withRawResponse()}. The client's classes are the fresh build's, so
 * the test reaches them by name, reflectively. No line of {@code src/} names these operations:
 * zero hand-written lines per operation.
 */
class RegenerationTest {
  private static final Path SCRATCH = Paths.get("target", "regeneration-test");
  private static final Path GENERATED = Paths.get("generated", "src", "main", "java");
  private static final Path FRESH = SCRATCH.resolve("generated-client").resolve("src").resolve("main").resolve("java");
  private static final String KEY = "sk-regeneration-test";
  /** Names voice-library.yaml adds (its service, operations and models); none may appear in hand-written code. */
  private static final List<String> NEW_NAMES = Arrays.asList("VoiceLibrary", "voiceLibrary", "createPreset",
      "getPreset", "archivePreset", "addPresetSample", "previewPreset", "watchPreset", "PresetRequest", "PresetSampleForm",
      "PresetPreviewRequest", "PresetEvent");

  /** Loads the fresh build's {@code fishaudio.client} classes. */
  private static ClassLoader fresh;

  private MockWebServer server;
  private Object client;
  private Object presets;

  @TempDir
  Path dir;

  @BeforeAll
  static void regenerate() throws IOException {
    GeneratorRun.deleteRecursively(SCRATCH);
    Files.createDirectories(SCRATCH);
    Path copy = SCRATCH.resolve("fish-audio.yaml");
    writeYaml(withAdditions(readYaml(Paths.get("openapi", "fish-audio.yaml"))), copy);
    Path clientSpec = SCRATCH.resolve("client-spec.yaml");
    ClientSpec.write(copy, clientSpec);
    GeneratorRun.fromPom(Paths.get("")).generate(clientSpec, SCRATCH.resolve("generated-client"));
    FreshBuild.compile(Arrays.asList(Paths.get("src", "main", "java"), FRESH), SCRATCH.resolve("classes"));
    fresh = FreshBuild.load(SCRATCH.resolve("classes"));
  }

  @BeforeEach
  void startServerAndClient() throws Exception {
    server = new MockWebServer();
    server.start();
    Object builder = invoke(type("FishAudio"), "builder");
    invoke(builder, "apiKey", KEY);
    invoke(builder, "baseUrl", server.url("/").toString());
    invoke(builder, "timeout", Duration.ofSeconds(5));
    client = invoke(builder, "build");
    presets = invoke(client, "voiceLibrary");
  }

  @AfterEach
  void stopClientAndServer() throws Exception {
    invoke(client, "close");
    server.shutdown();
  }

  // ---- What was generated ----

  @Test
  void generatesWhatTheBuildGeneratesPlusTheNewOperations() throws IOException {
    Set<String> committed = files(GENERATED);
    Set<String> changed = new TreeSet<>();
    Set<String> added = new TreeSet<>();
    for (String file : files(FRESH)) {
      if (!committed.remove(file)) {
        added.add(file);
      } else if (!Arrays.equals(Files.readAllBytes(GENERATED.resolve(file)), Files.readAllBytes(FRESH.resolve(file)))) {
        changed.add(file);
      }
    }
    // The same generator, settings and templates as the build: every file of generated/ again, byte
    // for byte, but the list of services; and the new tag's service with its models.
    assertEquals(new TreeSet<>(), committed, "files of generated/ the fresh run did not write");
    assertEquals(new TreeSet<>(Arrays.asList("fishaudio/client/generated/Services.java")), changed);
    assertTrue(added.contains("fishaudio/client/generated/VoiceLibraryService.java"), added.toString());
    assertTrue(added.contains("fishaudio/client/generated/PresetRequest.java"), added.toString());
  }

  @Test
  void theNewTagIsAServiceOnTheClientWithNoHandWrittenLine() throws Exception {
    Method accessor = type("FishAudio").getMethod("voiceLibrary");
    assertEquals("fishaudio.client.generated.Services", accessor.getDeclaringClass().getName());
    assertEquals("fishaudio.client.generated.VoiceLibraryService", accessor.getReturnType().getName());
    assertEquals(fresh, accessor.getReturnType().getClassLoader());
    // The client the build compiled has no such service: it is the regeneration's.
    assertThrows(NoSuchMethodException.class, () -> fishaudio.client.FishAudio.class.getMethod("voiceLibrary"));
    try (Stream<Path> sources = Files.walk(Paths.get("src", "main", "java"))) {
      for (Path source : sources.filter(Files::isRegularFile).collect(Collectors.toList())) {
        String text = new String(Files.readAllBytes(source), StandardCharsets.UTF_8);
        for (String name : NEW_NAMES) {
          assertFalse(text.contains(name), source + " names " + name);
        }
      }
    }
  }

  // ---- A JSON body, a JSON answer ----

  @Test
  void createPresetSendsJsonAndDecodesTheAnswer() throws Exception {
    server.enqueue(json(201, "{\"id\":\"p-1234\",\"title\":\"Narrator\",\"voices\":\"v1\",\"quality\":7,\"tier\":20,"
        + "\"prosody\":null}").setHeader("x-request-id", "req-1"));

    Object preset = invoke(presets, "createPreset", presetRequest(Arrays.asList("v1", "v2")));

    RecordedRequest sent = server.takeRequest();
    assertEquals("POST /v1/presets HTTP/1.1", sent.getRequestLine());
    assertEquals("Bearer " + KEY, sent.getHeader("Authorization"));
    assertEquals("application/json; charset=UTF-8", sent.getHeader("Content-Type"));
    // oneOf string|array as a list, an inline integer enum, a named one, nullable allOf.
    assertEquals("{\"title\":\"Narrator\",\"voices\":[\"v1\",\"v2\"],\"quality\":3,\"tier\":20,\"prosody\":{\"speed\":1.5}}",
        sent.getBody().readUtf8());
    assertEquals("p-1234", invoke(preset, "id"));
    // One voice as a bare string reads as a list of one; a quality the spec does not list is kept.
    assertEquals(Arrays.asList("v1"), invoke(preset, "voices"));
    assertEquals(7, invoke(invoke(preset, "quality"), "value"));
    assertEquals(false, invoke(invoke(preset, "quality"), "isKnown"));
    assertEquals(invoke(type("generated.PresetTier"), "of", 20), invoke(preset, "tier"));
    assertNull(invoke(preset, "prosody"));
  }

  @Test
  void createPresetSendsOneVoiceAsAString() throws Exception {
    server.enqueue(json(201, "{\"id\":\"p-1234\",\"title\":\"Narrator\",\"voices\":[\"v1\"],\"prosody\":{\"speed\":2}}"));

    Object preset = invoke(presets, "createPreset", presetRequest(Arrays.asList("v1")));

    assertEquals("{\"title\":\"Narrator\",\"voices\":\"v1\",\"quality\":3,\"tier\":20,\"prosody\":{\"speed\":1.5}}",
        server.takeRequest().getBody().readUtf8());
    assertEquals(2.0, invoke(invoke(preset, "prosody"), "speed"));
  }

  @Test
  void createPresetValidatesBeforeSending() throws Exception {
    assertInvalid("title", () -> invoke(presets, "createPreset", edit(presetRequest(Arrays.asList("v1")), "title", "")));
    assertInvalid("quality", () -> invoke(presets, "createPreset", edit(presetRequest(Arrays.asList("v1")), "quality",
        invoke(type("generated.PresetRequestQuality"), "of", 9))));
    assertInvalid("tier", () -> invoke(presets, "createPreset", edit(presetRequest(Arrays.asList("v1")), "tier",
        invoke(type("generated.PresetTier"), "of", 40))));
    assertInvalid("prosody.speed", () -> invoke(presets, "createPreset", edit(presetRequest(Arrays.asList("v1")), "prosody",
        build("generated.PresetProsody", "speed", 3.0))));
    assertInvalid("voices", () -> invoke(presets, "createPreset", presetRequest(Arrays.asList("v1", null))));
    assertEquals(0, server.getRequestCount());
  }

  @Test
  void createPresetIsRetriedAfter503ButNotAfter500() throws Exception {
    server.enqueue(error(503).setHeader("Retry-After", "0"));
    server.enqueue(json(201, "{\"id\":\"p-1234\",\"title\":\"Narrator\",\"voices\":\"v1\"}"));
    assertEquals("p-1234", invoke(invoke(presets, "createPreset", presetRequest(Arrays.asList("v1"))), "id"));
    assertEquals(2, server.getRequestCount());

    server.enqueue(error(500).setHeader("Retry-After", "0").setHeader("x-request-id", "req-500"));
    server.enqueue(json(201, "{\"id\":\"p-1234\",\"title\":\"Narrator\",\"voices\":\"v1\"}"));
    RuntimeException e = assertFails("ServerException", () -> invoke(presets, "createPreset", presetRequest(Arrays.asList("v1"))));
    assertEquals(500, invoke(e, "status"));
    assertEquals("req-500", invoke(e, "requestId"));
    assertEquals(3, server.getRequestCount(), "a POST the server may have processed is not sent again");
  }

  @Test
  void createPresetMapsErrorStatusesToTypedExceptions() throws Exception {
    server.enqueue(json(422, "{\"detail\":[{\"loc\":[\"body\",\"title\"],\"msg\":\"too long\",\"type\":\"string_too_long\"}]}"));
    RuntimeException e = assertFails("UnprocessableRequestException",
        () -> invoke(presets, "createPreset", presetRequest(Arrays.asList("v1"))));
    assertEquals(422, invoke(e, "status"));
    server.enqueue(json(401, "{\"status\":401,\"message\":\"Invalid api key\"}"));
    assertFails("AuthenticationException", () -> invoke(presets, "createPreset", presetRequest(Arrays.asList("v1"))));
  }

  @Test
  void createPresetAsyncAndRaw() throws Exception {
    server.enqueue(json(201, "{\"id\":\"p-async\",\"title\":\"Narrator\",\"voices\":\"v1\"}"));
    Object preset = await(invoke(presets, "createPresetAsync", presetRequest(Arrays.asList("v1"))));
    assertEquals("p-async", invoke(preset, "id"));

    server.enqueue(json(201, "{\"id\":\"p-raw\",\"title\":\"Narrator\",\"voices\":\"v1\"}").setHeader("x-request-id", "req-raw"));
    Object raw = invoke(invoke(presets, "withRawResponse"), "createPreset", presetRequest(Arrays.asList("v1")));
    assertEquals(201, invoke(raw, "statusCode"));
    assertEquals("req-raw", invoke(raw, "header", "x-request-id"));
    assertEquals("p-raw", invoke(invoke(raw, "value"), "id"));

    server.enqueue(error(402));
    ExecutionException failed = assertThrows(ExecutionException.class,
        () -> await(invoke(presets, "createPresetAsync", presetRequest(Arrays.asList("v1")))));
    assertEquals("InsufficientCreditException", failed.getCause().getClass().getSimpleName());
    assertEquals(3, server.getRequestCount());
  }

  // ---- No body; path, header and query parameters; x-idempotent ----

  @Test
  void getPresetSendsPathHeadersAndQuery() throws Exception {
    server.enqueue(json(200, "{\"id\":\"p-1234\",\"title\":\"Narrator\",\"voices\":[\"v1\",\"v2\"],\"quality\":1}"));

    Object preset = invoke(presets, "getPreset", "p-1234", invoke(type("generated.GetPresetRegion"), "of", "eu"), "abc", 3,
        getPresetQuery(2, Arrays.asList("id", "title")));

    RecordedRequest sent = server.takeRequest();
    assertEquals("GET /v1/presets/p-1234?tier=10&revision=2&fields=id&fields=title HTTP/1.1", sent.getRequestLine());
    assertEquals("eu", sent.getHeader("region"));
    assertEquals("abc", sent.getHeader("trace-tag"));
    assertEquals("3", sent.getHeader("priority"));
    assertEquals(0, sent.getBodySize());
    assertEquals(Arrays.asList("v1", "v2"), invoke(preset, "voices"));
    assertEquals(invoke(type("generated.PresetQuality"), "of", 1), invoke(preset, "quality"));

    server.enqueue(json(200, "{\"id\":\"p-1234\",\"title\":\"Narrator\",\"voices\":\"v1\"}"));
    invoke(presets, "getPreset", "p-1234");
    RecordedRequest bare = server.takeRequest();
    assertEquals("GET /v1/presets/p-1234 HTTP/1.1", bare.getRequestLine());
    assertNull(bare.getHeader("region"));
    assertNull(bare.getHeader("priority"));
  }

  @Test
  void getPresetValidatesEveryParameterBeforeSending() throws Exception {
    Object eu = invoke(type("generated.GetPresetRegion"), "of", "eu");
    Object query = getPresetQuery(2, Arrays.asList("id"));
    assertInvalid("preset_id", () -> invoke(presets, "getPreset", "p-1", eu, "abc", 3, query));
    assertInvalid("preset_id", () -> invoke(presets, "getPreset", "P_1234", eu, "abc", 3, query));
    assertInvalid("preset_id", () -> invoke(presets, "getPreset", "p-12/../x", eu, "abc", 3, query));
    assertInvalid("region", () -> invoke(presets, "getPreset", "p-1234",
        invoke(type("generated.GetPresetRegion"), "of", "mars"), "abc", 3, query));
    assertInvalid("trace-tag", () -> invoke(presets, "getPreset", "p-1234", eu, "abcdefghi", 3, query));
    assertInvalid("priority", () -> invoke(presets, "getPreset", "p-1234", eu, "abc", 6, query));
    assertInvalid("priority", () -> invoke(presets, "getPreset", "p-1234", eu, "abc", 0, query));
    assertInvalid("revision", () -> invoke(presets, "getPreset", "p-1234", eu, "abc", 3,
        getPresetQuery(100, Arrays.asList("id"))));
    assertInvalid("fields", () -> invoke(presets, "getPreset", "p-1234", eu, "abc", 3,
        getPresetQuery(2, Arrays.asList("a", "b", "c", "d"))));
    Object unknownTier = invoke(invoke(invoke(query, "toBuilder"), "tier", invoke(type("generated.PresetTier"), "of", 40)), "build");
    assertInvalid("tier", () -> invoke(presets, "getPreset", "p-1234", eu, "abc", 3, unknownTier));
    assertEquals(0, server.getRequestCount());
  }

  @Test
  void getPresetIsIdempotentSoA500IsRetried() throws Exception {
    server.enqueue(error(500).setHeader("Retry-After", "0"));
    server.enqueue(json(200, "{\"id\":\"p-1234\",\"title\":\"Narrator\",\"voices\":\"v1\"}"));
    assertEquals("p-1234", invoke(invoke(presets, "getPreset", "p-1234"), "id"));
    assertEquals(2, server.getRequestCount());

    server.enqueue(error(404));
    RuntimeException e = assertFails("FishAudioApiException", () -> invoke(presets, "getPreset", "p-1234"));
    assertEquals(404, invoke(e, "status"));

    server.enqueue(json(200, "{\"id\":\"p-async\",\"title\":\"Narrator\",\"voices\":\"v1\"}"));
    assertEquals("p-async", invoke(await(invoke(presets, "getPresetAsync", "p-1234")), "id"));
    server.enqueue(json(200, "{\"id\":\"p-raw\",\"title\":\"Narrator\",\"voices\":\"v1\"}"));
    Object raw = invoke(invoke(presets, "withRawResponse"), "getPreset", "p-1234");
    assertEquals(200, invoke(raw, "statusCode"));
    assertEquals("p-raw", invoke(invoke(raw, "value"), "id"));
  }

  // ---- No body either way ----

  @Test
  void archivePresetSendsNothingAndReturnsNothing() throws Exception {
    server.enqueue(new MockResponse().setResponseCode(204));
    assertNull(invoke(presets, "archivePreset", "p-1234"));
    RecordedRequest sent = server.takeRequest();
    assertEquals("POST /v1/presets/p-1234/archive HTTP/1.1", sent.getRequestLine());
    assertEquals(0, sent.getBodySize());

    server.enqueue(new MockResponse().setResponseCode(204).setHeader("x-request-id", "req-204"));
    Object raw = invoke(invoke(presets, "withRawResponse"), "archivePreset", "p-1234");
    assertEquals(204, invoke(raw, "statusCode"));
    assertEquals("req-204", invoke(raw, "header", "x-request-id"));
    assertNull(invoke(raw, "value"));
    server.enqueue(new MockResponse().setResponseCode(204));
    assertNull(await(invoke(presets, "archivePresetAsync", "p-1234")));

    server.enqueue(error(500).setHeader("Retry-After", "0"));
    assertFails("ServerException", () -> invoke(presets, "archivePreset", "p-1234"));
    assertEquals(4, server.getRequestCount(), "not x-idempotent: a 500 is not retried");
    assertInvalid("preset_id", () -> invoke(presets, "archivePreset", "p"));

    invoke(client, "close");
    assertThrows(IllegalStateException.class, () -> invoke(presets, "archivePreset", "p-1234"));
    assertEquals(4, server.getRequestCount());
  }

  // ---- Multipart with a streamed file ----

  @Test
  void addPresetSampleStreamsTheFileAsMultipart() throws Exception {
    byte[] audio = "RIFF....WAVEfmt sample bytes".getBytes(StandardCharsets.US_ASCII);
    Path file = dir.resolve("take.wav");
    Files.write(file, audio);
    Object form = build("generated.PresetSampleForm", "audio", invoke(type("Upload"), "of", file),
        "transcript", "hello", "labels", Arrays.asList("warm", "calm"));
    List<long[]> progress = new CopyOnWriteArrayList<>();
    Object listener = proxy("ProgressListener", args -> progress.add(new long[] {(Long) args[0], (Long) args[1]}));
    server.enqueue(json(200, "{\"id\":\"s-1\",\"bytes\":" + audio.length + "}"));

    Object sample = invoke(presets, "addPresetSample", "p-1234", form, listener);

    RecordedRequest sent = server.takeRequest();
    assertEquals("POST /v1/presets/p-1234/samples HTTP/1.1", sent.getRequestLine());
    MediaType contentType = MediaType.get(sent.getHeader("Content-Type"));
    assertEquals("multipart/form-data", contentType.type() + "/" + contentType.subtype());
    List<String> parts = new ArrayList<>();
    try (MultipartReader reader = new MultipartReader(sent.getBody(), contentType.parameter("boundary"))) {
      for (MultipartReader.Part part = reader.nextPart(); part != null; part = reader.nextPart()) {
        String disposition = part.headers().get("Content-Disposition");
        byte[] body = part.body().readByteArray();
        if (disposition.contains("name=\"audio\"")) {
          assertTrue(disposition.contains("filename=\"take.wav\""), disposition);
          assertEquals("audio/wav", part.headers().get("Content-Type"));
          assertArrayEquals(audio, body);
          parts.add("audio");
        } else {
          parts.add(disposition.replaceAll(".*name=\"([^\"]+)\".*", "$1") + "=" + new String(body, StandardCharsets.UTF_8));
        }
      }
    }
    assertEquals(Arrays.asList("audio", "transcript=hello", "labels=warm", "labels=calm"), parts);
    assertEquals("s-1", invoke(sample, "id"));
    assertEquals(audio.length, invoke(sample, "bytes"));
    long[] last = progress.get(progress.size() - 1);
    assertEquals(audio.length, last[0]);
    assertEquals(audio.length, last[1]);

    server.enqueue(error(402));
    assertFails("InsufficientCreditException", () -> invoke(presets, "addPresetSample", "p-1234", form));
    server.enqueue(json(200, "{\"id\":\"s-2\",\"bytes\":1}"));
    assertEquals("s-2", invoke(await(invoke(presets, "addPresetSampleAsync", "p-1234", form)), "id"));
    assertInvalid("transcript", () -> invoke(presets, "addPresetSample", "p-1234", edit(form, "transcript", repeat('x', 201))));
    assertInvalid("audio", () -> invoke(presets, "addPresetSample", "p-1234", edit(form, "audio", (Object) null)));
    assertEquals(3, server.getRequestCount());
  }

  // ---- MessagePack or JSON, a binary answer ----

  @Test
  void previewPresetSendsBytesAsMessagePackAndStreamsTheAudio() throws Exception {
    byte[] reference = {0x52, 0x49, 0x46, 0x46, 0x00, (byte) 0xff};
    byte[] mp3 = {(byte) 0xff, (byte) 0xfb, 0x10, 0x00, 0x42};
    Object request = build("generated.PresetPreviewRequest", "text", "Hi",
        "reference", build("generated.PresetReference", "audio", ByteString.of(reference), "text", "ref"));
    server.enqueue(new MockResponse().setHeader("Content-Type", "audio/mpeg").setBody(new Buffer().write(mp3)));

    Object audio = invoke(presets, "previewPreset", "p-1234", request);

    RecordedRequest sent = server.takeRequest();
    assertEquals("POST /v1/presets/p-1234/preview HTTP/1.1", sent.getRequestLine());
    assertEquals("audio/mpeg, audio/wav", sent.getHeader("Accept"));
    assertEquals("application/msgpack", sent.getHeader("Content-Type"));
    Map<String, Object> ref = new LinkedHashMap<>();
    ref.put("audio", ByteString.of(reference));
    ref.put("text", "ref");
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("text", "Hi");
    body.put("reference", ref);
    assertEquals(body, MessagePack.decode(sent.getBody().readByteArray(), MessagePack.Limits.defaults()));
    try (Closeable closing = (Closeable) audio) {
      assertEquals("audio/mpeg", invoke(audio, "contentType"));
      Path saved = dir.resolve("preview.mp3");
      assertEquals((long) mp3.length, invoke(audio, "saveTo", saved));
      assertArrayEquals(mp3, Files.readAllBytes(saved));
    }

    // Without bytes the body is JSON; the raw form has the status and the streamed body.
    server.enqueue(new MockResponse().setHeader("Content-Type", "audio/wav").setBody(new Buffer().write(mp3)));
    Object raw = invoke(invoke(presets, "withRawResponse"), "previewPreset", "p-1234",
        build("generated.PresetPreviewRequest", "text", "Hi"));
    RecordedRequest json = server.takeRequest();
    assertEquals("application/json; charset=UTF-8", json.getHeader("Content-Type"));
    assertEquals("{\"text\":\"Hi\"}", json.getBody().readUtf8());
    assertEquals(200, invoke(raw, "statusCode"));
    try (Closeable wav = (Closeable) invoke(raw, "value"); InputStream in = (InputStream) invoke(wav, "inputStream")) {
      assertEquals("audio/wav", invoke(wav, "contentType"));
      assertArrayEquals(mp3, in.readAllBytes());
    }

    server.enqueue(new MockResponse().setHeader("Content-Type", "audio/mpeg").setBody(new Buffer().write(mp3)));
    try (Closeable async = (Closeable) await(invoke(presets, "previewPresetAsync", "p-1234", request));
        InputStream in = (InputStream) invoke(async, "inputStream")) {
      assertArrayEquals(mp3, in.readAllBytes());
    }
    server.enqueue(error(500).setHeader("Retry-After", "0"));
    assertFails("ServerException", () -> invoke(presets, "previewPreset", "p-1234", request));
    assertEquals(4, server.getRequestCount(), "not x-idempotent: a 500 is not retried");
    assertInvalid("text", () -> invoke(presets, "previewPreset", "p-1234", edit(request, "text", "")));
    assertInvalid("reference.audio", () -> invoke(presets, "previewPreset", "p-1234", edit(request, "reference",
        build("generated.PresetReference", "text", "ref"))));
    assertEquals(4, server.getRequestCount());
  }

  // ---- Server-sent events ----

  @Test
  void watchPresetStreamsTypedEvents() throws Exception {
    // A comment, an event, an event of another type (skipped), an event whose data spans two lines.
    String events = ": a comment\ndata: {\"seq\":6,\"kind\":\"title\"}\n\nevent: ping\ndata: {}\n\n"
        + "id: 7\ndata: {\"seq\":7,\ndata: \"kind\":\"voices\"}\n\n";
    server.enqueue(new MockResponse().setHeader("Content-Type", "text/event-stream").setBody(events));

    Object stream = invoke(presets, "watchPreset", "p-1234", build("generated.VoiceLibraryService$WatchPresetQuery", "since", 5));

    RecordedRequest sent = server.takeRequest();
    assertEquals("GET /v1/presets/p-1234/events?since=5 HTTP/1.1", sent.getRequestLine());
    assertEquals("text/event-stream", sent.getHeader("Accept"));
    List<String> seen = new ArrayList<>();
    try (Closeable closing = (Closeable) stream) {
      for (Object event : (Iterable<?>) stream) {
        seen.add(invoke(event, "seq") + " " + invoke(event, "kind"));
      }
    }
    assertEquals(Arrays.asList("6 title", "7 voices"), seen);

    server.enqueue(new MockResponse().setHeader("Content-Type", "text/event-stream").setBody(events));
    List<String> heard = new CopyOnWriteArrayList<>();
    Object listener = proxy("http.EventListener", args -> heard.add(String.valueOf(invokeUnchecked(args[0], "kind"))));
    assertNull(await(invoke(presets, "watchPresetAsync", "p-1234", listener)));
    assertEquals(Arrays.asList("title", "voices"), heard);
    assertEquals("GET /v1/presets/p-1234/events HTTP/1.1", server.takeRequest().getRequestLine());

    server.enqueue(new MockResponse().setHeader("Content-Type", "text/event-stream").setBody(events));
    Object raw = invoke(invoke(presets, "withRawResponse"), "watchPreset", "p-1234");
    try (Closeable closing = (Closeable) invoke(raw, "value")) {
      assertEquals(200, invoke(raw, "statusCode"));
      assertEquals(2, count((Iterable<?>) closing));
    }

    server.enqueue(json(401, "{\"status\":401,\"message\":\"Invalid api key\"}"));
    assertFails("AuthenticationException", () -> invoke(presets, "watchPreset", "p-1234"));
    assertInvalid("since", () -> invoke(presets, "watchPreset", "p-1234",
        build("generated.VoiceLibraryService$WatchPresetQuery", "since", -1)));
    assertEquals(4, server.getRequestCount());
  }

  // ---- The request values, built through the fresh build's builders ----

  private Object presetRequest(List<String> voices) throws Exception {
    return build("generated.PresetRequest", "title", "Narrator", "voices", voices,
        "quality", invoke(type("generated.PresetRequestQuality"), "of", 3),
        "tier", invoke(type("generated.PresetTier"), "of", 20),
        "prosody", build("generated.PresetProsody", "speed", 1.5));
  }

  private Object getPresetQuery(int revision, List<String> fields) throws Exception {
    return build("generated.VoiceLibraryService$GetPresetQuery", "tier", invoke(type("generated.PresetTier"), "of", 10),
        "revision", revision, "fields", fields);
  }

  // ---- Reaching the fresh build ----

  /** {@code fishaudio.client.<name>} of the fresh build. */
  private static Class<?> type(String name) throws ClassNotFoundException {
    return Class.forName("fishaudio.client." + name, true, fresh);
  }

  /** {@code type.builder()}, each setter named in {@code fields} (name, value, ...), then {@code build()}. */
  private static Object build(String type, Object... fields) throws Exception {
    Object builder = invoke(type(type), "builder");
    for (int i = 0; i < fields.length; i += 2) {
      invoke(builder, (String) fields[i], fields[i + 1]);
    }
    return invoke(builder, "build");
  }

  /** {@code value} with one field set anew, through {@code toBuilder()}. */
  private static Object edit(Object value, String field, Object replacement) throws Exception {
    Object builder = invoke(value, "toBuilder");
    invoke(builder, field, replacement);
    return invoke(builder, "build");
  }

  /**
   * Calls the public method {@code name} of {@code target} (a {@link Class} for a static one) that
   * takes {@code args}; among overloads, the one whose parameter types are the arguments' own. The
   * exception it throws is thrown as is.
   */
  private static Object invoke(Object target, String name, Object... args) throws Exception {
    Class<?> type = target instanceof Class ? (Class<?>) target : target.getClass();
    List<Method> candidates = new ArrayList<>();
    for (Method method : type.getMethods()) {
      if (method.getName().equals(name) && method.getParameterCount() == args.length
          && (target instanceof Class) == Modifier.isStatic(method.getModifiers()) && accepts(method, args)) {
        candidates.add(method);
      }
    }
    if (candidates.size() > 1) {
      candidates.removeIf(method -> !exactly(method, args));
    }
    if (candidates.size() != 1) {
      fail("no single " + type.getName() + "." + name + " for " + Arrays.toString(args) + ": " + candidates);
    }
    Method method = candidates.get(0);
    method.setAccessible(true);
    try {
      return method.invoke(target instanceof Class ? null : target, args);
    } catch (InvocationTargetException e) {
      if (e.getCause() instanceof Exception) {
        throw (Exception) e.getCause();
      }
      throw e;
    }
  }

  private static Object invokeUnchecked(Object target, String name, Object... args) {
    try {
      return invoke(target, name, args);
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }

  private static boolean accepts(Method method, Object[] args) {
    Class<?>[] types = method.getParameterTypes();
    for (int i = 0; i < args.length; i++) {
      Class<?> boxed = box(types[i]);
      if (args[i] == null ? types[i].isPrimitive() : !boxed.isInstance(args[i])) {
        return false;
      }
    }
    return true;
  }

  /** Whether {@code method} takes exactly the arguments' classes (a boxed overload over a primitive one). */
  private static boolean exactly(Method method, Object[] args) {
    Class<?>[] types = method.getParameterTypes();
    for (int i = 0; i < args.length; i++) {
      if (args[i] != null && types[i] != args[i].getClass()) {
        return false;
      }
    }
    return true;
  }

  private static Class<?> box(Class<?> type) {
    if (!type.isPrimitive()) {
      return type;
    }
    if (type == int.class) {
      return Integer.class;
    }
    if (type == long.class) {
      return Long.class;
    }
    if (type == double.class) {
      return Double.class;
    }
    if (type == boolean.class) {
      return Boolean.class;
    }
    throw new IllegalArgumentException(type.toString());
  }

  /** An implementation of the fresh build's one-method interface {@code fishaudio.client.<name>}. */
  private static Object proxy(String name, java.util.function.Consumer<Object[]> body) throws ClassNotFoundException {
    Class<?> type = type(name);
    return Proxy.newProxyInstance(fresh, new Class<?>[] {type}, (self, method, args) -> {
      if (method.getDeclaringClass() == Object.class) {
        return method.getName().equals("equals") ? self == args[0] : method.getName().equals("hashCode")
            ? System.identityHashCode(self) : name;
      }
      body.accept(args);
      return null;
    });
  }

  private static Object await(Object future) throws Exception {
    return ((CompletableFuture<?>) future).get(10, TimeUnit.SECONDS);
  }

  /** Runs {@code call}, which must throw the fresh build's {@code simpleName}; returns it. */
  private static RuntimeException assertFails(String simpleName, Executable call) {
    RuntimeException e = assertThrows(RuntimeException.class, call);
    assertEquals(simpleName, e.getClass().getSimpleName(), () -> "threw " + e);
    assertEquals(fresh, e.getClass().getClassLoader());
    return e;
  }

  private void assertInvalid(String field, Executable call) throws Exception {
    int before = server.getRequestCount();
    RuntimeException e = assertFails("InvalidRequestException", call);
    assertEquals(field, invoke(e, "field"), e.getMessage());
    assertEquals(before, server.getRequestCount(), "sent though invalid");
  }

  private static MockResponse json(int status, String body) {
    return new MockResponse().setResponseCode(status).setHeader("Content-Type", "application/json").setBody(body);
  }

  private static MockResponse error(int status) {
    return json(status, "{\"status\":" + status + ",\"message\":\"failed\"}");
  }

  private static int count(Iterable<?> events) {
    int n = 0;
    for (Object ignored : events) {
      n++;
    }
    return n;
  }

  private static String repeat(char c, int times) {
    char[] chars = new char[times];
    Arrays.fill(chars, c);
    return new String(chars);
  }

  private static Set<String> files(Path root) throws IOException {
    try (Stream<Path> walk = Files.walk(root)) {
      return walk.filter(Files::isRegularFile).map(path -> root.relativize(path).toString().replace('\\', '/'))
          .collect(Collectors.toCollection(TreeSet::new));
    }
  }

  // ---- The spec copy ----

  @SuppressWarnings("unchecked")
  private static Map<String, Object> withAdditions(Map<String, Object> spec) throws IOException {
    Map<String, Object> additions;
    try (InputStream in = RegenerationTest.class.getResourceAsStream("voice-library.yaml")) {
      additions = new Yaml(new LoaderOptions()).load(in);
    }
    ((List<Object>) spec.get("tags")).addAll((List<Object>) additions.get("tags"));
    merge((Map<String, Object>) spec.get("paths"), (Map<String, Object>) additions.get("paths"), "paths");
    Map<String, Object> components = (Map<String, Object>) spec.get("components");
    for (Map.Entry<String, Object> section : ((Map<String, Object>) additions.get("components")).entrySet()) {
      merge((Map<String, Object>) components.get(section.getKey()), (Map<String, Object>) section.getValue(),
          "components/" + section.getKey());
    }
    return spec;
  }

  private static void merge(Map<String, Object> into, Map<String, Object> from, String where) {
    for (Map.Entry<String, Object> entry : from.entrySet()) {
      if (into.put(entry.getKey(), entry.getValue()) != null) {
        throw new IllegalStateException(where + " already has " + entry.getKey() + ": rename it in voice-library.yaml");
      }
    }
  }

  private static Map<String, Object> readYaml(Path file) {
    try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      return new Yaml(new LoaderOptions()).load(in);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static void writeYaml(Map<String, Object> spec, Path file) throws IOException {
    DumperOptions options = new DumperOptions();
    options.setDefaultFlowStyle(DumperOptions.FlowStyle.BLOCK);
    try (Writer out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
      new Yaml(options).dump(spec, out);
    }
  }
}
