// Generated from openapi/fish-audio.yaml by OpenAPI Generator with the templates in
// openapi/templates. DO NOT EDIT: change the spec or a template, then rebuild.

package fishaudio.client.generated;

import com.squareup.moshi.JsonAdapter;
import com.squareup.moshi.JsonDataException;
import com.squareup.moshi.JsonReader;
import com.squareup.moshi.JsonWriter;
import com.squareup.moshi.Moshi;
import java.io.IOException;

/**
 * Reads and writes {@link LiveStop} without reflection. Unknown fields are skipped; a
 * required field that is missing, or null, is a {@link JsonDataException} that says which,
 * naming the field and its path. Moshi finds this class through {@code @JsonClass} on the model.
 */
final class LiveStopJsonAdapter extends JsonAdapter<LiveStop> {
  private static final JsonReader.Options NAMES = JsonReader.Options.of(
      "event");

  private final JsonAdapter<LiveStopEvent> eventAdapter;

  LiveStopJsonAdapter(Moshi moshi) {
    this.eventAdapter = moshi.adapter(LiveStopEvent.class);
  }

  @Override
  public LiveStop fromJson(JsonReader reader) throws IOException {
    // The path of this object, taken before reading it: after endObject() it names the next item.
    String path = reader.getPath();
    LiveStop.Builder builder = LiveStop.builder();
    reader.beginObject();
    while (reader.hasNext()) {
      // Options match the names without building a String per field; the case is 1 + the position in NAMES.
      switch (reader.selectName(NAMES) + 1) {
        case 1:
          if (reader.peek() == JsonReader.Token.NULL) {
            throw new JsonDataException("Non-null value 'event' was null at " + reader.getPath());
          }
          builder.event(eventAdapter.fromJson(reader));
          break;
        default:
          // A field this client does not know yet.
          reader.skipName();
          reader.skipValue();
      }
    }
    reader.endObject();
    LiveStop value = builder.build();
    if (value.event() == null) {
      throw new JsonDataException("Required value 'event' missing at " + path);
    }
    return value;
  }

  @Override
  public void toJson(JsonWriter writer, LiveStop value) throws IOException {
    writer.beginObject();
    writer.name("event");
    eventAdapter.toJson(writer, value.event());
    writer.endObject();
  }

  @Override
  public String toString() {
    return "JsonAdapter(LiveStop)";
  }
}
