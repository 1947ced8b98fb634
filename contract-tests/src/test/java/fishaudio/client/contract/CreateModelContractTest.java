package fishaudio.client.contract;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import fishaudio.client.FishAudio;
import fishaudio.client.errors.FishAudioApiException;
import fishaudio.client.errors.RateLimitException;
import fishaudio.client.Upload;
import fishaudio.client.generated.AuthorEntity;
import fishaudio.client.generated.CreateModelRequest;
import fishaudio.client.generated.CreateModelTrainMode;
import fishaudio.client.generated.CreateModelType;
import fishaudio.client.generated.ModelEntity;
import fishaudio.client.generated.SampleEntity;
import fishaudio.client.generated.Visibility;
import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import okhttp3.MediaType;
import okhttp3.RequestBody;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Voice cloning (create model, multipart) through the public client, against Prism's mock of the spec. */
@PrismContract
class CreateModelContractTest {
  private static final String OPERATION = "createModel";

  private final Prism prism;
  private final Wire wire = new Wire();

  CreateModelContractTest(Prism prism) {
    this.prism = prism;
  }

  static CreateModelRequest request() {
    return CreateModelRequest.builder()
        .type(CreateModelType.TTS)
        .title("Studio narrator")
        .trainMode(CreateModelTrainMode.FAST)
        .voices(Collections.singletonList(Upload.of(Wav.build(44100, new byte[256]), "take-1.wav", "audio/wav")))
        .texts(Collections.singletonList("Welcome to Fish Audio."))
        .visibility(Visibility.PRIVATE)
        .build();
  }

  static Stream<Spec.DeclaredResponse> declaredResponses() {
    return Spec.get().declaredResponses(OPERATION).stream();
  }

  static Stream<Spec.ResponseExample> responseExamples() {
    return Spec.get().responseExamples(OPERATION).stream();
  }

  static Stream<Spec.RequestExample> requestExamples() {
    return Spec.get().requestExamples(OPERATION).stream();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("declaredResponses")
  void everyDeclaredResponse(Spec.DeclaredResponse declared) {
    wire.prefer("code=" + declared.code()).accept(declared.mediaType);
    FishAudio client = Clients.fishAudio(prism, wire);
    if (declared.code() < 300) {
      ModelEntity model = client.voiceCloning().createModel(request());
      assertNotNull(model.id());
      assertNotNull(model.state());
      assertNotNull(model.author());
    } else {
      FishAudioApiException e = assertThrows(FishAudioApiException.class, () -> client.voiceCloning().createModel(request()));
      assertSame(Clients.exceptionFor(declared.code()), e.getClass(), e.toString());
      assertEquals(declared.code(), e.status());
      assertFalse(e.serverMessage() == null || e.serverMessage().isEmpty());
    }
    assertEquals(1, wire.requestCount());
    assertEquals(declared.code(), wire.last().status);
    assertTrue(wire.last().responseContentType.startsWith(declared.mediaType), wire.last().toString());
    wire.assertNoViolations();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("responseExamples")
  void everyNamedResponseExample(Spec.ResponseExample example) {
    wire.prefer(example.prefer()).accept(example.mediaType);
    FishAudio client = Clients.fishAudio(prism, wire);
    if (example.code() < 300) {
      ModelEntity model = client.voiceCloning().createModel(request());
      assertModelMatches(example.object(), model);
      model.validate();
      // Written back by the generated adapter, the model is the example again: no field lost or altered.
      ExampleAssertions.assertJsonEquals(example.value, ExampleAssertions.toJsonValue(model, ModelEntity.class),
          "ModelEntity round trip of " + example);
    } else {
      FishAudioApiException e = assertThrows(FishAudioApiException.class, () -> client.voiceCloning().createModel(request()));
      ExampleAssertions.assertErrorMatches(example, e);
    }
    assertEquals(example.code(), wire.last().status);
    wire.assertNoViolations();
  }

  @SuppressWarnings("unchecked")
  static void assertModelMatches(Map<String, Object> want, ModelEntity got) {
    assertEquals(want.get("_id"), got.id());
    assertEquals(want.get("type"), got.type().value());
    assertTrue(got.type().isKnown());
    assertEquals(want.get("title"), got.title());
    assertEquals(want.get("description"), got.description());
    assertEquals(want.get("cover_image"), got.coverImage());
    assertEquals(want.get("state"), got.state().value());
    assertTrue(got.state().isKnown());
    assertEquals(want.get("tags"), got.tags());
    assertEquals(OffsetDateTime.parse((String) want.get("created_at")), got.createdAt());
    assertEquals(OffsetDateTime.parse((String) want.get("updated_at")), got.updatedAt());
    assertEquals(want.get("visibility"), got.visibility().value());
    assertEquals(want.get("like_count"), got.likeCount());
    assertEquals(want.get("mark_count"), got.markCount());
    assertEquals(want.get("shared_count"), got.sharedCount());
    assertEquals(want.get("task_count"), got.taskCount());
    Map<String, Object> author = (Map<String, Object>) want.get("author");
    AuthorEntity a = got.author();
    assertEquals(author.get("_id"), a.id());
    assertEquals(author.get("nickname"), a.nickname());
    assertEquals(author.get("avatar"), a.avatar());
    assertEquals(want.get("train_mode"), got.trainMode() == null ? null : got.trainMode().value());
    List<Map<String, Object>> samples = (List<Map<String, Object>>) want.get("samples");
    assertEquals(samples.size(), got.samples().size());
    for (int i = 0; i < samples.size(); i++) {
      SampleEntity s = got.samples().get(i);
      assertEquals(samples.get(i).get("title"), s.title());
      assertEquals(samples.get(i).get("text"), s.text());
      assertEquals(samples.get(i).get("task_id"), s.taskId());
      assertEquals(samples.get(i).get("audio"), s.audio());
    }
    assertEquals(want.get("languages"), got.languages());
    assertEquals(want.get("lock_visibility"), got.lockVisibility());
    assertEquals(want.get("unliked"), got.unliked());
    assertEquals(want.get("liked"), got.liked());
    assertEquals(want.get("marked"), got.marked());
  }

  /**
   * Each request example of the spec, built with the public client's types (file names become
   * uploads), is sent without a violation, and the multipart body carries exactly the example's
   * values: one part per item, in order.
   */
  @ParameterizedTest(name = "{0}")
  @MethodSource("requestExamples")
  @SuppressWarnings("unchecked")
  void everyNamedRequestExample(Spec.RequestExample example) {
    assertEquals("multipart/form-data", example.mediaType);
    CreateModelRequest.Builder builder = CreateModelRequest.builder();
    for (Map.Entry<String, Object> field : example.value.entrySet()) {
      Object v = field.getValue();
      switch (field.getKey()) {
        case "type":
          builder.type(CreateModelType.of((String) v));
          break;
        case "title":
          builder.title((String) v);
          break;
        case "train_mode":
          builder.trainMode(CreateModelTrainMode.of((String) v));
          break;
        case "voices":
          builder.voices(((List<String>) v).stream().map(CreateModelContractTest::fileNamed).collect(Collectors.toList()));
          break;
        case "visibility":
          builder.visibility(Visibility.of((String) v));
          break;
        case "description":
          builder.description((String) v);
          break;
        case "cover_image":
          builder.coverImage(fileNamed((String) v));
          break;
        case "texts":
          builder.texts((List<String>) v);
          break;
        case "tags":
          builder.tags((List<String>) v);
          break;
        case "enhance_audio_quality":
          builder.enhanceAudioQuality((Boolean) v);
          break;
        default:
          fail("Request example " + example.name + " has a field the client cannot send: " + field.getKey());
      }
    }
    wire.prefer("code=201");
    ModelEntity model = Clients.fishAudio(prism, wire).voiceCloning().createModel(builder.build());
    assertNotNull(model.id());
    List<MultipartParts.Part> parts = sentParts();
    for (Map.Entry<String, Object> field : example.value.entrySet()) {
      List<MultipartParts.Part> named = parts.stream().filter(p -> field.getKey().equals(p.name())).collect(Collectors.toList());
      List<Object> values = field.getValue() instanceof List ? (List<Object>) field.getValue() : Collections.singletonList(field.getValue());
      assertEquals(values.size(), named.size(), "parts named " + field.getKey());
      for (int i = 0; i < values.size(); i++) {
        boolean file = field.getKey().equals("voices") || field.getKey().equals("cover_image");
        assertEquals(String.valueOf(values.get(i)), file ? named.get(i).filename() : named.get(i).text(),
            field.getKey() + " part " + i);
      }
    }
    // Beyond the example's parts, only the fields the spec marks x-always-send, with their default.
    Map<String, Map<String, Object>> properties = Spec.get().properties(Spec.get().requestSchema("createModel"));
    for (MultipartParts.Part part : parts) {
      if (!example.value.containsKey(part.name())) {
        Map<String, Object> property = properties.get(part.name());
        assertTrue(property != null && Boolean.TRUE.equals(property.get("x-always-send")),
            "a part beyond the example's that the spec does not mark x-always-send: " + part);
        assertEquals(String.valueOf(property.get("default")), part.text(), "the default of " + part.name());
      }
    }
    wire.assertNoViolations();
  }

  private static Upload fileNamed(String name) {
    byte[] bytes = name.endsWith(".wav") ? Wav.build(44100, name.getBytes(StandardCharsets.UTF_8))
        : ("\u0089PNG\r\n\u001a\n" + name).getBytes(StandardCharsets.ISO_8859_1);
    return Upload.of(bytes, name, Upload.contentTypeFor(name));
  }

  private List<MultipartParts.Part> sentParts() {
    Wire.Exchange sent = wire.last();
    MediaType type = sent.requestContentType;
    assertEquals("multipart", type.type());
    assertEquals("form-data", type.subtype());
    String boundary = type.parameter("boundary");
    assertNotNull(boundary, "no boundary in " + type);
    List<MultipartParts.Part> parts = MultipartParts.parse(sent.requestBytes(), boundary);
    MultipartRules.assertConforms(Spec.get(), Spec.get().formOperation(OPERATION), parts);
    return parts;
  }

  /**
   * The multipart body at the wire, part by part: 3 voices and 3 texts go as 3 {@code voices} and
   * 3 {@code texts} parts, in order, with their filenames and content types and byte-exact
   * contents, and no {@code voices[]}-style names. Prism keeps only the last repeated part, so
   * this capture is the real proof; Prism still checks the rest of the form in the same request.
   */
  @Test
  void repeatedPartsAtTheWire() {
    Random random = new Random(20261121);
    List<byte[]> voiceBytes = new ArrayList<>();
    List<RequestBody> voices = new ArrayList<>();
    String[] names = {"take-1.wav", "take-2.mp3", "take-3.flac"};
    for (int i = 0; i < 3; i++) {
      byte[] payload = new byte[3000 + 1000 * i];
      random.nextBytes(payload);
      // Bytes that break naive multipart handling: CRLF, a fake boundary start, NUL and 0xFF.
      byte[] tricky = "\r\n--\r\n\u0000\u00ff--".getBytes(StandardCharsets.ISO_8859_1);
      System.arraycopy(tricky, 0, payload, 100, tricky.length);
      byte[] file = i == 0 ? Wav.build(44100, payload) : payload;
      voiceBytes.add(file);
      voices.add(Upload.of(file, names[i], Upload.contentTypeFor(names[i])));
    }
    List<String> texts = Arrays.asList("Welcome to Fish Audio.", "Grüße aus Köln — ¿qué tal? 你好", "Line one\r\nline two");
    byte[] cover = "\u0089PNG\r\n\u001a\nnot really a png".getBytes(StandardCharsets.ISO_8859_1);
    CreateModelRequest request = CreateModelRequest.builder()
        .type(CreateModelType.TTS)
        .title("Warm narrator")
        .trainMode(CreateModelTrainMode.FAST)
        .voices(voices)
        .texts(texts)
        .tags(Arrays.asList("narration", "warm"))
        .visibility(Visibility.PUBLIC)
        .description("A warm, confident studio narrator.")
        .coverImage(Upload.of(cover, "cover.png", "image/png"))
        .enhanceAudioQuality(true)
        .build();
    AtomicLong lastSent = new AtomicLong(-1);
    AtomicLong lastTotal = new AtomicLong(-2);
    List<Long> progress = Collections.synchronizedList(new ArrayList<>());
    wire.prefer("code=201");
    ModelEntity model = Clients.fishAudio(prism, wire).voiceCloning().createModel(request, (sent, total) -> {
      progress.add(sent);
      lastSent.set(sent);
      lastTotal.set(total);
    });
    assertNotNull(model.id());
    wire.assertNoViolations();

    List<MultipartParts.Part> parts = sentParts();
    for (MultipartParts.Part p : parts) {
      assertNotNull(p.name(), "part without a name: " + p);
      assertFalse(p.name().endsWith("[]") || p.name().contains("["), "array-style part name: " + p);
      assertTrue(p.disposition().startsWith("form-data;"), p.toString());
    }
    List<MultipartParts.Part> voiceParts = named(parts, "voices");
    assertEquals(3, voiceParts.size(), "voices parts: " + parts);
    for (int i = 0; i < 3; i++) {
      MultipartParts.Part p = voiceParts.get(i);
      assertEquals(names[i], p.filename(), "voice " + i + " filename");
      assertEquals(Upload.contentTypeFor(names[i]), p.contentType(), "voice " + i + " content type");
      assertArrayEquals(voiceBytes.get(i), p.content, "voice " + i + " bytes");
    }
    Wav.parse(voiceParts.get(0).content);
    List<MultipartParts.Part> textParts = named(parts, "texts");
    assertEquals(3, textParts.size(), "texts parts: " + parts);
    for (int i = 0; i < 3; i++) {
      MultipartParts.Part p = textParts.get(i);
      assertNull(p.filename(), "a text part is not a file: " + p);
      assertArrayEquals(texts.get(i).getBytes(StandardCharsets.UTF_8), p.content, "text " + i + " bytes");
      assertTrue(p.contentType() == null || p.contentType().toLowerCase().startsWith("text/plain"), p.toString());
      assertTrue(p.contentType() == null || p.contentType().toLowerCase().contains("utf-8"), "texts must say UTF-8: " + p);
    }
    assertEquals(Arrays.asList("narration", "warm"), named(parts, "tags").stream().map(MultipartParts.Part::text).collect(Collectors.toList()));
    assertEquals("tts", single(parts, "type").text());
    assertEquals("Warm narrator", single(parts, "title").text());
    assertEquals("fast", single(parts, "train_mode").text());
    assertEquals("public", single(parts, "visibility").text());
    assertEquals("A warm, confident studio narrator.", single(parts, "description").text());
    assertEquals("true", single(parts, "enhance_audio_quality").text());
    MultipartParts.Part coverPart = single(parts, "cover_image");
    assertEquals("cover.png", coverPart.filename());
    assertEquals("image/png", coverPart.contentType());
    assertArrayEquals(cover, coverPart.content);
    assertEquals(3 + 3 + 2 + 7, parts.size(), "parts: " + parts);

    long files = voiceBytes.stream().mapToLong(b -> b.length).sum() + cover.length;
    assertEquals(files, lastTotal.get(), "progress total");
    assertEquals(files, lastSent.get(), "progress at the end");
    for (int i = 1; i < progress.size(); i++) {
      assertTrue(progress.get(i) >= progress.get(i - 1), "progress went backwards: " + progress);
    }
  }

  private static List<MultipartParts.Part> named(List<MultipartParts.Part> parts, String name) {
    return parts.stream().filter(p -> name.equals(p.name())).collect(Collectors.toList());
  }

  private static MultipartParts.Part single(List<MultipartParts.Part> parts, String name) {
    List<MultipartParts.Part> found = named(parts, name);
    assertEquals(1, found.size(), "parts named " + name + ": " + parts);
    return found.get(0);
  }

  /** 429 on an upload is retried (the server did not process it), then typed. */
  @Test
  void rateLimitIsRetriedThenTyped() {
    wire.prefer("code=429");
    FishAudio client = Clients.fishAudio(prism, wire, 1);
    RateLimitException e = assertThrows(RateLimitException.class, () -> client.voiceCloning().createModel(request()));
    assertEquals(429, e.status());
    assertEquals(2, wire.requestCount());
    // Each attempt sent the whole form again.
    for (Wire.Exchange x : wire.exchanges()) {
      assertEquals(1, MultipartParts.parse(x.requestBytes(), x.requestContentType.parameter("boundary")).stream()
          .filter(p -> "voices".equals(p.name())).count());
    }
    wire.assertNoViolations();
  }

  @Test
  void asyncCreate() throws Exception {
    Spec.ResponseExample example = Spec.get().responseExamples(OPERATION).stream()
        .filter(e -> e.code() < 300).reduce((a, b) -> b).orElseThrow(AssertionError::new);
    wire.prefer(example.prefer());
    ModelEntity model = Clients.fishAudio(prism, wire).voiceCloning().createModelAsync(request()).get(30, TimeUnit.SECONDS);
    assertModelMatches(example.object(), model);
    wire.assertNoViolations();
  }
}
