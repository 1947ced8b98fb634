// Generated from openapi/fish-audio.yaml by OpenAPI Generator with the templates in
// openapi/templates. DO NOT EDIT: change the spec or a template, then rebuild.

package fishaudio.client.generated;

import okhttp3.MultipartBody;
import okhttp3.RequestBody;

/**
 * Turns one file of a multipart form into its part. A form model's {@code toMultipart} calls it
 * for every file field, in the spec's order, and builds the text parts itself; the hand-written
 * layer supplies the filename, the streamed body and any progress tracking.
 */
public interface FileParts {
  /**
   * The part for a field that holds one file.
   *
   * @param name the part's name, the field's JSON name
   * @param body the file as the caller gave it
   */
  MultipartBody.Part file(String name, RequestBody body);

  /**
   * The part for item {@code index} of a field that holds a list of files. Every item is its own
   * part under the same {@code name}, with no {@code []} suffix.
   *
   * @param name the part's name, the field's JSON name
   * @param index the item's position in the list, from zero
   * @param body the file as the caller gave it; null when the list holds a null
   */
  MultipartBody.Part file(String name, int index, RequestBody body);
}
