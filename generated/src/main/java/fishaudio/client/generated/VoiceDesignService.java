// Generated from openapi/fish-audio.yaml by OpenAPI Generator with the templates in
// openapi/templates. DO NOT EDIT: change the spec or a template, then rebuild.

package fishaudio.client.generated;

import fishaudio.client.ProgressListener;
import fishaudio.client.http.BinaryResponse;
import fishaudio.client.http.EventListener;
import fishaudio.client.http.EventStream;
import fishaudio.client.http.RawResponse;
import fishaudio.client.internal.ClientRuntime;
import fishaudio.client.internal.ResponseKind;
import java.util.concurrent.CompletableFuture;
import org.jspecify.annotations.Nullable;
import retrofit2.Call;

/**
 * The {@code VoiceDesign} operations of the spec, each a typed call: {@link #designVoice}.
 *
 * <p>Every method checks the client is open and validates its arguments against the spec (path,
 * header and query parameters and the body, bounds included) before any byte is sent, then runs
 * the call through the client's one pipeline: auth, request slots, retries where the spec says an
 * operation is safe to repeat, typed errors and decoding. Each has an {@code ...Async} twin whose
 * future's {@code cancel} cancels the call, and {@link #withRawResponse()} gives the same calls
 * with the HTTP status and headers. Get this service from the client; it is thread-safe.
 */
public final class VoiceDesignService {
  private final ClientRuntime runtime;
  private final Api api;
  private final WithRawResponse withRawResponse = new WithRawResponse();

  /** The service on a client's pipeline; applications get it from the client instead. */
  public VoiceDesignService(ClientRuntime runtime) {
    this.runtime = runtime;
    this.api = runtime.api(Api.class);
  }

  /** The same calls, each returning its value with the HTTP status and headers. */
  public WithRawResponse withRawResponse() {
    return withRawResponse;
  }

  /**
   * The Retrofit interface underneath, with the client's auth, headers and retries but without its
   * validation, decoding and typed errors: for sending what this service would refuse.
   */
  public Api api() {
    return api;
  }

  /** The pipeline this service calls through; for the client's hand-written helpers, not for applications. */
  public ClientRuntime runtime() {
    return runtime;
  }

  // ---- designVoice: POST v1/voice-design ----

  /**
   * Voice Design.
   *
   * <p>Generates voice candidates from a text instruction and returns each as base64 WAV audio (`audio_base64`); decode the value to write the candidate to a file.  This endpoint only accepts `application/json`. The `model: voice-design-1` header is required. Extra request fields are rejected. The endpoint is stateless: it does not create batches, samples, voice models, or presigned URLs. Billing happens once per successful generation request, not once per candidate, so a request the server may have processed must never be sent again automatically. 
   *
   * <p>Not safe to repeat: retried only when the server did not process it (a 429, a 503, a connection that failed before any byte was sent).
   *
   * @param model header {@code model}: Specify which voice-design model to use.
   * @param request the JSON body
   * @return the decoded {@code VoiceDesignResponse}, checked against the spec
   * @throws fishaudio.client.errors.InvalidRequestException before sending, when an argument breaks the spec
   * @throws fishaudio.client.errors.FishAudioApiException when the server answers with an error status
   * @throws fishaudio.client.errors.TransportException when the exchange fails
   */
  public VoiceDesignResponse designVoice(DesignVoiceModel model, VoiceDesignRequest request) {
    return runtime.execute(designVoiceCall(model, request), ResponseKind.json());
  }

  /** {@link #designVoice} with the spec's defaults for what it leaves out, header {@code model} {@code voice-design-1}. */
  public VoiceDesignResponse designVoice(VoiceDesignRequest request) {
    return designVoice(DesignVoiceModel.of("voice-design-1"), request);
  }

  /** {@link #designVoice} without blocking; cancelling the future cancels the call. */
  public CompletableFuture<VoiceDesignResponse> designVoiceAsync(DesignVoiceModel model, VoiceDesignRequest request) {
    return runtime.executeAsync(designVoiceCall(model, request), ResponseKind.json());
  }

  /** {@link #designVoiceAsync} with the spec's defaults for what it leaves out, header {@code model} {@code voice-design-1}. */
  public CompletableFuture<VoiceDesignResponse> designVoiceAsync(VoiceDesignRequest request) {
    return designVoiceAsync(DesignVoiceModel.of("voice-design-1"), request);
  }

  /**
   * {@link #designVoice}'s Retrofit call, its arguments validated and nothing sent yet: for a
   * timeout of its own ({@code call.timeout()}) before it runs through {@link #runtime()}.
   */
  public Call<VoiceDesignResponse> designVoiceCall(DesignVoiceModel model, VoiceDesignRequest request) {
    runtime.ensureOpen();
    runtime.validate(() -> {
      ConstraintViolation.required("model", model);
      ConstraintViolation.headerValue("model", model == null ? null : model.toString());
      if (model != null && !model.isKnown() && runtime.checksHeaderValues()) {
        throw new ConstraintViolation("model", "must be one of " + DesignVoiceModel.values() + ", was " + model
            + " (FishAudio.Builder.checkHeaderValues(false) sends a value the spec does not list yet)");
      }
      ConstraintViolation.required("request", request);
      request.validate();
    });
    return api.designVoice(model, request);
  }

  /** The calls of {@link VoiceDesignService}, each returning a {@link RawResponse}: the value with the HTTP status and headers. */
  public final class WithRawResponse {
    private WithRawResponse() {}

    /** {@link VoiceDesignService#designVoice}, with the HTTP status and headers. */
    public RawResponse<VoiceDesignResponse> designVoice(DesignVoiceModel model, VoiceDesignRequest request) {
      return runtime.executeRaw(designVoiceCall(model, request), ResponseKind.json());
    }

    /** {@link VoiceDesignService#designVoice} with the spec's defaults for what it leaves out, header {@code model} {@code voice-design-1}, with the HTTP status and headers. */
    public RawResponse<VoiceDesignResponse> designVoice(VoiceDesignRequest request) {
      return designVoice(DesignVoiceModel.of("voice-design-1"), request);
    }

    /** {@link VoiceDesignService#designVoiceAsync}, with the HTTP status and headers. */
    public CompletableFuture<RawResponse<VoiceDesignResponse>> designVoiceAsync(DesignVoiceModel model, VoiceDesignRequest request) {
      return runtime.executeRawAsync(designVoiceCall(model, request), ResponseKind.json());
    }

    /** {@link VoiceDesignService#designVoiceAsync} with the spec's defaults for what it leaves out, header {@code model} {@code voice-design-1}, with the HTTP status and headers. */
    public CompletableFuture<RawResponse<VoiceDesignResponse>> designVoiceAsync(VoiceDesignRequest request) {
      return designVoiceAsync(DesignVoiceModel.of("voice-design-1"), request);
    }
  }

  /**
   * The {@code VoiceDesign} operations as a Retrofit interface. Paths are relative, so the base URL
   * ends in {@code /}. Nothing here validates: the service's methods do, before they call it.
   */
  public interface Api {
    /** The spec's default for the {@code model} header of {@link #designVoice}. */
    String DESIGN_VOICE_MODEL_DEFAULT = "voice-design-1";

    /**
     * Voice Design: POST v1/voice-design.
     *
     * @return the call; its response is 200, 401, 402, 400, 422, 429, 503, 0 (0 = default)
     */
    @retrofit2.http.POST("v1/voice-design")
    Call<VoiceDesignResponse> designVoice(@retrofit2.http.Header("model") DesignVoiceModel model, @retrofit2.http.Body VoiceDesignRequest body);

  }
}
