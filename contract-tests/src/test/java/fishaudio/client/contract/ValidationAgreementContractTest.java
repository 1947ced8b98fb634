package fishaudio.client.contract;

import fishaudio.client.generated.DesignVoiceModel;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fishaudio.client.FishAudio;
import fishaudio.client.errors.InvalidRequestException;
import fishaudio.client.Upload;
import fishaudio.client.generated.CreateModelRequest;
import fishaudio.client.generated.FileParts;
import fishaudio.client.generated.ProsodyControl;
import fishaudio.client.generated.TranscribeRequest;
import fishaudio.client.generated.TtsRequest;
import fishaudio.client.generated.TtsRequestFormat;
import fishaudio.client.generated.TtsRequestLatency;
import fishaudio.client.generated.TtsRequestMp3Bitrate;
import fishaudio.client.generated.ModelEntity;
import fishaudio.client.generated.VoiceDesignService;
import fishaudio.client.generated.VoiceDesignRequest;
import fishaudio.client.generated.VoiceDesignResponse;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.function.UnaryOperator;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import okhttp3.MediaType;
import okhttp3.MultipartBody;
import okhttp3.RequestBody;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import retrofit2.Response;

/**
 * The client's own validation and Prism's agree: a request that breaks one of the spec's bounds is
 * refused by the public client before any byte is sent (InvalidRequestException naming the field),
 * and the same request sent anyway through the client's raw interface is refused by Prism (422,
 * naming the same field). A bound the client forgot, or one it invented, shows up here.
 *
 * <p>Not here, because Prism cannot check them: {@code voices} maxItems and the {@code texts}
 * count (Prism keeps one value per repeated part) and {@code cover_image} required when public
 * (an {@code x-} extension). The client's unit tests cover those.
 */
@PrismContract
class ValidationAgreementContractTest {
  private final Prism prism;

  ValidationAgreementContractTest(Prism prism) {
    this.prism = prism;
  }

  static String chars(int count) {
    StringBuilder s = new StringBuilder();
    for (int i = 0; i < count; i++) {
      s.append((char) ('a' + i % 26));
    }
    return s.toString();
  }

  static Stream<Arguments> voiceDesignViolations() {
    return Stream.of(
        Arguments.of("instruction", (UnaryOperator<VoiceDesignRequest.Builder>) b -> b.instruction("")),
        Arguments.of("instruction", (UnaryOperator<VoiceDesignRequest.Builder>) b -> b.instruction(chars(2001))),
        Arguments.of("reference_text", (UnaryOperator<VoiceDesignRequest.Builder>) b -> b.referenceText(chars(301))),
        Arguments.of("n", (UnaryOperator<VoiceDesignRequest.Builder>) b -> b.n(0)),
        Arguments.of("n", (UnaryOperator<VoiceDesignRequest.Builder>) b -> b.n(5)),
        Arguments.of("speed", (UnaryOperator<VoiceDesignRequest.Builder>) b -> b.speed(3.5)),
        Arguments.of("num_step", (UnaryOperator<VoiceDesignRequest.Builder>) b -> b.numStep(0)),
        Arguments.of("num_step", (UnaryOperator<VoiceDesignRequest.Builder>) b -> b.numStep(129)),
        Arguments.of("guidance_scale", (UnaryOperator<VoiceDesignRequest.Builder>) b -> b.guidanceScale(-0.5)),
        Arguments.of("instruct_guidance_scale", (UnaryOperator<VoiceDesignRequest.Builder>) b -> b.instructGuidanceScale(-1.0)));
  }

  @ParameterizedTest(name = "designVoice: {0} out of bounds (case {index})")
  @MethodSource("voiceDesignViolations")
  void voiceDesignBoundsAgree(String field, UnaryOperator<VoiceDesignRequest.Builder> breakIt) throws Exception {
    VoiceDesignRequest bad = breakIt.apply(VoiceDesignContractTest.request().toBuilder()).build();

    Wire refused = new Wire();
    FishAudio client = Clients.fishAudio(prism, refused);
    InvalidRequestException e = assertThrows(InvalidRequestException.class, () -> client.voiceDesign().designVoice(bad));
    assertEquals(field, e.field(), e.getMessage());
    assertEquals(0, refused.requestCount(), "the client sent a request it knew was invalid");

    Wire sent = new Wire();
    Response<VoiceDesignResponse> response = Clients.fishAudio(prism, sent).voiceDesign().api()
        .designVoice(DesignVoiceModel.of(VoiceDesignService.Api.DESIGN_VOICE_MODEL_DEFAULT), bad).execute();
    assertPrismNames(sent, response, field);
  }

  static Stream<Arguments> createModelViolations() {
    return Stream.of(
        Arguments.of("voices", (UnaryOperator<CreateModelRequest.Builder>) b -> b.voices(Collections.emptyList()).texts(null)),
        Arguments.of("title", (UnaryOperator<CreateModelRequest.Builder>) b -> b.title(null)),
        Arguments.of("title", (UnaryOperator<CreateModelRequest.Builder>) b -> b.title("")),
        Arguments.of("type", (UnaryOperator<CreateModelRequest.Builder>) b -> b.type(null)),
        Arguments.of("train_mode", (UnaryOperator<CreateModelRequest.Builder>) b -> b.trainMode(null)));
  }

  @ParameterizedTest(name = "createModel: {0} missing or empty (case {index})")
  @MethodSource("createModelViolations")
  void createModelRequiredFieldsAgree(String field, UnaryOperator<CreateModelRequest.Builder> breakIt) throws Exception {
    CreateModelRequest bad = breakIt.apply(CreateModelContractTest.request().toBuilder()).build();

    Wire refused = new Wire();
    FishAudio client = Clients.fishAudio(prism, refused);
    InvalidRequestException e = assertThrows(InvalidRequestException.class, () -> client.voiceCloning().createModel(bad));
    assertEquals(field, e.field(), e.getMessage());
    assertEquals(0, refused.requestCount(), "the client sent a request it knew was invalid");

    Wire sent = new Wire();
    // The same form, laid out by the generated model but never validated; the cover image stays out.
    MultipartBody form = bad.toBuilder().coverImage(null).build().toMultipart(new FileParts() {
      @Override
      public MultipartBody.Part file(String name, RequestBody body) {
        return MultipartBody.Part.createFormData(name, name, body);
      }

      @Override
      public MultipartBody.Part file(String name, int index, RequestBody body) {
        return MultipartBody.Part.createFormData(name, ((Upload) body).filename(), body);
      }
    });
    Response<ModelEntity> response = Clients.fishAudio(prism, sent).voiceCloning().api().createModel(form).execute();
    assertPrismNames(sent, response, field);
  }

  static Stream<Arguments> speechViolations() {
    return Stream.of(
        Arguments.of("sample_rate", (UnaryOperator<TtsRequest.Builder>) b -> b.sampleRate(0)),
        Arguments.of("chunk_length", (UnaryOperator<TtsRequest.Builder>) b -> b.chunkLength(99)),
        Arguments.of("chunk_length", (UnaryOperator<TtsRequest.Builder>) b -> b.chunkLength(301)),
        Arguments.of("temperature", (UnaryOperator<TtsRequest.Builder>) b -> b.temperature(1.5)),
        Arguments.of("top_p", (UnaryOperator<TtsRequest.Builder>) b -> b.topP(-0.1)),
        Arguments.of("max_new_tokens", (UnaryOperator<TtsRequest.Builder>) b -> b.maxNewTokens(0)),
        Arguments.of("min_chunk_length", (UnaryOperator<TtsRequest.Builder>) b -> b.minChunkLength(101)),
        Arguments.of("early_stop_threshold", (UnaryOperator<TtsRequest.Builder>) b -> b.earlyStopThreshold(1.5)),
        Arguments.of("format", (UnaryOperator<TtsRequest.Builder>) b -> b.format(TtsRequestFormat.of("flac"))),
        Arguments.of("mp3_bitrate", (UnaryOperator<TtsRequest.Builder>) b -> b.mp3Bitrate(TtsRequestMp3Bitrate.of(96))),
        Arguments.of("latency", (UnaryOperator<TtsRequest.Builder>) b -> b.latency(TtsRequestLatency.of("fastest"))),
        Arguments.of("prosody.speed", (UnaryOperator<TtsRequest.Builder>) b -> b.prosody(ProsodyControl.builder().speed(0.4).build())),
        Arguments.of("prosody.speed", (UnaryOperator<TtsRequest.Builder>) b -> b.prosody(ProsodyControl.builder().speed(2.1).build())));
  }

  /**
   * Both speech operations share the request schema: each bound is refused by the client and,
   * sent anyway as JSON through the raw interface, by Prism, both naming the field by its path
   * ({@code prosody.speed}). Not here: an empty {@code text}, which the operations refuse
   * ({@code x-nonempty}) and the schema allows (a live session starts with one), so Prism cannot tell.
   */
  @ParameterizedTest(name = "textToSpeech and textToSpeechWithTimestamps: {0} out of bounds (case {index})")
  @MethodSource("speechViolations")
  void speechBoundsAgree(String field, UnaryOperator<TtsRequest.Builder> breakIt) throws Exception {
    TtsRequest bad = breakIt.apply(TtsRequest.builder().text("Hello from Fish Audio.")).build();
    String leaf = field.substring(field.lastIndexOf('.') + 1);

    Wire refused = new Wire();
    FishAudio client = Clients.fishAudio(prism, refused);
    InvalidRequestException e = assertThrows(InvalidRequestException.class, () -> client.speech().textToSpeech(bad));
    assertEquals(field, e.field(), e.getMessage());
    assertThrows(InvalidRequestException.class, () -> client.speech().textToSpeechWithTimestamps(bad));
    assertEquals(0, refused.requestCount(), "the client sent a request it knew was invalid");

    RequestBody json = RequestBody.create(Wire.MOSHI.adapter(TtsRequest.class).toJson(bad), MediaType.get("application/json"));
    Wire sent = new Wire();
    assertPrismNames(sent, Clients.fishAudio(prism, sent).speech().api().textToSpeech(null, json).execute(), leaf);
    Wire streamed = new Wire();
    assertPrismNames(streamed, Clients.fishAudio(prism, streamed).speech().api().textToSpeechWithTimestamps(null, json).execute(), leaf);
  }

  static Stream<Arguments> transcribeViolations() {
    return Stream.of(
        Arguments.of("audio", (UnaryOperator<TranscribeRequest.Builder>) b -> b.audio(null)),
        Arguments.of("language", (UnaryOperator<TranscribeRequest.Builder>) b -> b.language("")));
  }

  /**
   * The transcription form's rules agree. Not here: {@code team_id} and {@code user_id} of the
   * credit, whose {@code minLength: 1} the client checks but Prism cannot: an empty query value is
   * taken as no value, and an empty path segment is another path.
   */
  @ParameterizedTest(name = "transcribe: {0} missing or empty (case {index})")
  @MethodSource("transcribeViolations")
  void transcribeFieldsAgree(String field, UnaryOperator<TranscribeRequest.Builder> breakIt) throws Exception {
    TranscribeRequest bad = breakIt.apply(TranscribeContractTest.request().toBuilder()).build();

    Wire refused = new Wire();
    FishAudio client = Clients.fishAudio(prism, refused);
    InvalidRequestException e = assertThrows(InvalidRequestException.class, () -> client.speechRecognition().transcribe(bad));
    assertEquals(field, e.field(), e.getMessage());
    assertEquals(0, refused.requestCount(), "the client sent a request it knew was invalid");

    Wire sent = new Wire();
    MultipartBody form = bad.toMultipart(new FileParts() {
      @Override
      public MultipartBody.Part file(String name, RequestBody body) {
        return MultipartBody.Part.createFormData(name, ((Upload) body).filename(), body);
      }

      @Override
      public MultipartBody.Part file(String name, int index, RequestBody body) {
        return MultipartBody.Part.createFormData(name, ((Upload) body).filename(), body);
      }
    });
    assertPrismNames(sent, Clients.fishAudio(prism, sent).speechRecognition().api().transcribe(form).execute(), field);
  }

  private static void assertPrismNames(Wire wire, Response<?> response, String field) {
    assertFalse(response.isSuccessful(), "Prism accepted what the client refused (" + field + "): " + wire.last());
    assertEquals(422, response.code(), wire.last().toString());
    List<Wire.Violation> violations = wire.last().violations;
    assertFalse(violations.isEmpty(), "422 without sl-violations: " + wire.last());
    List<Wire.Violation> aboutField = violations.stream()
        .filter(v -> v.location.contains(field) || v.message.contains("'" + field + "'") || v.message.contains(" " + field + " "))
        .collect(Collectors.toList());
    assertTrue(!aboutField.isEmpty(), "Prism's violations do not name " + field + ": " + violations);
  }
}
