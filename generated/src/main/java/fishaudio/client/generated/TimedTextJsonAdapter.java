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
 * Reads and writes {@link TimedText} without reflection. Unknown fields are skipped; a
 * required field that is missing, or null, is a {@link JsonDataException} that says which,
 * naming the field and its path. Moshi finds this class through {@code @JsonClass} on the model.
 */
final class TimedTextJsonAdapter extends JsonAdapter<TimedText> {
  private static final JsonReader.Options NAMES = JsonReader.Options.of(
      "text",
      "start",
      "end");

  private final JsonAdapter<String> textAdapter;
  private final JsonAdapter<Double> startAdapter;
  private final JsonAdapter<Double> endAdapter;

  TimedTextJsonAdapter(Moshi moshi) {
    this.textAdapter = moshi.adapter(String.class);
    this.startAdapter = moshi.adapter(Double.class);
    this.endAdapter = moshi.adapter(Double.class);
  }

  @Override
  public TimedText fromJson(JsonReader reader) throws IOException {
    // The path of this object, taken before reading it: after endObject() it names the next item.
    String path = reader.getPath();
    TimedText.Builder builder = TimedText.builder();
    reader.beginObject();
    while (reader.hasNext()) {
      // Options match the names without building a String per field; the case is 1 + the position in NAMES.
      switch (reader.selectName(NAMES) + 1) {
        case 1:
          if (reader.peek() == JsonReader.Token.NULL) {
            throw new JsonDataException("Non-null value 'text' was null at " + reader.getPath());
          }
          builder.text(textAdapter.fromJson(reader));
          break;
        case 2:
          if (reader.peek() == JsonReader.Token.NULL) {
            throw new JsonDataException("Non-null value 'start' was null at " + reader.getPath());
          }
          builder.start(startAdapter.fromJson(reader));
          break;
        case 3:
          if (reader.peek() == JsonReader.Token.NULL) {
            throw new JsonDataException("Non-null value 'end' was null at " + reader.getPath());
          }
          builder.end(endAdapter.fromJson(reader));
          break;
        default:
          // A field this client does not know yet.
          reader.skipName();
          reader.skipValue();
      }
    }
    reader.endObject();
    TimedText value = builder.build();
    if (value.text() == null) {
      throw new JsonDataException("Required value 'text' missing at " + path);
    }
    if (value.start() == null) {
      throw new JsonDataException("Required value 'start' missing at " + path);
    }
    if (value.end() == null) {
      throw new JsonDataException("Required value 'end' missing at " + path);
    }
    return value;
  }

  @Override
  public void toJson(JsonWriter writer, TimedText value) throws IOException {
    writer.beginObject();
    writer.name("text");
    textAdapter.toJson(writer, value.text());
    writer.name("start");
    startAdapter.toJson(writer, value.start());
    writer.name("end");
    endAdapter.toJson(writer, value.end());
    writer.endObject();
  }

  @Override
  public String toString() {
    return "JsonAdapter(TimedText)";
  }
}
