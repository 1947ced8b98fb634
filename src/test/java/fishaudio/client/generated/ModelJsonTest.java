package fishaudio.client.generated;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.squareup.moshi.JsonAdapter;
import com.squareup.moshi.JsonDataException;
import com.squareup.moshi.Moshi;
import com.squareup.moshi.Types;
import fishaudio.client.testing.SpecExamples;
import java.io.IOException;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import okio.ByteString;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Reading and writing the generated models with a plain Moshi (adapters found via @JsonClass). */
class ModelJsonTest {

  /** The spec's {@code trained} example of a createModel 201 response, as JSON. */
  static final String TRAINED_JSON = SpecExamples.modelTrained();

  /** The spec's {@code training} example: public, with a cover image and one sample. */
  static final String TRAINING_JSON = """
      {
        "_id": "1a2b3c4d5e6f47788990aabbccddeeff",
        "type": "tts",
        "title": "Warm narrator",
        "description": "A warm, confident studio narrator.",
        "cover_image": "https://example.com/covers/warm-narrator.png",
        "state": "training",
        "tags": ["narration", "warm"],
        "created_at": "2026-11-21T12:00:00Z",
        "updated_at": "2026-11-21T12:00:00Z",
        "visibility": "public",
        "like_count": 0,
        "mark_count": 0,
        "shared_count": 0,
        "task_count": 0,
        "author": {
          "_id": "3c9e1a7b5d2f4e6a8b0c1d2e3f4a5b6c",
          "nickname": "studio",
          "avatar": "https://example.com/avatar/studio.png"
        },
        "train_mode": "fast",
        "samples": [
          {
            "title": "Greeting",
            "text": "Welcome to Fish Audio.",
            "task_id": "0f1e2d3c4b5a69788796a5b4c3d2e1f0",
            "audio": "https://example.com/samples/greeting.mp3"
          }
        ],
        "languages": ["en"],
        "lock_visibility": false,
        "unliked": false,
        "liked": false,
        "marked": false
      }
      """;

  /** "RIFF", a little-endian size, "WAVE": the first 12 bytes of a WAV file. */
  static final String WAV_HEADER_BASE64 = "UklGRgxFAABXQVZF";

  static final byte[] WAV_HEADER_BYTES = {
    'R', 'I', 'F', 'F', 0x0c, 0x45, 0x00, 0x00, 'W', 'A', 'V', 'E'
  };

  static final String CANDIDATE_JSON = "{\"id\":\"cand_7d1f0c2a\",\"index\":1,\"audio_base64\":\""
      + WAV_HEADER_BASE64 + "\",\"sample_rate\":44100,\"duration_ms\":200,"
      + "\"text\":\"Welcome to Fish Audio.\",\"instruct\":\"Warm narrator\",\"language\":\"en\"}";

  private final Moshi moshi = new Moshi.Builder().build();
  private final JsonAdapter<ModelEntity> modelAdapter = moshi.adapter(ModelEntity.class);
  private final JsonAdapter<VoiceDesignResponse> responseAdapter =
      moshi.adapter(VoiceDesignResponse.class);
  private final JsonAdapter<Map<String, Object>> mapAdapter =
      moshi.adapter(Types.newParameterizedType(Map.class, String.class, Object.class));

  // ---------------------------------------------------------------- adapters and round trips

  @Test
  void plainMoshiFindsTheGeneratedAdaptersThroughJsonClass() {
    // A reflective ClassJsonAdapter would print the fully-qualified class name instead.
    assertTrue(moshi.adapter(VoiceDesignRequest.class).toString()
        .contains("JsonAdapter(VoiceDesignRequest)"));
    assertTrue(modelAdapter.toString().contains("JsonAdapter(ModelEntity)"));
    assertTrue(moshi.adapter(ModelState.class).toString().contains("JsonAdapter(ModelState)"));
  }

  @Test
  void voiceDesignRequestWritesExactlyTheSnakeCaseNames() throws IOException {
    VoiceDesignRequest request = VoiceDesignRequest.builder()
        .instruction("Warm, confident studio narrator with a natural tone")
        .referenceText("Welcome to Fish Audio.")
        .language("en")
        .n(2)
        .speed(1.0)
        .numStep(32)
        .guidanceScale(2.0)
        .instructGuidanceScale(0.0)
        .seed(42)
        .build();

    Map<String, Object> json = mapAdapter.fromJson(
        moshi.adapter(VoiceDesignRequest.class).toJson(request));

    assertEquals(Set.of("instruction", "reference_text", "language", "n", "speed", "num_step",
        "guidance_scale", "instruct_guidance_scale", "seed"), json.keySet());
    assertEquals("Welcome to Fish Audio.", json.get("reference_text"));
    assertEquals(32.0, json.get("num_step"));
    assertEquals(2.0, json.get("guidance_scale"));
    assertEquals(0.0, json.get("instruct_guidance_scale"));
    assertEquals(42.0, json.get("seed"));
  }

  @Test
  void voiceDesignRequestOmitsUnsetFields() {
    String json = moshi.adapter(VoiceDesignRequest.class)
        .toJson(VoiceDesignRequest.builder().instruction("Calm lighthouse keeper").build());

    assertEquals("{\"instruction\":\"Calm lighthouse keeper\"}", json);
  }

  @Test
  void voiceDesignRequestRoundTripsToAnEqualValue() throws IOException {
    JsonAdapter<VoiceDesignRequest> adapter = moshi.adapter(VoiceDesignRequest.class);
    VoiceDesignRequest request = VoiceDesignRequest.builder()
        .instruction("Narrator").referenceText("Hi").n(4).speed(0.5).numStep(128)
        .guidanceScale(3.5).instructGuidanceScale(1.25).seed(-7).build();

    assertEquals(request, adapter.fromJson(adapter.toJson(request)));
  }

  @Test
  void modelEntityReadsTheSpecTrainedExample() throws IOException {
    ModelEntity model = modelAdapter.fromJson(TRAINED_JSON);

    assertEquals("8f6c2d1e4b7a4c0e9d3b5a1f2e4c6d8a", model.id());
    assertSame(ModelType.TTS, model.type());
    assertEquals("Studio narrator", model.title());
    assertEquals("", model.coverImage());
    assertSame(ModelState.TRAINED, model.state());
    assertEquals(List.of("narration"), model.tags());
    assertSame(Visibility.PRIVATE, model.visibility());
    assertEquals(0, model.likeCount());
    assertEquals(0, model.taskCount());
    assertEquals("studio", model.author().nickname());
    assertEquals("3c9e1a7b5d2f4e6a8b0c1d2e3f4a5b6c", model.author().id());
    assertSame(TrainMode.FAST, model.trainMode());
    assertEquals(List.of(), model.samples());
    assertEquals(List.of("en"), model.languages());
    assertEquals(Boolean.FALSE, model.lockVisibility());
    assertEquals(Boolean.FALSE, model.marked());
  }

  @Test
  void modelEntityWritesBackTheSameFieldsAndValues() throws IOException {
    ModelEntity model = modelAdapter.fromJson(TRAINED_JSON);
    String written = modelAdapter.toJson(model);

    assertEquals(model, modelAdapter.fromJson(written));
    Map<String, Object> original = mapAdapter.fromJson(TRAINED_JSON);
    Map<String, Object> rewritten = mapAdapter.fromJson(written);
    assertEquals(original.keySet(), rewritten.keySet());
    for (String key : original.keySet()) {
      if (key.endsWith("_at")) {
        // Same instant; the text form is checked by timestampsAreWrittenWithSeconds.
        assertEquals(OffsetDateTime.parse((String) original.get(key)),
            OffsetDateTime.parse((String) rewritten.get(key)), key);
      } else {
        assertEquals(original.get(key), rewritten.get(key), key);
      }
    }
  }

  @Test
  void modelEntityReadsSamples() throws IOException {
    ModelEntity model = modelAdapter.fromJson(TRAINING_JSON);

    assertEquals(1, model.samples().size());
    SampleEntity sample = model.samples().get(0);
    assertEquals("Greeting", sample.title());
    assertEquals("0f1e2d3c4b5a69788796a5b4c3d2e1f0", sample.taskId());
    assertEquals("https://example.com/samples/greeting.mp3", sample.audio());
    assertSame(Visibility.PUBLIC, model.visibility());
    assertSame(ModelState.TRAINING, model.state());
  }

  @Test
  void dateTimeFieldsParseWithTheirOffset() throws IOException {
    ModelEntity model = modelAdapter.fromJson(with(TRAINED_JSON, m -> {
      m.put("created_at", "2026-11-21T12:00:00Z");
      m.put("updated_at", "2026-11-21T14:30:15.250+02:30");
    }));

    assertEquals(OffsetDateTime.of(2026, 11, 21, 12, 0, 0, 0, ZoneOffset.UTC), model.createdAt());
    assertEquals(OffsetDateTime.of(2026, 11, 21, 14, 30, 15, 250_000_000,
        ZoneOffset.ofHoursMinutes(2, 30)), model.updatedAt());
  }

  @Test
  void timestampsAreWrittenWithSeconds() throws IOException {
    Map<String, Object> written =
        mapAdapter.fromJson(modelAdapter.toJson(modelAdapter.fromJson(TRAINED_JSON)));

    assertEquals("2026-11-21T12:00:00Z", written.get("created_at"));
  }

  @Test
  void candidateAudioDecodesToTheExactBytesAndReEncodes() throws IOException {
    JsonAdapter<VoiceDesignCandidate> adapter = moshi.adapter(VoiceDesignCandidate.class);

    VoiceDesignCandidate candidate = adapter.fromJson(CANDIDATE_JSON);

    assertEquals(ByteString.of(WAV_HEADER_BYTES), candidate.audio());
    assertEquals(1, candidate.index());
    assertEquals(44100, candidate.sampleRate());
    assertEquals(200, candidate.durationMs());
    assertEquals(WAV_HEADER_BASE64, mapAdapter.fromJson(adapter.toJson(candidate)).get("audio_base64"));
    assertEquals(candidate, adapter.fromJson(adapter.toJson(candidate)));
  }

  @Test
  void voiceDesignResponseKeepsCandidateOrder() throws IOException {
    String second = CANDIDATE_JSON.replace("\"index\":1", "\"index\":2")
        .replace("cand_7d1f0c2a", "cand_second");
    VoiceDesignResponse response =
        responseAdapter.fromJson("{\"candidates\":[" + CANDIDATE_JSON + "," + second + "]}");

    assertEquals(2, response.candidates().size());
    assertEquals("cand_7d1f0c2a", response.candidates().get(0).id());
    assertEquals(2, response.candidates().get(1).index());
  }

  @Test
  void errorResponseReadsStatusMessageAndOptionalReason() throws IOException {
    JsonAdapter<ErrorResponse> adapter = moshi.adapter(ErrorResponse.class);

    ErrorResponse withReason = adapter.fromJson("{\"status\":422,\"message\":\"Validation failed\","
        + "\"reason\":\"instruction: ensure this value has at most 2000 characters\"}");
    ErrorResponse withoutReason = adapter.fromJson("{\"status\":401,\"message\":\"Invalid api key\"}");

    assertEquals(422, withReason.status());
    assertEquals("instruction: ensure this value has at most 2000 characters", withReason.reason());
    assertEquals(401, withoutReason.status());
    assertNull(withoutReason.reason());
  }

  // ---------------------------------------------------------------- unknown fields

  @Test
  void unknownFieldsAreSkippedAtTheTopLevelOfModelEntity() throws IOException {
    ModelEntity withExtras = modelAdapter.fromJson(with(TRAINED_JSON, m -> {
      m.put("new_scalar", 12.5);
      m.put("new_null", null);
      m.put("new_object", Map.of("deep", Map.of("deeper", List.of(1, 2, Map.of("x", "y")))));
      m.put("new_array", List.of(Map.of("_id", "not ours"), List.of(), "text", true));
    }));

    assertEquals(modelAdapter.fromJson(TRAINED_JSON), withExtras);
  }

  @Test
  void unknownFieldsAreSkippedInsideAuthorAndSamples() throws IOException {
    ModelEntity withExtras = modelAdapter.fromJson(with(TRAINING_JSON, m -> {
      Map<String, Object> author = object(m, "author");
      author.put("followers", 12);
      author.put("badges", List.of(Map.of("name", "early")));
      author.put("profile", Map.of("bio", "hi", "links", List.of()));
      Map<String, Object> sample = object(((List<?>) m.get("samples")).get(0));
      sample.put("duration", 1.5);
      sample.put("meta", Map.of("codec", "mp3", "channels", List.of(1)));
      sample.put("title_translations", List.of("Hallo"));
    }));

    assertEquals(modelAdapter.fromJson(TRAINING_JSON), withExtras);
  }

  @Test
  void unknownFieldsAreSkippedInVoiceDesignResponseAndCandidates() throws IOException {
    String candidate = CANDIDATE_JSON.replace("{\"id\"",
        "{\"score\":0.9,\"tags\":[{\"a\":[1,{\"b\":null}]}],\"extra\":{\"nested\":{}},\"id\"");
    VoiceDesignResponse response = responseAdapter.fromJson(
        "{\"request_id\":\"r1\",\"candidates\":[" + candidate + "],\"usage\":{\"credits\":[1,2]}}");
    VoiceDesignResponse clean = responseAdapter.fromJson("{\"candidates\":[" + CANDIDATE_JSON + "]}");

    assertEquals(clean, response);
  }

  // ---------------------------------------------------------------- required fields

  @ParameterizedTest
  @ValueSource(strings = {"_id", "type", "title", "description", "cover_image", "state", "tags",
      "created_at", "updated_at", "visibility", "like_count", "mark_count", "shared_count",
      "task_count", "author"})
  void missingRequiredFieldNamesTheFieldAndPath(String field) {
    JsonDataException e = assertThrows(JsonDataException.class,
        () -> modelAdapter.fromJson(with(TRAINED_JSON, m -> m.remove(field))));

    assertEquals("Required value '" + field + "' missing at $", e.getMessage());
  }

  @ParameterizedTest
  @ValueSource(strings = {"_id", "state", "created_at", "author", "tags"})
  void explicitNullForRequiredFieldIsReportedAsNullNotMissing(String field) {
    JsonDataException e = assertThrows(JsonDataException.class,
        () -> modelAdapter.fromJson(with(TRAINED_JSON, m -> m.put(field, null))));

    assertEquals("Non-null value '" + field + "' was null at $." + field, e.getMessage());
  }

  @Test
  void optionalFieldsMayBeMissingOrNull() throws IOException {
    ModelEntity model = modelAdapter.fromJson(with(TRAINED_JSON, m -> {
      m.remove("train_mode");
      m.remove("samples");
      m.put("languages", null);
      m.put("liked", null);
    }));

    assertNull(model.trainMode());
    assertSame(TrainMode.FULL, model.trainModeOrDefault());
    assertNull(model.samples());
    assertNull(model.languages());
    assertNull(model.liked());
    assertFalse(model.likedOrDefault());
  }

  @ParameterizedTest
  @ValueSource(strings = {"_id", "nickname", "avatar"})
  void missingRequiredFieldInAuthorNamesTheFieldAndNestedPath(String field) {
    JsonDataException missing = assertThrows(JsonDataException.class,
        () -> modelAdapter.fromJson(with(TRAINED_JSON, m -> object(m, "author").remove(field))));
    JsonDataException nulled = assertThrows(JsonDataException.class,
        () -> modelAdapter.fromJson(with(TRAINED_JSON, m -> object(m, "author").put(field, null))));

    assertEquals("Required value '" + field + "' missing at $.author", missing.getMessage());
    assertEquals("Non-null value '" + field + "' was null at $.author." + field, nulled.getMessage());
  }

  @ParameterizedTest
  @ValueSource(strings = {"id", "index", "audio_base64", "sample_rate", "duration_ms"})
  void missingRequiredCandidateFieldNamesTheFieldAndTheCandidatesArray(String field) {
    JsonDataException e = assertThrows(JsonDataException.class,
        () -> responseAdapter.fromJson("{\"candidates\":[" + with(CANDIDATE_JSON, m -> m.remove(field)) + "]}"));

    assertTrue(e.getMessage().startsWith("Required value '" + field + "' missing at $.candidates["),
        e.getMessage());
  }

  @Test
  void explicitNullAudioIsRejectedNamingTheField() {
    JsonDataException e = assertThrows(JsonDataException.class,
        () -> moshi.adapter(VoiceDesignCandidate.class)
            .fromJson(with(CANDIDATE_JSON, m -> m.put("audio_base64", null))));

    assertEquals("Non-null value 'audio_base64' was null at $.audio_base64", e.getMessage());
  }

  @Test
  void missingRequiredFieldInAnArrayItemNamesThatItemsIndex() {
    String bad = with(CANDIDATE_JSON, m -> m.remove("audio_base64"));
    JsonDataException first = assertThrows(JsonDataException.class,
        () -> responseAdapter.fromJson("{\"candidates\":[" + bad + "]}"));
    JsonDataException second = assertThrows(JsonDataException.class,
        () -> responseAdapter.fromJson("{\"candidates\":[" + CANDIDATE_JSON + "," + bad + "]}"));
    JsonDataException sample = assertThrows(JsonDataException.class,
        () -> modelAdapter.fromJson(with(TRAINING_JSON,
            m -> object(((List<?>) m.get("samples")).get(0)).remove("task_id"))));

    assertEquals("Required value 'audio_base64' missing at $.candidates[0]", first.getMessage());
    assertEquals("Required value 'audio_base64' missing at $.candidates[1]", second.getMessage());
    assertEquals("Required value 'task_id' missing at $.samples[0]", sample.getMessage());
  }

  @Test
  void missingCandidatesIsRejected() {
    JsonDataException e = assertThrows(JsonDataException.class,
        () -> responseAdapter.fromJson("{\"data\":[]}"));

    assertEquals("Required value 'candidates' missing at $", e.getMessage());
  }

  @Test
  void missingRequiredErrorMessageIsRejected() {
    JsonDataException e = assertThrows(JsonDataException.class,
        () -> moshi.adapter(ErrorResponse.class).fromJson("{\"status\":500}"));

    assertEquals("Required value 'message' missing at $", e.getMessage());
  }

  // ---------------------------------------------------------------- malformed values

  @ParameterizedTest
  @ValueSource(strings = {"not base64!", "UklG*RgxF", "%%%%"})
  void invalidBase64FailsNamingTheFieldAndPath(String audio) {
    String candidate = with(CANDIDATE_JSON, m -> m.put("audio_base64", audio));

    JsonDataException e = assertThrows(JsonDataException.class,
        () -> responseAdapter.fromJson("{\"candidates\":[" + candidate + "]}"));

    assertEquals("Invalid base64 in 'audio_base64' at $.candidates[0].audio_base64", e.getMessage());
  }

  @Test
  void invalidDateTimeFailsNamingTheField() {
    JsonDataException e = assertThrows(JsonDataException.class,
        () -> modelAdapter.fromJson(with(TRAINED_JSON, m -> m.put("created_at", "yesterday"))));

    assertEquals("Invalid date-time in 'created_at' at $.created_at", e.getMessage());
  }

  @ParameterizedTest(name = "{0} = {1}")
  @CsvSource(delimiter = '|', value = {
      "like_count   | \"many\"",
      "like_count   | 1.5",
      "tags         | \"narration\"",
      "author       | \"studio\"",
      "samples      | {}",
      "liked        | \"yes\"",
      "state        | {\"name\":\"trained\"}",
      "title        | [\"Studio\"]",
      "created_at   | 20261121",
  })
  void wrongJsonTypeFailsWithJsonDataExceptionAtThatField(String field, String rawValue) {
    String json = with(TRAINED_JSON, m -> m.put(field, "__value__"))
        .replace("\"__value__\"", rawValue);

    JsonDataException e = assertThrows(JsonDataException.class, () -> modelAdapter.fromJson(json));

    assertTrue(e.getMessage().contains("$." + field), e.getMessage());
  }

  @Test
  void stringWhereCandidateIntegerExpectedFails() {
    String candidate = CANDIDATE_JSON.replace("\"sample_rate\":44100", "\"sample_rate\":\"fast\"");

    JsonDataException e = assertThrows(JsonDataException.class,
        () -> responseAdapter.fromJson("{\"candidates\":[" + candidate + "]}"));

    assertTrue(e.getMessage().contains("$.candidates[0].sample_rate"), e.getMessage());
  }

  // ---------------------------------------------------------------- helpers

  /** Parses {@code json} to a tree, lets {@code edit} change it, and writes it back. */
  String with(String json, Consumer<Map<String, Object>> edit) {
    try {
      Map<String, Object> tree = mapAdapter.fromJson(json);
      edit.accept(tree);
      return mapAdapter.serializeNulls().toJson(tree);
    } catch (IOException e) {
      throw new AssertionError(e);
    }
  }

  @SuppressWarnings("unchecked")
  static Map<String, Object> object(Object node) {
    return (Map<String, Object>) node;
  }

  static Map<String, Object> object(Map<String, Object> parent, String name) {
    return object(parent.get(name));
  }
}
