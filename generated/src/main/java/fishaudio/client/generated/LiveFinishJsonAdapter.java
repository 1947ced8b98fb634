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
 * Reads and writes {@link LiveFinish} without reflection. Unknown fields are skipped; a
 * required field that is missing, or null, is a {@link JsonDataException} that says which,
 * naming the field and its path. Moshi finds this class through {@code @JsonClass} on the model.
 */
final class LiveFinishJsonAdapter extends JsonAdapter<LiveFinish> {
  private static final JsonReader.Options NAMES = JsonReader.Options.of(
      "event",
      "reason");

  private final JsonAdapter<LiveFinishEvent> eventAdapter;
  private final JsonAdapter<LiveFinishReason> reasonAdapter;

  LiveFinishJsonAdapter(Moshi moshi) {
    this.eventAdapter = moshi.adapter(LiveFinishEvent.class);
    this.reasonAdapter = moshi.adapter(LiveFinishReason.class);
  }

  @Override
  public LiveFinish fromJson(JsonReader reader) throws IOException {
    // The path of this object, taken before reading it: after endObject() it names the next item.
    String path = reader.getPath();
    LiveFinish.Builder builder = LiveFinish.builder();
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
        case 2:
          if (reader.peek() == JsonReader.Token.NULL) {
            throw new JsonDataException("Non-null value 'reason' was null at " + reader.getPath());
          }
          builder.reason(reasonAdapter.fromJson(reader));
          break;
        default:
          // A field this client does not know yet.
          reader.skipName();
          reader.skipValue();
      }
    }
    reader.endObject();
    LiveFinish value = builder.build();
    if (value.event() == null) {
      throw new JsonDataException("Required value 'event' missing at " + path);
    }
    if (value.reason() == null) {
      throw new JsonDataException("Required value 'reason' missing at " + path);
    }
    return value;
  }

  @Override
  public void toJson(JsonWriter writer, LiveFinish value) throws IOException {
    writer.beginObject();
    writer.name("event");
    eventAdapter.toJson(writer, value.event());
    writer.name("reason");
    reasonAdapter.toJson(writer, value.reason());
    writer.endObject();
  }

  @Override
  public String toString() {
    return "JsonAdapter(LiveFinish)";
  }
}
