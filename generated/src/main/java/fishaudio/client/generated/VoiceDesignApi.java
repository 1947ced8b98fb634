// Generated from openapi/fish-audio.yaml by OpenAPI Generator with the templates in
// openapi/templates. DO NOT EDIT: change the spec or a template, then rebuild.

package fishaudio.client.generated;

import retrofit2.Call;

/**
 * The {@code VoiceDesignApi} operations of the spec, as a Retrofit interface.
 *
 * <p>Paths are relative, so the base URL must end in {@code /}. A multipart operation takes the
 * body its form model's {@code toMultipart} builds, so the parts follow the spec's field list. A
 * repeatable query parameter is a list: Retrofit sends it once per item.
 *
 * <p>An operation with query parameters also has a nested {@code ...Query} value holding them,
 * with a {@code validate()} built from the spec's bounds, and an overload that takes it. Neither
 * the interface nor that overload validates: checking before sending is the caller's.
 */
public interface VoiceDesignApi {
  /** The spec's default for the {@code model} header of {@link #designVoice}. */
  String DESIGN_VOICE_MODEL_DEFAULT = "voice-design-1";

  /**
   * Voice Design: POST v1/voice-design.
   *
   * <p>Generates voice candidates from a text instruction and returns each as base64 WAV audio (`audio_base64`); decode the value to write the candidate to a file.  This endpoint only accepts `application/json`. The `model: voice-design-1` header is required. Extra request fields are rejected. The endpoint is stateless: it does not create batches, samples, voice models, or presigned URLs. Billing happens once per successful generation request, not once per candidate, so a request the server may have processed must never be sent again automatically. 
   *
   * @param model header {@code model} (required): Specify which voice-design model to use.
   * @param voiceDesignRequest the JSON body (required): Request body for synchronous voice design generation. The endpoint returns generated voice candidates with base64-encoded audio. 
   * @return the call; its response is 200, 401, 402, 400, 422, 429, 503, 0 (0 = default)
   */
  @retrofit2.http.POST("v1/voice-design")
  Call<VoiceDesignResponse> designVoice(
      @retrofit2.http.Header("model") String model,
      @retrofit2.http.Body VoiceDesignRequest voiceDesignRequest);
}
