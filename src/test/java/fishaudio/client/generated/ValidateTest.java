package fishaudio.client.generated;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.squareup.moshi.Moshi;
import java.io.IOException;
import java.util.Collections;
import java.util.List;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;
import okhttp3.RequestBody;
import okio.ByteString;
import org.junit.jupiter.api.Named;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** {@code validate()} at each bound the spec states, one step inside and one step outside. */
class ValidateTest {

  private static final String EMOJI = "\uD83D\uDE00"; // one code point, two UTF-16 units

  // ---------------------------------------------------------------- VoiceDesignRequest

  private static VoiceDesignRequest.Builder design() {
    return VoiceDesignRequest.builder().instruction("Warm, confident studio narrator");
  }

  private static Arguments ok(String name, UnaryOperator<VoiceDesignRequest.Builder> edit) {
    return Arguments.of(Named.of(name, edit));
  }

  private static Arguments bad(String name, UnaryOperator<VoiceDesignRequest.Builder> edit,
      String field, String bound) {
    return Arguments.of(Named.of(name, edit), field, bound);
  }

  static Stream<Arguments> validDesignRequests() {
    return Stream.of(
        ok("instruction length 1", b -> b.instruction("a")),
        ok("instruction length 2000", b -> b.instruction("a".repeat(2000))),
        ok("instruction 2000 emoji (4000 UTF-16 units)", b -> b.instruction(EMOJI.repeat(2000))),
        ok("reference_text length 300", b -> b.referenceText("r".repeat(300))),
        ok("reference_text 300 emoji", b -> b.referenceText(EMOJI.repeat(300))),
        ok("n 1", b -> b.n(1)),
        ok("n 4", b -> b.n(4)),
        ok("speed 3", b -> b.speed(3.0)),
        ok("speed just above 0", b -> b.speed(0.01)),
        ok("num_step 1", b -> b.numStep(1)),
        ok("num_step 128", b -> b.numStep(128)),
        ok("guidance_scale 0", b -> b.guidanceScale(0.0)),
        ok("instruct_guidance_scale 0", b -> b.instructGuidanceScale(0.0)),
        ok("spec narrator example", b -> b.referenceText("Welcome to Fish Audio.").language("en")
            .n(2).speed(1.0).numStep(32).guidanceScale(2.0).instructGuidanceScale(0.0).seed(42)));
  }

  static Stream<Arguments> invalidDesignRequests() {
    return Stream.of(
        bad("instruction missing", b -> b.instruction(null), "instruction", "is required"),
        bad("instruction length 0", b -> b.instruction(""), "instruction", "at least 1 characters"),
        bad("instruction length 2001", b -> b.instruction("a".repeat(2001)),
            "instruction", "at most 2000 characters, was 2001"),
        bad("instruction 2001 emoji", b -> b.instruction(EMOJI.repeat(2001)),
            "instruction", "at most 2000 characters, was 2001"),
        bad("reference_text length 301", b -> b.referenceText("r".repeat(301)),
            "reference_text", "at most 300 characters, was 301"),
        bad("n 0", b -> b.n(0), "n", "at least 1, was 0"),
        bad("n 5", b -> b.n(5), "n", "at most 4, was 5"),
        bad("speed 3.01", b -> b.speed(3.01), "speed", "at most 3, was 3.01"),
        bad("speed 0 (exclusiveMinimum)", b -> b.speed(0.0), "speed", "greater than 0, was 0.0"),
        bad("speed NaN", b -> b.speed(Double.NaN), "speed", "finite"),
        bad("speed +Infinity", b -> b.speed(Double.POSITIVE_INFINITY), "speed", "finite"),
        bad("num_step 0", b -> b.numStep(0), "num_step", "at least 1, was 0"),
        bad("num_step 129", b -> b.numStep(129), "num_step", "at most 128, was 129"),
        bad("guidance_scale -0.01", b -> b.guidanceScale(-0.01),
            "guidance_scale", "at least 0, was -0.01"),
        bad("guidance_scale NaN", b -> b.guidanceScale(Double.NaN), "guidance_scale", "finite"),
        bad("instruct_guidance_scale -0.01", b -> b.instructGuidanceScale(-0.01),
            "instruct_guidance_scale", "at least 0, was -0.01"),
        bad("instruct_guidance_scale -Infinity",
            b -> b.instructGuidanceScale(Double.NEGATIVE_INFINITY),
            "instruct_guidance_scale", "finite"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("validDesignRequests")
  void voiceDesignRequestWithinBoundsPasses(UnaryOperator<VoiceDesignRequest.Builder> edit) {
    VoiceDesignRequest request = edit.apply(design()).build();

    assertDoesNotThrow(request::validate);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("invalidDesignRequests")
  void voiceDesignRequestOutsideBoundsFailsNamingFieldAndBound(
      UnaryOperator<VoiceDesignRequest.Builder> edit, String field, String bound) {
    VoiceDesignRequest request = edit.apply(design()).build();

    ConstraintViolation e = assertThrows(ConstraintViolation.class, request::validate);

    assertEquals(field, e.field());
    assertTrue(e.getMessage().startsWith(field + " "), e.getMessage());
    assertTrue(e.getMessage().contains(bound), e.getMessage());
  }

  @Test
  void instructionLengthCountsCodePointsNotUtf16Units() {
    String instruction = EMOJI.repeat(1500); // 1500 characters, 3000 UTF-16 units

    assertEquals(3000, instruction.length());
    assertDoesNotThrow(() -> design().instruction(instruction).build().validate());
  }

  @Test
  void constraintViolationIsAnIllegalArgumentException() {
    ConstraintViolation e = assertThrows(ConstraintViolation.class,
        () -> design().n(9).build().validate());

    assertInstanceOf(IllegalArgumentException.class, e);
    assertEquals("n must be at most 4, was 9", e.getMessage());
  }

  // ---------------------------------------------------------------- CreateModelRequest

  private static RequestBody file() {
    return RequestBody.create(new byte[] {1}, null);
  }

  private static List<RequestBody> files(int count) {
    return Collections.nCopies(count, file());
  }

  private static List<String> texts(int count) {
    return Collections.nCopies(count, "Welcome to Fish Audio.");
  }

  private static CreateModelRequest.Builder create() {
    return CreateModelRequest.builder()
        .type(CreateModelType.TTS)
        .title("Studio narrator")
        .trainMode(CreateModelTrainMode.FAST)
        .voices(files(1))
        .visibility(Visibility.PRIVATE);
  }

  private static Arguments okCreate(String name, UnaryOperator<CreateModelRequest.Builder> edit) {
    return Arguments.of(Named.of(name, edit));
  }

  private static Arguments badCreate(String name, UnaryOperator<CreateModelRequest.Builder> edit,
      String field, String bound) {
    return Arguments.of(Named.of(name, edit), field, bound);
  }

  static Stream<Arguments> validCreateRequests() {
    return Stream.of(
        okCreate("1 voice", b -> b.voices(files(1))),
        okCreate("20 voices", b -> b.voices(files(20))),
        okCreate("texts equal to voices", b -> b.voices(files(3)).texts(texts(3))),
        okCreate("fewer texts than voices", b -> b.voices(files(3)).texts(texts(1))),
        okCreate("20 texts for 20 voices", b -> b.voices(files(20)).texts(texts(20))),
        okCreate("public with cover image", b -> b.visibility(Visibility.PUBLIC).coverImage(file())),
        okCreate("visibility unset with cover image", b -> b.visibility(null).coverImage(file())),
        okCreate("private without cover image", b -> b.visibility(Visibility.PRIVATE)),
        okCreate("unlist without cover image", b -> b.visibility(Visibility.UNLIST)),
        okCreate("every optional field", b -> b.visibility(Visibility.PUBLIC).coverImage(file())
            .description("A warm narrator").texts(texts(1)).tags(List.of("narration"))
            .enhanceAudioQuality(true)));
  }

  static Stream<Arguments> invalidCreateRequests() {
    return Stream.of(
        badCreate("voices null", b -> b.voices(null), "voices", "is required"),
        badCreate("voices empty", b -> b.voices(List.of()), "voices", "at least 1 item"),
        badCreate("21 voices", b -> b.voices(files(21)), "voices", "at most 20 item(s), was 21"),
        badCreate("title missing", b -> b.title(null), "title", "is required"),
        badCreate("title empty", b -> b.title(""), "title", "at least 1 characters"),
        badCreate("type missing", b -> b.type(null), "type", "is required"),
        badCreate("type unknown", b -> b.type(CreateModelType.of("stt")), "type", "[tts], was stt"),
        badCreate("train_mode missing", b -> b.trainMode(null), "train_mode", "is required"),
        badCreate("train_mode unknown", b -> b.trainMode(CreateModelTrainMode.of("full")),
            "train_mode", "[fast], was full"),
        badCreate("more texts than voices", b -> b.voices(files(2)).texts(texts(3)),
            "texts", "as many items as voices (2), was 3"),
        badCreate("21 texts", b -> b.voices(files(20)).texts(texts(21)),
            "texts", "at most 20 item(s), was 21"),
        badCreate("public without cover image", b -> b.visibility(Visibility.PUBLIC),
            "cover_image", "required when visibility is public"),
        badCreate("visibility unset (default public) without cover image", b -> b.visibility(null),
            "cover_image", "required when visibility is public"),
        badCreate("visibility unknown", b -> b.visibility(Visibility.of("secret")),
            "visibility", "[public, unlist, private], was secret"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("validCreateRequests")
  void createModelRequestWithinBoundsPasses(UnaryOperator<CreateModelRequest.Builder> edit) {
    CreateModelRequest request = edit.apply(create()).build();

    assertDoesNotThrow(request::validate);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("invalidCreateRequests")
  void createModelRequestOutsideBoundsFailsNamingFieldAndBound(
      UnaryOperator<CreateModelRequest.Builder> edit, String field, String bound) {
    CreateModelRequest request = edit.apply(create()).build();

    ConstraintViolation e = assertThrows(ConstraintViolation.class, request::validate);

    assertEquals(field, e.field());
    assertTrue(e.getMessage().startsWith(field + " "), e.getMessage());
    assertTrue(e.getMessage().contains(bound), e.getMessage());
  }

  @Test
  void unsetVisibilityMeansTheSpecDefaultPublic() {
    CreateModelRequest request = create().visibility(null).build();

    assertEquals(Visibility.PUBLIC, request.visibilityOrDefault());
    assertEquals(Boolean.FALSE, request.enhanceAudioQualityOrDefault());
  }

  // ---------------------------------------------------------------- response models

  @Test
  void modelEntityFromTheSpecTrainingExampleValidates() throws IOException {
    ModelEntity model = new Moshi.Builder().build().adapter(ModelEntity.class)
        .fromJson(ModelJsonTest.TRAINING_JSON);

    assertDoesNotThrow(model::validate);
  }

  @Test
  void modelEntityFromTheSpecTrainedExampleValidates() throws IOException {
    ModelEntity model = new Moshi.Builder().build().adapter(ModelEntity.class)
        .fromJson(ModelJsonTest.TRAINED_JSON);

    assertDoesNotThrow(model::validate);
  }

  @Test
  void modelEntityWithUnknownStateFailsValidationNamingState() throws IOException {
    ModelEntity model = new Moshi.Builder().build().adapter(ModelEntity.class)
        .fromJson(ModelJsonTest.TRAINING_JSON).toBuilder().state(ModelState.of("queued")).build();

    ConstraintViolation e = assertThrows(ConstraintViolation.class, model::validate);

    assertEquals("state", e.field());
    assertTrue(e.getMessage().contains("was queued"), e.getMessage());
  }

  @Test
  void modelEntityValidationReachesIntoAuthorAndSamples() throws IOException {
    ModelEntity model = new Moshi.Builder().build().adapter(ModelEntity.class)
        .fromJson(ModelJsonTest.TRAINING_JSON);
    ModelEntity noAvatar = model.toBuilder()
        .author(model.author().toBuilder().avatar(null).build()).build();
    ModelEntity sampleWithoutTask = model.toBuilder()
        .samples(List.of(model.samples().get(0).toBuilder().taskId(null).build())).build();

    // A nested model's violation names its path from the top.
    assertEquals("author.avatar", assertThrows(ConstraintViolation.class, noAvatar::validate).field());
    assertEquals("samples[0].task_id",
        assertThrows(ConstraintViolation.class, sampleWithoutTask::validate).field());
  }

  @Test
  void candidateIndexAndDurationStartAtZeroAndSampleRateIsPositive() {
    VoiceDesignCandidate valid = VoiceDesignCandidate.builder().id("c").index(0)
        .audio(ByteString.of((byte) 1)).sampleRate(44100).durationMs(0).build();

    assertDoesNotThrow(valid::validate);
    ConstraintViolation index = assertThrows(ConstraintViolation.class,
        () -> valid.toBuilder().index(-1).build().validate());
    ConstraintViolation duration = assertThrows(ConstraintViolation.class,
        () -> valid.toBuilder().durationMs(-1).build().validate());
    ConstraintViolation rate = assertThrows(ConstraintViolation.class,
        () -> valid.toBuilder().sampleRate(0).build().validate());
    assertEquals("index", index.field());
    assertTrue(index.getMessage().contains("at least 0, was -1"), index.getMessage());
    assertEquals("duration_ms", duration.field());
    assertEquals("sample_rate", rate.field());
  }

  @Test
  void voiceDesignResponseValidatesEachCandidate() {
    VoiceDesignCandidate noAudio = VoiceDesignCandidate.builder().id("c").index(1)
        .sampleRate(44100).durationMs(200).build();
    VoiceDesignResponse response = VoiceDesignResponse.builder().candidates(List.of(noAudio)).build();

    ConstraintViolation e = assertThrows(ConstraintViolation.class, response::validate);

    assertEquals("candidates[0].audio_base64", e.field());
  }
}
