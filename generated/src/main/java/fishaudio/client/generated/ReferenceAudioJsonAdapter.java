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
 * Reads and writes {@link ReferenceAudio} without reflection. Unknown fields are skipped; a
 * required field that is missing, or null, is a {@link JsonDataException} that says which,
 * naming the field and its path. Moshi finds this class through {@code @JsonClass} on the model.
 */
final class ReferenceAudioJsonAdapter extends JsonAdapter<ReferenceAudio> {
  private static final JsonReader.Options NAMES = JsonReader.Options.of(
      "audio",
      "text");

  private final JsonAdapter<String> textAdapter;

  ReferenceAudioJsonAdapter(Moshi moshi) {
    this.textAdapter = moshi.adapter(String.class);
  }

  @Override
  public ReferenceAudio fromJson(JsonReader reader) throws IOException {
    // The path of this object, taken before reading it: after endObject() it names the next item.
    String path = reader.getPath();
    ReferenceAudio.Builder builder = ReferenceAudio.builder();
    reader.beginObject();
    while (reader.hasNext()) {
      // Options match the names without building a String per field; the case is 1 + the position in NAMES.
      switch (reader.selectName(NAMES) + 1) {
        case 1:
          if (reader.peek() == JsonReader.Token.NULL) {
            throw new JsonDataException("Non-null value 'audio' was null at " + reader.getPath());
          }
          builder.audio(JsonFields.readBase64(reader, "audio"));
          break;
        case 2:
          if (reader.peek() == JsonReader.Token.NULL) {
            throw new JsonDataException("Non-null value 'text' was null at " + reader.getPath());
          }
          builder.text(textAdapter.fromJson(reader));
          break;
        default:
          // A field this client does not know yet.
          reader.skipName();
          reader.skipValue();
      }
    }
    reader.endObject();
    ReferenceAudio value = builder.build();
    if (value.audio() == null) {
      throw new JsonDataException("Required value 'audio' missing at " + path);
    }
    if (value.text() == null) {
      throw new JsonDataException("Required value 'text' missing at " + path);
    }
    return value;
  }

  @Override
  public void toJson(JsonWriter writer, ReferenceAudio value) throws IOException {
    writer.beginObject();
    writer.name("audio");
    JsonFields.writeBytes(writer, value.audio());
    writer.name("text");
    textAdapter.toJson(writer, value.text());
    writer.endObject();
  }

  @Override
  public String toString() {
    return "JsonAdapter(ReferenceAudio)";
  }
}
