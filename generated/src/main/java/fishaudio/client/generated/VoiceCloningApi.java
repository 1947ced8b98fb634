// Generated from openapi/fish-audio.yaml by OpenAPI Generator with the templates in
// openapi/templates. DO NOT EDIT: change the spec or a template, then rebuild.

package fishaudio.client.generated;

import retrofit2.Call;

/**
 * The {@code VoiceCloningApi} operations of the spec, as a Retrofit interface.
 *
 * <p>Paths are relative, so the base URL must end in {@code /}. A multipart operation takes the
 * body its form model's {@code toMultipart} builds, so the parts follow the spec's field list. A
 * repeatable query parameter is a list: Retrofit sends it once per item.
 */
public interface VoiceCloningApi {

  /**
   * Fish Audio Voice Cloning: POST model.
   *
   * <p>Fish Audio API for creating voice models (voice cloning). Uploads voice files, optionally with their transcripts, and returns the created model.  The reference page shows `Content-Type: application/json`, but `voices` and `cover_image` are files, which a JSON body cannot carry; the live service takes `multipart/form-data`. Arrays go as repeated parts with the same name (`voices`, `voices`, `texts`, ...), never with a `[]` suffix. 
   *
   * @param body the multipart form, built by the form model's {@code toParts}
   * @return the call; its response is 201, 401, 402, 400, 422, 429, 503, 0 (0 = default)
   */
  @retrofit2.http.POST("model")
  Call<ModelEntity> createModel(
      @retrofit2.http.Body okhttp3.MultipartBody body);
}
