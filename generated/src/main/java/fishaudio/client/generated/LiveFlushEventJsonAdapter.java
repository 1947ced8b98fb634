// Generated from openapi/fish-audio.yaml by OpenAPI Generator with the templates in
// openapi/templates. DO NOT EDIT: change the spec or a template, then rebuild.

package fishaudio.client.generated;

import com.squareup.moshi.JsonAdapter;
import com.squareup.moshi.JsonReader;
import com.squareup.moshi.JsonWriter;
import java.io.IOException;

/**
 * Reads and writes {@link LiveFlushEvent} as its string value, keeping values the spec does not
 * list. Moshi finds it through {@code @JsonClass} on the model.
 */
final class LiveFlushEventJsonAdapter extends JsonAdapter<LiveFlushEvent> {
  @Override
  public LiveFlushEvent fromJson(JsonReader reader) throws IOException {
    return LiveFlushEvent.of(reader.nextString());
  }

  @Override
  public void toJson(JsonWriter writer, LiveFlushEvent value) throws IOException {
    writer.value(value.value());
  }

  @Override
  public String toString() {
    return "JsonAdapter(LiveFlushEvent)";
  }
}
