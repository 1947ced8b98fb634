// Generated from openapi/fish-audio.yaml by OpenAPI Generator with the templates in
// openapi/templates. DO NOT EDIT: change the spec or a template, then rebuild.

package fishaudio.client.generated;

import retrofit2.Call;

/**
 * The {@code VoiceCloningApi} operations of the spec, as a Retrofit interface.
 *
 * <p>Paths are relative, so the base URL must end in {@code /}. Multipart arrays go as repeated
 * parts of the same name; arrays of strings need a scalars converter registered before the JSON
 * converter, so that each item becomes its own text part.
 */
public interface VoiceCloningApi {

  /**
   * Fish Audio Voice Cloning: POST model.
   *
   * <p>Fish Audio API for creating voice models (voice cloning). Uploads voice files, optionally with their transcripts, and returns the created model.  The reference page shows `Content-Type: application/json`, but `voices` and `cover_image` are files, which a JSON body cannot carry; the live service takes `multipart/form-data`. Arrays go as repeated parts with the same name (`voices`, `voices`, `texts`, ...), never with a `[]` suffix. 
   *
   * @param type part {@code type} (required): the value of a {@link CreateModelType}
   * @param title part {@code title} (required): Model title or name.
   * @param trainMode part {@code train_mode} (required): the value of a {@link CreateModelTrainMode}
   * @param voices part {@code voices}, one part per item (required): Upload voice files for model fine-tuning. One to twenty files, sent as repeated `voices` parts.
   * @param visibility part {@code visibility}: the value of a {@link Visibility}
   * @param description part {@code description}: Model description.
   * @param coverImage part {@code cover_image}: Model cover image. Required if the model is public.
   * @param texts part {@code texts}, one part per item: Text corresponding to the voices, one per voice and in the same order, sent as repeated `texts` parts. If not specified, ASR (Automatic Speech Recognition) will be performed on the voices. 
   * @param tags part {@code tags}, one part per item: Model tags, sent as repeated `tags` parts.
   * @param enhanceAudioQuality part {@code enhance_audio_quality}: Enhance audio quality.
   * @param generateSample part {@code generate_sample}: Generate a sample with the model once it is created. From the live service; the seed page does not list it.
   * @return the call; its response is 201, 401, 402, 400, 422, 429, 503, 0 (0 = default)
   */
  @retrofit2.http.Multipart
  @retrofit2.http.POST("model")
  Call<ModelEntity> createModel(
      @retrofit2.http.Part("type") String type,
      @retrofit2.http.Part("title") String title,
      @retrofit2.http.Part("train_mode") String trainMode,
      @retrofit2.http.Part java.util.List<okhttp3.MultipartBody.Part> voices,
      @retrofit2.http.Part("visibility") String visibility,
      @retrofit2.http.Part("description") String description,
      @retrofit2.http.Part okhttp3.MultipartBody.Part coverImage,
      @retrofit2.http.Part("texts") java.util.List<String> texts,
      @retrofit2.http.Part("tags") java.util.List<String> tags,
      @retrofit2.http.Part("enhance_audio_quality") Boolean enhanceAudioQuality,
      @retrofit2.http.Part("generate_sample") Boolean generateSample);
}
