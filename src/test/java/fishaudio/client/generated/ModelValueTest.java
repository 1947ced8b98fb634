package fishaudio.client.generated;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.squareup.moshi.JsonAdapter;
import com.squareup.moshi.JsonDataException;
import com.squareup.moshi.Moshi;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import okhttp3.RequestBody;
import okio.ByteString;
import org.junit.jupiter.api.Test;

/** Value semantics of the generated models: immutability, builders, equality, toString. */
class ModelValueTest {

  private static final int ONE_MB = 1024 * 1024;

  private final Moshi moshi = new Moshi.Builder().build();

  private static VoiceDesignCandidate candidate(ByteString audio) {
    return VoiceDesignCandidate.builder().id("cand_1").index(1).audio(audio)
        .sampleRate(44100).durationMs(200).text("Hello").instruct("Warm").language("en").build();
  }

  private static VoiceDesignRequest fullRequest() {
    return VoiceDesignRequest.builder().instruction("Narrator").referenceText("Hi").language("en")
        .n(3).speed(1.5).numStep(64).guidanceScale(2.5).instructGuidanceScale(0.5).seed(42).build();
  }

  private ModelEntity trainingModel() throws IOException {
    return moshi.adapter(ModelEntity.class).fromJson(ModelJsonTest.TRAINING_JSON);
  }

  // ---------------------------------------------------------------- toString

  @Test
  void toStringAbbreviatesAudioToItsByteCount() {
    VoiceDesignCandidate big = candidate(ByteString.of(new byte[ONE_MB]));

    String text = big.toString();

    assertTrue(text.length() < 1024, "toString is " + text.length() + " chars");
    assertTrue(text.contains(ONE_MB + " bytes"), text);
    assertTrue(text.contains("id=cand_1"), text);
  }

  @Test
  void responseToStringStaysShortWithLargeCandidates() {
    VoiceDesignCandidate big = candidate(ByteString.of(new byte[ONE_MB]));
    VoiceDesignResponse response =
        VoiceDesignResponse.builder().candidates(List.of(big, big, big, big)).build();

    assertTrue(response.toString().length() < 4 * 1024, response.toString());
  }

  @Test
  void toStringUsesJsonNames() {
    String text = fullRequest().toString();

    assertTrue(text.contains("reference_text=Hi"), text);
    assertTrue(text.contains("num_step=64"), text);
    assertTrue(text.contains("instruct_guidance_scale=0.5"), text);
  }

  // ---------------------------------------------------------------- lists: copied, unmodifiable

  @Test
  void listsPassedToTheBuilderAreCopied() throws IOException {
    List<String> tags = new ArrayList<>(List.of("narration"));
    List<SampleEntity> samples = new ArrayList<>(trainingModel().samples());
    ModelEntity model = trainingModel().toBuilder().tags(tags).samples(samples).build();

    tags.add("changed");
    samples.clear();

    assertEquals(List.of("narration"), model.tags());
    assertEquals(1, model.samples().size());
  }

  @Test
  void returnedListsAreUnmodifiable() throws IOException {
    ModelEntity model = trainingModel();

    assertThrows(UnsupportedOperationException.class, () -> model.tags().add("x"));
    assertThrows(UnsupportedOperationException.class, () -> model.samples().remove(0));
    assertThrows(UnsupportedOperationException.class, () -> model.languages().set(0, "de"));
    assertEquals(List.of("narration", "warm"), model.tags());
  }

  @Test
  void createModelRequestCopiesAndProtectsItsLists() {
    RequestBody voice = RequestBody.create(new byte[] {1}, null);
    List<RequestBody> voices = new ArrayList<>(List.of(voice));
    List<String> texts = new ArrayList<>(List.of("one"));
    CreateModelRequest request = CreateModelRequest.builder().type(CreateModelType.TTS)
        .title("T").trainMode(CreateModelTrainMode.FAST).voices(voices).texts(texts).build();

    voices.add(voice);
    texts.add("two");

    assertEquals(1, request.voices().size());
    assertEquals(List.of("one"), request.texts());
    assertThrows(UnsupportedOperationException.class, () -> request.voices().add(voice));
    assertThrows(UnsupportedOperationException.class, () -> request.texts().clear());
  }

  @Test
  void voiceDesignResponseCopiesCandidates() {
    List<VoiceDesignCandidate> candidates = new ArrayList<>();
    candidates.add(candidate(ByteString.of((byte) 1)));
    VoiceDesignResponse response = VoiceDesignResponse.builder().candidates(candidates).build();

    candidates.clear();

    assertEquals(1, response.candidates().size());
    assertThrows(UnsupportedOperationException.class, () -> response.candidates().clear());
  }

  @Test
  void unsetListsStayNullRatherThanEmpty() {
    CreateModelRequest request = CreateModelRequest.builder().title("T").build();

    assertNull(request.texts());
    assertNull(request.tags());
    assertNull(request.voices());
  }

  // ---------------------------------------------------------------- builders, equality

  @Test
  void toBuilderRoundTripsToAnEqualValue() throws IOException {
    VoiceDesignRequest request = fullRequest();
    ModelEntity model = trainingModel();
    VoiceDesignCandidate candidate = candidate(ByteString.encodeUtf8("RIFF"));

    assertEquals(request, request.toBuilder().build());
    assertEquals(request.hashCode(), request.toBuilder().build().hashCode());
    assertEquals(model, model.toBuilder().build());
    assertEquals(model.hashCode(), model.toBuilder().build().hashCode());
    assertEquals(candidate, candidate.toBuilder().build());
    assertEquals(model.author(), model.author().toBuilder().build());
  }

  @Test
  void changingAToBuilderLeavesTheOriginalUntouched() {
    VoiceDesignRequest original = fullRequest();

    VoiceDesignRequest changed = original.toBuilder().seed(43).build();

    assertEquals(42, original.seed());
    assertEquals(43, changed.seed());
    assertNotEquals(original, changed);
  }

  @Test
  void builderChangesAfterBuildDoNotAffectTheBuiltValue() {
    VoiceDesignRequest.Builder builder = VoiceDesignRequest.builder().instruction("A").n(2);
    VoiceDesignRequest built = builder.build();

    builder.instruction("B").n(4);

    assertEquals("A", built.instruction());
    assertEquals(2, built.n());
  }

  @Test
  void equalsComparesEveryFieldAndAudioByContent() {
    VoiceDesignCandidate a = candidate(ByteString.of(new byte[] {1, 2, 3}));
    VoiceDesignCandidate sameBytes = candidate(ByteString.of(new byte[] {1, 2, 3}));
    VoiceDesignCandidate otherBytes = candidate(ByteString.of(new byte[] {1, 2, 4}));

    assertEquals(a, sameBytes);
    assertEquals(a.hashCode(), sameBytes.hashCode());
    assertNotEquals(a, otherBytes);
    assertNotEquals(a, a.toBuilder().language("de").build());
    assertNotEquals(a, a.toBuilder().text(null).build());
    assertFalse(a.equals(null));
    assertFalse(a.equals("cand_1"));
  }

  @Test
  void equalsDistinguishesEachVoiceDesignRequestField() {
    VoiceDesignRequest base = fullRequest();

    List<VoiceDesignRequest> variants = Arrays.asList(
        base.toBuilder().instruction("Other").build(),
        base.toBuilder().referenceText(null).build(),
        base.toBuilder().language("de").build(),
        base.toBuilder().n(2).build(),
        base.toBuilder().speed(1.0).build(),
        base.toBuilder().numStep(32).build(),
        base.toBuilder().guidanceScale(2.0).build(),
        base.toBuilder().instructGuidanceScale(0.0).build(),
        base.toBuilder().seed(null).build());

    for (VoiceDesignRequest variant : variants) {
      assertNotEquals(base, variant, variant.toString());
    }
  }

  @Test
  void orDefaultAccessorsReturnTheSpecDefaultsOnlyWhenUnset() {
    VoiceDesignRequest unset = VoiceDesignRequest.builder().instruction("x").build();

    assertNull(unset.n());
    assertEquals(2, unset.nOrDefault());
    assertEquals(32, unset.numStepOrDefault());
    assertEquals(3, fullRequest().nOrDefault());
    assertEquals(64, fullRequest().numStepOrDefault());
  }

  // ---------------------------------------------------------------- files never go to JSON

  @Test
  void writingCreateModelRequestWithVoicesAsJsonFailsClearly() {
    CreateModelRequest request = CreateModelRequest.builder().type(CreateModelType.TTS)
        .title("T").trainMode(CreateModelTrainMode.FAST)
        .voices(List.of(RequestBody.create(new byte[] {1}, null))).build();
    JsonAdapter<CreateModelRequest> adapter = moshi.adapter(CreateModelRequest.class);

    JsonDataException e = assertThrows(JsonDataException.class, () -> adapter.toJson(request));

    assertTrue(e.getMessage().contains("'voices'"), e.getMessage());
    assertTrue(e.getMessage().contains("multipart"), e.getMessage());
  }

  @Test
  void writingCreateModelRequestWithCoverImageAsJsonFailsClearly() {
    CreateModelRequest request = CreateModelRequest.builder().type(CreateModelType.TTS)
        .title("T").trainMode(CreateModelTrainMode.FAST)
        .coverImage(RequestBody.create(new byte[] {1}, null)).build();

    JsonDataException e = assertThrows(JsonDataException.class,
        () -> moshi.adapter(CreateModelRequest.class).toJson(request));

    assertTrue(e.getMessage().contains("'cover_image'"), e.getMessage());
    assertTrue(e.getMessage().contains("multipart"), e.getMessage());
  }

  @Test
  void createModelRequestWithoutFilesWritesOnlyItsTextFields() {
    CreateModelRequest request = CreateModelRequest.builder().type(CreateModelType.TTS)
        .title("T").trainMode(CreateModelTrainMode.FAST).visibility(Visibility.UNLIST)
        .texts(List.of("one")).build();

    String json = moshi.adapter(CreateModelRequest.class).toJson(request);

    assertEquals("{\"type\":\"tts\",\"title\":\"T\",\"train_mode\":\"fast\","
        + "\"visibility\":\"unlist\",\"texts\":[\"one\"],\"enhance_audio_quality\":false}", json);
  }
}
