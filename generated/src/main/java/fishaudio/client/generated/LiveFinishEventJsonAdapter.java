// Generated from openapi/fish-audio.yaml by OpenAPI Generator with the templates in
// openapi/templates. DO NOT EDIT: change the spec or a template, then rebuild.

package fishaudio.client.generated;

import com.squareup.moshi.JsonAdapter;
import com.squareup.moshi.JsonReader;
import com.squareup.moshi.JsonWriter;
import java.io.IOException;

/**
 * Reads and writes {@link LiveFinishEvent} as its string value, keeping values the spec does not
 * list. Moshi finds it through {@code @JsonClass} on the model.
 */
final class LiveFinishEventJsonAdapter extends JsonAdapter<LiveFinishEvent> {
  @Override
  public LiveFinishEvent fromJson(JsonReader reader) throws IOException {
    return LiveFinishEvent.of(reader.nextString());
  }

  @Override
  public void toJson(JsonWriter writer, LiveFinishEvent value) throws IOException {
    writer.value(value.value());
  }

  @Override
  public String toString() {
    return "JsonAdapter(LiveFinishEvent)";
  }
}
