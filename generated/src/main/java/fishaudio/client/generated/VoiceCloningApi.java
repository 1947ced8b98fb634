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

  /**
   * Delete a voice model: DELETE model/{id}.
   *
   * <p>Deletes a voice model. Safe to retry: deleting twice leaves the same state, and a retry answered 404 after an attempt that may have deleted the model counts as done. 
   *
   * @param id path segment {@code id} (required): The model's `_id`.
   * @return the call; its response is 200, 401, 402, 422, 429, 503, 0 (0 = default)
   */
  @Idempotent
  @retrofit2.http.DELETE("model/{id}")
  Call<Void> deleteModel(
      @retrofit2.http.Path("id") String id);

  /**
   * Get a voice model: GET model/{id}.
   *
   * <p>Returns one voice model, with its training `state`; poll it to learn when a model created in state `created` or `training` is ready. Safe to retry. 
   *
   * @param id path segment {@code id} (required): The model's `_id`.
   * @return the call; its response is 200, 401, 402, 403, 404, 422, 429, 503, 0 (0 = default)
   */
  @Idempotent
  @retrofit2.http.GET("model/{id}")
  Call<ModelEntity> getModel(
      @retrofit2.http.Path("id") String id);

  /**
   * List voice models: GET model.
   *
   * <p>Lists voice models a page at a time, filtered by title, tags, author or language and sorted by score, task count or creation time. With `self=true` only the models of the caller's workspace are listed, and `author_id` is ignored. Safe to retry. 
   *
   * @param pageSize query {@code page_size}: Models per page, 1 to 100.
   * @param pageNumber query {@code page_number}: The page to return, counted from 1.
   * @param title query {@code title}: Only models whose title matches this text.
   * @param tag query {@code tag}, repeated once per item: Only models with these tags; repeat the parameter for each tag.
   * @param self query {@code self}: Only the models of the caller's workspace.
   * @param authorId query {@code author_id}: Only the models of this author; ignored when `self` is true.
   * @param language query {@code language}, repeated once per item: Only models in these languages; repeat the parameter for each language.
   * @param titleLanguage query {@code title_language}, repeated once per item: Only models whose title is in these languages; repeat the parameter for each.
   * @param sortBy query {@code sort_by}: the value of a {@link ModelSortBy}: The order of the models.
   * @return the call; its response is 200, 401, 402, 422, 429, 503, 0 (0 = default)
   */
  @Idempotent
  @retrofit2.http.GET("model")
  Call<ModelPageResponse> listModels(
      @retrofit2.http.Query("page_size") Integer pageSize,
      @retrofit2.http.Query("page_number") Integer pageNumber,
      @retrofit2.http.Query("title") String title,
      @retrofit2.http.Query("tag") java.util.List<String> tag,
      @retrofit2.http.Query("self") Boolean self,
      @retrofit2.http.Query("author_id") String authorId,
      @retrofit2.http.Query("language") java.util.List<String> language,
      @retrofit2.http.Query("title_language") java.util.List<String> titleLanguage,
      @retrofit2.http.Query("sort_by") ModelSortBy sortBy);

  /**
   * Update a voice model: PATCH model/{id}.
   *
   * <p>Changes any of a model's title, description, visibility, tags and cover image; fields left out keep their value. Multipart, because only multipart carries the cover image. Not marked idempotent: setting fields to values is idempotent in HTTP terms, but a resent cover image is uploaded and stored again, and a streamed upload cannot be resent at all, so an update is retried only when the server did not process it. 
   *
   * @param body the multipart form, built by the form model's {@code toParts}
   * @param id path segment {@code id} (required): The model's `_id`.
   * @return the call; its response is 200, 401, 402, 422, 429, 503, 0 (0 = default)
   */
  @retrofit2.http.PATCH("model/{id}")
  Call<Void> updateModel(
      @retrofit2.http.Body okhttp3.MultipartBody body,
      @retrofit2.http.Path("id") String id);
}
