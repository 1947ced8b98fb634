package fishaudio.client.contract;

import fishaudio.client.generated.DesignVoiceModel;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.squareup.moshi.JsonAdapter;
import com.squareup.moshi.JsonReader;
import com.squareup.moshi.JsonWriter;
import com.squareup.moshi.Moshi;
import fishaudio.client.generated.CreateModelRequest;
import fishaudio.client.generated.CreateModelTrainMode;
import fishaudio.client.generated.FileParts;
import fishaudio.client.generated.ModelEntity;
import fishaudio.client.generated.VoiceCloningService;
import fishaudio.client.generated.VoiceDesignService;
import fishaudio.client.generated.VoiceDesignCandidate;
import fishaudio.client.generated.VoiceDesignRequest;
import fishaudio.client.generated.VoiceDesignResponse;
import fishaudio.client.generated.Visibility;
import java.io.IOException;
import java.lang.annotation.Annotation;
import java.lang.reflect.Type;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import okhttp3.MediaType;
import okhttp3.MultipartBody;
import okhttp3.RequestBody;
import org.junit.jupiter.api.Test;
import retrofit2.Response;

/**
 * The generated Retrofit interfaces and Moshi models on their own (no hand-written layer), and
 * proof that Prism's request validation is live: each deliberately bad request must come back
 * 401/422 with Prism naming the problem. If these pass, a clean run elsewhere means something.
 */
@PrismContract
class RawInterfaceContractTest {
  private static final VoiceDesignRequest VALID = VoiceDesignRequest.builder().instruction("Warm narrator").build();

  private final Prism prism;
  private final Wire wire = new Wire();

  RawInterfaceContractTest(Prism prism) {
    this.prism = prism;
  }

  private VoiceDesignService.Api design(boolean bearer) {
    return wire.rawRetrofit(prism, bearer).create(VoiceDesignService.Api.class);
  }

  private VoiceCloningService.Api cloning(boolean bearer) {
    return wire.rawRetrofit(prism, bearer).create(VoiceCloningService.Api.class);
  }

  private static List<RequestBody> voices(int count) {
    List<RequestBody> voices = new java.util.ArrayList<>();
    for (int i = 0; i < count; i++) {
      voices.add(RequestBody.create(Wav.build(44100, new byte[64]), MediaType.get("audio/wav")));
    }
    return voices;
  }

  /** The form as the generated model lays it out, unvalidated, with each file named take-N.wav. */
  private static MultipartBody form(String trainMode, List<RequestBody> voices, CreateModelRequest.Builder rest) {
    CreateModelRequest request = rest.title("Narrator").trainMode(CreateModelTrainMode.of(trainMode))
        .voices(voices).visibility(Visibility.PRIVATE).build();
    return request.toMultipart(new FileParts() {
      @Override
      public MultipartBody.Part file(String name, RequestBody body) {
        return MultipartBody.Part.createFormData(name, name, body);
      }

      @Override
      public MultipartBody.Part file(String name, int index, RequestBody body) {
        return MultipartBody.Part.createFormData(name, "take-" + (index + 1) + ".wav", body);
      }
    });
  }

  /** Asserts the last exchange was rejected with {@code status} and Prism's violation mentions {@code words}. */
  private void assertRejected(Response<?> response, int status, String... words) throws IOException {
    assertFalse(response.isSuccessful(), "Prism accepted an invalid request");
    assertEquals(status, response.code());
    Wire.Exchange exchange = wire.last();
    String said = exchange.slViolations != null ? exchange.slViolations
        : exchange.problemBody != null ? exchange.problemBody
        : response.errorBody() == null ? "" : response.errorBody().string();
    assertFalse(exchange.violations.isEmpty() && exchange.problemBody == null,
        "Prism rejected the request but named no violation: " + exchange);
    for (String word : words) {
      assertTrue(said.contains(word), "Prism's report does not mention '" + word + "': " + said);
    }
    assertTrue(exchange.violations.stream().allMatch(Wire.Violation::aboutRequest), exchange.toString());
  }

  @Test
  void missingModelHeaderIsRejected() throws IOException {
    Response<VoiceDesignResponse> response = design(true).designVoice(null, VALID).execute();
    assertRejected(response, 422, "header", "model");
  }

  @Test
  void wrongModelHeaderIsRejected() throws IOException {
    Response<VoiceDesignResponse> response = design(true).designVoice(DesignVoiceModel.of("voice-design-2"), VALID).execute();
    assertRejected(response, 422, "model");
  }

  @Test
  void extraBodyFieldIsRejected() throws IOException {
    // The generated model cannot carry an unknown field, so a Moshi adapter adds one on the way out;
    // the request still goes through the generated interface.
    Moshi moshi = new Moshi.Builder().add(new ExtraField(VoiceDesignRequest.class, "voice_age", 42)).build();
    VoiceDesignService.Api api = wire.rawRetrofit(prism, true, moshi).create(VoiceDesignService.Api.class);
    Response<VoiceDesignResponse> response = api.designVoice(DesignVoiceModel.of(VoiceDesignService.Api.DESIGN_VOICE_MODEL_DEFAULT), VALID).execute();
    assertTrue(new String(wire.last().requestBytes(), java.nio.charset.StandardCharsets.UTF_8).contains("\"voice_age\":42"));
    assertRejected(response, 422, "additional properties", "voice_age");
  }

  @Test
  void tooManyCandidatesIsRejected() throws IOException {
    VoiceDesignRequest n5 = VALID.toBuilder().n(5).build();
    Response<VoiceDesignResponse> response = design(true).designVoice(DesignVoiceModel.of(VoiceDesignService.Api.DESIGN_VOICE_MODEL_DEFAULT), n5).execute();
    assertRejected(response, 422, "\"n\"", "<= 4");
  }

  @Test
  void missingVoicesPartIsRejected() throws IOException {
    Response<ModelEntity> response = cloning(true).createModel(
        form("fast", Collections.emptyList(), CreateModelRequest.builder())).execute();
    assertRejected(response, 422, "required", "voices");
  }

  @Test
  void badEnumPartIsRejected() throws IOException {
    Response<ModelEntity> response = cloning(true).createModel(
        form("full", voices(1), CreateModelRequest.builder())).execute();
    assertRejected(response, 422, "train_mode");
  }

  @Test
  void noBearerTokenIsRejectedForVoiceDesign() throws IOException {
    Response<VoiceDesignResponse> response = design(false).designVoice(DesignVoiceModel.of(VoiceDesignService.Api.DESIGN_VOICE_MODEL_DEFAULT), VALID).execute();
    assertRejected(response, 401, "security");
    assertEquals(null, wire.last().requestHeaders.get("Authorization"));
  }

  @Test
  void noBearerTokenIsRejectedForCreateModel() throws IOException {
    Response<ModelEntity> response = cloning(false).createModel(
        form("fast", voices(1), CreateModelRequest.builder())).execute();
    assertRejected(response, 401, "security");
  }

  /** The control for the negative tests: the same calls, made valid, pass cleanly. */
  @Test
  void validRawCallsPass() throws IOException {
    Response<VoiceDesignResponse> designed = design(true).designVoice(DesignVoiceModel.of(VoiceDesignService.Api.DESIGN_VOICE_MODEL_DEFAULT), VALID).execute();
    assertTrue(designed.isSuccessful(), designed.toString());
    for (VoiceDesignCandidate c : designed.body().candidates()) {
      c.validate();
      Wav.parse(c.audio().toByteArray());
    }
    Response<ModelEntity> created = cloning(true).createModel(form("fast", voices(2),
        CreateModelRequest.builder().texts(Arrays.asList("one", "two")).tags(Arrays.asList("narration")).enhanceAudioQuality(false))).execute();
    assertEquals(201, created.code());
    assertNotNull(created.body());
    created.body().validate(); // the spec's own example, cover_image '' included, meets the spec
    wire.assertNoViolations();
  }

  /** Writes a model as its generated adapter does, plus one field the schema does not have. */
  static final class ExtraField implements JsonAdapter.Factory {
    private final Class<?> target;
    private final String name;
    private final Object value;

    ExtraField(Class<?> target, String name, Object value) {
      this.target = target;
      this.name = name;
      this.value = value;
    }

    @Override
    public JsonAdapter<?> create(Type type, Set<? extends Annotation> annotations, Moshi moshi) {
      if (type != target) {
        return null;
      }
      JsonAdapter<Object> delegate = moshi.nextAdapter(this, type, annotations);
      JsonAdapter<Object> any = moshi.adapter(Object.class);
      return new JsonAdapter<Object>() {
        @Override
        public Object fromJson(JsonReader reader) throws IOException {
          return delegate.fromJson(reader);
        }

        @Override
        public void toJson(JsonWriter writer, Object model) throws IOException {
          @SuppressWarnings("unchecked")
          Map<String, Object> json = (Map<String, Object>) delegate.toJsonValue(model);
          Map<String, Object> withExtra = json.entrySet().stream()
              .filter(e -> e.getValue() != null)
              .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue, (a, b) -> a, java.util.LinkedHashMap::new));
          withExtra.put(name, value);
          any.toJson(writer, withExtra);
        }
      };
    }
  }
}
